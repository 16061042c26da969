"""Voices derived from one engine voice: pitch-shifted variants, and a consistent voice per
attributed speaker.

With a single embedded Piper voice, the quote voice is the same model read a little
slower and livelier (Piper's length/noise scales, set in the cast) and shifted in pitch
with formants preserved (ffmpeg's `rubberband` filter), so it sounds like another person
rather than a chipmunk. Levels are matched later, for every voice alike: the render brings
each clip to the episode's loudness (audioed.loudness.Leveler).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audioed.audio.pcm import AudioSegment
from audioed.engines import Engine
from audioed.audio.ffmpeg import run

# Pitch offsets (semitones) and tempo factors for speakers' own voices when the cast gives no
# pool: alternating lower and higher than the narrator, all within a natural range.
SPEAKER_PITCHES = (3.0, -2.5, 5.0, -4.0, 1.5, -1.5, 6.5, -5.0)
SPEAKER_TEMPOS = (1.08, 0.96, 1.12, 1.0, 1.04, 0.92, 1.1, 0.98)


def shift_pitch(audio: AudioSegment, semitones: float) -> AudioSegment:
    """`audio` shifted by `semitones`, same duration, formants preserved (rubberband)."""
    if not semitones or len(audio) == 0:
        return audio
    ratio = 2 ** (semitones / 12)
    # rubberband holds back its last block: feed a tail of silence and cut back to length,
    # so no clip (however short) loses its end.
    n = len(audio.raw_data)
    tail = b"\0" * (2 * (audio.frame_rate // 4))
    proc = run(["-loglevel", "error", "-f", "s16le", "-ar", str(audio.frame_rate), "-ac", "1",
                "-i", "pipe:0", "-af",
                f"rubberband=pitch={ratio:.6f}:formant=preserved:pitchq=quality:window=standard",
                "-f", "s16le", "-ar", str(audio.frame_rate), "-ac", "1", "pipe:1"],
               input=audio.raw_data + tail)
    data = proc.stdout[:n].ljust(n, b"\0")
    return AudioSegment(data=data, sample_width=2, frame_rate=audio.frame_rate, channels=1)


def _borrow_identity(wrapper: Engine, inner: Engine) -> None:
    """A wrapper answers for its engine: name, network use, phoneme input, settings."""
    wrapper.inner = inner
    wrapper.settings = dict(inner.settings)
    wrapper.name = inner.name
    wrapper.needs_network = inner.needs_network
    wrapper.takes_phonemes = inner.takes_phonemes
    wrapper.phonemize = inner.phonemize


@dataclass(frozen=True)
class Effects:
    """What is done to an engine's audio to make a derived voice."""

    pitch: float = 0.0
    """Pitch shift in semitones (formants preserved)."""


class DerivedVoice(Engine):
    """An engine voice with effects applied (pitch).

    Wraps any engine, so derived voices work for every engine, and its `version` names the
    effects so that a clip cache keyed on it never serves the plain voice's audio. Levels are
    not matched here: the render levels every clip of every voice to the same loudness
    (loudness.Leveler), which covers mixed engines as well."""

    name = "derived"

    def __init__(self, inner: Engine, effects: Effects):
        _borrow_identity(self, inner)
        self.effects = effects

    @property
    def sample_rate(self) -> int:
        return self.inner.sample_rate

    @property
    def version(self) -> str:
        return f"{self.inner.version}; pitch {self.effects.pitch:+.2f}"

    def load(self) -> None:
        self.inner.load()

    def prepare(self, text: str) -> str:
        return self.inner.prepare(text)

    def speaker_voices(self) -> list[dict]:
        return self.inner.speaker_voices()

    def synthesize(self, text: str) -> AudioSegment:
        return shift_pitch(self.inner.synthesize(text), self.effects.pitch)


def median_pitch(audio: AudioSegment, *, fmin: float = 60.0, fmax: float = 400.0,
                 max_frames: int = 4000) -> float:
    """Median fundamental frequency (Hz) over voiced frames, by the YIN difference function
    on 40 ms frames (at most `max_frames`, evenly spread); quiet or aperiodic frames are
    left out. Used to show that the quote voice differs from the narrator."""
    sr = audio.frame_rate
    x = np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float64) / 32768
    frame, hop = int(0.04 * sr), int(0.01 * sr)
    lo, hi = int(sr / fmax), int(sr / fmin)
    if len(x) < frame + hi + 1:
        return float("nan")
    starts = np.arange(0, len(x) - frame - hi, hop)
    if len(starts) > max_frames:
        starts = starts[np.linspace(0, len(starts) - 1, max_frames).astype(int)]
    rms_all = np.sqrt(np.mean(x ** 2)) or 1e-9
    nfft = 1 << (frame + hi).bit_length() + 1
    taus = np.arange(1, hi + 1)
    f0s = []
    for start in starts:
        seg = x[start:start + frame + hi]
        w = seg[:frame]
        if np.sqrt(np.mean(w ** 2)) < 0.3 * rms_all:
            continue
        # d(tau) = sum w^2 + sum seg[tau:tau+frame]^2 - 2 * crosscorr(tau), via FFT.
        cross = np.fft.irfft(np.fft.rfft(seg, nfft) * np.conj(np.fft.rfft(w, nfft)), nfft)[:hi + 1]
        sq = np.concatenate([[0.0], np.cumsum(seg ** 2)])
        energy = sq[taus + frame] - sq[taus]
        d = np.sum(w ** 2) + energy - 2 * cross[taus]
        cmnd = d * taus / np.maximum(np.cumsum(d), 1e-12)
        cand = np.where(cmnd[lo - 1:] < 0.15)[0]
        if not len(cand):
            continue
        i = cand[0] + lo - 1
        while i + 1 < len(cmnd) and cmnd[i + 1] < cmnd[i]:
            i += 1
        f0s.append(sr / taus[i])
    return float(np.median(f0s)) if f0s else float("nan")


def speaker_pool(quote_spec, quote_engine: Engine):
    """Voice specs for speakers' own voices: the engine's other voices first (`speaker_voices`),
    then variants of the quote voice with different pitch and tempo."""
    from audioed.voice.cast import VoiceSpec

    pool = [VoiceSpec(engine=quote_spec.engine, settings=tuple(sorted(s.items())))
            for s in quote_engine.speaker_voices()]
    base = dict(quote_spec.settings)
    for semis, tempo in zip(SPEAKER_PITCHES, SPEAKER_TEMPOS):
        settings = type(quote_engine.inner if isinstance(quote_engine, DerivedVoice) else quote_engine
                        ).with_tempo(dict(base), tempo)
        pool.append(VoiceSpec(engine=quote_spec.engine, settings=tuple(sorted(settings.items())),
                              pitch=semis))
    return pool


class SpeakerVoices:
    """Each attributed speaker's own voice, the same for the whole episode: speakers take
    voices from the pool in the order they are first heard (wrapping around a short pool)."""

    def __init__(self, pool):
        self.pool = list(pool)
        self.assigned: dict[str, object] = {}

    def spec_for(self, speaker: str):
        if speaker not in self.assigned:
            self.assigned[speaker] = self.pool[len(self.assigned) % len(self.pool)]
        return self.assigned[speaker]


def derive(engine: Engine, spec) -> Engine:
    """The engine for a cast voice: pitch-shifted when the spec asks, else as it is."""
    pitch = getattr(spec, "pitch", 0.0)
    return DerivedVoice(engine, Effects(pitch=pitch)) if pitch else engine
