"""Loudness: ITU-R BS.1770-4 measurement clip by clip, the gain to a target, and a true-peak limiter.

BS.1770 integrated loudness is a gated mean of 400 ms block energies (75 % overlap) of the
K-weighted signal. Those energies are sums of 100 ms sub-block energies, so each clip can be
measured on its own as it is made (in any order, in parallel) and the measures joined in episode
order later: the episode's loudness is then known without a second pass over the audio, and one
gain plus a true-peak limiter levels it on the way to the encoder.

A Measure keeps energies in short granules (a divisor of 100 ms) so measures of clips of any
length can be joined with at most one granule of misalignment at each seam; silence between
clips is added as zero-energy granules (it counts for time, and the gates drop it).
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from audioed.errors import AudioError

TARGET_LUFS = -16.0
"""Integrated loudness podcast apps expect (DESIGN.md, Podcast facts)."""
TRUE_PEAK_DBTP = -1.0
"""Highest true peak allowed in the finished file."""
LOSSY_MARGIN_DB = 0.5
"""Headroom the limiter keeps below TRUE_PEAK_DBTP because MP3 encoding can overshoot peaks."""
MP3_GAIN_DB = -0.45
"""Level change of an MP3 round trip through the bundled ffmpeg's libmp3lame (mono, any
bitrate): measured -0.44..-0.46 dB on sines and speech alike, flat across the spectrum.
Levelling before encoding aims this much higher so the file lands on the target;
tests/test_loudness.py re-measures it against the real encoder."""

BLOCK_S = 0.4
STEP_S = 0.1
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
_OFFSET = -0.691  # BS.1770 constant: a 997 Hz sine at 0 dBFS measures -3.01 LUFS


@lru_cache(maxsize=8)
def _k_weighting(rate: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Biquad coefficients of the K-weighting pre-filter and RLB high-pass for any sample rate.

    The analog prototypes (as in libebur128) are re-derived for `rate`, so 22.05 kHz Piper
    audio is weighted like the 48 kHz tables in the standard."""
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    b1 = np.array([(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0])
    a1 = np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0])
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    b2 = np.array([1.0, -2.0, 1.0])
    a2 = np.array([1.0, 2 * (k * k - 1) / (1 + k / q + k * k), (1 - k / q + k * k) / (1 + k / q + k * k)])
    return b1, a1, b2, a2


def _biquad(b, a, x: list[float]) -> list[float]:
    # A plain recursion over a few thousand samples, done once per rate (cached below).
    b0, b1, b2 = map(float, b)
    _, a1, a2 = map(float, a)
    x1 = x2 = y1 = y2 = 0.0
    out = []
    for x0 in x:
        y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        out.append(y0)
        x2, x1, y2, y1 = x1, x0, y1, y0
    return out


@lru_cache(maxsize=8)
def _k_impulse(rate: int) -> np.ndarray:
    """Impulse response of the K-weighting cascade, cut where its remaining energy is below 1e-9.

    numpy has no IIR filter; the cascade's response dies out within ~40 ms, so an FFT
    convolution with it is the same filter to far below measurement precision."""
    b1, a1, b2, a2 = _k_weighting(rate)
    n = int(rate * 0.5)
    h = np.array(_biquad(b2, a2, _biquad(b1, a1, [1.0] + [0.0] * (n - 1))))
    tail = np.cumsum((h * h)[::-1])[::-1]
    return h[: int(np.argmax(tail < 1e-9 * tail[0])) or n]


def _fast_size(n: int) -> int:
    """Smallest 2^a * 3^b * 5^c >= n (sizes numpy's FFT handles quickly)."""
    best = 1 << (n - 1).bit_length()
    f5 = 1
    while f5 < best:
        f35 = f5
        while f35 < best:
            p = f35
            while p < n:
                p *= 2
            best = min(best, p)
            f35 *= 3
        f5 *= 5
    return best


@lru_cache(maxsize=32)
def _k_spectrum(rate: int, size: int) -> np.ndarray:
    return np.fft.rfft(_k_impulse(rate), size)


