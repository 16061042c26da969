"""Sentence splitting, shared by synthesis (one clip per sentence) and transcript cues.

pysbd does most of the work; two passes fix what it gets wrong in news copy. It breaks after
abbreviations it does not know ("Cmdr.", "R-Ariz.,", "3 p.m. Tuesday") and inside quotations,
and it misses real ends after an initialism ("in Washington, D.C. The city ..."). The
abbreviation tables and the end-of-sentence judgement are those of the normalizer, so the
audio clips and the transcript cues agree with what the engine is given.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audioed.script.normalize import _ends_sentence, abbreviation_kind


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _inside_quotation(text: str) -> bool:
    """Is a quotation still open at the end of `text`?"""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _false_break(before: str, after: str, quotes: bool = True) -> bool:
    """Is the cut between `before` and `after` not a sentence end? (`quotes`: the text's
    quotation marks pair up, so an open one means we are inside a quotation)."""
    if not re.search(r"[A-Za-z0-9]", after):
        return True  # a lone "..." or closing mark belongs to the sentence before it
    if after[0].islower() or after[0] in ",;:)]—–-" or after[0].isdigit():
        return True
    if quotes and _inside_quotation(before):
        return True
    last = before.split()[-1] if before.split() else ""
    kind = abbreviation_kind(last)
    if kind is not None:
        return not _ends_sentence(" " + after, kind)
    return False


_MISSED_END = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})(?= [\"“]?[A-Z])")


def _missed_ends(sentence: str, quotes: bool = True) -> list[str]:
    # "Washington, D.C. The city": an initialism before a sentence opener ends a sentence.
    parts, start = [], 0
    for m in _MISSED_END.finditer(sentence):
        if quotes and _inside_quotation(sentence[:m.end()]):
            continue
        if _ends_sentence(sentence[m.end():], "initialism"):
            parts.append(sentence[start:m.end()].strip())
            start = m.end()
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


PYSBD_BLOCK = 2000
"""pysbd's time grows with the square of a text's length (a 30,000-word paragraph took minutes):
longer text goes to it in blocks of about this many characters."""
_SURE_END = re.compile(r"[.!?][\"”’)]*\s(?=[\"“]?[A-Z])")


def _blocks(text: str) -> list[str]:
    """`text` cut at sentence ends after at least PYSBD_BLOCK characters each; an end after a
    known abbreviation is passed over, and the merging below rejoins any other false one."""
    if len(text) <= 2 * PYSBD_BLOCK:
        return [text]
    out, start = [], 0
    for m in _SURE_END.finditer(text):
        if m.end() - start < PYSBD_BLOCK:
            continue
        last = text[max(start, m.start() - 40):m.end()].split()[-1]
        if abbreviation_kind(last) is None:
            out.append(text[start:m.end()])
            start = m.end()
    out.append(text[start:])
    return [b for b in out if b.strip()]


def split_sentences(text: str) -> list[str]:
    """Cut text into sentences; joining them with spaces gives back the words of `text`."""
    text = " ".join(text.split())
    if not text:
        return []
    pieces = [s.strip() for block in _blocks(text) for s in _segmenter().segment(block) if s.strip()]
    # A stray quotation mark (a typo in the source) must not glue the rest of the text together.
    quotes = _balanced(text)
    merged: list[str] = []
    for piece in pieces:
        if merged and _false_break(merged[-1], piece, quotes):
            glue = "" if piece[0] in ",;:)]" else " "
            merged[-1] = merged[-1] + glue + piece
        else:
            merged.append(piece)
    return [part for sentence in merged for part in _missed_ends(sentence, quotes)]
