"""Which blocks of a flattened page are the story: the densest run of prose, the headline above
it and the name under the headline. Menus, teaser lists, footers and comment threads are runs of
short lines around it (the figures behind these rules: docs/reading.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audioed.read import cleanup
from audioed.read.cleanup import Context, is_sentence, words
from audioed.read.metadata import _MONTH


BODY = ("paragraph", "heading")


@dataclass
class RawBlock:
    text: str
    hint: str | None = None
    """A kind the format already knows (heading, caption, chrome, title...), else None."""
    blockquote: bool = False


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


def _content(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


_UI_LINE = re.compile(r"^(?:skip to|follow|search|welcome to|sign (?:in|up)|log ?in|browse|ready to|subscribe|"
                      r"read more|more from|related|advertisement|menu|share)\b", re.IGNORECASE)


def _headline_like(text: str) -> bool:
    """A headline's shape: one short line, no sentence break; a final period only after an
    abbreviation ("... Underneath N.Y.C.")."""
    t = text.strip()
    if "\n" in t or not 3 <= len(words(t)) <= 25 or not t[:1].isupper() or _UI_LINE.match(t):
        return False
    if re.search(r"[a-z]{2,}[.!?][\"”’]?\s+[A-Z]", t) or re.search(r"[,;:]$", t):
        return False
    return not t.endswith(".") or bool(re.search(r"\b(?:[A-Z]\.){2,}$|\b[A-Z][a-z]{0,3}\.$", t))


def _headline_above(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """In a flattened page, the headline is a headline-shaped line in the blocks above the
    story (or its first line; 40 above: a page sets ads, share rows and tags between) that shares the most words with the story's opening (menus and
    teasers share few); the nearest wins a tie."""
    story = _content(" ".join(raw[i].text for i in range(span[0], min(span[1] + 1, span[0] + 12))))
    best, at = 1, None
    for i in range(span[0], max(-1, span[0] - 41), -1):
        t = raw[i].text
        if kinds[i] not in BODY or not _headline_like(t):
            continue
        shared = len(_content(t) & story)
        if shared > best:
            best, at = shared, i
    return at


_NAME_LINE = re.compile(rf"^(?P<name>{cleanup.NAME})\s*(?:(?:,\s*)?@\w+)?\s*(?:[-–—|•·,]\s*)?"
                        rf"(?P<date>{_MONTH}\s+\d{{1,2}}\b.*|\d{{1,2}}\s+{_MONTH}.*|\d{{4}}-\d\d-\d\d.*)?$", re.IGNORECASE)


def _name_under_headline(raw: list[RawBlock], kinds: list[str]) -> list[str]:
    """A flattened page's byline without "By": a name alone (or with a handle or a date) within the
    four lines under the headline ("Joseph Cox", "Dan Goodin - Apr 16, 2015 8:02 pm UTC")."""
    if "title" not in kinds:
        return []
    t = kinds.index("title")
    for i in range(t + 1, min(t + 5, len(raw))):
        text = " ".join(raw[i].text.split())
        m = _NAME_LINE.match(text) if kinds[i] in BODY or kinds[i] == "chrome" else None
        if not m or is_sentence(text) and not m.group("date"):
            continue
        name = m.group("name")
        ws = name.split()
        if not 2 <= len(ws) <= 4 or any(w.lower().strip(".") in cleanup.UI_LABELS for w in ws) \
                or not all(w[:1].isupper() for w in ws):
            continue
        # A place or a topic under the headline ("New York") is named again in the story; the
        # writer's name seldom is.
        story = " ".join(raw[j].text for j in range(i + 1, len(raw)) if kinds[j] == "paragraph")
        if re.search(rf"\b{re.escape(ws[-1])}\b", story, re.IGNORECASE):
            continue
        kinds[i] = "byline"
        return [name.title() if name.isupper() else name]
    return []


BARRIER = 3


def _mark_outside_story(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
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
