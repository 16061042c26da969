"""The headline a flattened page's address spells: a news story's address usually holds its
headline's words ("/2019/05/patrol-and-police-make-history.html"). `build` tries it before
`masthead.headline_above`, once the story's run is known."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from audioed.read.masthead import _menu_label, byline_shaped, prose_block
from audioed.read.siteaddress import plain_lower
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


# A story's address usually spells its headline ("/2019/05/patrol-and-police-make-history.html"):
# a line holding most of those words, and made mostly of them, is the headline, wherever the
# page's menus put the story's run.
SLUG_WORDS = 3
SLUG_SHARE = 0.6
"""The least of the address's words a headline holds, and the least share of its own words that
are the address's (a paragraph using them all among many is no headline)."""


def _slug(url: str | None) -> set[str]:
    """The words of the address's longest hyphenated part (nothing under SLUG_WORDS words). A
    folder's name of SLUG_WORDS words is the site's section, not the story's ("/health-and-wellness/
    1234567"): a folder must have more."""
    best: list[str] = []
    parts = [p for p in unquote(urlsplit(url or "").path).split("/") if p]
    for n, part in enumerate(parts):
        part = re.sub(r"\.(?:s?html?|php|aspx?|cms|amp)$", "", part, flags=re.IGNORECASE)
        ws = [w for w in re.split(r"[-_+]+", plain_lower(part)) if re.fullmatch(r"[^\W\d_]+", w)]
        if len(ws) > len(best) and (n == len(parts) - 1 or len(ws) > SLUG_WORDS):
            best = ws
    return set(best) if len(best) >= SLUG_WORDS else set()


def _short_slug(url: str | None) -> set[str]:
    """The words (numbers too) of the address's last part when it has two words: only a line
    spelling all of them and nothing else is the headline ("/classificacao-nascar/")."""
    parts = [p for p in unquote(urlsplit(url or "").path).split("/") if p]
    last = re.sub(r"\.(?:s?html?|php|aspx?|cms|amp)$", "", parts[-1], flags=re.IGNORECASE) if parts else ""
    ws = [w for w in re.split(r"[-_+]+", plain_lower(last)) if re.fullmatch(r"[^\W_]+", w)]
    return set(ws) if sum(not w.isdigit() for w in ws) == 2 else set()


def _plain_words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", re.sub(r"['’]", "", plain_lower(text))))


def headline_in_address(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], url: str | None) -> int | None:
    """The line above the story's end that spells the page's address, the nearest to the story's
    start of those that spell most of it; None when the address spells no line (an id, a section)."""
    slug, exact = _slug(url), False
    if not slug:
        slug, exact = _short_slug(url), True
    if not slug:
        return None
    found = []
    prose = 0  # the run's paragraphs of prose above the line: past two, a line is a subheading
    for i in range(min(len(raw), span[1] + 1)):
        if i > span[0] and prose_block(raw[i - 1].text):
            prose += 1
        if prose >= 2:
            break
        ws = _plain_words(raw[i].text)
        if not 2 <= len(ws) <= 40 or kinds[i] not in BODY + ("chrome",):
            continue
        # (a menu's item, a label with a label on either side: "Home / Local News / Sport" under
        # "/local-news/"; not a longer headline between a share row and "Browse All Posts")
        if 0 < i < len(raw) - 1 and all(_menu_label(raw[k].text) for k in (i - 1, i, i + 1)):
            continue
        shared = len(slug & ws)
        if exact and ws != slug:
            continue
        # (three words of the address at least, all of a three-word one: "/world-us-canada-33646704"
        # is a section and an id, and its menu's "US & Canada selected" holds two of them)
        if shared >= max(SLUG_SHARE * len(slug), min(len(slug), SLUG_WORDS)) and shared >= SLUG_SHARE * len(ws) \
                and not byline_shaped(raw[i].text):
            found.append((shared / len(slug), shared / len(ws), -abs(span[0] - i), i))
    return max(found)[3] if found else None
