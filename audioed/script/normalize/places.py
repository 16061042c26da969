"""Places: the dateline, AP state abbreviations, and party-state tags ("D-Ariz.")."""

from __future__ import annotations

import re

from audioed.read.metadata import match_dateline
from audioed.script.verbs import longest_first
from audioed.script.normalize.boundaries import ends_sentence, expand
from audioed.script.normalize.numbers import cardinal, digits, pairs
from audioed.script.normalize.tables import table

_PLACES = table("places")
STATES: dict[str, str] = _PLACES["states"]
PARTIES: dict[str, str] = _PLACES["parties"]
POSTAL: dict[str, str] = _PLACES["postal"]
_AMBIGUOUS_STATES = set(_PLACES["ambiguous"]["states"])
_STATE_KEYS = sorted(STATES, key=len, reverse=True)
STATE_UPPER = {k.upper(): v for k, v in STATES.items()}
_ALT = "|".join(re.escape(k) + "|" + re.escape(k.upper()) for k in _STATE_KEYS)
# Not inside a longer initialism: "N.Y.C." is New York City's, read by the initialism rule.
_PARTY_STATE = re.compile(rf"\b([RDI])-({_ALT})\.(?![A-Za-z]\.)")
_PLACE_STATE = re.compile(rf"(?<=[A-Za-z], )({_ALT})\.(?![A-Za-z]\.)")
_ANY_STATE = re.compile(
    r"\b(" + "|".join(re.escape(k) + "|" + re.escape(k.upper())
                      for k in _STATE_KEYS if k not in _AMBIGUOUS_STATES) + r")\.(?![A-Za-z]\.)")
# AP style since 2014 spells out state names after a party letter: "R-Texas".
_FULL_STATES = sorted(set(STATES.values()) | set(_PLACES["unabbreviated"]["states"]), key=longest_first)
_PARTY_FULL_STATE = re.compile(r"\b([RDI])-(" + "|".join(_FULL_STATES) + r")\b")
_POSTAL = re.compile(r"(?<=[a-z], )(" + "|".join(POSTAL) + r")\b(?=,|\s+\d{5}\b|\s*$|[.;)])")
_ZIP = re.compile(r"\b(" + "|".join(sorted(set(POSTAL.values()), key=longest_first))
                  + r")(,? )(\d{5})\b(?![-\d])")


_STREETS: dict[str, str] = table("abbreviations")["streets"]
_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West", "NW": "Northwest",
            "NE": "Northeast", "SW": "Southwest", "SE": "Southeast"}
# Spelled-out types only where "the 9 Supreme Court justices" cannot be meant.
_STREET_WORDS = sorted(set(_STREETS) | {"Street", "Avenue", "Boulevard", "Road", "Lane", "Parkway",
                                        "Highway", "Expressway", "Freeway", "Terrace"},
                       key=longest_first)
# "1600 Pennsylvania Ave. NW", "708 N 1st St", "123 Laguna Ct, Town", "12 S 1st st".
_ADDRESS = re.compile(
    r"(?<![\w$.,])(\d{1,5}) (?:([NSEW])\.? )?((?:[A-Z][a-z]+ |\d+(?:st|nd|rd|th) ){1,3})("
    + "|".join(_STREET_WORDS) + r"|st|ST)\b(\.?)(?:,? (NW|NE|SW|SE)\b\.?)?")


def house_number(number: str) -> str:
    """ "1428" -> "fourteen twenty eight", "708" -> "seven oh eight", "1600" -> "sixteen
    hundred": house numbers are said in pairs of digits."""
    if len(number) <= 2:
        return cardinal(number)
    if len(number) == 5 or number.startswith("0"):
        return digits(number)
    return pairs(number)


def addresses(text: str) -> str:
    # A street address: the house number in pairs, compass points and the street type spelled
    # out ("1211 E Arques Ave" -> "twelve eleven East Arques Avenue").
    def say(m: re.Match) -> str | None:
        number, compass, name, street, dot, quadrant = m.groups()
        spoken = house_number(number) + " " + (_COMPASS[compass] + " " if compass else "")
        spoken += name + _STREETS.get(street, _STREETS.get(street.capitalize(), street))
        if quadrant:
            spoken += " " + _COMPASS[quadrant]
        if (dot or m.group(0).endswith(".")) and ends_sentence(m.string[m.end():m.end() + 80], "other"):
            spoken += "."
        return spoken

    return _ADDRESS.sub(say, text)


def dateline(text: str) -> str:
    # "NOGALES, ARIZ. -- In a ..." -> "Nogales, Ariz. In a ..." (the state rule expands it):
    # the all-capitals place is read as a name and the dash becomes a sentence break.
    m = match_dateline(text)
    if not m:
        return text
    place = re.sub(r"[A-Z][A-Z']+", lambda w: w.group(0).capitalize()
                   if w.group(0) not in ("U", "US", "DC") else w.group(0), m.group("dateline").strip())
    place = place.rstrip(".") + (f" ({m.group('agency')})" if m.group("agency") else "")
    return f"{place}. {text[m.end():]}"


def states(text: str) -> str:
    # "Nogales, Ariz." -> "Nogales, Arizona", "R-Calif." -> "Republican of California",
    # "Dallas, TX 75201" -> "Dallas, Texas seven five two zero one".
    def name(abbr: str) -> str:
        return STATES.get(abbr) or STATE_UPPER[abbr]

    text = expand(_PARTY_STATE, text,
                  lambda m: f"{PARTIES[m.group(1)]} of {name(m.group(2))}", "other")
    text = _PARTY_FULL_STATE.sub(lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    # "Grijalva, D-Tucson," names a home town the same way.
    text = re.sub(r"(?<=[,(] )([RDI])-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,)])",
                  lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    text = re.sub(r"(?<=\()([RDI])-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\))",
                  lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    text = expand(_PLACE_STATE, text, lambda m: name(m.group(1)), "other")
    # (with no place before it a state is mostly a name's first word, "the S.C. Supreme Court", "In S.C. Church
    # Shooting": its period ends a sentence only before a word that opens one)
    text = expand(_ANY_STATE, text, lambda m: name(m.group(1)), "initialism")
    text = _POSTAL.sub(lambda m: POSTAL[m.group(1)], text)
    # A ZIP code after a state is read digit by digit.
    return _ZIP.sub(lambda m: f"{m.group(1)}{m.group(2)}{digits(m.group(3))}", text)
