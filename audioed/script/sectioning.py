"""Chapters of the story body: where to cut, and what to call each part.

Headings make chapters. Without headings the body is cut into chapters of similar length
(about one per `words_per_chapter` words: 3-6 for a 1,500-2,500 word story), only at paragraph
boundaries and never inside a quotation that runs over several paragraphs. Around each target
length a window of boundaries is considered and the one where the text on either side is least
alike (fewest shared content words, as in TextTiling) is chosen. A chapter is named by its
heading; one without ("Part 2", see `part_title`) by its place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from audioed.model import Block

TITLE_LIMIT = 60
WORDS_PER_CHAPTER = 420
WINDOW = 0.3
"""Half-width of the search window around each target, as a share of the mean chapter length."""
CONTEXT = 2
"""Paragraphs on each side of a boundary compared for similarity."""

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even ever every few for from further get
got had has have having he her here hers herself him himself his how however i if in into is it its itself
just like made make many may me might more most much must my myself new no nor not now of off on once one
only or other our ours ourselves out over own per said same say says she should since so some still such
than that the their theirs them themselves then there these they this those through to too two under until
up upon us very was we were what when where which while who whom why will with would yes yet you your
yours also told according mr mrs ms dr its it's he's she's they're we're i'm don't can't won't didn't
year years time times day days week weeks month months people way well back first last three four five
""".split())


@dataclass
class Part:
    """A chapter of the body: its title and the blocks it holds (in order)."""

    title: str
    blocks: list[Block] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w’'-]*", text)


def _content(text: str) -> Counter:
    return Counter(w.lower().strip("’'") for w in _words(text)
                   if w.lower() not in STOPWORDS and len(w) > 2)


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def quote_open_after(blocks: Sequence[Block]) -> list[bool]:
    """For each block, whether a quotation is still open at its end (so no cut may follow it).

    Multi-paragraph quotations leave their closing mark off until the last paragraph; a block
    quotation (HTML/Markdown) runs on while the next block is also one.
    """
    out = []
    for i, b in enumerate(blocks):
        t = b.text
        opened = t.count("“") > t.count("”") or t.count('"') % 2 == 1
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        in_blockquote = b.blockquote and nxt is not None and nxt.blockquote
        out.append(opened or in_blockquote)
    return out


def chapter_count(words: int, words_per_chapter: int = WORDS_PER_CHAPTER) -> int:
    """How many chapters a body of `words` words gets (3-6 for 1,500-2,500 words)."""
    return max(1, round(words / words_per_chapter))


def cut_points(blocks: Sequence[Block], count: int) -> list[int]:
    """Indexes (into `blocks`) where chapters 2..count start, chosen as the module doc says."""
    n = len(blocks)
    count = max(1, min(count, n))
    if count == 1:
        return []
    sizes = [len(b.text.split()) for b in blocks]
    before = [0]
    for s in sizes:
        before.append(before[-1] + s)
    total = before[-1]
    mean = total / count
    open_after = quote_open_after(blocks)
    allowed = [j for j in range(1, n) if not open_after[j - 1]]
    bags = [_content(b.text) for b in blocks]

    def dissimilar(j: int) -> float:
        left = sum((bags[k] for k in range(max(0, j - CONTEXT), j)), Counter())
        right = sum((bags[k] for k in range(j, min(n, j + CONTEXT))), Counter())
        return _cosine(left, right)

    cuts: list[int] = []
    for k in range(1, count):
        target = k * mean
        prev = cuts[-1] if cuts else 0
        # Leave room for the chapters still to come: each needs at least one block.
        options = [j for j in allowed if prev < j <= n - (count - k)]
        if not options:
            break
        window = [j for j in options if abs(before[j] - target) <= WINDOW * mean]
        if window:
            # Least similar neighbours; a slight pull towards the target keeps lengths even.
            best = min(window, key=lambda j: (dissimilar(j) + 0.5 * abs(before[j] - target) / mean, j))
        else:
            best = min(options, key=lambda j: (abs(before[j] - target), j))
        cuts.append(best)
    return cuts


def _clip(text: str, limit: int = TITLE_LIMIT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    out = ""
    for w in text.split():
        if len(out) + len(w) + (1 if out else 0) > limit:
            break
        out = f"{out} {w}".strip()
    return out.rstrip(",;:—–-") or text[:limit]


def part_title(n: int, count: int) -> str:
    """The title of body chapter `n` (from 1) of `count` when the page gives it no heading.

    A phrase picked from the text names a person or a passing detail as often as a topic ("Via
    email", "Anthony Martinez"); a number tells the listener where they are and what is left.
    A body of one chapter is the story itself: "Part 1" would promise a second.
    """
    return "Story" if count == 1 else f"Part {n}"


def _title_parts(parts: list[Part]) -> None:
    for n, p in enumerate(parts, 1):
        if not p.title:
            p.title = part_title(n, len(parts))


def split_sections(blocks: Sequence[Block], *, words_per_chapter: int = WORDS_PER_CHAPTER) -> list[Part]:
    """Chapters of the body blocks (headings and paragraphs), in order, each block exactly once."""
    blocks = list(blocks)
    if not blocks:
        return []
    parts: list[Part]
    if any(b.kind == "heading" for b in blocks):
        parts = []
        for b in blocks:
            if b.kind == "heading" or not parts:
                parts.append(Part(title=_clip(b.text) if b.kind == "heading" else ""))
            parts[-1].blocks.append(b)
        # A heading with nothing under it joins the next chapter rather than stand empty.
        merged: list[Part] = []
        for p in parts:
            if merged and all(x.kind == "heading" for x in merged[-1].blocks):
                merged[-1].blocks.extend(p.blocks)
            else:
                merged.append(p)
        parts = merged
    else:
        total = sum(len(b.text.split()) for b in blocks)
        cuts = cut_points(blocks, chapter_count(total, words_per_chapter))
        edges = [0, *cuts, len(blocks)]
        parts = [Part(title="", blocks=blocks[a:b]) for a, b in zip(edges, edges[1:])]
    _title_parts(parts)
    return parts
