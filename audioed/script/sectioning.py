"""Chapters of the story body: where to cut, and what to call each part.

Headings make chapters. Without headings the body is cut into chapters of similar length
(about one per `words_per_chapter` words: 3-6 for a 1,500-2,500 word story), only at paragraph
boundaries and never inside a quotation that runs over several paragraphs. Around each target
length a window of boundaries is considered and the one where the text on either side is least
alike (fewest shared content words, as in TextTiling) is chosen. Each chapter is named with a
phrase taken from its own text: its heading, else its most distinctive short phrase.
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


_VERBS = frozenset("found made took came went saw got gave held left put set kept met led ran won lost "
                   "began brought thought knew told seen done".split())
"""Common irregular past forms: a title ending in one is a clause cut short ("inspectors found")."""


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


def _phrases(text: str, max_words: int = 5):
    """Candidate title phrases: word runs inside one clause, starting and ending on a content word,
    never cutting a capitalised name in two ("Homeland Security Secretary Janet" is not one)."""
    for clause in re.split(r"[.,;:!?()\[\]“”\"—–]|\s-\s|--|’\s|\s‘", text):
        ws = _words(clause)
        cap = [w[:1].isupper() for w in ws]
        for i in range(len(ws)):
            if ws[i].lower() in STOPWORDS or (i and cap[i] and cap[i - 1]):
                continue
            for j in range(i + 1, min(len(ws), i + max_words) + 1):
                if ws[j - 1].lower() in STOPWORDS or (j < len(ws) and cap[j - 1] and cap[j]):
                    continue
                yield ws[i:j]


TITLE_SCAN = 20_000
"""Characters of a chapter searched for its title phrases (a chapter of ~420 words is ~2,500)."""


def salient_title(text: str, df: Counter, chapters: int, used: set[str] = frozenset()) -> str:
    """The chapter's most distinctive short phrase, as written in it (at most 60 characters).

    Words score by how often the chapter uses them and how few other chapters do (tf-idf);
    a phrase scores by its words' mean, favouring two to four words, and must appear in the
    text verbatim so the title is the chapter's own.
    """
    tf = _content(text)
    if not tf:
        return _clip(text)

    def weight(w: str) -> float:
        key = w.lower().strip("’'")
        if key in STOPWORDS or len(key) <= 2:
            return 0.0
        return tf[key] * (math.log((1 + chapters) / max(1, df[key])) + 0.1)

    opening = text[: max(200, len(text) // 4)]
    # Candidates come from the chapter's first TITLE_SCAN characters: each is looked up in the
    # text, so a whole 5 MB paragraph would cost its length squared.
    scanned = text[:TITLE_SCAN]
    best, best_score = None, -1.0
    for ws in _phrases(scanned):
        phrase = " ".join(ws)
        if len(phrase) > TITLE_LIMIT or phrase.lower() in used or phrase not in scanned:
            continue
        if len({w.lower() for w in ws}) < len(ws):  # "Stardust or Stardust"
            continue
        content = [weight(w) for w in ws]
        score = sum(content) / len(ws) * (1.0 + 0.35 * min(len(ws), 4) - (0.5 if len(ws) == 1 else 0))
        # Titles read as noun phrases: a verb or adverb at either end ("enabled inspectors") reads badly.
        if re.search(r"(?:ed|ly|ing)$", ws[0]) and ws[0].islower() or re.search(r"(?:ly|ed)$", ws[-1]) \
                or ws[-1] in _VERBS:
            score *= 0.5
        # ... and so does a clause: a verb or an article inside it ("rifles wounded a Border Patrol").
        if any(w.islower() and (re.search(r"(?:ed)$", w) or w in ("a", "an", "is", "was", "are", "were"))
               for w in ws[1:-1]):
            score *= 0.6
        if phrase in opening:  # what the chapter opens with is what it is about
            score *= 1.25
        if score > best_score:
            best, best_score = phrase, score
    if best is None:
        return _clip(text)
    return best[0].upper() + best[1:]


def _title_parts(parts: list[Part]) -> None:
    texts = [" ".join(b.text for b in p.blocks if b.kind != "heading") for p in parts]
    df = Counter()
    for t in texts:
        df.update(set(_content(t)))
    used: set[str] = set()
    for p, t in zip(parts, texts):
        if p.title:
            used.add(p.title.lower())
            continue
        p.title = salient_title(t or " ".join(b.text for b in p.blocks), df, len(parts), used)
        used.add(p.title.lower())


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
