"""A flattened page's masthead: the story's headline, its byline and the site's name, found in
page text that carries no markup (a page's rendered text, blocks separated by blank lines).

`build` calls these once the story's run is known (`story.story_span`): the headline and the
byline sit above that run, under the menus; the site's name is in the header and the footer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read import cleanup
from audioed.read.cleanup import is_sentence, words
from audioed.read.metadata import _MONTH
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


def _content(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


_UI_LINE = re.compile(r"^(?:skip to|follow|search|welcome to|sign (?:in|up)|log ?in|browse|ready to|subscribe|"
                      r"read more|more from|related|advertisement|menu|share)\b", re.IGNORECASE)


def headline_like(text: str) -> bool:
    """A headline's shape: one short line, no sentence break; a final period only after an
    abbreviation ("... Underneath N.Y.C.")."""
    t = text.strip()
    if "\n" in t or not 3 <= len(words(t)) <= 25 or not t[:1].isupper() or _UI_LINE.match(t):
        return False
    if re.search(r"[a-z]{2,}[.!?][\"”’]?\s+[A-Z]", t) or re.search(r"[,;:]$", t):
        return False
    return not t.endswith(".") or bool(re.search(r"\b(?:[A-Z]\.){2,}$|\b[A-Z][a-z]{0,3}\.$", t))


def headline_above(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """In a flattened page, the headline is a headline-shaped line in the blocks above the
    story (or its first line; 40 above: a page sets ads, share rows and tags between) that shares the most words with the story's opening (menus and
    teasers share few); the nearest wins a tie."""
    story = _content(" ".join(raw[i].text for i in range(span[0], min(span[1] + 1, span[0] + 12))))
    best, at = 1, None
    for i in range(span[0], max(-1, span[0] - 41), -1):
        t = raw[i].text
        if kinds[i] not in BODY or not headline_like(t):
            continue
        shared = len(_content(t) & story)
        if shared > best:
            best, at = shared, i
    return at




_NAME_LINE = re.compile(rf"^(?P<name>{cleanup.NAME})\s*(?:(?:,\s*)?@\w+)?\s*(?:[-–—|•·,]\s*)?"
                        rf"(?P<date>{_MONTH}\s+\d{{1,2}}\b.*|\d{{1,2}}\s+{_MONTH}.*|\d{{4}}-\d\d-\d\d.*)?$", re.IGNORECASE)


def name_under_headline(raw: list[RawBlock], kinds: list[str]) -> list[str]:
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


