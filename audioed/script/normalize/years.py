"""Years and decades: "1996", "2009", "1990s", "'90s", "the 60s", "'95", "1066 AD"."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import PLURAL_NOUN, cardinal, plural, year


def decades(text: str) -> str:
    # "1990s"/"1990's" -> "nineteen nineties", "'90s" -> "nineties", "2000s" -> "two
    # thousands", "1800s" -> "eighteen hundreds"; "2019's" (possessive) -> "twenty nineteen's".
    def full(m: re.Match) -> str:
        return plural(year(int(m.group(1))))

    text = re.sub(r"\b(1[1-9]\d0|20\d0)'?s\b", full, text)
    text = re.sub(r"(?<![\w])'(\d)0s\b",
                  lambda m: "two thousands" if m.group(1) == "0" else plural(cardinal(m.group(1) + "0")),
                  text)
    text = re.sub(r"\b(1[1-9]\d\d|20\d\d)'s\b", lambda m: year(int(m.group(1))) + "'s", text)
    # "in their 40s", "the 60s": a two-digit decade without its century or apostrophe.
    text = re.sub(r"(?<![\w$£€¥.,'])([1-9]0)'?s\b", lambda m: plural(cardinal(m.group(1))), text)
    # '95 (a clipped year) -> "ninety five"; '05 -> "oh five".
    return re.sub(r"(?<![\w'])'(\d\d)\b(?!')",
                  lambda m: ("oh " + cardinal(m.group(1)[1])) if m.group(1)[0] == "0"
                  else cardinal(m.group(1)), text)


_YEAR = re.compile(r"(?<![\w$£€¥#.,:/-])(1[1-9]\d\d|20\d\d)(?![\w%]|[.,:/]\d)")
_PLURAL_NOUN = re.compile(" " + PLURAL_NOUN)
_YEAR_BEFORE = re.compile(r"(?:\b(?:the|in|since|by|until|from|to|through|before|after|during|"
                          r"his|her|its|their|our|this|that|of the|and|or)|'s) $", re.IGNORECASE)


def _is_quantity(m: re.Match) -> bool:
    """ "a survey of 1709 schoolchildren": a number before a plural noun, with no word before
    it that leads into a year ("the 2014 protests", "in 1990 elections"), counts things."""
    return bool(_PLURAL_NOUN.match(m.string, m.end())) and not _YEAR_BEFORE.search(
        m.string, max(0, m.start() - 12), m.start())


def years(text: str) -> str:
    # AP style writes quantities of 1,000 and up with commas, so a bare four-digit number
    # from 1100 to 2099 is a year: "1996" -> "nineteen ninety six", "2009" -> "two thousand
    # nine". From 1000 to 1099 only with an era ("1066 AD" -> "ten sixty six AD").
    text = _YEAR.sub(lambda m: m.group(0) if _is_quantity(m) else year(int(m.group(1))), text)
    return re.sub(r"(?<![\w$£€¥#.,:/-])(10\d\d)(?= (?:AD|A\.D\.|BC|B\.C\.|CE|BCE)\b)",
                  lambda m: year(int(m.group(1))), text)
