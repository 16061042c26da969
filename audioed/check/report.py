"""The check's report: misses collected from the alignment, plain data for --json, and the
text `audioed check` prints."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from audioed.check.align import Op, scored
from audioed.check.words import Word, canonical_words
from audioed.model import Script


@dataclass(frozen=True)
class Miss:
    """A run of script words the listener would likely hear wrongly."""

    start_ms: int
    end_ms: int
    expected: str
    heard: str
    ref_index: int = 0
    """Position of the first expected word among the script's canonical words."""


@dataclass
class CheckReport:
    wer: float
    reference_words: int
    substitutions: int
    deletions: int
    insertions: int
    misses: list[Miss] = field(default_factory=list)
    transcript: str = ""
    segments: int = 1
    """How many pieces the episode was transcribed in."""
    segmented_by: str = "whole file"
    """Where the pieces came from: "paragraphs (S.vtt)", "chapters (ID3 CHAP)", "whole file"."""
    segmentation_note: str = ""
    """Why a finer segmentation was not used, when it was not."""

    def to_dict(self) -> dict:
        return asdict(self)

    def suspects(self, top: int = 15) -> list[tuple[str, int]]:
        """Script words most often misheard: candidates for the lexicon."""
        counts = Counter(w for m in self.misses for w in m.expected.split())
        return counts.most_common(top)


def reference_text(script: Script | str) -> str:
    if isinstance(script, str):
        return script
    return "\n".join(line.text for _, line in script.lines())


def compare(reference: str, heard: list[Word]) -> CheckReport:
    """Align canonical script words with the heard words and collect the misses."""
    ref = canonical_words(reference)
    hyp = [w.text for w in heard]
    ops = scored(ref, hyp)
    counts = Counter(op.kind for op in ops)
    misses: list[Miss] = []
    run: list[Op] = []
    last_hyp: int | None = None  # the last heard word before the current run ends

    def flush(next_hyp: int | None):
        if run and any(op.ref is not None for op in run):
            heard_idx = [op.hyp for op in run if op.hyp is not None]
            if heard_idx:
                start, end = heard[heard_idx[0]].start_ms, heard[heard_idx[-1]].end_ms
            else:  # nothing heard there: place it between its neighbours
                start = heard[last_hyp].end_ms if last_hyp is not None else 0
                end = heard[next_hyp].start_ms if next_hyp is not None else start
            refs = [op.ref for op in run if op.ref is not None]
            misses.append(Miss(start, max(start, end), " ".join(ref[i] for i in refs),
                               " ".join(hyp[i] for i in heard_idx), refs[0]))
        run.clear()

    for op in ops:
        if op.kind in "=c":
            flush(op.hyp)
        else:
            run.append(op)
        if op.hyp is not None:
            last_hyp = op.hyp
    flush(None)
    errors = counts["s"] + counts["d"] + counts["i"]
    return CheckReport(wer=errors / max(1, len(ref)), reference_words=len(ref),
                       substitutions=counts["s"], deletions=counts["d"], insertions=counts["i"],
                       misses=misses, transcript=" ".join(hyp))


def format_report(report: CheckReport, *, limit: int = 40) -> str:
    lines = [f"WER {report.wer:.3f} ({report.substitutions} substituted, {report.deletions} missed, "
             f"{report.insertions} extra, of {report.reference_words} words)"]
    if report.segments > 1:
        lines.append(f"Transcribed in {report.segments} pieces cut at {report.segmented_by}.")
    else:
        lines.append("Transcribed as one piece" + (f" ({report.segmentation_note})."
                                                  if report.segmentation_note else "."))
    if report.misses:
        lines.append("Likely misheard:")
        for m in report.misses[:limit]:
            t = m.start_ms // 1000
            lines.append(f"  {t // 60:02d}:{t % 60:02d}  {m.expected!r} heard as {m.heard or '(nothing)'!r}")
        if len(report.misses) > limit:
            lines.append(f"  ... {len(report.misses) - limit} more (use --json)")
        lines.append("Most misheard words: " + ", ".join(f"{w} ({n})" for w, n in report.suspects()))
    return "\n".join(lines)
