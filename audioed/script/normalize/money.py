"""Amounts of money: "$300,000", "$2.2 million", "£3.2m", "$1.50", "US$2 million", "$60s"."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import NUM, cardinal, plural
from audioed.script.normalize.tables import table

_TABLES = table("numbers")
CURRENCIES: dict[str, list[str]] = _TABLES["currencies"]
_SHORT_SCALE: dict[str, str] = _TABLES["short_scales"]
_SYMBOLS = "".join(CURRENCIES)
_AMOUNT = rf"{NUM}|\.\d+"
_SCALE = r"(?:\s(thousand|million|billion|trillion)|([kKmMbB]n?)\b)"
_PREFIXES: dict[str, str] = _TABLES["dollar_prefixes"]
_MONEY = re.compile(
    r"(?:\b(" + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)) + r") ?(?=\$))?"
    rf"([{_SYMBOLS}])\s?({_AMOUNT})(?: to [{_SYMBOLS}]?({_AMOUNT}))?{_SCALE}?"
)

# Words that can follow an amount without it being a noun's modifier ("a $5 million a year",
# "a $1 billion or more", "a $300 increase in rent" is a modifier, "a $300 in cash" is not).
_NOT_A_NOUN = frozenset(
    "a an the and or but nor to in on at of for from by with per each apiece than more less "
    "over under plus minus worth this that these those which who whom whose it its is was are "
    "were be been will would could should can may might must has have had do does did not "
    "so as if when while then".split())


def money_decades(text: str) -> str:
    # "in the $60s" (a price band) -> "in the sixties", not "sixty dollarss": the money rule
    # would read "$60" and leave the "s".
    return re.sub(rf"(?:US)?[{_SYMBOLS}]([1-9]0)s\b", lambda m: plural(cardinal(m.group(1))), text)


_DETERMINER = re.compile(r"[^\w'](?:a|an|the|this|that|its|his|her|their|our)\s$", re.IGNORECASE)


def _modifies_noun(m: re.Match) -> bool:
    """Is the amount matched by `m` a noun's modifier: after an article or possessive and
    before a word that is not a function word ("a $144 million breakup fee", "the $4.8
    billion sale", not "up to a $1 billion, will" or "the $5 million was spent")?"""
    # Only the last words before it are looked at: the whole line each time is quadratic.
    before = (" " if m.start() <= 30 else "") + m.string[max(0, m.start() - 30):m.start()]
    after = re.match(r" ([a-z][a-z-]*)\b", m.string[m.end():m.end() + 40])
    return (bool(_DETERMINER.search(before)) and after is not None
            and after.group(1) not in _NOT_A_NOUN)


def _amount(value: str, unit: list[str], scale: str | None) -> str:
    one, many, cent, cents = unit
    if scale:
        return f"{cardinal(value)} {scale} {many}"
    whole, _, frac = value.replace(",", "").partition(".")
    whole_n = int(whole or "0")
    if len(frac) in (1, 2):
        c = int(frac.ljust(2, "0"))  # "$20.5" is twenty dollars and fifty cents
        if whole_n == 0:
            return f"{cardinal(str(c))} {cent if c == 1 else cents}"
        main = f"{cardinal(whole or '0')} {one if whole_n == 1 else many}"
        return main if c == 0 else f"{main} and {cardinal(str(c))} {cent if c == 1 else cents}"
    if frac:
        return f"{cardinal(value)} {many}"
    return f"{cardinal(whole)} {one if whole_n == 1 else many}"


def money(text: str) -> str:
    # "$300,000" -> "three hundred thousand dollars", "$2.2 million" -> "two point two
    # million dollars", "$1.50" -> "one dollar and fifty cents", "£5" -> "five pounds",
    # "US$2 million" -> "two million US dollars", "NZ $26" -> "twenty six New Zealand dollars".
    def say(m: re.Match) -> str:
        us, sym, a, b, scale, short = m.groups()
        unit = list(CURRENCIES[sym])
        if us and sym == "$":
            unit[0], unit[1] = f"{_PREFIXES[us]} dollar", f"{_PREFIXES[us]} dollars"
        scale = scale or (_SHORT_SCALE.get(short.lower()) if short else None)
        if b:
            if scale:
                return f"{cardinal(a)} to {_amount(b, unit, scale)}"
            return f"{_amount(a, unit, None)} to {_amount(b, unit, None)}"
        if _modifies_noun(m) and (scale or "." not in a):
            # "a $144 million breakup fee" -> "a one hundred forty four million dollar breakup
            # fee": an amount before a noun is said in the singular, like "a ten-year plan".
            return f"{cardinal(a)} {scale} {unit[0]}" if scale else f"{cardinal(a)} {unit[0]}"
        return _amount(a, unit, scale)

    return _MONEY.sub(say, text)
