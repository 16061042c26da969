"""Where a page's own date is read from: the date line near its headline or story, else (when
none is there) the story's dateline, a posted/changed note under it, or a date line farther out;
never a date in the story's run, one of a dated list under it (comments, teasers), nor a date
from before the web.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from audioed.read import dates
from audioed.read.metadata import is_date_line, page_date, parse_date

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


# No page on the web is older than the web's first newspapers (1994-95): an earlier date on a page is
# history it tells ("8. November 1923: Vor 100 Jahren ...", "BERLIN, 9. November 1989 – ..."), not its own.
WEB_SINCE = "1995"


def _own_era(day: str | None) -> str | None:
    return day if day and day >= WEB_SINCE else None


def _dated(texts: list[str]) -> list[str]:
    """The lines whose date could be a web page's own."""
    return [t for t in texts if _own_era(parse_date(t))]


# How far from the headline (or the story's first line) its date line may stand; when none does, how
# far a date line is looked for around the headline or under the story.
DATE_REACH, FAR_REACH = 8, 16


def story_date(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None, updates: bool = True) -> str | None:
    """The story's date line: under the headline, else just above it, else above the story's first
    lines (a flattened page's menus push both far down), else among the page's first 20 blocks,
    else at the story's end or just under it; a date labelled as an update only when no zone has
    another ("mis à jour le 7 janvier 2020" under the headline, "Par Jo Lee | 30 septembre 2018"
    above it), and only if `updates`. Never the headline's own date ("... from 01.06.2024"), nor a
    date in the story's run (a timeline's "March 3, 2016")."""
    # (a slash date either order allows is read in the order the page's other dates show)
    order = dates.day_first([rb.text for rb in raw])
    raw = [replace(rb, text=dates.with_order(rb.text, order)) for rb in raw] if order is not None else raw
    at = next((i for i, k in enumerate(kinds) if k == "title"), None)
    near = [range(at + 1, at + DATE_REACH), range(max(0, at - 3), at)] if at is not None else []
    near += [range(max(0, span[0] - DATE_REACH), span[0] + 3)] if span else []
    late = [range(span[1], span[1] + 1 + DATE_REACH)] if span else []  # "Erschienen am: 01.11.2023" under the story
    listed = _listed(raw, span, DATE_REACH) if span else set()
    # (just under the story, a list's date lines are its teasers', not the story's: "12.04.2024, 10:21 Uhr",
    # "27.03.2024, 12:29 Uhr" under a story of April 22)
    seen = [i for zone in near + [range(20)] + late for i in zone if i < len(raw) and i != at and i not in listed]
    found = page_date(_dated([raw[i].text for i in dict.fromkeys(seen)]), updates)
    # (a byline line too long for a date line still says its date by a label: "Jo Lee · CBC News ·
    # Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago"; beside the headline or story, over
    # the date lines under the story, a list's as often as the story's)
    top = [i for i in seen if not (span and span[1] <= i <= span[1] + DATE_REACH) or i < 20]
    if not page_date(_dated([raw[i].text for i in dict.fromkeys(top)]), updates):
        labelled = next((d for i in dict.fromkeys(i for zone in near for i in zone if i < len(raw) and i != at)
                         if (d := _own_era(dates.labelled_date(raw[i].text)))), None)
        if labelled:
            return labelled
    if found or not span:
        return found
    # None there: the story's own dateline, the page's "posted on" note under it, a date line farther
    # from the headline (nearest first) or under the story
    first = next((i for i in range(*span) if kinds[i] == "paragraph"), span[0])
    under = range(span[1], len(raw))
    mid = at if at is not None else span[0]
    far = sorted((i for i in range(max(0, mid - FAR_REACH), mid + FAR_REACH) if i != at and not span[0] <= i < span[1]),
                 key=lambda i: abs(i - mid))
    # (under the story, date lines of one shape and several days are a list's, comments or teasers:
    # "Mark Hill posted on March 3, 2019", "Anna Kurz posted on March 4, 2019"; not the page's own)
    listed = _listed(raw, span)
    own = [i for i in under if i not in listed and (is_date_line(raw[i].text) or dates.stamp_sentence_date(raw[i].text))]
    return (_own_era(dates.opening_date(raw[first].text))
            or next((d for i in own if (d := _own_era(dates.stamp_sentence_date(raw[i].text)))), None)
            or page_date(_dated([raw[i].text for i in far + [i for i in own if i < span[1] + FAR_REACH]
                                 if i < len(raw) and i not in listed]), updates))


def _listed(raw: list[RawBlock], span: tuple[int, int], reach: int | None = None) -> set[int]:
    """The date lines under the story that belong to a list, comments or teasers: of one shape and
    several days ("Mark Hill posted on March 3, 2019", "Anna Kurz posted on March 4, 2019"); with
    `reach`, only those with another day of their shape within `reach` lines (a list's next item)."""
    dated = {i: parse_date(raw[i].text) for i in range(span[1], len(raw))
             if is_date_line(raw[i].text) or dates.stamp_sentence_date(raw[i].text)}
    shape = {i: dates.line_shape(raw[i].text) for i in dated}
    if reach is None:
        days: dict[str, set] = {}
        for i, day in dated.items():
            days.setdefault(shape[i], set()).add(day)
        return {i for i in dated if len(days[shape[i]]) > 1}
    return {i for i in dated if any(j in dated and shape[j] == shape[i] and dated[j] != dated[i]
                                    for j in range(i - reach, i + reach + 1))}
