"""What the reader's small learned decisions (`storystart`, `storyend`) share: a block's shapes as
numbers, and logistic models whose weights sit in a JSON file beside the module (no corpus text)."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def content_words(t: str) -> set[str]:
    # (not masthead._content: its plurals and character pairs move one page's cut with the shipped weights)
    return {w.lower() for w in _LONG_WORD.findall(t)}


def caps_share(t: str) -> float:
    ws = _LONG_WORD.findall(t)
    return sum(w[0].isupper() for w in ws) / len(ws) if ws else 0.0


def digit_share(t: str) -> float:
    return sum(c.isdigit() for c in t) / max(1, len(t))


@lru_cache(maxsize=None)
def weights(name: str) -> dict | None:
    """The model in `name` beside this module (None when it is missing: the rules alone decide)."""
    path = Path(__file__).with_name(name)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def probability(f: dict[str, float], model: dict) -> float:
    z = sum(w * (f[k] - model["mean"][k]) / model["scale"][k] for k, w in model["weights"].items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
