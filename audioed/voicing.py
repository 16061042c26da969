"""Voices derived from one engine voice: pitch-shifted, loudness-matched variants, and a
consistent voice per attributed speaker.

With a single embedded Piper voice, the quote voice is the same model read a little
slower and livelier (Piper's length/noise scales, set in the cast) and shifted in pitch
with formants preserved (ffmpeg's `rubberband` filter), so it sounds like another person
rather than a chipmunk. Its level is matched to the narrator's: both voices read the same
calibration text once; every clip of the derived voice is then brought to the narrator's
integrated loudness (ITU BS.1770, ffmpeg's `ebur128`), short clips by the calibration gain.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .audio import AudioSegment
from .engines import Engine
from .errors import AudioError
from .ffmpeg import run

CALIBRATION_TEXT = (
    "The committee met on Tuesday to discuss the budget for the coming year. "
    "Several members asked why the costs had risen so quickly, and the chair promised answers. "
    "We will look at every line of it, she said, and we will not rush. "
    "Outside, a small crowd waited in the rain for news about the school and the hospital. "
    "By evening the vote was still not settled, and most people had gone home. "
    "The next meeting is planned for the first week of March, at the public library."
)

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


def integrated_loudness(audio: AudioSegment) -> float:
    """Integrated loudness in LUFS (BS.1770 with gating, via ffmpeg's ebur128)."""
    proc = run(["-nostdin", "-f", "s16le", "-ar", str(audio.frame_rate), "-ac", "1", "-i", "pipe:0",
                "-af", "ebur128=framelog=quiet", "-f", "null", "-"], input=audio.raw_data)
    text = proc.stderr.decode("utf-8", "replace")
    found = re.findall(r"I:\s*(-?[\d.]+|-inf)\s*LUFS", text)
    if not found:
        raise AudioError("ffmpeg ebur128 printed no integrated loudness")
    value = found[-1]
    return -math.inf if value == "-inf" else float(value)


def _biquad_response(b, a, w):
    z = np.exp(-1j * w)
    return (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)


@lru_cache(maxsize=8)
def _k_weighting(n: int, rate: int) -> np.ndarray:
    """Frequency response of the BS.1770 K-weighting filter (shelf + RLB high-pass) on an
    n-point rfft grid, with the standard's analogue parameters mapped to `rate`."""
    w = 2 * np.pi * np.fft.rfftfreq(n)
    # Stage 1: high shelf, +4 dB above ~1.7 kHz (the head's effect).
    gain, q, fc = 3.99984385397, 0.7071752369554193, 1681.9744509555319
    big_a = 10 ** (gain / 40)
    w0 = 2 * np.pi * fc / rate
    alpha, cos = np.sin(w0) / (2 * q), np.cos(w0)
    sa = 2 * np.sqrt(big_a) * alpha
    shelf = _biquad_response(
        (big_a * ((big_a + 1) + (big_a - 1) * cos + sa), -2 * big_a * ((big_a - 1) + (big_a + 1) * cos),
         big_a * ((big_a + 1) + (big_a - 1) * cos - sa)),
        ((big_a + 1) - (big_a - 1) * cos + sa, 2 * ((big_a - 1) - (big_a + 1) * cos),
         (big_a + 1) - (big_a - 1) * cos - sa), w)
    # Stage 2: RLB high-pass at ~38 Hz.
    q, fc = 0.5003270373253953, 38.13547087613982
    w0 = 2 * np.pi * fc / rate
    alpha, cos = np.sin(w0) / (2 * q), np.cos(w0)
    high = _biquad_response(((1 + cos) / 2, -(1 + cos), (1 + cos) / 2), (1 + alpha, -2 * cos, 1 - alpha), w)
    return shelf * high


def loudness_blocks(audio: AudioSegment) -> np.ndarray:
    """Mean square of the K-weighted signal in 400 ms blocks every 100 ms (BS.1770)."""
    rate = audio.frame_rate
    x = np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float64) / 32768
    block, step = int(0.4 * rate), int(0.1 * rate)
    if len(x) < block:
        return np.zeros(0)
    n = 1 << (len(x) + rate).bit_length()  # room for the filters' tails: no wrap-around
    y = np.fft.irfft(np.fft.rfft(x, n) * _k_weighting(n, rate), n)[:len(x)]
    sq = np.concatenate([[0.0], np.cumsum(y * y)])
    starts = np.arange(0, len(x) - block + 1, step)
    return (sq[starts + block] - sq[starts]) / block


