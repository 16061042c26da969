"""The credit lines a flattened page sets under its headline: a byline, a date line, a reading
time, a byline's label over the names ("By" / "Todd Bates"). `masthead` scores a headline by the
credit hanging from it; which names are the authors is `authors.find_byline`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read import byline
from audioed.read.cleanup import is_sentence
from audioed.read.metadata import is_date_line
from audioed.read.prose import word_count as _size

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


BYLINE_REACH = 10
"""Blocks under the headline where its byline may be: a standfirst, a picture and its credit,
a date line may come first."""


def credit_under(raw: list[RawBlock], i: int) -> int | None:
    """The byline or the date line under block i, before any paragraph of prose (a standfirst, share
    buttons and a picture may stand between); else None."""
    for j in range(i + 1, min(i + 1 + BYLINE_REACH, len(raw))):
        if credit_line(raw[j].text):
            return j
        if _size(raw[j].text) >= 25 and is_sentence(raw[j].text) and j > i + 1:
            return None
    return None


def credit_straight_under(raw: list[RawBlock], i: int) -> int | None:
    """The byline or date line straight under block i (a one-word label may come between: "By" /
    "Todd Bates"); a name alone counts only after such a label (menus hold name-shaped items:
    "Do Not Track")."""
    j = credit_under(raw, i)
    if j is None or j > i + 2 or j == i + 2 and _size(raw[i + 1].text) > 1:
        return None
    t = " ".join(raw[j].text.split())
    named_only = not (is_date_line(t) or byline.by_line(t) or byline.reading_time(t) or dated(t) or minutes(t)
                      or by_label(t))
    return None if named_only and j == i + 1 else j


def credit_line(text: str) -> bool:
    """A byline, a date line, or a name alone: what a page sets under its headline."""
    t = " ".join(text.split())
    return bool(is_date_line(t) or byline.by_line(t) or byline.name_line(t) or byline.reading_time(t) or dated(t)
                or minutes(t) or by_label(t))


# A byline's label set alone, its names on the next line ("By" / "Todd Bates", "Article by" / ...):
# "by" alone or after one or two words; "door", "av", "af" only alone ("Next door" is no label).
_BY_LABEL = re.compile(r"(?:(?:[^\W\d_]+\s+){0,2}(?:by|von|par|por)|door|av|af)\s*:?", re.IGNORECASE)
# ... not a sponsor's label nor a sorting control's ("Sponsored by", "Powered by", "Sort by", "Filter by:")
_NOT_BY = re.compile(r"\b(?:sponsored|powered|presented|paid|brought|supported|funded|sort|sorted|filter|filtered|"
                     r"order|ordered|group|grouped)\b", re.IGNORECASE)


def by_label(text: str) -> bool:
    """A byline's label set alone ("By", "Written by:", "Text von")."""
    t = " ".join(text.split())
    return bool(_BY_LABEL.fullmatch(t)) and not _NOT_BY.search(t)


def minutes(text: str) -> bool:
    """A reading time in any language: a short line with a count of minutes ("Estimated reading
    time: 6 minutes", "5 Minuten Lesezeit", "Lesedauer: 8 Min.")."""
    # (a word ends after the unit: "3 ministers quit ..." is a headline)
    return _size(text) <= 6 and bool(re.search(r"\b\d+\s*min(?:s|ut\w{0,3})?\b", text, re.IGNORECASE))


def dated(text: str) -> bool:
    """A stamp with a time, a numeric date or a year: "03.02.2022 15:34", "19. Juni 2019", "vor 2
    Stunden | 2019" (not "5 Tipps", a count)."""
    return byline.stamp(text) and bool(re.search(r"\d[.:/]\d|\b(?:19|20)\d\d\b", text))


def stamp(text: str) -> bool:
    """A date line, also one in parts ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")."""
    return is_date_line(text) or all(byline.stamp(p) for p in re.split(r"\s*[;|·]\s*", text))


def credit_next(raw: list[RawBlock], i: int) -> bool:
    """A byline or a date straight under block i; a date the page set in parts counts too
    ("November 20" / "15:23" / "2019": one block each in the page's text)."""
    nxt = [" ".join(raw[j].text.split()) for j in range(i + 1, min(i + 4, len(raw)))]
    parts = [t for t in nxt if not re.fullmatch(r"\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?", t, re.IGNORECASE)]
    return bool(nxt) and (credit_line(nxt[0]) or all(_size(t) <= 3 for t in nxt) and is_date_line(" ".join(parts)))
