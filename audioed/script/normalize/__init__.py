"""Speech normalization: turn a line's text into what the engine should be given.

An ordered list of small deterministic `str -> str` rules (gTTS style), RULES, applied in
order by `normalize`. Each rule fixes one class of text that the engine (Piper, whose
phonemizer is espeak-ng) reads wrongly: "Cmdr." spelled out, "$300,000" read as "dollar three
hundred thousand", "1990s" as "nineteen hundred ninety z", and every abbreviation period
taken as a sentence end (a falling pitch and a pause in the middle of "the U.S. Navy").

The rules assume American news copy (AP style). Order matters: URLs go before anything that
looks at dots, ranges before money and percentages, money before plain years.
"""

from __future__ import annotations

import re
import unicodedata

from num2words import num2words

# --- number words -------------------------------------------------------------------------


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


def _plural(words: str) -> str:
    head, _, last = words.rpartition(" ")
    last = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {last}".strip()


# --- where an abbreviation period also ends the sentence ----------------------------------

# Words that start a sentence far more often than they continue a name ("the U.S. The ..."
# is two sentences, "the U.S. Navy" is one).
SENTENCE_STARTERS = frozenset("""
    a an the he she it they we i you his her its their our my this that these those there
    but and or so yet then now still also however meanwhile instead in on at for from after
    before when while if as since because although though once some many most all both each
    no not one two what who why how where officials others asked said last next by with
    under over during until despite among about according
""".split())

WEEKDAYS_AND_ZONES = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc local
""".split())

_NEXT = re.compile(r"""^(\s+)(["“‘'(]*)([A-Za-z]+)""")


def _ends_sentence(rest: str, kind: str) -> bool:
    """Does the period of an abbreviation followed by `rest` also end the sentence?

    kind: "title" never ends one (a name follows), "initialism" ends one only before a
    typical sentence opener, "time" ends one unless a day or time zone follows, anything
    else ends one before any capitalized word.
    """
    stripped = rest.lstrip()
    if not stripped:
        return True
    if stripped[0] in "”\"’)]" and not stripped[1:].strip():
        return True
    if stripped[0] in ",;:!?-–—)":
        return False
    m = _NEXT.match(rest)
    if not m:
        return False
    word = m.group(3)
    if not word[0].isupper():
        return False
    if kind == "title":
        return False
    if kind == "initialism":
        return word.lower() in SENTENCE_STARTERS
    if kind == "time":
        return word.lower() not in WEEKDAYS_AND_ZONES
    return True


def _expand(pattern: re.Pattern, text: str, replace, kind: str) -> str:
    """Replace each abbreviation match, keeping its final period only when it ends a sentence."""
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        spoken = replace(m)
        if spoken is None:
            out.append(m.group(0))
        else:
            out.append(spoken)
            if m.group(0).endswith(".") and _ends_sentence(text[m.end():], kind):
                out.append(".")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# --- the rules ----------------------------------------------------------------------------


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


def straight_apostrophes(text: str) -> str:
    # One apostrophe for the rules below ("’90s", "2019’s", "There’s").
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")


_TLD = r"(?:com|org|net|gov|edu|mil|int|io|co|us|uk|ca|mx|es|de|fr|info|news|tv|fm|ly|me|ai)"
_EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_URL = re.compile(
    rf"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+{_TLD})\b((?:/[^\s\"”)]*[^\s\"”).,;:!?])?/?)",
    re.IGNORECASE,
)


def _say_dots(part: str) -> str:
    part = part.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return " ".join(part.split())


def emails(text: str) -> str:
    # jane.doe@example.com -> "jane dot doe at example dot com"
    return _EMAIL.sub(lambda m: f"{_say_dots(m.group(1))} at {_say_dots(m.group(2).lower())}",
                      text)


def urls(text: str) -> str:
    # https://www.propublica.org/article/x-y -> "propublica dot org slash article slash x y":
    # the scheme and "www" are not read; hyphens and underscores in a path are word breaks.
    def say(m: re.Match) -> str:
        spoken = _say_dots(m.group(1).lower())
        path = m.group(2).split("?")[0].split("#")[0].strip("/")
        for seg in filter(None, path.split("/")):
            seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
            spoken += " slash " + " ".join(re.split(r"[-_.]+", seg))
        return spoken

    return _URL.sub(say, text)


# Markdown-style emphasis left in flattened text: "*word*", "**words**", "_word_", "__w__".
# The markers hug the words (no space inside) and stand outside words, so "file_name",
# "a * b" and a censored "sh*t" are not emphasis.
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*|__|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")


def emphasis_markers(text: str) -> str:
    # espeak-ng reads "*" as "asterisk" and "_" as "underscore": the markers are dropped.
    # "3 * 4" and "x * y" are products ("times"); a lone footnote star ("Smith*",
    # "*Names changed") is dropped; a run of stars inside or ending a word (a censored
    # "f***") is left alone.
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?|[A-Za-z])\s?\*\s?(\d+(?:\.\d+)?|[A-Za-z])(?![\w.])",
                  r"\1 times \2", text)
    text = re.sub(r"(?<=\w)\*(?![\w*])", "", text)  # footnote mark after a word
    text = re.sub(r"(?<![\w*])\*+(?![\w*])\s*|(?<![\w*])\*(?=\w)", "", text)  # alone or before a word
    return text