def gated_loudness(blocks: np.ndarray) -> float:
    """Integrated loudness (LUFS) of blocks from `loudness_blocks`: absolute gate at -70
    LUFS, then relative gate 10 LU below the absolute-gated loudness."""
    blocks = np.asarray(blocks)
    if not len(blocks):
        return -math.inf
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(blocks)
    kept = blocks[levels > -70]
    if not len(kept):
        return -math.inf
    relative = -0.691 + 10 * np.log10(kept.mean()) - 10
    kept = blocks[(levels > -70) & (levels > relative)]
    return float(-0.691 + 10 * np.log10(kept.mean()))


class LoudnessMeter:
    """Integrated loudness of everything a voice has said so far."""

    def __init__(self):
        self.blocks: list[np.ndarray] = []

    def add(self, audio: AudioSegment) -> None:
        self.blocks.append(loudness_blocks(audio))

    @property
    def seconds(self) -> float:
        return sum(len(b) for b in self.blocks) / 10

    def loudness(self) -> float:
        return gated_loudness(np.concatenate(self.blocks)) if self.blocks else -math.inf


def _borrow_identity(wrapper: Engine, inner: Engine) -> None:
    """A wrapper answers for its engine: name, network use, phoneme input, settings."""
    wrapper.inner = inner
    wrapper.settings = dict(inner.settings)
    wrapper.name = inner.name
    wrapper.needs_network = inner.needs_network
    wrapper.takes_phonemes = inner.takes_phonemes


class MeteredVoice(Engine):
    """The narrator's voice, unchanged, with a meter on it: derived voices match its level
    as heard in this episode rather than on a fixed text."""

    name = "metered"

    def __init__(self, inner: Engine):
        _borrow_identity(self, inner)
        self.meter = LoudnessMeter()

    @property
    def sample_rate(self) -> int:
        return self.inner.sample_rate

    @property
    def version(self) -> str:
        return self.inner.version

    def synthesize(self, text: str) -> AudioSegment:
        audio = self.inner.synthesize(text)
        self.meter.add(audio)
        return audio


def apply_gain(audio: AudioSegment, db: float) -> AudioSegment:
    """`audio` with `db` of gain, clipped to 16 bits (gains here are a few dB)."""
    if not db:
        return audio
    samples = np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float32)
    samples = np.clip(samples * (10 ** (db / 20)), -32768, 32767).astype(np.int16)
    return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=audio.frame_rate, channels=1)


@dataclass(frozen=True)
class Effects:
    """What is done to an engine's audio to make a derived voice."""

    pitch: float = 0.0
    """Pitch shift in semitones (formants preserved)."""
    match_loudness: bool = True
    """Apply the gain that matches the narrator's integrated loudness."""


