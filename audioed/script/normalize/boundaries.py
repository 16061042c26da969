"""Where an abbreviation's period also ends the sentence (shared with sentence splitting)."""

from __future__ import annotations

import re

from audioed.script.normalize.tables import words

SENTENCE_STARTERS = words("words", "sentence_starters")
WEEKDAYS_AND_ZONES = words("words", "weekdays_and_zones")

_NEXT = re.compile(r"""^(\s+)(["“‘'(]*)([A-Za-z]+)""")


def ends_sentence(rest: str, kind: str) -> bool:
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


def expand(pattern: re.Pattern, text: str, replace, kind: str) -> str:
    """Replace each abbreviation match, keeping its final period only when it ends a sentence.

    `replace(match)` returns the spoken words, or None to leave the match as written.
    """
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        spoken = replace(m)
        if spoken is None:
            out.append(m.group(0))
        else:
            out.append(spoken)
            if m.group(0).endswith(".") and ends_sentence(text[m.end():m.end() + 80], kind):
                out.append(".")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