def dateline(text: str) -> str:
    # "NOGALES, ARIZ. -- In a ..." -> "Nogales, Ariz. In a ..." (the state rule expands it):
    # the all-capitals place is read as a name and the dash becomes a sentence break.
    m = re.match(r"^([A-Z][A-Z.' -]+[A-Z.](?:, [A-Z][A-Za-z.]+)*)\s*(?:--|—|–)\s*", text)
    if not m:
        # "Evansville, Indiana, United States - This past week": a place list, then a dash.
        m = re.match(r"^((?:[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}, ){1,3}[A-Z][\w.'’]*"
                     r"(?: [A-Z][\w.'’]*){0,3})\s+(?:--|—|–|-)\s+(?=[A-Z])", text)
    if not m or not any(c.isalpha() for c in m.group(1)):
        return text
    place = re.sub(r"[A-Z][A-Z']+", lambda w: w.group(0).capitalize()
                   if w.group(0) not in ("U", "US", "DC") else w.group(0), m.group(1))
    place = place.rstrip(".")
    return f"{place}. {text[m.end():]}"


# Fractions and slashed numbers people say as words.
_SLASHED = {"9/11": "nine eleven", "24/7": "twenty four seven", "50/50": "fifty fifty",
            "1/2": "one half", "1/3": "one third", "2/3": "two thirds", "1/4": "one quarter",
            "3/4": "three quarters"}
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")


def slashed_numbers(text: str) -> str:
    return _SLASH.sub(lambda m: _SLASHED.get(m.group(0), m.group(0)), text)


def number_sign(text: str) -> str:
    # "No. 2" -> "number 2", "Nos. 3 and 4" -> "numbers 3 and 4", "#1" -> "number 1".
    text = re.sub(r"\bNos\.\s?(?=\d)", "numbers ", text)
    text = re.sub(r"\b[Nn]o\.\s?(?=\d)", "number ", text)
    return re.sub(r"(?<![\w&])#(?=\d)", "number ", text)


_AMPM = r"(a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b|AM\b|PM\b)"
_TIME = re.compile(rf"\b(\d{{1,2}})(?::(\d\d))?\s?{_AMPM}")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d\d)\b(?!:)")


def _clock(hour: str, minute: str | None) -> str:
    words = cardinal(hour)
    if minute and minute != "00":
        words += (" oh " + cardinal(minute[1])) if minute[0] == "0" else " " + cardinal(minute)
    return words


