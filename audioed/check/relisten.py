"""The second listen: stretches of script Whisper skipped are transcribed again on their own.

tiny.en sometimes drops a whole clause it plainly heard (a known Whisper failure once it has
settled into a segment); scored as is, that would look like mispronunciation."""

from __future__ import annotations

from dataclasses import dataclass

from audioed.check.align import Op, error_count, scored
from audioed.check.whisper import SAMPLE_RATE, derived_seed, set_seed, transcribe_samples
from audioed.check.words import Word

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

    Where the run sits among equally good alignments is ambiguous by a word or two ("the
    agents said the" dropped before "the"), hence the margin. Overlapping stretches are merged."""
    ops = scored(ref, [w.text for w in heard])
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
        set_seed(None if seed is None else derived_seed(seed, "again", skip.ref_lo))
        again = [Word(w.text, w.start_ms + skip.start_ms, w.end_ms + skip.start_ms)
                 for w in transcribe_samples(samples[a:b])]
        said = ref[skip.ref_lo:skip.ref_hi]
        if error_count(said, [w.text for w in again]) < error_count(said, [w.text for w in out[skip.lo:skip.hi]]):
            out[skip.lo:skip.hi] = again
    return out
