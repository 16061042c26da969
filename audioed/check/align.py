"""Word alignment of the script with what was heard: a minimum-edit alignment computed by
rapidfuzz (C++, memory linear in the episode's length), compounds forgiven."""

from __future__ import annotations

from dataclasses import dataclass

from audioed.errors import EngineError


@dataclass(frozen=True)
class Op:
    """One alignment step: "=" match, "c" part of a compound match ("border patrol" heard as
    "borderpatrol"), "s" substitution, "d" deletion (missed), "i" insertion."""

    kind: str
    ref: int | None
    hyp: int | None


_KIND = {"replace": "s", "delete": "d", "insert": "i"}


def align(ref: list[str], hyp: list[str]) -> list[Op]:
    """Minimum-edit (Levenshtein) alignment of two word lists, every word in one Op.

    Among equally short alignments, errors go before matches (as the n×m table's backtrace
    this replaces did): rapidfuzz puts them after, so it aligns the lists reversed."""
    try:
        from rapidfuzz.distance import Levenshtein
    except ImportError:
        raise EngineError("audioed check needs rapidfuzz: pip install 'audioed[check]'") from None
    ids: dict[str, int] = {}  # words as ints: exact equality, no hash collisions to fear
    a = [ids.setdefault(w, len(ids)) for w in reversed(ref)]
    b = [ids.setdefault(w, len(ids)) for w in reversed(hyp)]
    n, m = len(ref), len(hyp)
    ops: list[Op] = []
    i = j = 0  # positions in the reversed lists

    def matches_until(src: int, dest: int) -> None:
        nonlocal i, j
        while i < src and j < dest:
            ops.append(Op("=", n - 1 - i, m - 1 - j))
            i, j = i + 1, j + 1

    for tag, src, dest in Levenshtein.editops(a, b).as_list():
        matches_until(src, dest)
        kind = _KIND[tag]
        ops.append(Op(kind, n - 1 - i if kind != "i" else None, m - 1 - j if kind != "d" else None))
        i, j = i + (kind != "i"), j + (kind != "d")
    matches_until(n, m)
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


def scored(ref: list[str], hyp: list[str]) -> list[Op]:
    """The alignment a check scores: compounds forgiven."""
    return merge_compounds(align(ref, hyp), ref, hyp)


def error_count(ref: list[str], hyp: list[str]) -> int:
    return sum(op.kind not in "=c" for op in scored(ref, hyp))


def word_error_rate(ref: list[str], hyp: list[str]) -> float:
    return error_count(ref, hyp) / max(1, len(ref))
