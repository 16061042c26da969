"""Shapes of lines that are inside a story as often as not, flattened one a block: a list's items
under its colon line, a how-to's numbered step labels, an HTML sample, a table of contents, and
Chinese or Japanese prose set one phrase a line. `story` scores them so its run crosses them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read.cleanup import words
from audioed.read.prose import UNSPACED

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# A line of Chinese or Japanese prose set one phrase a line: this many characters of those scripts.
CJK_LINE = 16


def wrapped_cjk(raw: list[RawBlock], i: int) -> bool:
    """Is block i a line of Chinese or Japanese prose set one phrase a line (a blog's, a poem's)?
    Long (CJK_LINE characters) with no full stop, like the line above or below: a menu's items are
    short, and a teaser's headline stands between shorter lines."""
    def long_cjk(j: int) -> bool:
        return 0 <= j < len(raw) and len(UNSPACED.findall(raw[j].text)) >= CJK_LINE
    return long_cjk(i) and (long_cjk(i - 1) or long_cjk(i + 1))


# A list's item under the line that opens it ("What you'll need:"): at most this many words, this many items.
ITEM_WORDS, ITEMS = 10, 20
# A step's label ("Step 3", "Part 2", "4."): numbered in sequence with another within STEP_WINDOW blocks.
_COUNTER = re.compile(r"^\W*(?:([^\W\d_]+)\s+)?(\d{1,3})\W*$")
STEP_WINDOW = 12


def list_items(raw: list[RawBlock], short: list[bool]) -> list[int]:
    """Short lines that are a list's items or a how-to's step labels, flattened one a block: the
    items (two or more) under a line ending in a colon, up to the first longer line; labels numbered in
    sequence ("Step 1" ... "Step 2"). Inside the story as often as not: they score nothing.
    `short` says which blocks are short lines that are not sentences."""
    found = []
    for j, rb in enumerate(raw):
        if rb.text.rstrip().endswith(":") and len(words(rb.text)) <= 12:
            items = []
            for i in range(j + 1, min(j + 1 + ITEMS, len(raw))):
                # (a comma ends a row of tags flattened one a line: "Topics:", "MacBook Pro,", "Mac,")
                if not short[i] or len(words(raw[i].text)) > ITEM_WORDS or raw[i].text.endswith(","):
                    break
                items.append(i)
            found += items if len(items) >= 2 else []  # one line under a colon is a title's second half
    counters = {i: (m.group(1) or "").lower() + "#" + m.group(2) for i, rb in enumerate(raw)
                if (m := _COUNTER.match(rb.text)) and len(rb.text) <= 20}
    for i, key in counters.items():
        label, n = key.split("#")
        near = {counters.get(j) for j in range(max(0, i - STEP_WINDOW), i + STEP_WINDOW + 1)}
        if f"{label}#{int(n) + 1}" in near or f"{label}#{int(n) - 1}" in near:
            found.append(i)
    return found


# A code sample of markup: this many lines of tags in a row (a noscript's leftover is one line).
LISTING = 4
_TAG_LINE = re.compile(r"^\s*<[!/?a-zA-Z][^<>]*(?:>.*)?$|^[^<>]*>\s*$")


def markup_listing(raw: list[RawBlock]) -> list[int]:
    """Lines of an HTML or XML sample shown in the story ("<head>", "<div id=...></div>"): LISTING
    such lines in a row are a listing, inside the story as often as not, like any code."""
    tagged = [bool(_TAG_LINE.match(rb.text)) and "\n" not in rb.text.strip() for rb in raw]
    return [i for run in runs(tagged) if len(run) >= LISTING for i in run]


def runs(flags: list[bool]) -> list[range]:
    """The runs of consecutive flagged blocks."""
    found, start = [], 0
    for i in range(len(flags) + 1):
        if i == len(flags) or not flags[i]:
            if i > start:
                found.append(range(start, i))
            start = i + 1
    return found


_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_]")


def contents(raw: list[RawBlock]) -> list[int]:
    """A table of contents: three lines or more in a row opening with section numbers ("1 Overview",
    "1.1 History", "2 Uses"), a subsection's among them (a recipe's "1 tsp salt" has none)."""
    numbered = [bool(_SECTION.match(rb.text)) and len(words(rb.text)) <= 12 for rb in raw]
    return [i for run in runs(numbered) if len(run) >= 3 and any(re.match(r"\d{1,2}\.\d", raw[k].text) for k in run)
            for i in run]


# A table flattened one row a line: this many rows in a row, each a label and its figures.
TABLE_ROWS = 4
_ROW = re.compile(r"^[^\W\d_][^\d]*?(?:\s+[-+]?\d[\d.,]*%?){1,3}$")


def table_rows(raw: list[RawBlock]) -> list[int]:
    """A table's rows flattened one a line ("Jane Doe 63 16.6%", "Ferries 12"): TABLE_ROWS short lines
    or more in a row, each a label and up to three figures. Inside the story as often as not."""
    rows = [bool(_ROW.match(rb.text)) and len(words(rb.text)) <= 8 for rb in raw]
    return [i for run in runs(rows) if len(run) >= TABLE_ROWS for i in run]


# A note printed in every card of a listing (a product's tooltip, a disclaimer): this many copies at least,
# on a page with this share of its prose words outside the copies at least.
NOTE_COPIES, NOTE_OWN = 3, 0.1


def repeated_notes(raw: list[RawBlock], scores: list[float]) -> list[int]:
    """Blocks whose text recurs word for word NOTE_COPIES times or more on the page, but the first: a
    shop's note in each product card, not the story's (a story says a paragraph once). Their prose
    weighs nothing. A page whose prose is nearly all such copies (filler paragraphs said over and
    over) keeps them: they are its text."""
    seen: dict[str, list[int]] = {}
    for i, rb in enumerate(raw):
        key = " ".join(rb.text.split())
        if len(words(key)) >= 8:
            seen.setdefault(key, []).append(i)
    copies = [i for found in seen.values() if len(found) >= NOTE_COPIES for i in found[1:]]
    prose = sum(x for x in scores if x > 0)
    own = prose - sum(max(scores[i], 0.0) for found in seen.values() if len(found) >= NOTE_COPIES for i in found)
    return copies if own >= NOTE_OWN * prose else []
