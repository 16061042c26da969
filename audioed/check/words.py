"""Words in the one form both sides of a check are compared in: the normalizer's spoken form
(abbreviations, numbers and symbols as words), accents folded, lower case, no punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from audioed.script.language import fold_accents
from audioed.script.normalize import cardinal, normalize


def canonical_words(text: str) -> list[str]:
    """ "Cmdr. Treviño paid $300,000." -> ["commander", "trevino", "paid", "three", ...]."""
    text = normalize(text)
    text = re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: " " + cardinal(m.group(0)) + " ", text)
    text = fold_accents(text).lower().replace("&", " and ")
    text = re.sub(r"['’]", "", text)  # "there's" and "theres" are one word
    return re.findall(r"[a-z0-9]+", text)


@dataclass(frozen=True)
class Word:
    """A canonical word heard in the episode, with its time."""

    text: str
    start_ms: int
    end_ms: int
