"""Assemble stage: clips -> one audio stream plus its Timeline (chapters and cues).

Audio is streamed to a sink (the encoder) clip by clip, never concatenated in memory:
pydub's `+` in a loop would copy the whole track each time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from audioed.audio.pcm import silence
from audioed.model import Chapter, Clip, Cue, Timeline


@dataclass(frozen=True)
class Pauses:
    """Silence inserted between clips, in milliseconds."""

    sentence: int = 250
    clause: int = 120
    """Between the pieces of an over-long sentence (utterances.MAX_CHUNK)."""
    line: int = 400
    """Between lines of one paragraph (a quote and its attribution)."""
    paragraph: int = 700
    section: int = 1400
    after_title: int = 900
    tail: int = 600
    """Silence at the very end, so players do not clip the last word."""


class Sink(Protocol):
    def write(self, pcm: bytes) -> None: ...


def pause_before(prev: Clip | None, clip: Clip, pauses: Pauses) -> int:
    """How long to wait before `clip`, given the clip before it."""
    if prev is None:
        return 0
    a, b = prev.utterance, clip.utterance
    if a.section != b.section:
        return pauses.section
    if a.line_no == 0 and a.line_no != b.line_no and a.line.role == "intro":
        return pauses.after_title
    if a.line_no == b.line_no:
        return pauses.clause if b.part > 0 else pauses.sentence
    if a.line.paragraph is not None and a.line.paragraph == b.line.paragraph:
        return pauses.line
    return pauses.paragraph


def chapters_from_starts(titles: list[str], starts_ms: list[int], duration_ms: int) -> list[Chapter]:
    """Contiguous chapters: each ends where the next starts; the first starts at 0, the last ends at the end."""
    if not titles:
        return []
    starts = [0] + list(starts_ms[1:])
    ends = starts[1:] + [duration_ms]
    return [Chapter(t, s, max(s, e)) for t, s, e in zip(titles, starts, ends)]


def assemble(clips: Iterable[Clip], sink: Sink, *, frame_rate: int, section_titles: list[str],
             pauses: Pauses = Pauses()) -> Timeline:
    """Stream clips with pauses into `sink`; return where each chapter and sentence landed."""
    frames = 0
    prev = None
    section_start: dict[int, int] = {}
    cues: list[Cue] = []

    def ms(n_frames: int) -> int:
        return round(n_frames * 1000 / frame_rate)

    for clip in clips:
        gap = pause_before(prev, clip, pauses)
        if gap:
            pad = silence(gap, frame_rate)
            sink.write(pad.raw_data)
            frames += int(pad.frame_count())
        u = clip.utterance
        section_start.setdefault(u.section, frames)
        start = frames
        sink.write(clip.audio.raw_data)
        frames += int(clip.audio.frame_count())
        if u.part > 0 and cues:  # a piece of a long sentence: one cue for the whole sentence
            cues[-1] = replace(cues[-1], end_ms=ms(frames))
        else:
            cues.append(Cue(ms(start), ms(frames), u.caption, u.line.speaker, u.line.role, u.line_no))
        prev = clip
    if pauses.tail:
        pad = silence(pauses.tail, frame_rate)
        sink.write(pad.raw_data)
        frames += int(pad.frame_count())

    duration = ms(frames)
    used = sorted(section_start)
    chapters = chapters_from_starts([section_titles[s] for s in used],
                                    [ms(section_start[s]) for s in used], duration)
    return Timeline(duration_ms=duration, chapters=chapters, cues=cues)
