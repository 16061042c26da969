"""A list of quantities above the story's run in flattened text: a recipe's ingredients ("125 g
Mehl", "2 tablespoons vegetable oil", "1/4" over "cup butter"). Each line is short, so the densest
run of prose starts below them at the method's steps and the barrier rule takes them for a menu;
but a line opening with an amount followed by what it measures is in no menu. Figures:
docs/reading.md, "The story run above its start, session 15".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read.cleanup import words

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# An amount: a count of three digits at most ("1200" or "2019" opening a line is a year or a
# price list's), a decimal, a fraction ("1/4", "½", "1¼"), a range ("2-3"). A list's number
# ("1. Step") is followed by its stop, not by a word.
_AMOUNT = r"(?:\d{1,3}(?:[.,/]\d+)?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d{1,3}(?:[.,/]\d+)?)?"
_MEASURED = re.compile(rf"^{_AMOUNT}\s*(?=[^\W\d_]|\()")
_BARE = re.compile(rf"^{_AMOUNT}$")
# A line naming a part of the list ("Für den Mürbeteig:", "For the sauce:").
_PART = re.compile(r"^[^\W\d_][^:]{0,40}:$")

# Quantity lines in a row that make a list, at least; the list ends this many blocks at most above the run.
LIST_LINES, LIST_ABOVE = 4, 25
# An ingredient's line holds this many words at most.
ITEM_WORDS = 15


def _item(raw: list[RawBlock], i: int) -> int:
    """How many blocks from i are one item of the list: 1 for "125 g Mehl", 2 for an amount set on
    its own line over what it measures in lower case ("1/4" over "cup butter"), 0 for none."""
    t = " ".join(raw[i].text.split())
    if _MEASURED.match(t) and len(words(t)) <= ITEM_WORDS and re.search(r"[^\W\d_]{2}", t):
        return 1
    if _BARE.match(t) and i + 1 < len(raw):
        nxt = raw[i + 1].text.strip()
        if re.match(r"^[a-z]", nxt) and len(words(nxt)) <= ITEM_WORDS:
            return 2
    return 0


def _numbered(raw: list[RawBlock], group: list[int]) -> bool:
    """A table of contents ("1 Schedule", "2 Gifts", "2.1 Love"): its numbers count up from 1."""
    nums = [int(m.group(1)) for i in group if (m := re.match(r"^(\d+)\b", raw[i].text.strip()))]
    return len(set(nums)) >= 3 and nums[0] == 1 and all(0 <= b - a <= 1 for a, b in zip(nums, nums[1:]))


def quantity_lists(raw: list[RawBlock], span: tuple[int, int]) -> list[int]:
    """The blocks of the lists of LIST_LINES quantities or more (with their parts' names and the
    empty lines between) that end LIST_ABOVE blocks at most above the story's run."""
    found: list[int] = []
    i, group, items = max(0, span[0] - 4 * LIST_ABOVE), [], 0
    while i <= span[0]:
        n = _item(raw, i) if i < span[0] else 0
        if n:
            group += list(range(i, i + n))
            items, i = items + 1, i + n
            continue
        t = raw[i].text.strip() if i < span[0] else ""
        if i < span[0] and (not re.search(r"\w", t) or (_PART.match(t) and items)):
            group.append(i)  # an empty line or a part's name inside the list
            i += 1
            continue
        if items >= LIST_LINES and span[0] - i <= LIST_ABOVE and not _numbered(raw, group):
            found += group
        group, items = [], 0
        if i < span[0] and _PART.match(t):
            group, i = [i], i + 1  # a part's name may open the list
            continue
        i += 1
    return found


def mark_quantities(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """A recipe's ingredients above its steps are the story's: heard, each line a paragraph (the
    opening's rules take a short line over another for a caption's label)."""
    for i in quantity_lists(raw, span):
        if kinds[i] in ("chrome", "caption", "paragraph") and re.search(r"\w", raw[i].text):
            kinds[i] = "paragraph"
