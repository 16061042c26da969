"""Dates: "Jan. 5" -> "January fifth", "March 3rd", "June 5-7", "25 July 2012",
"2024-03-15" and "12/15/2023" -> "March fifteenth, twenty twenty four"."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import cardinal, ordinal, year
from audioed.script.normalize.tables import table

MONTHS: dict[str, str] = table("abbreviations")["months"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_FULL = "|".join(MONTH_NAMES)
# "Jan. 5", "SEPT. 15", "Jan 15 2020": an abbreviation before a day is read in full.
_MONTH_ABBR = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(\.|\b)(?=\s?\d)",
                         re.IGNORECASE)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE = re.compile(rf"\b({_FULL}) {_DAY}(?: ?(-|–|to|and|or|through) ?{_DAY})?\b(?!,\d|\.\d|:|%)",
                   re.IGNORECASE)
_DAY_MONTH = re.compile(rf"(?<![\w,.$])(the )?{_DAY} ({_FULL})\b", re.IGNORECASE)
_ISO = re.compile(r"(?<![\w/.-])(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])")
_US = re.compile(r"(?<![\w/.-])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(\d{4}|\d\d)(?![\w/])")


_VERBS = {"may", "march"}  # month names that are also lower-case verbs


def _month(name: str) -> str:
    return name.capitalize()


def _year_words(y: str) -> str:
    if len(y) == 2:  # "11/17/05": "oh five", "98": "ninety eight"
        return "oh " + cardinal(y[1]) if y[0] == "0" else cardinal(y)
    return year(int(y))


def numeric_dates(text: str) -> str:
    # "2024-03-15" and "3/15/2024" -> "March fifteenth, twenty twenty four" (American order).
    text = _ISO.sub(lambda m: f"{MONTH_NAMES[int(m.group(2)) - 1]} {ordinal(int(m.group(3)))}, "
                    f"{year(int(m.group(1)))}", text)
    return _US.sub(lambda m: f"{MONTH_NAMES[int(m.group(1)) - 1]} {ordinal(int(m.group(2)))}, "
                   f"{_year_words(m.group(3))}", text)


def months(text: str) -> str:
    # "Jan. 5" -> "January fifth", "June 5-7" -> "June fifth to seventh", "25 July" -> "the
    # twenty fifth of July": a date reads its day as an ordinal.
    text = _MONTH_ABBR.sub(lambda m: MONTHS[m.group(1).capitalize()]
                           if m.group(1).capitalize() in MONTHS else m.group(0), text)

    def month_day(m: re.Match) -> str:
        name, day, joint, day2 = m.groups()
        if not 1 <= int(day) <= 31:
            return m.group(0)
        if name in _VERBS:
            return m.group(0)  # "may 5" in lower case is the verb more often than not
        spoken = f"{_month(name)} {ordinal(int(day))}"
        if day2 and 1 <= int(day2) <= 31 and int(day2) > int(day):
            return spoken + f" {'to' if joint in '-–' else joint} {ordinal(int(day2))}"
        if not day2:
            return spoken
        rest = m.start(3) - (m.string[m.start(3) - 1] == " ")
        return spoken + m.string[rest:m.end()]  # "March 3 and 40 others": only the date

    def day_month(m: re.Match) -> str:
        if not 1 <= int(m.group(2)) <= 31 or m.group(3) in _VERBS:
            return m.group(0)
        return f"the {ordinal(int(m.group(2)))} of {_month(m.group(3))}"

    # "January 23 - March 9": a spaced dash between two dates is "to", not a pause.
    text = re.sub(rf"\b((?:{_FULL}) \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?) ?[-–] ?(?=(?:{_FULL}) \d)",
                  r"\1 to ", text)
    text = _DATE.sub(month_day, text)
    return _DAY_MONTH.sub(day_month, text)
