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
from audioed.read.metadata import _MONTH, is_date_line
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _content(text: str) -> set[str]:
    """Content words: four letters or more; in scripts written without spaces, character pairs."""
    out = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text) if not _CJK.search(w)}
    for run in re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+", text):
        out |= {run[k:k + 2] for k in range(len(run) - 1)}
    return out


def _size(text: str) -> int:
    """Words; in scripts written without spaces, two characters make a word."""
    return max(len(words(text)), len(_CJK.findall(text)) // 2)


_UI_LINE = re.compile(r"^(?:skip to|follow|search|welcome to|sign (?:in|up)|log ?in|browse|ready to|subscribe|"
                      r"read more|more from|related|advertisement|menu|share)\b", re.IGNORECASE)


def headline_like(text: str) -> bool:
    """A headline's shape: one short line, no sentence break; a final period only after an
    abbreviation ("... Underneath N.Y.C."). It may open with a quotation ("'Neutral' Snopes...")
    or a number ("3 surprising findings..."), never with a lower-case word."""
    t = text.strip()
    if "\n" in t or not 3 <= _size(t) <= 25 or t[:1].islower() or not re.match(r"[\w'‘“\"«¿¡]", t) \
            or _UI_LINE.match(t):
        return False
    if re.search(r"[a-z]{2,}[.!?][\"”’]?\s+[A-Z]", t) or re.search(r"[,;:]$", t):
        return False
    return not t.endswith(".") or bool(re.search(r"\b(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|No|vs)\.$", t))


HEADLINE_REACH = 40
"""Blocks above the story's run where its headline may be: pages set ads, share rows, tags and
pictures between the two."""


def headline_above(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """In a flattened page, the headline is a headline-shaped line above the story (or its first
    line) whose words the story uses: scored by the words it shares with the story's opening,
    times the share of its own words that are shared (a teaser or a menu shares few, a long
    caption shares many among many). A line the page repeats (the headline in a breadcrumb and
    again over the story) scores more. The headline comes before the standfirst and the
    subtitle, which share as much: the first line scoring near the best just above it wins."""
    scored = headline_scores(raw, kinds, span)
    if not scored:
        return None
    best, at = max(scored, key=lambda x: (x[0], x[1]))
    return min(i for s, i in scored if s >= 0.4 * best and at - 6 <= i <= at)


def _list_item(text: str) -> bool:
    """A line of a link list: headline-shaped, or a short label that is no date and no byline."""
    t = " ".join(text.split())
    if is_date_line(t) or cleanup.byline_match(t) or _NAME_LINE.match(t):
        return False
    return headline_like(t) or (_size(t) <= 6 and not is_sentence(t))


def headline_scores(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> list[tuple[float, int]]:
    """(score, block) for every headline-shaped line that may be the headline."""
    story = _content(" ".join(raw[i].text for i in range(span[0], min(span[1] + 1, span[0] + 12))))
    seen: dict[str, int] = {}
    for rb in raw:
        key = " ".join(rb.text.lower().split())
        seen[key] = seen.get(key, 0) + 1
    scored = []
    # The line after the story's first is a candidate when that first is no paragraph (a date,
    # a notice): the headline itself may open the run when it ends like a sentence.
    first = raw[span[0]].text
    opening = headline_like(first) or is_sentence(first) and _size(first) >= 12
    for i in range(max(0, span[0] - HEADLINE_REACH), min(len(raw), span[0] + (1 if opening else 2))):
        t = raw[i].text
        if kinds[i] not in BODY or not headline_like(t):
            continue
        own = _content(t)
        shared = len(own & story)
        if shared < 1 or not own:
            continue
        score = shared * shared / len(own)
        if seen[" ".join(t.lower().split())] > 1:
            score *= 1.5
        if 0 < i < len(raw) - 1 and _list_item(raw[i - 1].text) and _list_item(raw[i + 1].text):
            score *= 0.5  # one link of a list (a menu, a teaser list): headlines stand apart
        scored.append((score, i))
    return scored


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


