"""What an article says about itself: the format's metadata, its date, dateline, authors and publisher.

`build` calls these while it classifies blocks; the format readers use the date and name parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import TYPE_CHECKING

from audioed.read import cleanup, dates
from audioed.read.cleanup import Context

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


@dataclass
class Meta:
    """Metadata a format carries (front matter, HTML meta tags); None where unknown."""

    title: str | None = None
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    structured: bool = False
    """The format marks its own structure (HTML, Markdown): no guessing a dek from flat text."""


# The one date reader is `dates`; its readers are re-exported here, where the format readers and
# the block classifier have always taken them from.
parse_date, is_date_line, page_date = dates.parse_date, dates.is_date_line, dates.page_date


# A dateline opens the lede: "NOGALES, ARIZ. --", "WASHINGTON (AP) —", "Evansville, Indiana, United States -".
# A hyphen must stand apart ("X-ray" is no dateline); a long dash may touch the lede ("ARIZ.--In").
_PLACE = r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
DATELINE = re.compile(rf"^(?P<dateline>{_PLACE}(?:,\s*{_PLACE}){{0,3}})"
                      r"(?:\s*\((?P<agency>[A-Za-z .]+)\))?(?:\s*(?:--|—|–)\s*|\s+-\s+)(?=\S)")


def match_dateline(text: str) -> re.Match | None:
    """The dateline opening `text`, if any: the place is the group "dateline", a wire agency
    "(AP)" the group "agency"; the match ends where the lede starts. The one dateline detector:
    the reader records it, the normalizer says it as a sentence of its own."""
    m = DATELINE.match(text)
    if not m or not any(c.isalpha() for c in m.group("dateline")):
        return None
    place = m.group("dateline").strip()
    # Upper-case places ("NOGALES, ARIZ.") are datelines; mixed case needs a comma ("City, State").
    return m if (place.upper() == place or "," in place) else None


def find_dateline(text: str) -> str | None:
    m = match_dateline(text)
    return m.group("dateline").strip() if m else None


_CREDENTIAL = re.compile(r"^(?:MA|MS|MSc|MD|PhD|Ph\.D|RN|DO|MPH|MBA|JD|DDS|Jr|Sr|II|III)\.?$", re.IGNORECASE)


def split_names(names: str) -> list[str]:
    """"Jane Doe, MD and John Roe" -> ["Jane Doe", "John Roe"]: degrees after a comma are no one's name."""
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", names)
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 5 and not _CREDENTIAL.match(p.strip())]


_RECENT = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this (?:past )?(?:week|weekend|month|morning|afternoon|"
                     r"evening)|last (?:week|weekend|month|night)|earlier (?:this|today)|(?:mon|tues|wednes|thurs|fri|"
                     r"satur|sun)day)\b", re.IGNORECASE)


def news_anchor(text: str, date: str | None) -> bool:
    """Does the block place the news in time, as a lede does: a dateline, "on Tuesday", "this past
    week", or a date within a month before the page's date line?"""
    if find_dateline(text) or _RECENT.search(text):
        return True
    if not date:
        return False
    when = Date.fromisoformat(date)
    return any(-3 <= (when - Date.fromisoformat(iso)).days <= 31 for _, _, iso in dates.find_dates(text))


def gather_context(raw: list[RawBlock], meta: Meta,
                    span: tuple[int, int] | None = None) -> tuple[Context, list[str], str | None]:
    """Authors and publisher from the byline, the author bio and the page's own footer labels."""
    authors = list(meta.authors)
    publisher = meta.publisher
    # The byline is near the top, or in a box the HTML reader lifted out (listed after the body),
    # or, in a flattened page, just above or at the story's start (under the menus).
    near = raw[max(15, span[0] - 40):span[0] + 6] if span and span[0] + 6 > 15 else []
    # In flattened text the byline is read under the headline, once it is found (masthead).
    heads = [] if span else raw[:15] + near + [rb for rb in raw[15:] if rb.hint in ("bio", "chrome", "byline")]
    for rb in heads:
        if rb.hint in ("caption", "promo", "embed"):
            continue  # a teaser's caption: "Drake Assaulted in Dubai" is a headline, not a byline
        m = cleanup.byline_match(rb.text)
        if m and not authors:
            names = m.group("names") and re.sub(r"\s*\([a-z]+\)", "", m.group("names"))
            names = names or re.sub(r"\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?", "",
                                               m.group("placed"))
            # Wire bylines shout ("By KATHERINE MOSS"); say names in their usual case.
            authors = [n.title() if n.isupper() else n for n in split_names(names)]
    # Bios sit in the page tail; in the body the same sentence shape describes a source, not the author.
    for line in (ln for rb in raw[-12:] for ln in rb.text.splitlines()):
        m = cleanup.bio_match(line)
        surname = cleanup.surname_bio(line) if not m else None
        if surname:
            if any(a.split()[-1].lower() == surname.lower() for a in authors) and not publisher:
                org = re.search(r"\b(?:at|for|with)\s+(?P<org>(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)",
                                line)
                if org:
                    publisher = re.sub(r"^the\s+", "", org.group("org").strip())
            continue
        if m:
            if not authors:
                authors = [m.group("name")]
            if m.group("org") and not publisher and m.group("name") in authors:
                publisher = re.sub(r"^the\s+", "", m.group("org").strip())  # "The" in a name stays
    if not publisher:
        for rb in raw[-12:]:
            m = re.match(r"^(?:Latest|More) (?:Stories|News|Articles)? ?from\s+(?P<org>[A-Z][\w&.’' -]{1,40}?)\s*$",
                         " ".join(rb.text.split()))
            m = m or re.match(r"^(?:©|Copyright)\s*(?:©\s*)?\d{4}\s+(?P<org>[A-Z][\w&’' -]{1,40}?)"
                              r"(?:[.,]|\s+[-–—|]\s|\s+(?:All rights|Alle Rechte|Tous droits|Todos los derechos)|$)",
                              " ".join(rb.text.split()), re.IGNORECASE)
            if m:
                publisher = m.group("org").strip()
                break
    return Context(authors=set(authors), publisher=publisher), authors, publisher