def times(text: str) -> str:
    # "3 p.m." -> "three PM", "10:05 a.m." -> "ten oh five AM", "10:30" -> "ten thirty".
    def say(m: re.Match) -> str:
        return _clock(m.group(1), m.group(2)) + " " + ("AM" if m.group(3)[0] in "aA" else "PM")

    text = _expand(_TIME, text, say, "time")
    return _CLOCK.sub(lambda m: _clock(m.group(1), m.group(2))
                      if int(m.group(1)) <= 24 and int(m.group(2)) < 60 else m.group(0), text)


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_RANGE = re.compile(
    rf"(?<![\w.,/-])([$£€]?)({_NUM})(%?)\s?(?:-|–)\s?([$£€]?)({_NUM})(?![\w/]|[.,]\d|-\d)"
)


def ranges_and_scores(text: str) -> str:
    # "1990-1995", "10-15%", "$5-$10", "won 3-2": the dash is read "to". A two-digit end of
    # a year range ("2009-10") is the year's last two digits, a one-digit end ("2008-9") its
    # last digit when that makes a later year.
    def say(m: re.Match) -> str:
        cur1, a, pct, cur2, b = m.groups()
        if a == b == "50":
            return "fifty fifty"  # an even split, not a score
        if re.fullmatch(r"1[1-9]\d\d|20\d\d", a) and re.fullmatch(r"\d\d?", b) and not pct \
                and not cur1 and not cur2 and int(a[:4 - len(b)] + b) > int(a):
            b = a[:4 - len(b)] + b
        return f"{cur1}{a}{pct} to {cur2}{b}"  # a % after b stays in the text

    return _RANGE.sub(say, text)


_CURRENCY = {"$": ("dollar", "dollars", "cent", "cents"),
             "£": ("pound", "pounds", "penny", "pence"),
             "€": ("euro", "euros", "cent", "cents"),
             "¥": ("yen", "yen", "sen", "sen")}
_SCALE = r"(?:\s(thousand|million|billion|trillion)|([kKmMbB]n?)\b)"
_MONEY = re.compile(
    rf"(?:US)?([$£€¥])\s?({_NUM})(?: to [$£€¥]?({_NUM}))?{_SCALE}?"
)
_SHORT_SCALE = {"k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion"}


def money_decades(text: str) -> str:
    # "in the $60s" (a price band) -> "in the sixties", not "sixty dollarss": the money rule
    # would read "$60" and leave the "s".
    return re.sub(r"(?:US)?[$£€¥]([1-9]0)s\b", lambda m: _plural(cardinal(m.group(1))), text)


# Words that can follow an amount without it being a noun's modifier ("a $5 million a year",
# "a $1 billion or more", "a $300 increase in rent" is a modifier, "a $300 in cash" is not).
_NOT_A_NOUN = frozenset(
    "a an the and or but nor to in on at of for from by with per each apiece than more less "
    "over under plus minus worth this that these those which who whom whose it its is was are "
    "were be been will would could should can may might must has have had do does did not "
    "so as if when while then".split())


def _modifies_noun(m: re.Match) -> bool:
    """Is the amount matched by `m` a noun's modifier: after "a"/"an" and before a word that is
    not a function word ("a $144 million breakup fee", not "up to a $1 billion, will")?"""
    before = m.string[:m.start()]
    after = re.match(r" ([a-z][a-z-]*)\b", m.string[m.end():])
    return (bool(re.search(r"(?:^|[^\w'])(?:a|an|A|An)\s$", before)) and after is not None
            and after.group(1) not in _NOT_A_NOUN)


