"""Where the story is among a page's blocks: the densest run of prose in flattened text, the page
around it, and pull quotes that repeat the story. Part of the editor's pass in `build`.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from audioed.read import cleanup
from audioed.read.cleanup import Context, is_sentence, words

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

BODY = ("paragraph", "heading")
"""Block kinds heard as the story's own text."""

# Flattened pages: a short line outside the story costs this many words of prose to cross.
GAP_COST = 12


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MARKUP = re.compile(r"</?(?:div|img|iframe|span|a|p|script|style|i|b)\b[^>]*>", re.IGNORECASE)
_LEGAL = re.compile(r"©|\ball rights reserved\b|\bcopyright\b|\bterms of (?:use|service)\b|\bprivacy policy\b",
                    re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[•·▪◦*–-])\s+\S")


def _story_score(rb: RawBlock) -> float:
    t = rb.text
    # Words; in scripts written without spaces, two characters make a word.
    n = max(len(words(t)), len(_CJK.findall(t)) // 2)
    if rb.hint is not None and rb.hint not in BODY:
        return 0.0
    if not re.search(r"[^\W\d_]{2}", t):
        return 0.0  # numbers and marks: a chart's axis flattened line by line, inside the story
    if _MARKUP.search(t) or (_LEGAL.search(t) and not re.search(r"\b(?:said|says)\b", t)):
        return -max(GAP_COST, n)  # markup left by a noscript, the footer's legal small print
    if _LIST_ITEM.match(t) or t.rstrip().endswith(":"):
        return 0.0  # a list item or the line that opens a list: inside the story as often as not
    if cleanup.classify(t, Context()):
        # Furniture the rules know (a promo, a credit, "Advertisement") sits inside stories too;
        # it is skipped on its own, and costs a short story paragraph little to cross.
        return -GAP_COST / 4
    if is_sentence(t) or re.search(r"[。！？][」』”]?$", t):
        return float(n)  # a short sentence too ("Yes." closing an interview)
    if n >= 8 and sum(w[:1].islower() for w in t.split()) >= 0.5 * len(t.split()):
        return n / 2  # a wrapped line of prose (a <pre> text, a poem), not a title-case link
    if n >= 30:
        return n / 2  # long but unpunctuated: a list flattened into one block, or a run-on
    return -GAP_COST


def story_span(raw: list[RawBlock]) -> tuple[int, int] | None:
    """(first, last) block of the story in flattened page text: the run of blocks where prose is
    densest (the largest sum of block scores: a sentence scores its words, a short line that is
    not a sentence costs GAP_COST). Menus, teaser lists, footers and comment threads are runs
    of short lines, so the story's run stops at them; subheadings, credits and captions inside the
    story are single lines, crossed because the prose on both sides outweighs them.
    """
    best = cur = 0.0
    start = 0
    span = None
    for i, rb in enumerate(raw):
        score = _story_score(rb)
        if cur <= 0:
            cur, start = score, i
        else:
            cur += score
        if cur > best:
            best, span = cur, (start, i)
    return span


BARRIER = 3


def mark_outside_story(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """Flattened page text: body-like blocks beyond a menu or link list that closes the story's
    run (BARRIER short lines in a row that no rule knows, or the headline above it) are the page
    around it: menus, teaser lists, footers, comments. Prose before such a barrier stays: a short
    paragraph next to an appeal or two is still the story's."""
    title = kinds.index("title") if "title" in kinds and kinds.index("title") < span[0] else None

    def outward(indexes, barrier_at=None):
        run, crossed = 0, False
        for i in indexes:
            if i == barrier_at:
                crossed = True
                continue
            gap = _story_score(raw[i]) == -GAP_COST
            run = run + 1 if gap else 0
            crossed = crossed or run >= BARRIER
            if crossed and kinds[i] in BODY:
                kinds[i] = "chrome"

    outward(range(span[0] - 1, -1, -1), barrier_at=title)
    outward(range(span[1] + 1, len(raw)))


def _grams(text: str) -> set[tuple[str, ...]]:
    ws = re.findall(r"\w+", text.lower())  # punctuation aside: "appeal." and "appeal" are one word
    return {tuple(ws[i:i + 4]) for i in range(len(ws) - 3)}


def mark_pull_quotes(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block repeating a passage of a longer story paragraph is a pull quote: heard once."""
    body = [i for i, k in enumerate(kinds) if k in ("paragraph", "dek")]
    grams = {i: _grams(raw[i].text) for i in body}
    sizes = {i: len(words(raw[i].text)) for i in body}
    # Which blocks hold each phrase: a candidate is compared only with blocks sharing its rarest
    # phrases, not with every block (pairwise comparison took minutes on a 5 MB text).
    holders: dict[tuple[str, ...], list[int]] = {}
    for j in body:
        for g in grams[j]:
            holders.setdefault(g, []).append(j)
    verdicts: dict[str, bool] = {}  # identical blocks get the same verdict
    for i in body:
        n = sizes[i]
        # Five distinct phrases at least: a repetitive line ("Go go go go ...") repeats nothing quotable.
        if kinds[i] != "paragraph" or not 8 <= n <= 60 or len(grams[i]) < 5:
            continue
        if raw[i].text not in verdicts:
            verdicts[raw[i].text] = _repeats_longer(i, grams, sizes, holders)
        if verdicts[raw[i].text]:
            kinds[i] = "chrome"


def _repeats_longer(i: int, grams: dict, sizes: dict, holders: dict) -> bool:
    """Does a longer block hold 90% of block i's phrases? A block that does holds at least one of
    any (misses allowed + 1) of them, so only the holders of the rarest few are compared."""
    need = math.ceil(0.9 * len(grams[i]))  # the same float bound as ever
    probes = sorted(grams[i], key=lambda g: len(holders[g]))[:len(grams[i]) - need + 1]
    seen: set[int] = set()
    for g in probes:
        for j in holders[g]:
            if j in seen or j == i or sizes[j] <= sizes[i]:
                continue
            seen.add(j)
            if len(grams[i] & grams[j]) >= need:
                return True
    return False
