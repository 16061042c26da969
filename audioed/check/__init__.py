"""Listen-back check: transcribe an episode offline and compare it with its script.

`audioed check EPISODE.mp3 ARTICLE` runs Whisper tiny.en (`whisper`), cut at the episode's
paragraph pauses or chapters (`segments`), aligns the transcript with the script's words
(`words`, `align`), listens again where Whisper skipped a stretch (`relisten`), and reports
the word error rate and the places a listener would likely mishear, with timestamps
(`report`), so an editor knows what to add to the lexicon.
"""

from __future__ import annotations

from pathlib import Path

from audioed.check.align import Op, align, merge_compounds, word_error_rate
from audioed.check.relisten import SKIP_WORDS, Skip, listen_again, skipped_stretches
from audioed.check.report import CheckReport, Miss, compare, format_report, reference_text
from audioed.check.segments import Segmentation, chapter_cuts, paragraph_cuts, segmentation
from audioed.check.whisper import SAMPLE_RATE, decode, decode_pcm16, set_seed, transcribe, transcribe_segments
from audioed.check.words import Word, canonical_words
from audioed.errors import AudioError
from audioed.model import Script

__all__ = [
    "check_episode", "format_report", "CheckReport", "Miss", "compare", "reference_text",
    "Word", "canonical_words", "Op", "align", "merge_compounds", "word_error_rate",
    "Segmentation", "segmentation", "paragraph_cuts", "chapter_cuts", "SKIP_WORDS", "Skip",
    "skipped_stretches", "listen_again", "SAMPLE_RATE", "transcribe", "transcribe_segments",
    "decode",
]

_decode = decode  # the name the tests and benchmarks know


def check_episode(mp3_path: str | Path, script: Script | str, *, second_listen: bool = True,
                  segments: bool = True, seed: int | None = 0) -> CheckReport:
    """Transcribe an episode and compare it with its script (a Script or its text).

    segments: transcribe paragraph by paragraph (or chapter by chapter) when the episode's
    sidecars or tags say where they are (`segmentation`), else the whole file at once.
    second_listen: stretches Whisper skipped are transcribed again on their own.
    seed: Whisper's fallback sampling is seeded (per segment), so a check is reproducible;
    None leaves CTranslate2's generator alone."""
    reference = reference_text(script)
    if not Path(mp3_path).is_file():
        raise AudioError(f"{mp3_path}: no such file")
    samples = None
    if segments or second_listen:
        samples = decode_pcm16(mp3_path)  # 16-bit: a 100-minute episode in 190 MB
    cut = segmentation(mp3_path, samples) if segments else Segmentation([], "whole file", "asked for one piece")
    if len(cut.segments) > 1:
        heard = transcribe_segments(samples, cut.segments, seed=seed)
    else:
        set_seed(seed)
        heard = transcribe(mp3_path)
    if second_listen:
        heard = listen_again(samples, canonical_words(reference), heard, seed=seed)
    report = compare(reference, heard)
    report.segments = max(1, len(cut.segments))
    report.segmented_by, report.segmentation_note = cut.source, cut.note
    return report