def money(text: str) -> str:
    # "$300,000" -> "three hundred thousand dollars", "$2.2 million" -> "two point two
    # million dollars", "$1.50" -> "one dollar and fifty cents", "£5" -> "five pounds".
    def amount(value: str, unit: tuple, scale: str | None) -> str:
        one, many, cent, cents = unit
        if scale:
            return f"{cardinal(value)} {scale} {many}"
        whole, _, frac = value.replace(",", "").partition(".")
        whole_n = int(whole or "0")
        if len(frac) == 2:
            c = int(frac)
            if whole_n == 0:
                return f"{cardinal(str(c))} {cent if c == 1 else cents}"
            main = f"{cardinal(whole)} {one if whole_n == 1 else many}"
            return main if c == 0 else f"{main} and {cardinal(str(c))} {cent if c == 1 else cents}"
        if frac:
            return f"{cardinal(value)} {many}"
        return f"{cardinal(whole)} {one if whole_n == 1 else many}"

    def say(m: re.Match) -> str:
        sym, a, b, scale, short = m.groups()
        unit = _CURRENCY[sym]
        scale = scale or (_SHORT_SCALE.get(short.lower()) if short else None)
        if b:
            if scale:
                return f"{cardinal(a)} to {amount(b, unit, scale)}"
            return f"{amount(a, unit, None)} to {amount(b, unit, None)}"
        if _modifies_noun(m) and (scale or "." not in a):
            # "a $144 million breakup fee" -> "a one hundred forty four million dollar breakup
            # fee": an amount before a noun is said in the singular, like "a ten-year plan".
            return f"{cardinal(a)} {scale} {unit[0]}" if scale else f"{cardinal(a)} {unit[0]}"
        return amount(a, unit, scale)

    return _MONEY.sub(say, text)


def percentages(text: str) -> str:
    # "45%" -> "forty five percent", "4.5 %" -> "four point five percent".
    return re.sub(rf"({_NUM})\s?%", lambda m: cardinal(m.group(1)) + " percent", text)


def decades(text: str) -> str:
    # "1990s"/"1990's" -> "nineteen nineties", "'90s" -> "nineties", "2000s" -> "two
    # thousands"; "2019's" (possessive) -> "twenty nineteen's".
    def full(m: re.Match) -> str:
        return _plural(year(int(m.group(1))))

    text = re.sub(r"\b(1[1-9]\d0|20\d0)'?s\b", full, text)
    text = re.sub(r"(?<![\w])'(\d)0s\b",
                  lambda m: "two thousands" if m.group(1) == "0" else _plural(cardinal(m.group(1) + "0")),
                  text)
    text = re.sub(r"\b(1[1-9]\d\d|20\d\d)'s\b", lambda m: year(int(m.group(1))) + "'s", text)
    # "in their 40s", "the 60s": a two-digit decade without its century or apostrophe.
    text = re.sub(r"(?<![\w$£€¥.,'])([1-9]0)s\b", lambda m: _plural(cardinal(m.group(1))), text)
    # '95 (a clipped year) -> "ninety five"; '05 -> "oh five".
    return re.sub(r"(?<![\w'])'(\d\d)\b(?!')",
                  lambda m: ("oh " + cardinal(m.group(1)[1])) if m.group(1)[0] == "0"
                  else cardinal(m.group(1)), text)


def years(text: str) -> str:
    # AP style writes quantities of 1,000 and up with commas, so a bare four-digit number
    # from 1100 to 2099 is a year: "1996" -> "nineteen ninety six", "2009" -> "two thousand nine".
    return re.sub(r"(?<![\w$£€¥#.,:/-])(1[1-9]\d\d|20\d\d)(?![\w%]|[.,:/]\d)",
                  lambda m: year(int(m.group(1))), text)


def ordinals(text: str) -> str:
    # "21st" -> "twenty first", "3rd" -> "third".
    return re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", lambda m: ordinal(int(m.group(1))), text)


MONTHS = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
          "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September",
          "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December"}
_FULL_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
                "November|December")
_MONTH_ABBR = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s?\d)")
_DATE = re.compile(rf"\b({_FULL_MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,\d|\.\d|:)")


