"""Where an episode is cut for transcription: at paragraph pauses (from its WebVTT transcript),
else at chapters (from its ID3 CHAP frames), else not at all.

Whisper hears an episode in 30-second windows, each starting where the last one's words
ended. Transcribed whole, a change early in an episode (a word said differently, a sentence
a little longer) moves every later window, and identical audio further on is heard a little
differently. Transcribed in segments that restart at paragraph boundaries, a sentence's
transcript depends only on its own paragraph's audio."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audioed.check.whisper import SAMPLE_RATE, peak


@dataclass(frozen=True)
class Segmentation:
    """Where an episode is cut for transcription: segments (start_ms, end_ms) cover it."""

    segments: list[tuple[int, int]]
    source: str
    """What the cuts came from: "paragraphs (S.vtt)", "chapters (ID3 CHAP)" or "whole file"."""
    note: str = ""
    """Why a finer segmentation was not used, when it was not."""


def paragraph_cuts(cues: list[tuple[int, int]], gap_ms: int | None = None) -> list[int]:
    """Cut points (ms) between paragraphs of an episode, from its sentence cues (start, end):
    the middle of every pause of at least `gap_ms` between one cue and the next.

    Between clips the assembler inserts exact silences (assemble.Pauses): 250 ms between
    sentences, 400 between lines of one paragraph, 700 between paragraphs, more after the
    title and between chapters. The default threshold sits halfway between a line's pause and
    a paragraph's, so a quotation and its attribution stay together."""
    if gap_ms is None:
        from audioed.audio.assemble import Pauses

        gap_ms = (Pauses.line + Pauses.paragraph) // 2
    cues = sorted(cues)
    return [(a_end + b_start) // 2 for (_, a_end), (b_start, _) in zip(cues, cues[1:])
            if b_start - a_end >= gap_ms]


def chapter_cuts(starts_ms: list[int]) -> list[int]:
    """Cut points before chapters starting at `starts_ms` (the first starts the episode):
    halfway into the pause the assembler puts before a chapter."""
    from audioed.audio.assemble import Pauses

    return [max(0, s - Pauses.section // 2) for s in sorted(starts_ms) if s > 0]


SILENT_PEAK = 0.01
"""A cut must fall where the audio is quieter than this (-40 dBFS) for CUT_CHECK_MS either
side: a sidecar that does not belong to the episode would cut through words."""
CUT_CHECK_MS = 60


def _silent_at(samples, cut_ms: int) -> bool:
    a = max(0, (cut_ms - CUT_CHECK_MS) * SAMPLE_RATE // 1000)
    b = min(len(samples), (cut_ms + CUT_CHECK_MS) * SAMPLE_RATE // 1000)
    return b > a and peak(samples[a:b]) < SILENT_PEAK


def _segments_from_cuts(cuts: list[int], end_ms: int) -> list[tuple[int, int]]:
    bounds = [0] + sorted(c for c in set(cuts) if 0 < c < end_ms) + [end_ms]
    return list(zip(bounds, bounds[1:]))


def _chapter_starts(mp3_path: Path) -> list[int]:
    from mutagen.id3 import ID3

    try:
        return sorted(f.start_time for f in ID3(str(mp3_path)).getall("CHAP"))
    except Exception:  # no tags, not an MP3, unreadable: mutagen raises its own types
        return []


def segmentation(mp3_path: str | Path, samples) -> Segmentation:
    """How to cut the episode: at paragraphs, from the WebVTT transcript beside it (S.vtt for
    S.mp3, as `audioed render` writes it); else at chapters, from its ID3 CHAP frames; else
    not at all. Cuts that do not fall in silence mean the sidecar belongs to another render:
    the next source is tried."""
    path = Path(mp3_path)
    end_ms = len(samples) * 1000 // SAMPLE_RATE
    notes = []
    vtt_path = path.with_suffix(".vtt")
    if vtt_path.is_file():
        from audioed.publish.sidecars import cue_times

        try:
            cues = cue_times(vtt_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            cues = []
        cuts = [c for c in paragraph_cuts(cues) if 0 < c < end_ms]
        if cues and cuts and all(_silent_at(samples, c) for c in cuts):
            return Segmentation(_segments_from_cuts(cuts, end_ms), f"paragraphs ({vtt_path.name})")
        notes.append(f"{vtt_path.name} does not match the audio" if cues and cuts
                     else f"{vtt_path.name} has no paragraph pauses")
    else:
        notes.append(f"no {vtt_path.name} beside the episode")
    cuts = [c for c in chapter_cuts(_chapter_starts(path)) if 0 < c < end_ms]
    if cuts and all(_silent_at(samples, c) for c in cuts):
        return Segmentation(_segments_from_cuts(cuts, end_ms), "chapters (ID3 CHAP)", "; ".join(notes))
    notes.append("no chapters in its tags" if not cuts else "its chapter times do not match the audio")
    return Segmentation([(0, end_ms)], "whole file", "; ".join(notes))