def _analyse(x: np.ndarray, rate: int, peaks: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """The K-weighted signal (one FFT convolution) and, if asked, the true-peak envelope."""
    if len(x) == 0:
        return x, (x if peaks else None)
    size = _fast_size(len(x) + len(_k_impulse(rate)))
    kw = np.fft.irfft(np.fft.rfft(x, size) * _k_spectrum(rate, size), size)[: len(x)]
    return kw, (peak_envelope(x) if peaks else None)


def peak_envelope(x: np.ndarray, floor: float | None = None) -> np.ndarray:
    """Per sample, the largest magnitude among the sample and the 4x interpolated points after it.

    Exact for every point that reaches `floor` (default: half the largest sample): points are
    worked out next to samples at least 6 dB under the floor, as a point between samples does
    not overshoot its neighbours by more than that in speech, and the limiter only cares about
    points near its ceiling. This keeps the cost to a small matrix product instead of three
    full-length FFT filters; lower points keep their sample value."""
    env = np.abs(x)
    if len(x) == 0:
        return env
    if floor is None:
        floor = 0.5 * float(env.max())
    phases = _oversampler()[1:, ::-1]  # (3, taps), reversed: a dot product with the window
    taps = phases.shape[1]
    half = taps // 2
    near = env >= 0.5 * floor
    # A point between n and n+1 is worked out when a sample within two places of it is near.
    cand = near.copy()
    cand[:-1] |= near[1:]
    cand[1:] |= near[:-1]
    cand[:-2] |= near[2:]
    idx = np.nonzero(cand)[0]
    if len(idx) == 0:
        return env
    padded = np.concatenate([np.zeros(half), x, np.zeros(half)])
    # The window for the point after x[n] is x[n-half+1 .. n+half], i.e. padded[n+1 : n+1+taps].
    windows = np.lib.stride_tricks.sliding_window_view(padded, taps)[idx + 1]
    inter = np.abs(windows @ phases.T).max(axis=1)
    env[idx] = np.maximum(env[idx], inter)
    return env


def k_weight(samples: np.ndarray, rate: int) -> np.ndarray:
    """The K-weighted signal (same length as `samples`)."""
    return _analyse(_as_float(samples), rate, peaks=False)[0]


def _samples_of(audio) -> np.ndarray:
    """The samples of a pydub AudioSegment (mono, 16-bit), or `audio` itself."""
    raw = getattr(audio, "raw_data", None)
    return np.frombuffer(raw, dtype="<i2") if raw is not None else audio


def _as_float(samples) -> np.ndarray:
    x = np.asarray(samples)
    if x.ndim != 1:
        raise AudioError(f"loudness needs mono samples, got an array of shape {x.shape}")
    if np.issubdtype(x.dtype, np.integer):
        return x.astype(np.float64) / float(np.iinfo(x.dtype).max + 1)
    return x.astype(np.float64, copy=False)


@lru_cache(maxsize=8)
def granule(rate: int) -> int:
    """Samples per granule: the largest divisor of the 100 ms step that is at most 10 ms."""
    step = round(rate * STEP_S)
    if step <= 0 or abs(step - rate * STEP_S) > 1e-6:
        raise AudioError(f"sample rate {rate} Hz does not give whole 100 ms steps")
    limit = max(1, rate // 100)
    return max(d for d in range(1, limit + 1) if step % d == 0)


@lru_cache(maxsize=8)
def _oversampler(factor: int = 4, taps_per_phase: int = 12) -> np.ndarray:
    """Polyphase interpolation filter (windowed sinc), shape (factor, taps_per_phase).

    Same layout as the 48-tap 4x filter of BS.1770-4 Annex 2."""
    n = np.arange(factor * taps_per_phase) - (factor * taps_per_phase) / 2
    h = np.sinc(n / factor) * np.kaiser(len(n), 8.0)
    return h.reshape(taps_per_phase, factor).T * (factor / h.sum())


def true_peak_envelope(samples: np.ndarray, rate: int = 44100) -> np.ndarray:
    """Per sample, the largest magnitude among the sample and the 4x interpolated points after it.

    (`rate` is accepted for symmetry with the other functions; interpolation does not need it.)"""
    return peak_envelope(_as_float(samples))


def true_peak(samples: np.ndarray, rate: int = 44100) -> float:
    """True peak (linear, 1.0 = full scale) by 4x oversampling."""
    env = true_peak_envelope(samples, rate)
    return float(env.max()) if len(env) else 0.0


def to_db(linear: float) -> float:
    return 20 * math.log10(linear) if linear > 0 else -math.inf


@dataclass
class Measure:
    """K-weighted energy of a stretch of audio, in granules, plus its true peak.

    Join measures of consecutive stretches with `+` (or `join`); scale them with `gained`."""

    rate: int
    energy: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """Sum of squared K-weighted samples per granule."""
    peak: float = 0.0
    """True peak, linear."""

    @property
    def duration_s(self) -> float:
        return len(self.energy) * granule(self.rate) / self.rate

    def __add__(self, other: "Measure") -> "Measure":
        if other.rate != self.rate:
            raise AudioError(f"cannot join loudness measures at {self.rate} Hz and {other.rate} Hz")
        return Measure(self.rate, np.concatenate([self.energy, other.energy]), max(self.peak, other.peak))

    def gained(self, gain_db: float) -> "Measure":
        """The measure of the same audio after a gain (energies scale exactly)."""
        g = 10 ** (gain_db / 20)
        return Measure(self.rate, self.energy * g * g, self.peak * g)

    @property
    def integrated(self) -> float:
        """Integrated loudness (LUFS), -inf for silence or audio shorter than one block."""
        return integrated_loudness(self)

    @property
    def true_peak_db(self) -> float:
        return to_db(self.peak)


def _granules(kw: np.ndarray, rate: int) -> np.ndarray:
    g = granule(rate)
    sq = kw * kw
    whole = len(sq) // g * g
    energy = sq[:whole].reshape(-1, g).sum(axis=1)
    if whole < len(sq):
        energy = np.append(energy, sq[whole:].sum())  # partial last granule keeps its energy
    return energy


def measure(samples, rate: int) -> Measure:
    """Measure one clip. Cheap enough to run in the worker that made the clip."""
    kw, env = _analyse(_as_float(samples), rate)
    return Measure(rate, _granules(kw, rate), float(env.max()) if len(env) else 0.0)


def silence(ms: float, rate: int) -> Measure:
    """The measure of `ms` of digital silence (a pause between clips)."""
    n = round(ms / 1000 * rate / granule(rate))
    return Measure(rate, np.zeros(max(0, n)))


def join(measures) -> Measure:
    """Measures of consecutive stretches, in order, as one."""
    measures = list(measures)
    if not measures:
        raise AudioError("no audio to measure")
    rate = measures[0].rate
    if any(m.rate != rate for m in measures):
        raise AudioError("cannot join loudness measures at different sample rates")
    return Measure(rate, np.concatenate([m.energy for m in measures]), max(m.peak for m in measures))


def block_energies(m: Measure) -> np.ndarray:
    """Mean square of each 400 ms block, 100 ms apart (the BS.1770 gating blocks)."""
    g = granule(m.rate)
    per_step = round(m.rate * STEP_S) // g
    steps = len(m.energy) // per_step
    if steps < 4:
        return np.zeros(0)
    sub = m.energy[: steps * per_step].reshape(steps, per_step).sum(axis=1)
    c = np.concatenate([[0.0], np.cumsum(sub)])
    return (c[4:] - c[:-4]) / (4 * per_step * g)


def integrated_loudness(m: Measure) -> float:
    """BS.1770-4 gated integrated loudness (LUFS) of a mono measure."""
    z = block_energies(m)
    with np.errstate(divide="ignore"):
        lk = _OFFSET + 10 * np.log10(z)
    z = z[lk > ABSOLUTE_GATE_LUFS]
    if len(z) == 0:
        return -math.inf
    relative = _OFFSET + 10 * math.log10(z.mean()) + RELATIVE_GATE_LU
    with np.errstate(divide="ignore"):
        z = z[_OFFSET + 10 * np.log10(z) > relative]
    return _OFFSET + 10 * math.log10(z.mean())


class LoudnessMeter:
    """Accumulate clips (and pauses) in episode order; read the loudness at any time."""

    def __init__(self, rate: int):
        self.rate = rate
        self._parts: list[Measure] = []

    def add(self, samples) -> Measure:
        m = measure(samples, self.rate)
        self._parts.append(m)
        return m

    def add_silence(self, ms: float) -> None:
        self._parts.append(silence(ms, self.rate))

    @property
    def measure(self) -> Measure:
        return join(self._parts) if self._parts else Measure(self.rate)

    @property
    def integrated(self) -> float:
        return integrated_loudness(self.measure)


def gain_to_target(loudness_lufs: float, target_lufs: float = TARGET_LUFS, max_gain_db: float = 40.0) -> float:
    """Gain (dB) that brings audio measured at `loudness_lufs` to `target_lufs`."""
    if not math.isfinite(loudness_lufs):
        raise AudioError("the audio is silent: cannot level it to a loudness target")
    return max(-max_gain_db, min(max_gain_db, target_lufs - loudness_lufs))


def voice_gains(measures_by_voice: dict[str, Measure], target_lufs: float = TARGET_LUFS) -> dict[str, float]:
    """Per-voice gain so each voice alone sits at the target: voices level-matched before stitching.

    A voice whose clips are all shorter than one 400 ms block cannot be measured: it gets the mean
    of the other voices' gains (0 dB if there are none)."""
    gains = {v: gain_to_target(m.integrated, target_lufs) for v, m in measures_by_voice.items()
             if math.isfinite(m.integrated)}
    default = sum(gains.values()) / len(gains) if gains else 0.0
    return {v: gains.get(v, default) for v in measures_by_voice}


def pre_encode_target(target_lufs: float = TARGET_LUFS, lossy: bool = True) -> float:
    """The loudness to level to before MP3 encoding, so the encoded file measures `target_lufs`."""
    return target_lufs - (MP3_GAIN_DB if lossy else 0.0)


def limiter_ceiling(true_peak_dbtp: float = TRUE_PEAK_DBTP, lossy: bool = True) -> float:
    """The limiter's ceiling (dBTP): the allowed true peak, less headroom for MP3 overshoot."""
    return true_peak_dbtp - (LOSSY_MARGIN_DB if lossy else 0.0)


def _limiter_gain(env: np.ndarray, ceiling: float, rate: int, attack_ms: float, release_ms: float) -> np.ndarray | None:
    """Gain curve (<= 1) that keeps `env` under `ceiling`, or None when nothing crosses it."""
    return _dip_curve(_limiter_dips(env, ceiling, rate, attack_ms), len(env), rate, attack_ms, release_ms)


def _limiter_dips(env: np.ndarray, ceiling: float, rate: int, attack_ms: float) -> np.ndarray | None:
    """The gain dips that keep `env` under `ceiling`: rows of (first sample, last sample, depth),
    or None when nothing crosses it.

    A look-ahead limiter done on the sparse peaks only: levelled speech crosses the ceiling
    at a few hundred places a minute, so there is no per-sample gain computer. Points over the
    ceiling less than one attack time apart form a group; each group gets one gain dip that is
    flat at the group's deepest need across the group and eases in (attack, before it) and
    out (release, after it) along raised-cosine ramps (`_dip_curve`)."""
    over = np.nonzero(env > ceiling)[0]
    if len(over) == 0:
        return None
    need = 1.0 - ceiling / env[over]
    a = max(1, round(attack_ms / 1000 * rate))
    first = np.concatenate([[0], np.nonzero(np.diff(over) > a)[0] + 1])
    last = np.concatenate([first[1:] - 1, [len(over) - 1]])
    return np.stack([over[first], over[last], np.maximum.reduceat(need, first)], axis=1)


def _dip_curve(dips: np.ndarray | None, n: int, rate: int, attack_ms: float, release_ms: float) -> np.ndarray | None:
    """The gain curve of `n` samples with these dips; overlapping dips keep the deepest."""
    if dips is None or not len(dips):
        return None
    a = max(1, round(attack_ms / 1000 * rate))
    r = max(1, round(release_ms / 1000 * rate))
    attack = 0.5 - 0.5 * np.cos(np.linspace(0, math.pi, a, endpoint=False))
    release = 0.5 + 0.5 * np.cos(np.linspace(0, math.pi, r))
    reduction = np.zeros(n + a + r + 2)  # index i is sample i - a
    for s0, s1, d in dips:
        # The interpolated peak after sample s1 also needs sample s1 + 1 reduced.
        lo, top = int(s0), int(s1) + 2 + a
        np.maximum(reduction[lo: lo + a], d * attack, out=reduction[lo: lo + a])
        np.maximum(reduction[lo + a: top], d, out=reduction[lo + a: top])
        np.maximum(reduction[top: top + r], d * release, out=reduction[top: top + r])
    return 1.0 - reduction[a: a + n]


def limit(samples, rate: int, gain_db: float = 0.0, ceiling_dbtp: float = TRUE_PEAK_DBTP,
          attack_ms: float = 5.0, release_ms: float = 40.0) -> np.ndarray:
    """Apply `gain_db`, then pull every true peak above `ceiling_dbtp` down to it (float64 out)."""
    x = _as_float(samples) * (10 ** (gain_db / 20))
    g = _limiter_gain(true_peak_envelope(x, rate), 10 ** (ceiling_dbtp / 20) * 0.999, rate, attack_ms, release_ms)
    return x if g is None else x * g


def level(samples, rate: int, target_lufs: float = TARGET_LUFS, ceiling_dbtp: float | None = None,
          gain_db: float | None = None, attack_ms: float = 5.0, release_ms: float = 40.0,
          rounds: int = 8) -> tuple[np.ndarray, Measure]:
    """Level a clip (or any stretch) to `target_lufs` with true peaks at most `ceiling_dbtp`.

    One FFT analysis of the input gives its K-weighted signal and peak envelope; the limiter's
    loudness loss is then made up by re-estimating on those (a slowly varying gain commutes with
    the K filter), so there is no second analysis. Pass `gain_db` to impose a gain instead of
    measuring (a clip too short to measure, levelled with its voice's gain). Returns the levelled
    samples and their Measure, ready to join into the episode's measure."""
    y, m, *_ = _level(samples, rate, target_lufs, ceiling_dbtp, gain_db, attack_ms, release_ms, rounds)
    return y, m


def _level(samples, rate, target_lufs, ceiling_dbtp, gain_db, attack_ms, release_ms, rounds):
    """level(), also returning the input's own integrated loudness (-inf when not measured),
    the gain applied before the limiter and the limiter's dips (see `_limiter_dips`)."""
    ceiling_dbtp = limiter_ceiling() if ceiling_dbtp is None else ceiling_dbtp
    x = _as_float(samples)
    if len(x) == 0:
        return x, Measure(rate), -math.inf, 0.0, None  # an engine can return an empty clip
    kw, _ = _analyse(x, rate, peaks=False)
    base = Measure(rate, _granules(kw, rate), float(np.abs(x).max()))
    measured = gain_db is None
    own = base.integrated if measured else -math.inf
    if measured:
        if not math.isfinite(own):
            return x, base, own, 0.0, None  # silence or too short to measure: left for the caller
        gain_db = gain_to_target(own, target_lufs)
    ceiling = 10 ** (ceiling_dbtp / 20) * 0.999
    # Peaks are worked out near the ceiling, allowing 6 dB for the limiter's make-up gain.
    env = peak_envelope(x, ceiling / (2 * 10 ** (gain_db / 20)))
    dips = curve = None
    prev = None  # (gain, error) of the round before, for the secant step
    for i in range(max(1, rounds)):
        g = 10 ** (gain_db / 20)
        dips = _limiter_dips(env * g, ceiling, rate, attack_ms)
        curve = _dip_curve(dips, len(x), rate, attack_ms, release_ms)
        if curve is None or i == rounds - 1 or not measured:
            break
        error = Measure(rate, _granules(kw * (g * curve), rate)).integrated - target_lufs
        if not math.isfinite(error) or abs(error) < 0.05:
            break
        # Make up what the limiter took. Loudness grows slower than the gain once it limits,
        # so after a plain first step the secant through the last two rounds converges fast.
        step = -error
        if prev is not None and error != prev[1]:
            step = -error * (gain_db - prev[0]) / (error - prev[1])
        prev = (gain_db, error)
        gain_db += max(-6.0, min(6.0, step))
    g = 10 ** (gain_db / 20)
    y = x * g if curve is None else x * (g * curve)
    peak = float(env.max()) * g if curve is None else float((env * (g * curve)).max())
    return y, Measure(rate, _granules(kw * (g if curve is None else g * curve), rate), peak), own, gain_db, dips


def ffmpeg_filter(gain_db: float, ceiling_dbtp: float = TRUE_PEAK_DBTP, rate: int = 44100,
                  oversample: int = 4) -> str:
    """An ffmpeg audio filter chain that applies the gain and limits true peaks to the ceiling.

    alimiter limits sample peaks, so it runs on the signal oversampled `oversample` times (true
    peak as BS.1770 defines it) and the result is resampled back to `rate`. `level=disabled`
    stops alimiter from making up gain, which would undo the loudness target."""
    limit_lin = max(0.0625, min(1.0, 10 ** (ceiling_dbtp / 20)))
    chain = [f"volume={gain_db:.3f}dB"]
    if oversample > 1:
        chain.append(f"aresample={rate * oversample}")
    chain.append(f"alimiter=limit={limit_lin:.5f}:attack=5:release=60:level=disabled")
    chain.append(f"aresample={rate}")
    return ",".join(chain)


def short_loudness(samples, rate: int) -> float:
    """Ungated loudness of audio too short for a 400 ms block: mean K-weighted power over it."""
    kw = k_weight(_as_float(samples), rate)
    power = float(np.mean(kw * kw)) if len(kw) else 0.0
    return _OFFSET + 10 * math.log10(power) if power > 0 else -math.inf


ATTACK_MS = 5.0
RELEASE_MS = 40.0
NOTE_FORMAT = 1
"""Bumped when levelling changes, so notes of older renders are not reused."""


@dataclass
class Levelled:
    """One clip levelled: its samples (float), their measure, the clip's own loudness before
    (-inf when not measured), the gain before the limiter and the limiter's dips."""

    samples: np.ndarray
    measure: Measure
    own: float
    gain_db: float
    dips: np.ndarray | None


class Leveler:
    """Levels clips as they are made, so the stitched episode needs no second pass.

    Each clip is brought to the target on its own (Piper normalises every sentence to its
    own peak, so a per-sentence level is more even than one gain for the whole episode) and
    limited to the true-peak ceiling. The measures of the levelled clips are kept, so the
    episode's loudness is known at the end without reading the audio again."""

    def __init__(self, rate: int, target_lufs: float = TARGET_LUFS, true_peak_dbtp: float = TRUE_PEAK_DBTP,
                 lossy: bool = True):
        self.rate = rate
        self.target = pre_encode_target(target_lufs, lossy)
        self.ceiling = limiter_ceiling(true_peak_dbtp, lossy)
        self.lossy = lossy
        self.measures: list[Measure] = []
        self._gains: dict[object, list[float]] = {}

    def prepare(self, samples, note: dict | None = None) -> Levelled | None:
        """The part of levelling a clip that needs nothing from the clips before it (measuring
        it, its gain, the limiter): safe to run in worker threads, ahead of stitching. None for
        a clip too short to measure (its voice's usual gain is applied when it is stitched).

        `note`: what `note()` said about this clip's levelling in an earlier render (kept in
        the clip cache); the clip is then levelled again without being measured again."""
        x = _as_float(_samples_of(samples))
        if len(x) < round(BLOCK_S * self.rate):
            return None
        redone = self._redo(x, note) if note else None
        if redone is not None:
            return redone
        y, m, own, gain, dips = _level(x, self.rate, self.target, self.ceiling, None, ATTACK_MS, RELEASE_MS, 8)
        return Levelled(y, m, own, gain, dips)

    def _params(self) -> list:
        return [NOTE_FORMAT, self.rate, round(self.target, 4), round(self.ceiling, 4), ATTACK_MS, RELEASE_MS]

    def note(self, levelled: Levelled | None) -> dict | None:
        """How a clip was levelled, in JSON-able form (small: a gain, the limiter's dips and the
        levelled clip's energies), so that a re-render can skip measuring it (`prepare`)."""
        if levelled is None:
            return None
        dips = levelled.dips if levelled.dips is not None else np.zeros((0, 3))
        return {"params": self._params(), "gain": levelled.gain_db,
                "own": levelled.own if math.isfinite(levelled.own) else None,
                "dips": dips.tolist(), "peak": levelled.measure.peak,
                "energy": base64.b64encode(levelled.measure.energy.astype("<f4").tobytes()).decode("ascii")}

    def _redo(self, x: np.ndarray, note: dict) -> Levelled | None:
        """The levelling a note describes, applied to `x`; None when the note does not fit."""
        try:
            if note.get("params") != self._params():
                return None
            energy = np.frombuffer(base64.b64decode(note["energy"]), dtype="<f4").astype(np.float64)
            dips = np.asarray(note["dips"], dtype=np.float64).reshape(-1, 3)
            gain, peak = float(note["gain"]), float(note["peak"])
            own = -math.inf if note["own"] is None else float(note["own"])
        except (KeyError, TypeError, ValueError):
            return None
        if len(energy) != -(-len(x) // granule(self.rate)) or (len(dips) and dips[:, 1].max() >= len(x)):
            return None  # not this clip's note
        curve = _dip_curve(dips, len(x), self.rate, ATTACK_MS, RELEASE_MS)
        g = 10 ** (gain / 20)
        y = x * g if curve is None else x * (g * curve)
        return Levelled(y, Measure(self.rate, energy, peak), own, gain, dips if len(dips) else None)

    def samples(self, samples, voice: object = None, prepared: Levelled | None = None) -> np.ndarray:
        """Level one clip of a voice (in episode order); returns int16 samples. `prepared`:
        what `prepare` returned for this clip, if it was called."""
        if prepared is None:
            prepared = self.prepare(samples)
        if prepared is None:
            # Too short to gate: its voice's usual gain, else an ungated estimate of its own.
            x = _as_float(_samples_of(samples))
            known = self._gains.get(voice) or [g for gs in self._gains.values() for g in gs]
            if known:
                gain = sum(known) / len(known)
            else:
                lk = short_loudness(x, self.rate)
                gain = gain_to_target(lk, self.target) if math.isfinite(lk) else 0.0
            prepared = Levelled(*_level(x, self.rate, self.target, self.ceiling, gain, ATTACK_MS, RELEASE_MS, 8))
        if math.isfinite(prepared.own):  # (a silent clip comes back as it was)
            self._gains.setdefault(voice, []).append(gain_to_target(prepared.own, self.target))
        self.measures.append(prepared.measure)
        return np.round(np.clip(prepared.samples, -1.0, 32767 / 32768) * 32768).astype(np.int16)

    def segment(self, seg, voice: object = None, prepared: Levelled | None = None):
        """Level a pydub AudioSegment (mono, 16-bit) and return a new one."""
        return seg._spawn(self.samples(seg, voice, prepared).astype("<i2").tobytes())

    def report(self) -> dict:
        """The loudness of everything levelled so far: integrated as the encoded file will
        measure (clips only, pauses are gated out anyway), and the true peak of the levelled
        PCM handed to the encoder (the MP3's own peak sits up to LOSSY_MARGIN_DB above it)."""
        if not self.measures:
            return {"integrated_lufs": None, "pcm_true_peak_dbtp": None}
        m = join(self.measures)
        shift = MP3_GAIN_DB if self.lossy else 0.0
        return {"integrated_lufs": round(m.integrated + shift, 2), "pcm_true_peak_dbtp": round(m.true_peak_db, 2)}