def months(text: str) -> str:
    # "Jan. 5" -> "January fifth": an anchor reads the day as an ordinal.
    text = _MONTH_ABBR.sub(lambda m: MONTHS[m.group(1)], text)
    return _DATE.sub(lambda m: f"{m.group(1)} {ordinal(int(m.group(2)))}"
                     if 1 <= int(m.group(2)) <= 31 else m.group(0), text)


TITLES = {
    "Cmdr": "Commander", "Capt": "Captain", "Sen": "Senator", "Sens": "Senators",
    "Gov": "Governor", "Govs": "Governors", "Lt": "Lieutenant", "Sgt": "Sergeant",
    "Maj": "Major", "Adm": "Admiral", "Rep": "Representative", "Reps": "Representatives",
    "Gen": "General", "Col": "Colonel", "Cpl": "Corporal", "Pvt": "Private", "Pfc": "Private first class",
    "Cmdt": "Commandant", "Ens": "Ensign", "Spc": "Specialist", "Supt": "Superintendent",
    "Det": "Detective", "Insp": "Inspector", "Atty": "Attorney", "Prof": "Professor",
    "Rev": "Reverend", "Msgr": "Monsignor", "Fr": "Father", "Pres": "President",
    "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Messrs": "Messieurs", "Dr": "Doctor",
    "St": "Saint", "Mt": "Mount", "Ft": "Fort", "Pt": "Point", "Sgt. Maj": "Sergeant Major",
}
_TITLE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
                    + r")\.(?=\s+(?:[A-Z]|['\"“‘(]))")

# After a name: "Main St.", "Ocean Dr.", "John Smith Jr.".
STREETS = {"St": "Street", "Dr": "Drive", "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road",
           "Ln": "Lane", "Ct": "Court", "Pl": "Place", "Pkwy": "Parkway", "Hwy": "Highway"}
SUFFIXES = {"Jr": "Junior", "Sr": "Senior", "Bros": "Brothers", "Inc": "Incorporated",
            "Corp": "Corporation", "Co": "Company", "Ltd": "Limited", "Mfg": "Manufacturing"}
_SUFFIX = re.compile(r"\b([A-Z][\w'-]*,? )(" + "|".join(SUFFIXES) + r")\.")
_STREET = re.compile(r"\b([A-Z][a-z]+|\d+(?:st|nd|rd|th)) (" + "|".join(STREETS) + r")\.")


def titles_and_ranks(text: str) -> str:
    # "Cmdr. Armando Treviño" -> "Commander Armando Treviño", "Main St." -> "Main Street",
    # "5 ft." -> "5 feet". A title is always followed by a name, so its period never ends a
    # sentence; after a suffix ("Jr.") it does before a capitalized word.
    text = _expand(_STREET, text, lambda m: f"{m.group(1)} {STREETS[m.group(2)]}", "other")
    # "King Jr. Day" goes on; "Apple Inc. The company ..." is a new sentence.
    text = _expand(_SUFFIX, text, lambda m: m.group(1) + SUFFIXES[m.group(2)], "initialism")
    text = re.sub(r"(?<=\d) ?(ft|in|lbs?|oz|mi|yds?)\.(?= [a-z])",
                  lambda m: " " + {"ft": "feet", "in": "inches", "lb": "pounds", "lbs": "pounds",
                                   "oz": "ounces", "mi": "miles", "yd": "yards",
                                   "yds": "yards"}[m.group(1)], text)
    return _expand(_TITLE, text, lambda m: TITLES[m.group(1)], "title")


STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
    "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
}
# Abbreviations that are also ordinary words or names ("Miss", "Ill.", "La", "Pa"): only read
# as states after "City, " or a party letter.
_AMBIGUOUS_STATES = {"Ala", "Del", "Ga", "Ill", "Ind", "Kan", "La", "Md", "Mass", "Miss", "Mo",
                     "Mont", "Ore", "Pa", "Va", "Vt", "Wash", "Wis", "Tex", "Ky"}
