"""Teaser cards with no header in flattened page text: other stories' titles, each with the line a
card sets beside its title (a date, a byline, a reading time), repeated down the page. A story's
own lists (a Q&A, steps, items) repeat a title and prose, never a title and a date or a byline.

Structural rule over neighbouring blocks, run after `story.mark_outside_story`, `furniture` and
`tail`: it marks body blocks "chrome" in the kinds `build` assigns. Flattened text only. Figures:
docs/reading.md, "Teaser cards without a header, session 16".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read.byline import by_line
from audioed.read.cleanup import is_sentence, words
from audioed.read.dates import is_date_line
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# Off: three traf deva "without" snippets fewer, no devb snippet moved (docs/reading.md, session 16).
ON = False
# A card's title: this many words at most; its date or byline line: this many words at most.
TITLE_WORDS, BYLINE_WORDS = 20, 5
# Cards in a row: this many at least, with this many blocks at most between two (a dek, a label),
# each of this many words at most (a card's dek is a blurb, a live report's entry is longer).
CARDS, CARD_GAP, DEK_WORDS = 2, 2, 60
# A sentence's full stop: after a word of three letters or more (an abbreviation's "U.S." is a title's).
_WORD_STOP = re.compile(r"[^\W\d_]{3,}\.[\"'”’)]*$")


def _open(kind: str) -> bool:
    return kind in BODY or kind == "chrome"


def card_meta(t: str) -> bool:
    """A line a card sets beside its title: a date alone (with a label: "04.11.2021 Artikel"), or a
    byline alone. (Not a time or a duration: a programme's items end on "(30 mins)".)"""
    return len(words(t)) <= BYLINE_WORDS and (is_date_line(t) or bool(by_line(t)))


def card_title(t: str) -> bool:
    """A title: short, capitalized, no full stop closing it, no label's colon."""
    t = t.strip()
    n = len(words(t))
    return 3 <= n <= TITLE_WORDS and not t[:1].islower() and not _WORD_STOP.search(t) \
        and not t.endswith(":") and not card_meta(t)


def _over_prose(raw: list[RawBlock], kinds: list[str], j: int) -> bool:
    """Two sentences follow: a title there heads the story's next part (a subheading under a
    date line), a title and byline head the story itself; a card has one blurb at most."""
    return j + 1 < len(raw) and all(kinds[k] in BODY and is_sentence(raw[k].text) for k in (j, j + 1))


def mark_cards(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """CARDS cards or more in a row, each a title with its date or byline on the
    line right above it (or each right below: one order for the whole row), a card at most
    CARD_GAP short blocks after the last: every body block of the row is chrome, and the blurb under
    the last card. Returns the blocks marked."""
    if not ON:
        return []
    n = len(raw)
    meta = [_open(k) and card_meta(rb.text) for rb, k in zip(raw, kinds)]
    title = [_open(k) and card_title(rb.text) for rb, k in zip(raw, kinds)]
    marked: list[int] = []
    for above in (True, False):
        # each card as (first block, last block)
        cards = [(i, i + 1) for i in range(n - 1) if (meta[i] and title[i + 1] if above else title[i] and meta[i + 1])
                 and not _over_prose(raw, kinds, i + 2)]
        rows: list[list[tuple[int, int]]] = []
        for c in cards:
            if rows and 0 <= c[0] - rows[-1][-1][1] - 1 <= CARD_GAP and all(
                    _open(kinds[j]) and len(words(raw[j].text)) <= DEK_WORDS
                    for j in range(rows[-1][-1][1] + 1, c[0])):
                rows[-1].append(c)
            elif not rows or c[0] > rows[-1][-1][1]:
                rows.append([c])
        for row in rows:
            if len(row) < CARDS:
                continue
            last = row[-1][1]
            # the last card's blurb: as long as the blurbs between the cards
            gaps = [row[k + 1][0] - row[k][1] - 1 for k in range(len(row) - 1)]
            tail = max(gaps)
            for j in range(last + 1, min(n, last + 1 + tail)):
                if not (kinds[j] in BODY and len(words(raw[j].text)) <= DEK_WORDS) or meta[j] or title[j] and j > last + 1:
                    break
                last = j
            for j in range(row[0][0], last + 1):
                if kinds[j] in BODY:
                    kinds[j] = "chrome"
                    marked.append(j)
    return marked
