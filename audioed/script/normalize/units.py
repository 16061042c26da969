"""Units after a number ("10 km", "75 mph", "110°F", "850 sq ft", "5 ft. 10 in.") and "per"
after a slash ("$20/mo", "12/kg")."""

from __future__ import annotations

import re

from audioed.script.normalize.boundaries import ends_sentence
from audioed.script.normalize.numbers import NUM, cardinal
from audioed.script.normalize.tables import table

_TABLES = table("units")
UNITS: dict[str, list[str]] = _TABLES["units"]
PER: dict[str, str] = _TABLES["per"]
_KEYS = sorted(UNITS, key=len, reverse=True)
_UNIT = "|".join(re.escape(k) for k in _KEYS)
# A number, then the unit: joined ("400m", "10-km"), or after a space. A unit of one letter
# after a space only before punctuation ("7 m."): "5 m" mid-sentence may be anything.
_MEASURE = re.compile(
    rf"(?<![\w.,])(-?)({NUM})(?:(-)|\s?)({_UNIT})(\.?)(?![\w²³])"
)
# A unit after number words the fraction rule made ("four and a half lbs").
_AFTER_WORDS = re.compile(rf"\b(half|halves|quarter|quarters|thirds|fourths|fifths|eighths|hundred|"
                          rf"thousand|million|billion|dozen) ({_UNIT})\b(\.?)")
# "a 10x10 room", "25 x 7 m" -> "by"; "4.4x" (a multiple) -> "times".
_BY = re.compile(rf"(?<![\w.,])(?!0x)({NUM}) ?[x×] ?(?={NUM})")  # not hexadecimal "0x08"
_TIMES = re.compile(rf"(?<![\w.,])({NUM})[x×](?![\w])")
_PER = re.compile(r"(?<=[\w%])\s?/\s?(" + "|".join(sorted(PER, key=len, reverse=True)) + r")\b")
_AFTER_PER = re.compile(r"(\d|dollars?|cents?|pounds?|pence|euros?|yen|won|rupees?|percent|CC|"
                        + "|".join(re.escape(w) for u in UNITS.values() for w in u if w != "CC") + r")$")


_DETERMINER = re.compile(r"(?:^|[^\w'])(?:a|an|the|its|his|her|their|our|this|that)\s$", re.IGNORECASE)
_NOT_A_NOUN = frozenset("of per a an the and or to in on at for from by with than more less over under "
                        "each is was are were be been will would can could has have had do does did "
                        "long wide high tall deep away off ahead behind apart".split())


def _before_noun(m: re.Match) -> bool:
    """ "a 3.5mm headphone jack", "the surrounding 2 km circumference": a measure after a
    determiner and before a noun modifies it, and is said in the singular."""
    before = m.string[max(0, m.start() - 40):m.start()]
    after = re.match(r" ([a-z]+)\b", m.string[m.end():m.end() + 40])
    if after is None or after.group(1) in _NOT_A_NOUN:
        return False
    words = before.split()
    # the determiner may stand a word or two before: "the surrounding 2 km circumference"
    return any(_DETERMINER.search(" ".join(words[:len(words) - k]) + " ") for k in range(0, 2))


# Video resolutions: "1080p" -> "ten eighty p", "720p" -> "seven twenty p".
_RESOLUTION = re.compile(r"\b(480|576|720|1080|1440|2160|4320)([pi])\b")


def units(text: str) -> str:
    text = _RESOLUTION.sub(lambda m: f"{cardinal(m.group(1)[:-2])} {cardinal(m.group(1)[-2:])} {m.group(2)}",
                           text)
    text = _BY.sub(lambda m: f"{m.group(1)} by ", text)
    text = _TIMES.sub(lambda m: f"{m.group(1)} times", text)
    out, pos = [], 0
    for m in _MEASURE.finditer(text):
        sign, number, hyphen, unit, dot = m.groups()
        after = text[m.end():m.end() + 40]
        if len(unit) == 1 and unit.isalpha() and not hyphen and text[m.start(4) - 1] == " " \
                and not re.match(r"\s*(?:[.,;:)]|$)", after):
            continue
        if unit == "°" and re.match(r"\s?[FC]\b", after):
            continue  # the "°F" key takes it
        one, many = UNITS[unit]
        dot = dot or unit.endswith(".")
        value = number.replace(",", "")
        words = ("minus " if sign else "") + cardinal(number)
        name = one if hyphen or value in ("1", "1.0") or _before_noun(m) else many
        spoken = f"{words} {name}"
        # "5 ft. 10 in. tall": the unit's period ends the sentence only before a capital.
        if dot and ends_sentence(after, "other"):
            spoken += "."
        out.append(text[pos:m.start()] + spoken)
        pos = m.end()
    out.append(text[pos:])
    text = "".join(out)
    text = _AFTER_WORDS.sub(lambda m: f"{m.group(1)} {UNITS[m.group(2)][1]}"
                            + ("." if m.group(3) and ends_sentence(m.string[m.end():m.end() + 80], "other") else ""),
                            text)

    def per(m: re.Match) -> str:
        if not _AFTER_PER.search(m.string[max(0, m.start() - 40):m.start()]):
            return m.group(0)
        return f" per {PER[m.group(1)]}"

    return _PER.sub(per, text)