_STATE_KEYS = sorted(STATES, key=len, reverse=True)
_ALT = "|".join(re.escape(k) + "|" + re.escape(k.upper()) for k in _STATE_KEYS)
_PARTY_STATE = re.compile(rf"\b([RDI])-({_ALT})\.")
_PLACE_STATE = re.compile(rf"(?<=[A-Za-z], )({_ALT})\.")
_ANY_STATE = re.compile(
    r"\b(" + "|".join(re.escape(k) + "|" + re.escape(k.upper())
                      for k in _STATE_KEYS if k not in _AMBIGUOUS_STATES) + r")\.")
_STATE_UPPER = {k.upper(): v for k, v in STATES.items()}
PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
# AP style since 2014 spells out state names after a party letter: "R-Texas".
_PARTY_FULL_STATE = re.compile(
    r"\b([RDI])-(" + "|".join(sorted(set(STATES.values()), key=len, reverse=True)) + r")\b")


def states(text: str) -> str:
    # "Nogales, Ariz." -> "Nogales, Arizona", "R-Calif." -> "Republican of California".
    def name(abbr: str) -> str:
        return STATES.get(abbr) or _STATE_UPPER[abbr]

    text = _expand(_PARTY_STATE, text,
                   lambda m: f"{PARTIES[m.group(1)]} of {name(m.group(2))}", "other")
    text = _PARTY_FULL_STATE.sub(lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    # "Grijalva, D-Tucson," names a home town the same way.
    text = re.sub(r"(?<=[,(] )([RDI])-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,)])",
                  lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    text = re.sub(r"(?<=\()([RDI])-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\))",
                  lambda m: f"{PARTIES[m.group(1)]} of {m.group(2)}", text)
    text = _expand(_PLACE_STATE, text, lambda m: name(m.group(1)), "other")
    return _expand(_ANY_STATE, text, lambda m: name(m.group(1)), "other")


LATIN = {"e.g.": "for example", "i.e.": "that is", "a.k.a.": "also known as",
         "etc.": "etcetera", "vs.": "versus", "v.": "versus", "et al.": "and others",
         "approx.": "approximately", "Ph.D.": "PhD", "Ph.D.s": "PhDs", "Dept.": "Department", "Gov't": "government",
         "Univ.": "University", "Assn.": "Association", "Natl.": "National"}
_LATIN_ENDS = {"etc.", "et al."}  # may end a sentence
_LATIN = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, LATIN)) + r")(?![\w])")


def latin_and_common(text: str) -> str:
    # "e.g." -> "for example", "vs." -> "versus", "etc." -> "etcetera".
    text = _expand(_LATIN, text, lambda m: LATIN[m.group(1)] if m.group(1) in _LATIN_ENDS else None,
                   "other")
    # The rest always lead into more words ("vs. Jones", "e.g. dogs").
    return _expand(_LATIN, text, lambda m: LATIN[m.group(1)], "title")


_INITIALISM = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})(?!\w)|(?<![\w.])((?:[A-Z]\.){1,}[A-Z])(?![\w.])")


def initialisms(text: str) -> str:
    # "U.S." -> "US", "D.C." -> "DC": espeak says the capitals as letters and, with the
    # periods gone, does not end a sentence inside "the U.S. Navy".
    def say(m: re.Match) -> str:
        return re.sub(r"[^A-Za-z]", "", m.group(0)).upper()

    return _expand(_INITIALISM, text, say, "initialism")


def name_initials(text: str) -> str:
    # "John F. Kennedy" -> "John F Kennedy": a middle initial's period is not a sentence end.
    return _expand(re.compile(r"\b([A-Z][a-z]+ [A-Z])\.(?= [A-Z][a-z])"), text,
                   lambda m: m.group(1), "initialism")


def dashes_as_pauses(text: str) -> str:
    # "--", an em dash, or a spaced en dash or hyphen between words is heard as a pause,
    # not read as "dash dash".
    text = re.sub(r"\s*(?:--+|—|―)\s*", ", ", text)
    return re.sub(r"\s+[–-]\s+", ", ", text)


