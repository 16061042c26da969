"""Roman numerals: monarchs and popes ("Henry VIII" -> "Henry the eighth"), heirs ("Martin
Luther King III" -> "the third"), and numbered things ("World War II" -> "World War two",
"Super Bowl LVIII" -> "Super Bowl fifty eight")."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import cardinal, ordinal
from audioed.script.normalize.tables import words

COUNTERS = words("roman", "counters")
REGNAL_NAMES = words("roman", "regnal_names")
REGNAL_TITLES = words("roman", "regnal_titles")
GIVEN_NAMES = words("roman", "given_names")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
# Only I, V, X and L (1 to 89): C, D and M numerals collide with initialisms ("DC", "MD", "CD").
_NUMERAL = re.compile(r"\b([A-Z][a-zA-Z]+) ((?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b(?![-'’]\w|\.\w)")


def roman_value(numeral: str) -> int:
    total = 0
    for i, c in enumerate(numeral):
        v = _VALUES[c]
        total += -v if i + 1 < len(numeral) and _VALUES[numeral[i + 1]] > v else v
    return total


def _is_person(words_before: list[str], word: str) -> bool:
    """Does the numeral after `word` (with the capitalized words before it) follow a person:
    a monarch's or pope's name, a royal title, or a given name two or three words back?"""
    names = [w.lower().rstrip(".") for w in words_before[-3:]]
    return (word.lower() in REGNAL_NAMES or any(w in REGNAL_TITLES for w in names)
            or any(w in GIVEN_NAMES for w in names))


def roman_numerals(text: str) -> str:
    def say(m: re.Match) -> str:
        word, numeral = m.groups()
        if not numeral:
            return m.group(0)
        key = word.lower()
        if key in COUNTERS:
            return f"{word} {cardinal(str(roman_value(numeral)))}"
        if word.isupper() and len(word) > 1:
            return m.group(0)  # "FBI II" is more likely an acronym pair than a monarch
        before = re.findall(r"[A-Z][\w.]*", m.string[max(0, m.start() - 40):m.start()].split(",")[-1])
        if _is_person(before, word) or (key in GIVEN_NAMES and len(numeral) > 1):
            return f"{word} the {ordinal(roman_value(numeral))}"
        if len(numeral) == 1:
            return m.group(0)  # "Sam and I", "Plan V", "Malcolm X"
        return f"{word} {cardinal(str(roman_value(numeral)))}"  # "Planet Earth II", a sequel

    return _NUMERAL.sub(say, text)
