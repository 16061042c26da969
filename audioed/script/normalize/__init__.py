"""Speech normalization: turn a line's text into what the engine should be given.

An ordered list of small deterministic `str -> str` rules (gTTS style), RULES, applied in
order by `normalize`. Each rule fixes one class of text that the engine (Piper, whose
phonemizer is espeak-ng) reads wrongly: "Cmdr." spelled out, "$300,000" read as "dollar three
hundred thousand", "1990s" as "nineteen hundred ninety z", and every abbreviation period
taken as a sentence end (a falling pitch and a pause in the middle of "the U.S. Navy").

The rules live in small modules by class (numbers, money, dates, times, units, roman, phones,
places, abbreviations, punctuation, ...); their word tables are TOML files beside them (like
whisper's normalizers/english.json). The rules assume American news copy (AP style). Order
matters: URLs go before anything that looks at dots, phone numbers and dates before ranges,
ranges before money and percentages, money before units and plain years.
"""

from __future__ import annotations


from audioed.script.normalize.abbreviations import (
    LATIN, MONTHS, STREETS, SUFFIXES, TITLES, abbreviation_kind, initialisms, latin_and_common,
    name_initials, tax_plans, titles_and_ranks,
)
from audioed.script.normalize.boundaries import SENTENCE_STARTERS, WEEKDAYS_AND_ZONES, ends_sentence
from audioed.script.normalize.characters import (
    collapse_whitespace, emphasis_markers, straight_apostrophes, symbols, unspoken_characters,
)
from audioed.script.normalize.dates import months, numeric_dates
from audioed.script.normalize.electronic import emails, urls
from audioed.script.normalize.fractions import fractions
from audioed.script.normalize.money import money, money_decades
from audioed.script.normalize.numbers import (
    bare_decimals, cardinal, digits, identifiers, number_sign, ordinal, ordinals, percentages, year,
)
from audioed.script.normalize.phones import phone_numbers
from audioed.script.normalize.places import PARTIES, STATES, addresses, dateline, states
from audioed.script.normalize.punctuation import dashes_as_pauses, ellipses, tidy_punctuation
from audioed.script.normalize.ranges import fiscal_years, ranges_and_scores
from audioed.script.normalize.roman import roman_numerals
from audioed.script.normalize.times import times
from audioed.script.normalize.units import units
from audioed.script.normalize.years import decades, years

# The name sentences.py has always imported.
_ends_sentence = ends_sentence


RULES = [
    unspoken_characters,
    collapse_whitespace,
    straight_apostrophes,
    emails,
    urls,
    emphasis_markers,
    dateline,
    phone_numbers,
    numeric_dates,
    tax_plans,
    fractions,
    number_sign,
    times,
    fiscal_years,
    ranges_and_scores,
    money_decades,
    money,
    percentages,
    units,
    addresses,
    identifiers,
    decades,
    months,
    years,
    ordinals,
    roman_numerals,
    titles_and_ranks,
    states,
    latin_and_common,
    initialisms,
    name_initials,
    bare_decimals,
    dashes_as_pauses,
    ellipses,
    symbols,
    tidy_punctuation,
]


def normalize(text: str, *, language: str = "en") -> str:
    """The spoken form of `text`: every rule in RULES, in order.

    Only English rules exist; other languages get whitespace and punctuation tidying.
    """
    if not language.lower().startswith("en"):
        return tidy_punctuation(dashes_as_pauses(collapse_whitespace(unspoken_characters(text))))
    for rule in RULES:
        text = rule(text)
    return text


__all__ = [
    "RULES", "normalize", "cardinal", "ordinal", "year", "digits",
    "abbreviation_kind", "ends_sentence", "_ends_sentence", "TITLES", "STREETS", "SUFFIXES",
    "LATIN", "MONTHS", "STATES", "PARTIES", "SENTENCE_STARTERS", "WEEKDAYS_AND_ZONES",
    *(rule.__name__ for rule in RULES),
]
