"""The word aligner on plain word lists: minimal, a true alignment, errors before matches on a
tie, and linear in memory on an episode's length (15,000 words)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from audioed.check import Word, align, compare, merge_compounds, skipped_stretches, word_error_rate


def _distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance by the textbook table: the yardstick for small lists."""
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row = row, [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            row[j] = min(prev[j - 1] + (r != h), prev[j] + 1, row[j - 1] + 1)
    return row[-1]


def _check_alignment(ops, ref, hyp):
    """Every word in one step, in order, and "=" only where the words are equal."""
    assert [op.ref for op in ops if op.ref is not None] == list(range(len(ref)))
    assert [op.hyp for op in ops if op.hyp is not None] == list(range(len(hyp)))
    for op in ops:
        assert op.kind in "=sdi"
        assert (op.ref is None) == (op.kind == "i") and (op.hyp is None) == (op.kind == "d")
        if op.kind in "=s":
            assert (ref[op.ref] == hyp[op.hyp]) == (op.kind == "=")


words = st.lists(st.sampled_from("the a cat sat on mat border patrol borderpatrol".split()), max_size=12)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_the_alignment_is_a_minimal_one(ref, hyp):
    ops = align(ref, hyp)
    _check_alignment(ops, ref, hyp)
    assert sum(op.kind != "=" for op in ops) == _distance(ref, hyp)


def test_on_a_tie_errors_come_before_matches():
    # "the the" heard as "the": the first is the one missed (as the table's backtrace chose).
    assert [(op.kind, op.ref, op.hyp) for op in align(["the", "the"], ["the"])] == [
        ("d", 0, None), ("=", 1, 0)]
    # Two words heard as one other word: the deletion first, the substitution last.
    assert [op.kind for op in align("old port quiet".split(), "new quiet".split())] == ["d", "s", "="]


def test_empty_sides():
    assert align([], []) == []
    assert [op.kind for op in align(["a", "b"], [])] == ["d", "d"]
    assert [op.kind for op in align([], ["a"])] == ["i"]


def _tok(prefix: str, k: int) -> str:
    """A distinct word of letters only ("zqbc"), which canonical_words leaves as it is."""
    letters = ""
    while True:
        k, r = divmod(k, 26)
        letters = chr(97 + r) + letters
        if not k:
            return prefix + letters


def _episode(n: int, seed: int = 7):
    """n distinct script words, and a hearing of them with known errors every ~100 words:
    a substitution, a word missed, a word added, a six-word dropout, a compound joined."""
    rng = random.Random(seed)
    ref = [_tok("zq", k) for k in range(n)]
    hyp: list[str] = []
    expected = {"s": 0, "d": 0, "i": 0, "c": 0}
    dropouts = []
    k = 0
    while k < n:
        if k % 100 != 50 or k + 10 > n:
            hyp.append(ref[k])
            k += 1
            continue
        kind = rng.choice(["s", "d", "i", "drop", "compound"])
        if kind == "s":
            hyp.append(_tok("xq", k))
            expected["s"] += 1
            k += 1
        elif kind == "d":
            expected["d"] += 1
            k += 1
        elif kind == "i":
            hyp += [ref[k], _tok("yq", k)]
            expected["i"] += 1
            k += 1
        elif kind == "drop":
            dropouts.append(k)
            expected["d"] += 6
            k += 6
        else:  # two script words heard as one written together
            ref[k], ref[k + 1] = _tok("comp", k), _tok("part", k)
            hyp.append(ref[k] + ref[k + 1])
            expected["c"] += 2
            k += 2
    return ref, hyp, expected, dropouts


def test_a_15000_word_episode_is_aligned_exactly():
    ref, hyp, expected, dropouts = _episode(15_000)
    assert len(ref) == 15_000 and len(dropouts) > 10
    ops = merge_compounds(align(ref, hyp), ref, hyp)
    kinds = {kind: sum(op.kind == kind for op in ops) for kind in "sdic"}
    assert kinds == expected
    errors = expected["s"] + expected["d"] + expected["i"]
    assert word_error_rate(ref, hyp) == errors / len(ref)
    # Each dropout is one skipped stretch, found where it was made.
    heard = [Word(w, 300 * j, 300 * j + 250) for j, w in enumerate(hyp)]
    skips = skipped_stretches(ref, heard, margin=2)
    assert [s.first for s in skips] == dropouts and all(s.last - s.first == 6 for s in skips)


def test_a_15000_word_report_places_each_miss():
    ref, hyp, expected, _ = _episode(15_000, seed=3)
    heard = [Word(w, 300 * j, 300 * j + 250) for j, w in enumerate(hyp)]
    report = compare(" ".join(ref), heard)
    assert report.reference_words == 15_000
    assert (report.substitutions, report.deletions, report.insertions) == (
        expected["s"], expected["d"], expected["i"])
    subs = [m for m in report.misses if m.heard.startswith("xq")]
    assert len(subs) == expected["s"]
    for m in subs:  # "zqhw" heard as "xqhw", at the time "xqhw" was heard
        assert m.expected == "zq" + m.heard[2:] and ref[m.ref_index] == m.expected
        assert heard[hyp.index(m.heard)].start_ms == m.start_ms


def test_a_15000_word_episode_against_an_unrelated_transcript():
    # Nothing in common: every word is an error (the worst case for the aligner's band).
    ref = [f"w{k}" for k in range(15_000)]
    hyp = [f"z{k}" for k in range(14_000)]
    ops = align(ref, hyp)
    _check_alignment(ops, ref, hyp)
    assert sum(op.kind == "s" for op in ops) == 14_000 and sum(op.kind == "d" for op in ops) == 1_000
