"""Where a flattened story starts: the blocks between the headline and the story's first paragraph
that are the page's, not the story's. A share row's counts ("438.3K", "57"), a label waiting for
its value ("Filed to:"), a sign-up box ("Breaking News Emails"), a picture's caption (a media
label above it or its credit under it), another story's card (a title and its excerpt cut off
"..."), and the date and time stamps set above the story.

Structural rules over the opening's blocks, flattened text only (a page's markup says where its
boxes are); each marks body blocks "chrome" or "caption" in the kinds `build` assigns. Figures:
docs/reading.md, "Flattened-text start of story, session 10".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read import byline
from audioed.read.cleanup import is_sentence, words
from audioed.read.dates import date_only, find_dates, with_order
from audioed.read.furniture import PROMO_WORDS, media_label, to_reader
from audioed.read.headers import BUTTON
from audioed.read.metadata import find_dateline, is_date_line, parse_date
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# The story has started at a paragraph of prose this long with another one right under it.
LEDE_WORDS = 12
# With no headline found, the opening starts this many blocks above the story's run.
UNTITLED_ABOVE = 6
# The opening is looked at this many body blocks at most under the headline.
OPENING_BLOCKS = 16


def _prose(raw: list[RawBlock], kinds: list[str], i: int, captioned: bool = True) -> bool:
    """A paragraph of the story's prose: a sentence of LEDE_WORDS, no date, no promo, nor (unless
    `captioned` is False) a caption by its neighbours."""
    return kinds[i] == "paragraph" and is_sentence(raw[i].text) and len(words(raw[i].text)) >= LEDE_WORDS \
        and not is_date_line(raw[i].text) and not _promo(raw[i].text) and not (captioned and _caption(raw, kinds, i))


def _runs_on(raw: list[RawBlock], kinds: list[str], a: int) -> bool:
    """Does the story's prose follow paragraph a at once (a subheading or an advertisement's label
    between at most)? A dek or a caption stands apart: a byline, a box, a picture comes next."""
    for b in range(a + 1, min(a + 4, len(raw))):
        t = raw[b].text.strip()
        if media_label(t):
            return False  # a picture between
        if (kinds[b] == "heading" and not _promo(t)) or (kinds[b] == "chrome" and len(words(t)) <= 3):
            continue
        return kinds[b] == "paragraph" and _prose(raw, kinds, b, captioned=False)  # (a credit under it: still prose)
    return False


def date_line(t: str) -> bool:
    """A date line, its slash date read in either order: "10/04/2016 05:07 AM EDT" is a stamp
    whichever day it names (the order decides the date, not the line's kind)."""
    return is_date_line(t) or any(is_date_line(with_order(t, order)) for order in (False, True))


def over_credit(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """Is paragraph i set straight above the masthead's credit block (a byline or a date line, a
    short button line between), the story's prose running on under it? Publishers set the
    standfirst and the picture above the byline and date; the story starts under them."""
    j, credit = i + 1, False
    while j < min(i + 6, len(raw)):
        t = " ".join(raw[j].text.split())
        if kinds[j] == "byline" or date_line(t):
            credit = True
        elif not (len(words(t)) <= 3 and kinds[j] in BODY + ("chrome", "heading")):
            break
        j += 1
    return credit and j < len(raw) and _prose(raw, kinds, j, captioned=False)


def _masthead_line(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """Paragraph i is the second line under the headline (the dek above it) over the credit block:
    the picture's caption, not the lede (`over_credit`)."""
    if "title" not in kinds:
        return False
    above = [k for k in kinds[kinds.index("title") + 1:i] if k in BODY + ("dek",)]
    # (a paragraph ending in a colon introduces what follows it: the story's, never a caption)
    return kinds[i] == "paragraph" and len(above) == 1 and kinds[i - 1] in BODY + ("dek",) \
        and not raw[i].text.rstrip().endswith(":") and over_credit(raw, kinds, i)


def opening(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None = None) -> range:
    """The blocks between the headline and the story's first paragraph: the first paragraph of
    prose with another right under it (a subheading or a line between), or one longer than a dek
    or a caption (a dek or a caption stands alone: a label, a byline or a picture comes next)."""
    if "title" in kinds:
        start = kinds.index("title") + 1
    elif span is not None:
        start = max(0, span[0] - UNTITLED_ABOVE)  # no headline found: from a little above the story's run
    else:
        return range(0)
    body = [i for i in range(start, len(raw)) if kinds[i] in BODY + ("dek",)][:OPENING_BLOCKS]
    for a in body:
        if _masthead_line(raw, kinds, a):
            continue  # (a caption over the byline and date block, however long)
        if _prose(raw, kinds, a) and (len(words(raw[a].text)) > CAPTION_WORDS and not _caption(raw, kinds, a)
                                      or _runs_on(raw, kinds, a)):
            return range(start, a)
    return range(start, body[-1] if body else start)


# A video's label (its title follows); a credit's label under its caption ("Credit...").
_MOVING = re.compile(r"^\W*(?:video|watch)\b", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:credits?|photo credit|image credit|source)\W*$|^(?:photo|image|credit)s?\s*:", re.IGNORECASE)
# A credit closing its caption, glued or not ("... in 2023.CreditJeon Heon-Kyun/EPA", "... on Monday.
# Credit Ashraf Shazly/Agence France-Presse"): a few words after the label, no full stop.
_GLUED = re.compile(r"(?:(?<=[.!?”\"])|^)\s?(?:Credit|Photo|Image)s?(?:Credit)?:?\s*[A-Z][^.!?]*$")
CREDIT_WORDS = 8
# A caption's length at most.
CAPTION_WORDS = 50
# A counter: digits, a decimal, a thousands' K or M ("438.3K", "1 / 23"); not a drop cap ("H").
_COUNT = re.compile(r"^[\d.,\s/]*\d[\d.,\s/]*[KkMm]?$")
# A label waiting for its value: "Filed to:", "Author:", "You are at:".
LABEL_WORDS = 4
# An opening promo speaks to the reader: "you", or it opens with what to do ("Join", "Get", "Sign up").
_TO_YOU = re.compile(r"\b(?:you|your)\b|^(?:want|join|get|sign|subscribe|follow|download|listen|watch|click|tap|"
                     r"read|register|enter|try)\b", re.IGNORECASE)
# A teaser's excerpt, cut off after a word ("Two people in China have been diagnosed with the plague,...").
_CUT = re.compile(r"[^\W\d_][,;:]?\s?(?:…|\.\.\.)$")


def _credit(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    t = " ".join(raw[i].text.split())
    # (a credit alone: a whole caption under a paragraph is the next picture's, the paragraph the story's)
    return kinds[i] in ("caption", "credit") and len(words(t)) <= CREDIT_WORDS or bool(_CREDIT.match(t)) or \
        (_GLUED.match(t) is not None and len(words(t)) <= CREDIT_WORDS + 1)  # "CreditDustin Chambers"


def _caption(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """A picture's caption above the story: a media label straight above it, its credit straight
    under it, or its credit glued to it."""
    t = " ".join(raw[i].text.split())
    m = _GLUED.search(t)
    glued = m is not None and len(words(m.group(0))) <= CREDIT_WORDS + 1
    if len(words(t[:m.start()] if glued else t)) > CAPTION_WORDS or find_dateline(t) is not None or is_date_line(t):
        return False
    # (a slide's title, or a caption standing apart; a gallery's counter may also close it, over the lede)
    slide = _slide(raw, kinds, i) and not (is_sentence(t) and _runs_on(raw, kinds, i))
    # (a picture's label: under a video's, its title and summary are what the video is about, often the story's)
    label = raw[i - 1].text.strip() if i > 0 else ""
    above = media_label(label) and not _MOVING.match(label) or slide
    below = i + 1 < len(raw) and _credit(raw, kinds, i + 1)
    return above or below or glued


def _holds_title(raw: list[RawBlock], kinds: list[str], t: str) -> bool:
    """A line holding the headline and more, no sentence ("Share this: <headline>", "News > <headline>").
    The headline opens or closes it: one inside a lede's words is the story quoting it (a short headline)."""
    if "title" not in kinds:
        return False
    title = " ".join(re.findall(r"\w+", raw[kinds.index("title")].text.lower()))
    line = " ".join(re.findall(r"\w+", t.lower()))
    edge = f"{line} ".startswith(f"{title} ") or f" {line}".endswith(f" {title}")
    return len(title.split()) >= 3 and edge and line != title and not is_sentence(t)


def _slide(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """The first block of text under a slideshow's counter ("1 of 24"; its controls between): a slide's."""
    for k in range(i - 1, max(-1, i - OPENING_BLOCKS), -1):
        if _SLIDES.match(raw[k].text.strip()):
            return True
        if kinds[k] in BODY + ("dek", "byline", "title"):
            return False
    return False


def _promo(t: str) -> bool:
    """A sign-up box's line: about the page ("newsletter", "breaking news"), to the reader, short."""
    return len(words(t)) <= PROMO_WORDS and to_reader(t) and \
        (not is_sentence(t) or bool(_TO_YOU.search(t))) and not re.search(r"[\"“”]", t)


def _label(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """A label waiting for its value ("Filed to:", "Author:"), not a list's opener ("What you'll
    need:", its items short lines under it)."""
    t = raw[i].text.strip()
    if not (t.endswith(":") and t[:1].isupper() and len(words(t)) <= LABEL_WORDS):
        return False
    nxt = [j for j in range(i + 1, min(i + 3, len(raw)))]
    return not (len(nxt) == 2 and all(kinds[j] in BODY and len(words(raw[j].text)) <= 10
                                      and not is_date_line(raw[j].text) for j in nxt))


def mark_opening(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None = None) -> None:
    """Before the dek is chosen: in the opening, a share row's counters, labels and sign-up boxes
    are the page's (so a dek with a sign-up box under it is still the dek)."""
    for i in opening(raw, kinds, span):
        t = " ".join(raw[i].text.split())
        if kinds[i] in BODY and (_COUNT.match(t) or _label(raw, kinds, i) or _promo(t)):
            kinds[i] = "chrome"


# A slideshow's counter ("1 of 24", "Image 1 / 5"): its slides' captions and titles follow it.
_SLIDES = re.compile(r"^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$", re.IGNORECASE)


# A card's link under its blurb; the blurb is this short at most.
TEASER_WORDS = 30


# A time of day: a stamp's ("15:23", "9:38 pm").
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")


def mark_after_dek(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None = None) -> None:
    """After the dek is chosen (a date line or a picture tells a standfirst from a lede there):
    in the opening, captions, another story's card (a title, its excerpt cut off), and the date
    and time lines ("23 Nov 2017", "Last modified on ...", "By admin - 2018-09-16"); the date is
    the episode's, heard in the intro."""
    zone = opening(raw, kinds, span)
    for i in zone:
        t = " ".join(raw[i].text.split())
        if kinds[i] not in BODY:
            continue
        if media_label(t):
            kinds[i] = "chrome"  # the label alone: "Caption", "Buy Photo"
        elif kinds[i] == "paragraph" and _holds_title(raw, kinds, t):
            kinds[i] = "chrome"  # a share button's or a breadcrumb's line ending in the headline
        elif len(words(t)) <= TEASER_WORDS and i + 1 < len(raw) and BUTTON.match(raw[i + 1].text.strip()):
            kinds[i] = "chrome"  # a card's blurb above its link ("The best deals of the week." / "Read More")
        elif (date_line(t) or byline.stamp(t) and (parse_date(t) or _CLOCK.search(t))
              or find_dates(t) and len(words(t)) <= 10 and not is_sentence(t)) \
                and not (kinds[i - 1] == "title" and date_only(t)):
            kinds[i] = "chrome"  # (a date alone straight under the headline is the story's own: Wikinews')
        elif kinds[i] == "paragraph" and (_caption(raw, kinds, i) or _masthead_line(raw, kinds, i)):
            kinds[i] = "caption"
        elif _CUT.search(t) and len(words(t)) < 20:
            kinds[i] = "chrome"  # a card's excerpt, and the card's title above it
            j = max((j for j in range(zone.start, i) if kinds[j] in BODY), default=None)
            if j is not None and not is_sentence(raw[j].text):
                kinds[j] = "chrome"

