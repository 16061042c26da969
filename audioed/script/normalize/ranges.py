"""Ranges and scores ("1990-1995", "10-15%", "$5-$10", "won 3-2", "1990-91", "1960s-80s")
and fiscal years ("FY2024" -> "fiscal year 2024")."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import NUM

_RANGE = re.compile(
    rf"(?<![\w.,/^-])([$£€]?)({NUM})(%?)\s?(?:-|–)\s?([$£€]?)({NUM})(?![\w/]|[.,]\d|-\d)"
)
_DECADE_RANGE = re.compile(r"\b((?:1[1-9]|20)?\d0'?s)\s?[-–]\s?('?(?:1[1-9]|20)?\d0'?s)\b")
_FISCAL = re.compile(r"\bFY ?'?(\d{4}|\d\d)\b")


def ranges_and_scores(text: str) -> str:
    # The dash is read "to". A two-digit end of a year range ("2009-10") is the year's last
    # two digits, a one-digit end ("2008-9") its last digit when that makes a later year.
    def say(m: re.Match) -> str:
        cur1, a, pct, cur2, b = m.groups()
        if a == b == "50":
            return "fifty fifty"  # an even split, not a score
        if re.fullmatch(r"1[1-9]\d\d|20\d\d", a) and re.fullmatch(r"\d\d?", b) and not pct \
                and not cur1 and not cur2 and int(a[:4 - len(b)] + b) > int(a):
            b = a[:4 - len(b)] + b
        return f"{cur1}{a}{pct} to {cur2}{b}"  # a % after b stays in the text

    text = _DECADE_RANGE.sub(lambda m: f"{m.group(1)} to {m.group(2)}", text)
    return _RANGE.sub(say, text)


def fiscal_years(text: str) -> str:
    # "FY2024", "FY 2025", "FY23" -> "fiscal year 2024", "fiscal year 23" (the year rules read
    # the number).
    return _FISCAL.sub(lambda m: f"fiscal year {m.group(1)}", text)
