"""Speech normalization: turn a line's text into what the engine should be given.

Ordered list of small `str -> str` rules (gTTS style). The foundation only tidies
whitespace and dashes; the speech-normalization issue fills in the rules.
"""

from __future__ import annotations

import re


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


def dashes_as_pauses(text: str) -> str:
    # "--" and an em dash between words are heard as a pause, not read as "dash dash".
    return re.sub(r"\s*(--|—)\s*", ", ", text)


RULES = [collapse_whitespace, dashes_as_pauses]


def normalize(text: str, *, language: str = "en") -> str:
    """The spoken form of `text`: every rule in RULES, in order."""
    for rule in RULES:
        text = rule(text)
    return text
