"""Abbreviations: titles and ranks, street and company suffixes, Latin shorthands,
initialisms ("U.S." -> "US", also inside compounds: "U.N.-backed"), middle initials,
addresses ("Ave. NW", "Hwy. 101") and tax-code plans ("401(k)")."""

from __future__ import annotations

import re

from audioed.script.normalize.boundaries import expand
from audioed.script.normalize.numbers import cardinal
from audioed.script.normalize.places import STATE_UPPER, STATES
from audioed.script.normalize.tables import table

_TABLES = table("abbreviations")
TITLES: dict[str, str] = _TABLES["titles"]
STREETS: dict[str, str] = _TABLES["streets"]
SUFFIXES: dict[str, str] = _TABLES["suffixes"]
LATIN: dict[str, str] = _TABLES["latin"]
_LATIN_ENDS = set(_TABLES["latin_ends"]["words"])
MONTHS: dict[str, str] = _TABLES["months"]

_TITLE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
                    + r")\.(?=\s+(?:[A-Z]|['\"“‘(]|\d+(?:st|nd|rd|th)\b|(?:first|second|third|fourth|fifth)\b))")
_SUFFIX = re.compile(r"\b([A-Z][\w'-]*,? )(" + "|".join(SUFFIXES) + r")\.")
_ORDINAL_WORD = r"(?:first|second|third|(?!with)[a-z]+th)"
_STREET = re.compile(r"\b([A-Z][a-z]+|\d+(?:st|nd|rd|th)|" + _ORDINAL_WORD + r") (" + "|".join(STREETS) + r")\.")
_ROUTE = re.compile(r"\b(Hwy|Rte|Rt)\.? (?=\d)")


def titles_and_ranks(text: str) -> str:
    # "Cmdr. Armando Treviño" -> "Commander Armando Treviño", "Main St." -> "Main Street".
    # A title is always followed by a name, so its period never ends a sentence; after a
    # suffix ("Jr.") it does before a capitalized word.
    text = expand(_STREET, text, lambda m: f"{m.group(1)} {STREETS[m.group(2)]}", "other")
    text = _ROUTE.sub(lambda m: {"Hwy": "Highway "}.get(m.group(1), "Route "), text)
    # "King Jr. Day" goes on; "Apple Inc. The company ..." is a new sentence.
    text = expand(_SUFFIX, text, lambda m: m.group(1) + SUFFIXES[m.group(2)], "initialism")
    return expand(_TITLE, text, lambda m: TITLES[m.group(1)], "title")


_LATIN = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, LATIN)) + r")(?![\w])")


def latin_and_common(text: str) -> str:
    # "e.g." -> "for example", "vs." -> "versus", "etc." -> "etcetera".
    text = expand(_LATIN, text, lambda m: LATIN[m.group(1)] if m.group(1) in _LATIN_ENDS else None,
                  "other")
    # The rest always lead into more words ("vs. Jones", "e.g. dogs").
    return expand(_LATIN, text, lambda m: LATIN[m.group(1)], "title")


_INITIALISM = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})(?!\w)|(?<![\w.])((?:[A-Z]\.){1,}[A-Z])(?![\w.])")


def initialisms(text: str) -> str:
    # "U.S." -> "US", "D.C." -> "DC": espeak says the capitals as letters and, with the
    # periods gone, does not end a sentence inside "the U.S. Navy". In a compound
    # ("U.N.-backed", "Mexico-U.S.") the hyphen is a word break.
    def say(m: re.Match) -> str:
        return re.sub(r"[^A-Za-z]", "", m.group(0)).upper()

    text = re.sub(r"(?<![\w.])((?:[A-Za-z]\.){2,})-(?=\w)", r"\1 ", text)
    text = re.sub(r"(?<=\w)-(?=(?:[A-Z]\.){2,})", " ", text)
    return expand(_INITIALISM, text, say, "initialism")


def name_initials(text: str) -> str:
    # "John F. Kennedy" -> "John F Kennedy": a middle initial's period is not a sentence end;
    # "C. S. Lewis" -> "C S Lewis".
    text = re.sub(r"\b([A-Z])\. (?=[A-Z]\. [A-Z][a-z])", r"\1 ", text)
    return expand(re.compile(r"\b([A-Z][a-z]+ [A-Z]|(?<![\w.])[A-Z])\.(?= [A-Z][a-z])"), text,
                  lambda m: m.group(1), "initialism")


def tax_plans(text: str) -> str:
    # "401(k)" -> "four oh one K", "501(c)(3)" -> "five oh one C three": the section number of
    # the tax code is said in digits.
    def say(m: re.Match) -> str:
        n = m.group(1)
        rest = f"oh {cardinal(n[2])}" if n[1] == "0" else cardinal(n[1:])
        spoken = f"{cardinal(n[0])} {rest}"
        return f"{spoken} {m.group(2).upper()}" + (f" {cardinal(m.group(3))}" if m.group(3) else "")

    return re.sub(r"\b(\d{3})\(([a-z])\)(?:\((\d)\))?", say, text)


_TIME_ABBR = {"a.m.", "p.m.", "A.M.", "P.M."}
# Units written with a period ("5 ft. 10 in."): like a street type, the period ends a sentence
# only before a capital. ("in." is left out: the preposition ends sentences too.)
_UNIT_ABBREVIATIONS = {"ft", "lb", "lbs", "oz", "mi", "yd", "yds", "sq", "gal", "hr", "hrs", "min",
                       "sec", "Hwy", "Rte", "Rt"}


def abbreviation_kind(token: str) -> str | None:
    """How a word ending in a period behaves at a possible sentence end, or None if it is a
    plain word. Kinds are those of `boundaries.ends_sentence` (shared with sentence splitting)."""
    token = token.lstrip("\"“‘'([")
    if not token.endswith("."):
        return None
    bare = token[:-1]
    if token in _TIME_ABBR:
        return "time"
    if bare in TITLES or bare in ("No", "Nos") or re.fullmatch(r"[A-Z]", bare):
        return "title"
    if token in LATIN or bare in MONTHS or bare in STATES or bare.upper() in STATE_UPPER \
            or bare in SUFFIXES or bare in STREETS or re.fullmatch(r"[RDI]-\w+", bare) \
            or bare in _UNIT_ABBREVIATIONS:
        return "other"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare):
        return "initialism"
    return None
