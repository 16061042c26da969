"""Characters that are not read: emoji, invisible marks, emphasis markers; one apostrophe."""

from __future__ import annotations

import re

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


def invisible(ch: str) -> bool:
    """A format character with no text of its own (a direction mark, a joiner, a soft hyphen)."""
    return _INVISIBLE.fullmatch(ch) is not None


def unspoken_characters(text: str) -> str:
    """Emoji, invisible marks and control characters out of what is spoken."""
    text = _INVISIBLE.sub("", text)
    return _NOT_TEXT.sub(" ", _EMOJI.sub(" ", text))


def symbols(text: str) -> str:
    # "&" between words is "and" ("AT&T" stays); degrees are read by the units rule.
    return re.sub(r"\s&\s", " and ", text)


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


def straight_apostrophes(text: str) -> str:
    # One apostrophe for the rules below ("’90s", "2019’s", "There’s").
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")


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
