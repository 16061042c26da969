"""The loudness meter: ITU-R BS.1770-4 integrated loudness and true peak, clip by clip.

BS.1770 integrated loudness is a gated mean of 400 ms block energies (75 % overlap) of the
K-weighted signal. Those energies are sums of 100 ms sub-block energies, so each clip can be
measured on its own as it is made (in any order, in parallel) and the measures joined in episode
order later: the episode's loudness is then known without a second pass over the audio
(`audioed.audio.level` levels clips with it).

A Measure keeps energies in short granules (a divisor of 100 ms) so measures of clips of any
length can be joined with at most one granule of misalignment at each seam; silence between
clips is added as zero-energy granules (it counts for time, and the gates drop it).
"""

from __future__ import annotations

import math
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from audioed.audio.ffmpeg import ffmpeg_exe, last_line
from audioed.errors import AudioError

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


def analyse(x: np.ndarray, rate: int, peaks: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
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


def _peak_half() -> int:
    return _oversampler().shape[1] // 2


def _chunk_peak(seam: np.ndarray, x: np.ndarray, last: bool = False) -> float:
    """The true peak of a streamed chunk `x`, `seam` being the samples before it. A point between
    samples is interpolated from `half` samples on each side: near a chunk's edge the zero padding
    would ring like a cut (up to +0.9 dB on speech), so the points there are counted with the next
    chunk, from the samples carried over in `seam`, and the stream's end only when `last`."""
    half = _peak_half()
    seg = np.concatenate([seam, x])
    if len(seg) == 0:
        return 0.0
    env = peak_envelope(seg)
    lo = max(0, len(seam) - half)
    hi = len(seg) if last else len(seg) - half
    return float(env[lo:hi].max()) if hi > lo else 0.0


def samples_of(audio) -> np.ndarray:
    """The samples of a pydub AudioSegment (mono, 16-bit), or `audio` itself."""
    raw = getattr(audio, "raw_data", None)
    return np.frombuffer(raw, dtype="<i2") if raw is not None else audio


def as_float(samples) -> np.ndarray:
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


def to_db(linear: float) -> float:
    return 20 * math.log10(linear) if linear > 0 else -math.inf


@dataclass
class Measure:
    """K-weighted energy of a stretch of audio, in granules, plus its true peak.

    Join measures of consecutive stretches with `join`."""

    rate: int
    energy: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """Sum of squared K-weighted samples per granule."""
    peak: float = 0.0
    """True peak, linear."""

    @property
    def integrated(self) -> float:
        """Integrated loudness (LUFS), -inf for silence or audio shorter than one block."""
        return integrated_loudness(self)

    @property
    def true_peak_db(self) -> float:
        return to_db(self.peak)


def granules(kw: np.ndarray, rate: int) -> np.ndarray:
    g = granule(rate)
    sq = kw * kw
    whole = len(sq) // g * g
    energy = sq[:whole].reshape(-1, g).sum(axis=1)
    if whole < len(sq):
        energy = np.append(energy, sq[whole:].sum())  # partial last granule keeps its energy
    return energy


def measure(samples, rate: int) -> Measure:
    """Measure one clip. Cheap enough to run in the worker that made the clip."""
    kw, env = analyse(as_float(samples), rate)
    return Measure(rate, granules(kw, rate), float(env.max()) if len(env) else 0.0)


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


def short_loudness(samples, rate: int) -> float:
    """Ungated loudness of audio too short for a 400 ms block: mean K-weighted power over it."""
    kw = analyse(as_float(samples), rate, peaks=False)[0]
    power = float(np.mean(kw * kw)) if len(kw) else 0.0
    return _OFFSET + 10 * math.log10(power) if power > 0 else -math.inf


FILE_RATE = 48000
"""Files are measured at the rate of the standard's own filter tables, whatever their own rate."""
FILE_CHUNK_S = 10
"""A file is decoded and measured this much at a time, so an hour-long episode needs no more memory."""


def measure_file(path: str | Path, channels: int = 1) -> Measure:
    """The loudness of an audio file (anything ffmpeg decodes), streamed. Channels are measured
    apart and their energies summed (BS.1770, front channels weighted 1)."""
    frames = FILE_RATE * FILE_CHUNK_S  # a whole number of granules, so chunks join without seams
    tail_n = len(_k_impulse(FILE_RATE))
    # stderr to a file: a damaged file can print more errors than a pipe holds while we read stdout.
    with tempfile.TemporaryFile() as err, subprocess.Popen(
            [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error", "-nostdin", "-i", str(path),
             "-f", "f32le", "-ac", str(channels), "-ar", str(FILE_RATE), "pipe:1"],
            stdout=subprocess.PIPE, stderr=err) as proc:
        tails = np.zeros((tail_n, channels))
        seam = np.zeros((0, channels))  # the samples the points near the last chunk's end still need
        energy, peak = [], 0.0
        while block := proc.stdout.read(frames * channels * 4):
            x = np.frombuffer(block, dtype="<f4").astype(np.float64)
            x = x[: len(x) // channels * channels].reshape(-1, channels)
            chunk = np.zeros(0)
            for c in range(channels):
                # The previous chunk's tail goes through the K filter again so its ringing carries over.
                kw = analyse(np.concatenate([tails[:, c], x[:, c]]), FILE_RATE, peaks=False)[0][tail_n:]
                e = granules(kw, FILE_RATE)
                chunk = e if c == 0 else chunk + e
                peak = max(peak, _chunk_peak(seam[:, c], x[:, c]))
            energy.append(chunk)
            tails = np.concatenate([tails, x])[-tail_n:]
            seam = np.concatenate([seam, x])[-2 * _peak_half():]
        for c in range(channels):
            peak = max(peak, _chunk_peak(seam[:, c], np.zeros(0), last=True))
        proc.wait()
        err.seek(0)
        if proc.returncode != 0:
            raise AudioError(f"cannot measure {path}: {last_line(err.read())}")
    return Measure(FILE_RATE, np.concatenate(energy) if energy else np.zeros(0), peak)
