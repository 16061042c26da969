"""What a line of page text is made of: its words, its sentence breaks, a person's name, and
what the clean-up rules know about the page around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|del|la|le|bin|al))*?\s+[A-Z][\w'’-]+"
"""A person's name: two to several capitalised words (particles allowed inside)."""


@dataclass
class Context:
    """What the rules know about the page beyond one block."""

    authors: set[str] = field(default_factory=set)
    """Names from the byline or an author bio: a block that is just one of them is a bio label."""
    publisher: str | None = None


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'&@.-]+", text)


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
"""Chinese and Japanese: written without spaces between words (Korean has them)."""


def word_count(text: str) -> int:
    """Words; in scripts written without spaces (Chinese, Japanese), two characters make a word."""
    return max(len(words(text)), len(CJK.findall(text)) // 2)


def _letters(case) -> str:
    """A regex class of the Basic Multilingual Plane's letters in one case (`str.islower`,
    `str.isupper`): `re` has no Unicode case classes, and a-z alone misses "Über", "Фото", "Ёлка"."""
    spans: list[list[int]] = []
    for i in range(0x10000):
        if case(chr(i)):
            if spans and spans[-1][1] == i - 1:
                spans[-1][1] = i
            else:
                spans.append([i, i])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans)


LOWER, UPPER = _letters(str.islower), _letters(str.isupper)  # about 10 ms at import, both

# Where one sentence of page text ends and the next begins, in any alphabet with cases. A break
# needs a lower-case word before the stop, so "U.S. Politics" and "Dr. Smith" are not two sentences. The
# reader's one sentence-end test: cheap enough for every block of a large page, and the script
# stage's splitter (pysbd with the normalizer's abbreviations) is not available this early.
# A title before a name ("Sen. Bernie Sanders", "Mrs. Clinton") ends no sentence either.
# The one list of them: the script stage's name patterns use it too.
NAME_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Cmdr", "Capt", "Lt", "Col", "Gen", "Maj", "Sgt", "Cpl", "Pvt",
               "Adm", "Det", "Supt", "Sen", "Sens", "Rep", "Reps", "Gov", "Rev", "Fr", "Prof", "Jr", "Sr", "St",
               "Hon", "Atty", "Insp", "Pres", "Sra", "Dra", "Mme", "Mlle", "Del")
_NOT_AFTER_TITLE = "".join(fr"(?<!\b{t}\.)" for t in NAME_TITLES if len(t) > 2 and t[1:].islower())
# A closing mark may follow the stop and an opening one the space, in English, German („…“, »…«)
# and French (« … », spaced inside): a guillemet opens only before a capital, as a French closing
# one stands alone after the stop ("... humains. » (RTL)").
_CLOSE = r"(?:[\"”’“«)]|\s?»)*"
_OPEN = rf"(?=[\"“{UPPER}]|[„«»]\s?[{UPPER}])"
SENTENCE_BREAK = re.compile(rf"(?<=[{LOWER}]{{2}}[.!?])" + _NOT_AFTER_TITLE + rf"{_CLOSE}\s+{_OPEN}")
# After a figure too ("... in 2019. The ..."): right for one known sentence, too loose for the
# reader's tests on every block ("Step 1. Open", "Chapter 3. The").
_BREAK_OR_FIGURE = re.compile(rf"(?:(?<=[{LOWER}]{{2}}[.!?])|(?<=\d[.!?]))" + _NOT_AFTER_TITLE + rf"{_CLOSE}\s+{_OPEN}")


def sentence_breaks(text: str) -> int:
    """How many sentence breaks `text` holds (a block of n sentences holds n - 1)."""
    return len(SENTENCE_BREAK.findall(text))


_LAST_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+[.!?]$")  # the word and stop just before a break


def sentence_break(text: str) -> bool:
    """A break as `SENTENCE_BREAK`'s after a word wholly in lower case (headline_like's test: "...
    übertragen. Sind Sie ...", "... bliżej. Sejm ..."): a stop after a capitalised word may end an
    abbreviation or a headline's first part ("Rep. Ilhan Omar", "Perturbazione al Sud. Il Nord")."""
    for m in SENTENCE_BREAK.finditer(text):
        # (a break always has two lower-case letters and a stop before it: the search finds a word)
        if _LAST_WORD.search(text[max(0, m.start() - 80):m.start()]).group(0)[:-1].islower():
            return True
    return False


def split_sentences(text: str, *, after_figures: bool = False) -> list[str]:
    return (_BREAK_OR_FIGURE if after_figures else SENTENCE_BREAK).split(" ".join(text.split()))


def is_sentence(text: str) -> bool:
    """Prose, not a label: ends like a sentence or holds a sentence break."""
    t = text.strip()
    # a news paragraph may end in its writer's or agency's tag after the full stop ("... voraus. (bsc)", "(dpa)")
    return bool(re.search(r"[.!?…][\"”’')]*(?:\s+\([A-Za-z]{2,5}(?:/[A-Za-z]{2,5})*\))?$", t)
                or sentence_breaks(t))
