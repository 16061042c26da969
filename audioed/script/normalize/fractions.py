"""Fractions ("2/3", "1 1/2", "¾") and slashed numbers said as words ("9/11", "24/7")."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import cardinal, ordinal
from audioed.script.normalize.tables import table

_TABLES = table("numbers")
SLASHED: dict[str, str] = _TABLES["slashed"]
_DENOMINATORS = {int(k): v for k, v in _TABLES["denominators"].items()}
_VULGAR: dict[str, str] = _TABLES["vulgar"]
_VULGAR_RE = re.compile(r"(\d)?([" + "".join(_VULGAR) + "])")
_SLASH = re.compile(r"(?<![\d/.,])(\d{1,3})/(\d{1,3})(?![\d/]|[.,]\d)")
_FRACTION = re.compile(
    r"(?<![\d/.,$£€])(?:(\d{1,3}) )?(\d{1,2})/(\d{1,2})(?:th|TH|rd|RD|nd|ND|st|ST)?(?![\w/]|[.,]\d)")


def fraction_words(num: int, den: int) -> str:
    """ "3/4" -> "three quarters", "1/2" -> "one half", "5/8" -> "five eighths"."""
    one, many = _DENOMINATORS.get(den) or (ordinal(den), ordinal(den) + "s")
    return f"{cardinal(str(num))} {one if num == 1 else many}"


def fractions(text: str) -> str:
    # Slashed numbers with a reading of their own first ("9/11", "24/7"); then fractions with a
    # small denominator ("2/3" -> "two thirds", "1 1/2" -> "one and a half", "¾" -> "three
    # quarters"). A slash of more than two parts ("12/15/2023") is a date, left to dates.
    text = _VULGAR_RE.sub(lambda m: (m.group(1) + " " if m.group(1) else "") + _VULGAR[m.group(2)],
                          text)
    text = _SLASH.sub(lambda m: SLASHED.get(m.group(0), m.group(0)), text)

    def say(m: re.Match) -> str:
        whole, num, den = m.group(1), int(m.group(2)), int(m.group(3))
        if not 2 <= den <= 32 or num == 0:
            return m.group(0)
        if whole is None:
            return fraction_words(num, den)
        if num >= den:
            return m.group(0)
        part = fraction_words(num, den)
        if num == 1 and den in (2, 4):
            part = "a " + part.split(" ", 1)[1]  # "one and a half", "two and a quarter"
        return f"{cardinal(whole)} and {part}"

    return _FRACTION.sub(say, text)
