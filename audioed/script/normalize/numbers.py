"""Number words (American readings) and the rules for plain numbers: ordinals, percentages,
"No. 2", decimals without a leading zero, negative numbers."""

from __future__ import annotations

import re

from num2words import num2words

# A number as written in news copy: "1,739", "2.2", "7".
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _tidy(words: str) -> str:
    # American readings: "one hundred twenty three", not "one hundred and twenty-three".
    # Hyphens go because espeak runs hyphenated number words together.
    words = words.replace(" and ", " ").replace("-", " ").replace(",", "")
    return " ".join(words.split())


def cardinal(number: str) -> str:
    """Words for "300,000", "2.2" or "7": digits after a point are read one by one."""
    number = number.replace(",", "")
    whole, _, frac = number.partition(".")
    words = _tidy(num2words(int(whole or "0")))
    if frac:
        words += " point " + " ".join(_tidy(num2words(int(d))) for d in frac)
    return words


def ordinal(number: int) -> str:
    return _tidy(num2words(number, to="ordinal"))


def year(number: int) -> str:
    """ "nineteen ninety", "two thousand nine", "twenty nineteen", "nineteen oh five"."""
    if 2000 <= number <= 2009:
        return _tidy(num2words(number))
    return _tidy(num2words(number, to="year"))


_DIGIT = "zero one two three four five six seven eight nine".split()


def digits(number: str, zero: str = "zero") -> str:
    """ "0142" -> "zero one four two": a number read digit by digit."""
    return " ".join(zero if d == "0" else _DIGIT[int(d)] for d in number if d.isdigit())


def plural(words: str) -> str:
    """ "nineteen ninety" -> "nineteen nineties", "forty" -> "forties"."""
    head, _, last = words.rpartition(" ")
    last = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {last}".strip()


# A plural noun after a number ("200 miles", "1709 schoolchildren"), not a verb or function word
# that ends in "s" ("was", "this", "plus").
PLURAL_NOUN = (r"(?!(?:was|has|is|does|this|thus|plus|minus|always|perhaps|whereas|versus|across|"
               r"unless|nevertheless|afterwards|towards|besides|its|his|as|us|yes)\b)"
               r"(?:[a-z]{2,}[^s'\W]s|people|children|men|women|[a-z]+children)\b")
_MONTHS_AND_DAYS = frozenset("""January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
# A three-digit number right after a capitalized name is an identifier, said in pairs:
# "Xbox 360", "Boeing 747", "Interstate 405", "Section 230", "Flight 370". Not before a plural
# noun ("Iraq 200 miles"), not a round hundred ("Fortune 500" is the same either way).
_IDENTIFIER = re.compile(r"(?:^|(?<=[a-z\d,(] ))([A-Z][A-Za-z]+) ([1-9]\d\d)\b(?![.,]\d|%|[-/]\d| " + PLURAL_NOUN
                         + r"| (?:hundred|thousand|million|billion|trillion|percent|dollars?)\b)")


def pairs(number: str) -> str:
    """ "360" -> "three sixty", "405" -> "four oh five", "747" -> "seven forty seven"."""
    head, tail = number[:-2], number[-2:]
    if tail == "00":
        return f"{cardinal(head)} hundred"
    return f"{cardinal(head)} {'oh ' + cardinal(tail[1]) if tail[0] == '0' else cardinal(tail)}"


def identifiers(text: str) -> str:
    return _IDENTIFIER.sub(lambda m: m.group(0) if m.group(1) in _MONTHS_AND_DAYS
                           else f"{m.group(1)} {pairs(m.group(2))}", text)


def number_sign(text: str) -> str:
    # "No. 2" -> "number 2", "Nos. 3 and 4" -> "numbers 3 and 4", "#1" -> "number 1".
    text = re.sub(r"\bNos\.\s?(?=\d)", "numbers ", text)
    text = re.sub(r"\b[Nn]o\.\s?(?=\d)", "number ", text)
    return re.sub(r"(?<![\w&])#(?=\d)", "number ", text)


def percentages(text: str) -> str:
    # "45%" -> "forty five percent", "4.5 %" -> "four point five percent".
    return re.sub(rf"({NUM})\s?%", lambda m: cardinal(m.group(1)) + " percent", text)


def ordinals(text: str) -> str:
    # "21st" -> "twenty first", "3rd" -> "third", "1,000th" -> "one thousandth".
    return re.sub(r"(?<![\d,])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b",
                  lambda m: ordinal(int(m.group(1).replace(",", ""))), text)


def bare_decimals(text: str) -> str:
    # ".5" (a decimal without its zero) -> "point five", "-5" -> "minus 5": espeak says "dot five"
    # and drops the sign. A hyphen between words or numbers is not a sign.
    text = re.sub(r"(?<![\w.,])\.(\d+)", lambda m: "point " + digits(m.group(1)), text)
    return re.sub(r"(?:(?<=^)|(?<=[\s(]))[-−](?=\d)", "minus ", text)
