"""pydub, imported once and quietly (it warns at import when no ffmpeg is on PATH; we never
let it decode, so it needs none), plus the small PCM helpers the stages share."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)  # audioop on Python 3.11/3.12
    from pydub import AudioSegment


def silence(ms: int, frame_rate: int) -> AudioSegment:
    return AudioSegment.silent(duration=ms, frame_rate=frame_rate).set_sample_width(2)


def conform(segment: AudioSegment, frame_rate: int) -> AudioSegment:
    """Mono, 16-bit, at the episode's frame rate (clips from other engines are converted)."""
    if segment.channels != 1:
        segment = segment.set_channels(1)
    if segment.sample_width != 2:
        segment = segment.set_sample_width(2)
    if segment.frame_rate != frame_rate:
        segment = segment.set_frame_rate(frame_rate)
    return segment