class DerivedVoice(Engine):
    """An engine voice with effects applied (pitch) and its level matched to a reference voice.

    Wraps any engine, so derived voices work for every engine, and its `version` names the
    effects so that a clip cache keyed on it never serves the plain voice's audio.
    """

    name = "derived"

    def __init__(self, inner: Engine, effects: Effects, reference: Engine | None = None):
        _borrow_identity(self, inner)
        self.effects = effects
        self.reference = reference

    @property
    def sample_rate(self) -> int:
        return self.inner.sample_rate

    @property
    def version(self) -> str:
        matched = f"; level of {self.reference.version}" if self.reference is not None else ""
        return f"{self.inner.version}; pitch {self.effects.pitch:+.2f}{matched}"

    @property
    def gain_db(self) -> float:
        """The calibration gain: reference minus this voice on the calibration text."""
        if not self.effects.match_loudness or self.reference is None:
            return 0.0
        return calibration_gain(self.reference, self.inner, self.effects.pitch)

    def synthesize(self, text: str) -> AudioSegment:
        audio = shift_pitch(self.inner.synthesize(text), self.effects.pitch)
        if not self.effects.match_loudness or self.reference is None:
            return audio
        # Each clip is brought to the narrator's level so far in this episode (after a few
        # seconds of it; before, its level on the calibration text). Piper's noise and the
        # text make clips vary by about a decibel; clips too short to gate reliably take
        # the calibration gain.
        meter = getattr(self.reference, "meter", None)
        target = (meter.loudness() if meter is not None and meter.seconds >= 5
                  else reference_loudness(self.reference))
        own = gated_loudness(loudness_blocks(audio)) if len(audio) >= 1500 else -math.inf
        gain = target - own if math.isfinite(own) and math.isfinite(target) else self.gain_db
        return apply_gain(audio, max(-12.0, min(12.0, gain)))


def reference_loudness(reference: Engine) -> float:
    """Integrated loudness of the reference voice reading the calibration text."""
    return _reference_loudness(_Key(reference))


def calibration_gain(reference: Engine, voice: Engine, pitch: float) -> float:
    """dB to add to `voice` (after `pitch`) so it is as loud as `reference` (BS.1770)."""
    return _calibration_gain(_Key(reference), _Key(voice), pitch)


class _Key:
    """Hashable handle on an engine for caching calibrations (by engine version and settings)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.key = (type(engine).__name__, engine.version, tuple(sorted(engine.settings.items())))

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, _Key) and self.key == other.key


@lru_cache(maxsize=32)
def _reference_loudness(reference: _Key) -> float:
    engine = getattr(reference.engine, "inner", reference.engine)  # do not meter calibration
    return gated_loudness(loudness_blocks(engine.synthesize(CALIBRATION_TEXT)))


@lru_cache(maxsize=32)
def _calibration_gain(reference: _Key, voice: _Key, pitch: float) -> float:
    ref = _reference_loudness(reference)
    own = gated_loudness(loudness_blocks(shift_pitch(voice.engine.synthesize(CALIBRATION_TEXT), pitch)))
    if not (math.isfinite(ref) and math.isfinite(own)):
        return 0.0
    return max(-12.0, min(12.0, ref - own))


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


def speaker_pool(quote_spec, extra_voices: list[Path] | None = None):
    """Voice specs for speakers' own voices: extra Piper voices found in voices/ first, then
    variants of the quote voice with different pitch and tempo."""
    from .cast import VoiceSpec

    pool = [VoiceSpec(engine="piper", settings=(("voice", str(p)),)) for p in (extra_voices or [])]
    base = dict(quote_spec.settings)
    for semis, tempo in zip(SPEAKER_PITCHES, SPEAKER_TEMPOS):
        settings = dict(base)
        if quote_spec.engine == "piper":
            settings["length_scale"] = round(tempo, 3)
        pool.append(VoiceSpec(engine=quote_spec.engine, settings=tuple(sorted(settings.items())),
                              pitch=semis))
    return pool


def extra_piper_voices(directory: Path = Path("voices")) -> list[Path]:
    """Piper models (with their .json config) the user dropped into voices/."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.onnx") if Path(f"{p}.json").is_file())


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


def derive(engine: Engine, spec, reference: Engine | None) -> Engine:
    """The engine for a cast voice: as is for the narrator, else pitch-shifted (when the
    spec asks) and loudness-matched to the narrator."""
    if reference is None:
        return engine
    return DerivedVoice(engine, Effects(pitch=getattr(spec, "pitch", 0.0)), reference)
