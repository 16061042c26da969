"""Pause marks ("--", "...") heard as pauses, and the punctuation left tidy."""

from __future__ import annotations

import re


def dashes_as_pauses(text: str) -> str:
    # "--", an em dash, or a spaced en dash or hyphen between words is heard as a pause,
    # not read as "dash dash".
    text = re.sub(r"\s*(?:--+|—|―)\s*", ", ", text)
    return re.sub(r"\s+[–-]\s+", ", ", text)


_DOTS = r"(?:\.\s?\.\s?\.(?:\s?\.)*|…)"


def ellipses(text: str) -> str:
    # "...", ". . ." or "…" is a pause: before a capital it ends a sentence, elsewhere it is a
    # comma; after a sentence end it adds nothing. An elision in a quotation ("[...]") too.
    text = re.sub(rf"[\[(]\s*{_DOTS}\s*[\])]", "...", text)
    text = re.sub(rf"([.!?][\"”’']?)\s*{_DOTS}", r"\1", text)
    text = re.sub(rf"\s*{_DOTS}\s*(?=[\"“]?[A-Z])", ". ", text)
    return re.sub(rf"\s*{_DOTS}\s*", ", ", text)


def tidy_punctuation(text: str) -> str:
    # Rules above may leave ", ," or ". ," behind; a line never starts with a pause. A comma
    # at the end stays: a line cut before a quotation ("He said,") is read as going on.
    # A point before a digit (".5") is not touched: it is part of the number.
    text = re.sub(r"\s+([,.;:!?])(?!\d)", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"([.!?;:]),", r"\1", text)
    text = re.sub(r",([.!?;:])", r"\1", text)
    text = re.sub(r"^\s*[,;:]\s*", "", text)
    # A doubled period ("U.S.A.." -> "USA..") is one: espeak-ng would carry the second over
    # and start the next text it reads with "dot".
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return " ".join(text.split())
