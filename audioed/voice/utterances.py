"""Script -> utterances: every sentence of the script, cut into pieces an engine can take in one call."""

from __future__ import annotations

from audioed.model import Script, Utterance
from audioed.script.sentences import split_sentences

MAX_CHUNK = 150
"""Longest text (characters) given to an engine in one call: a call's working memory grows faster
than its sentence (a neural voice's text encoder is quadratic in it: docs/performance.md,
"Memory mechanisms"); longer sentences are cut at clause breaks and shown as one cue."""

# (separator, where to cut relative to its start): strongest first; a "(" starts the next piece.
_CLAUSE_BREAKS = (("; ", 1), (": ", 1), (", ", 1), (" — ", 2), (" – ", 2), (" (", 0), (" ", 0))


def speech_chunks(sentence: str, limit: int = MAX_CHUNK) -> list[str]:
    """`sentence` cut into pieces of at most `limit` characters, at the strongest clause break
    nearest the middle (a word boundary as the last resort); never drops a character other than
    the spaces at the cuts."""
    if len(sentence) <= limit:
        return [sentence]
    for sep, offset in _CLAUSE_BREAKS:
        cuts = [i + offset for i in _find_all(sentence, sep) if 20 <= i <= len(sentence) - 20]
        if cuts:
            middle = len(sentence) / 2
            cut = min(cuts, key=lambda i: abs(i - middle))
            head, tail = sentence[:cut].strip(), sentence[cut:].strip()
            if head and tail:
                return speech_chunks(head, limit) + speech_chunks(tail, limit)
    # One unbroken word longer than the limit: cut it (it cannot be read as a word anyway).
    return [sentence[i:i + limit] for i in range(0, len(sentence), limit)]


def _find_all(text: str, sep: str) -> list[int]:
    out, i = [], text.find(sep)
    while i != -1:
        out.append(i)
        i = text.find(sep, i + 1)
    return out


def utterances(script: Script) -> list[Utterance]:
    """Every sentence of the script, in order."""
    out = []
    for line_no, (s, line) in enumerate(script.lines()):
        spoken = split_sentences(line.spoken)
        shown = split_sentences(line.text)
        captions = shown if len(shown) == len(spoken) else spoken
        for sp, cap in zip(spoken, captions):
            pieces = speech_chunks(sp)
            out += [Utterance(s, line_no, line, piece, cap, part=i, last=i == len(pieces) - 1)
                    for i, piece in enumerate(pieces)]
    return out