def ellipses(text: str) -> str:
    # "..." is a pause: before a capital it ends a sentence, elsewhere it is a comma;
    # after a sentence end it adds nothing.
    text = re.sub(r"([.!?][\"”’']?)\s*(?:\.\s?\.\s?\.|…)", r"\1", text)
    text = re.sub(r"\s*(?:\.\s?\.\s?\.|…)\s*(?=[\"“]?[A-Z])", ". ", text)
    return re.sub(r"\s*(?:\.\s?\.\s?\.|…)\s*", ", ", text)


def symbols(text: str) -> str:
    text = re.sub(r"\s&\s", " and ", text)
    text = re.sub(r"(\d)\s?°\s?F\b", r"\1 degrees Fahrenheit", text)
    text = re.sub(r"(\d)\s?°\s?C\b", r"\1 degrees Celsius", text)
    return re.sub(r"(\d)\s?°", r"\1 degrees", text)


def tidy_punctuation(text: str) -> str:
    # Rules above may leave ", ," or ". ," behind; a line never starts with a pause. A comma
    # at the end stays: a line cut before a quotation ("He said,") is read as going on.
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"([.!?;:]),", r"\1", text)
    text = re.sub(r",([.!?;:])", r"\1", text)
    text = re.sub(r"^\s*[,;:]\s*", "", text)
    return " ".join(text.split())


# Emoji, pictographs and their joiners, skin tones, flags and keycap marks. A listener expects
# them unsaid (espeak would read "grinning face"); the written transcript keeps them.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u266C\u2670-\u27BF\u2300-\u23FF\u2B00-\u2BFF"
                    "\uFE00-\uFE0F\u20E3\u3030\u303D\u3297\u3299\U000E0000-\U000E007F]")
# Invisible format characters (joiners, soft hyphens, direction marks) and U+FFFD (a damaged
# byte, usually inside a word) join what they sit between; a zero-width space is a word break;
# controls and private-use code points are no text.
_INVISIBLE = re.compile("[\u00AD\u061C\u180E\u200C-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFFD]")
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200B\ud800-\udfff\ue000-\uf8ff\ufff9-\uffff"
                       "\U000F0000-\U0010FFFF]")


def unspoken_characters(text: str) -> str:
    """Emoji, invisible marks and control characters out of what is spoken."""
    text = _INVISIBLE.sub("", text)
    return _NOT_TEXT.sub(" ", _EMOJI.sub(" ", text))


RULES = [
    unspoken_characters,
    collapse_whitespace,
    straight_apostrophes,
    emails,
    urls,
    emphasis_markers,
    dateline,
    slashed_numbers,
    number_sign,
    times,
    ranges_and_scores,
    money_decades,
    money,
    percentages,
    decades,
    months,
    years,
    ordinals,
    titles_and_ranks,
    states,
    latin_and_common,
    initialisms,
    name_initials,
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


def fold_accents(text: str) -> str:
    """ "Treviño" -> "Trevino" (used when comparing transcripts with the script)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_TIME_ABBR = {"a.m.", "p.m.", "A.M.", "P.M."}


def abbreviation_kind(token: str) -> str | None:
    """How a word ending in a period behaves at a possible sentence end, or None if it is a
    plain word. Kinds are those of `_ends_sentence` (shared with sentence splitting)."""
    token = token.lstrip("\"“‘'([")
    if not token.endswith("."):
        return None
    bare = token[:-1]
    if token in _TIME_ABBR:
        return "time"
    if bare in TITLES or bare in ("No", "Nos") or re.fullmatch(r"[A-Z]", bare):
        return "title"
    if token in LATIN or bare in MONTHS or bare in STATES or bare.upper() in _STATE_UPPER \
            or bare in SUFFIXES or bare in STREETS or re.fullmatch(r"[RDI]-\w+", bare):
        return "other"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare):
        return "initialism"
    return None
