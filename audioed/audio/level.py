"""Levelling: each clip brought to the loudness target as it is made, peaks held by a true-peak limiter.

Measuring is `audioed.audio.loudness` (the one BS.1770 meter); this module decides gains from
those measures, limits, and keeps the levelled clips' measures so the episode's loudness is
known without a second pass over the audio.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass

import numpy as np

from audioed.audio.loudness import (BLOCK_S, Measure, analyse, as_float, granule, granules, join, peak_envelope,
                                    samples_of, short_loudness)
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
tests/audio/test_loudness.py re-measures it against the real encoder."""

ATTACK_MS = 5.0
"""Limiter ramp into a peak: short enough to stay under a syllable, long enough not to click."""
RELEASE_MS = 40.0
"""Limiter ramp out of a peak: slower than the attack, so the gain does not pump between peaks."""
CEILING_MARGIN = 0.999
"""The limiter aims a hair under its ceiling so float rounding never lands a peak on top of it."""
MAX_GAIN_DB = 40.0
"""A clip is never raised or lowered by more: anything further off is an engine fault, not a level."""
LEVEL_ROUNDS = 8
LEVEL_TOLERANCE_LU = 0.05
"""The limiter's loss is made up in at most LEVEL_ROUNDS secant steps, until within this of the target
(ten times finer than anyone hears)."""
MAX_STEP_DB = 6.0
"""Largest make-up step per round: the secant can overshoot wildly on a clip that is nearly all peaks."""
NOTE_FORMAT = 1
"""Bumped when levelling changes, so notes of older renders are not reused."""


def gain_to_target(loudness_lufs: float, target_lufs: float = TARGET_LUFS) -> float:
    """Gain (dB) that brings audio measured at `loudness_lufs` to `target_lufs`."""
    if not math.isfinite(loudness_lufs):
        raise AudioError("the audio is silent: cannot level it to a loudness target")
    return max(-MAX_GAIN_DB, min(MAX_GAIN_DB, target_lufs - loudness_lufs))


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


@dataclass
class Levelled:
    """One clip levelled: its samples (float), their measure, the clip's own loudness before
    (-inf when not measured), the gain before the limiter and the limiter's dips."""

    samples: np.ndarray
    measure: Measure
    own: float
    gain_db: float
    dips: np.ndarray | None


def _level(x: np.ndarray, rate: int, target_lufs: float, ceiling_dbtp: float, gain_db: float | None) -> Levelled:
    """Level float samples to `target_lufs` with true peaks at most `ceiling_dbtp` (`gain_db`:
    impose that gain instead of measuring). One FFT analysis gives the K-weighted signal and the
    peak envelope; the limiter's loss is made up on those (a slowly varying gain commutes with
    the K filter), so there is no second analysis."""
    if len(x) == 0:
        return Levelled(x, Measure(rate), -math.inf, 0.0, None)  # an engine can return an empty clip
    kw, _ = analyse(x, rate, peaks=False)
    base = Measure(rate, granules(kw, rate), float(np.abs(x).max()))
    measured = gain_db is None
    own = base.integrated if measured else -math.inf
    if measured:
        if not math.isfinite(own):
            return Levelled(x, base, own, 0.0, None)  # silence or too short to measure: left for the caller
        gain_db = gain_to_target(own, target_lufs)
    ceiling = 10 ** (ceiling_dbtp / 20) * CEILING_MARGIN
    # Peaks are worked out near the ceiling, allowing 6 dB for the limiter's make-up gain.
    env = peak_envelope(x, ceiling / (2 * 10 ** (gain_db / 20)))
    dips = curve = None
    prev = None  # (gain, error) of the round before, for the secant step
    for i in range(LEVEL_ROUNDS):
        g = 10 ** (gain_db / 20)
        dips = _limiter_dips(env * g, ceiling, rate, ATTACK_MS)
        curve = _dip_curve(dips, len(x), rate, ATTACK_MS, RELEASE_MS)
        if curve is None or i == LEVEL_ROUNDS - 1 or not measured:
            break
        error = Measure(rate, granules(kw * (g * curve), rate)).integrated - target_lufs
        if not math.isfinite(error) or abs(error) < LEVEL_TOLERANCE_LU:
            break
        # Make up what the limiter took. Loudness grows slower than the gain once it limits,
        # so after a plain first step the secant through the last two rounds converges fast.
        step = -error
        if prev is not None and error != prev[1]:
            step = -error * (gain_db - prev[0]) / (error - prev[1])
        prev = (gain_db, error)
        gain_db += max(-MAX_STEP_DB, min(MAX_STEP_DB, step))
    gain = 10 ** (gain_db / 20) * (1.0 if curve is None else curve)
    m = Measure(rate, granules(kw * gain, rate), float((env * gain).max()))
    return Levelled(x * gain, m, own, gain_db, dips)


class Leveler:
    """Levels clips as they are made, so the stitched episode needs no second pass.

    Each clip is brought to the target on its own (Piper normalises every sentence to its
    own peak, so a per-sentence level is more even than one gain for the whole episode) and
    limited to the true-peak ceiling. The measures of the levelled clips are kept, so the
    episode's loudness is known at the end without reading the audio again."""

    def __init__(self, rate: int, target_lufs: float = TARGET_LUFS, true_peak_dbtp: float = TRUE_PEAK_DBTP,
                 lossy: bool = True):
        self.rate = rate
        # Levelled before MP3 encoding: aimed higher by the encoder's loss, peaks kept under by its overshoot.
        self.target = target_lufs - (MP3_GAIN_DB if lossy else 0.0)
        self.ceiling = true_peak_dbtp - (LOSSY_MARGIN_DB if lossy else 0.0)
        self.lossy = lossy
        self.measures: list[Measure] = []
        self._gains: dict[object, list[float]] = {}

    def prepare(self, samples, note: dict | None = None) -> Levelled | None:
        """The part of levelling a clip that needs nothing from the clips before it (measuring
        it, its gain, the limiter): safe to run in worker threads, ahead of stitching. None for
        a clip too short to measure (its voice's usual gain is applied when it is stitched).

        `note`: what `note()` said about this clip's levelling in an earlier render (kept in
        the clip cache); the clip is then levelled again without being measured again."""
        x = as_float(samples_of(samples))
        if len(x) < round(BLOCK_S * self.rate):
            return None
        redone = self._redo(x, note) if note else None
        if redone is not None:
            return redone
        return _level(x, self.rate, self.target, self.ceiling, None)

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
            x = as_float(samples_of(samples))
            known = self._gains.get(voice) or [g for gs in self._gains.values() for g in gs]
            if known:
                gain = sum(known) / len(known)
            else:
                lk = short_loudness(x, self.rate)
                gain = gain_to_target(lk, self.target) if math.isfinite(lk) else 0.0
            prepared = _level(x, self.rate, self.target, self.ceiling, gain)
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
