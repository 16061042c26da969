"""Where the story starts: a small learned decision over the blocks around the first one narrated.

Above a story's run a page holds the story's own opening paragraphs that the run's scoring left out (a
short lede, a paragraph beside a picture) and furniture the rules do not all know. For each block a few
above the first narrated block, and for the first narrated blocks, a logistic model scores "is this block
the story's?" from the page's shapes (length, sentences, kinds around it, the opening's words), never
from words. Going up from the first narrated block, blocks scored over the threshold are heard, up to the
first scored under it; going down, leading narrated blocks scored far under it are not heard (never a date
line, and only over the story's first sentence).
Weights: storystart.json (trained by benchmarks/train_storystart.py; no corpus text in it).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from audioed.read import furniture, lede
from audioed.read.cleanup import is_sentence, words
from audioed.read.learned import caps_share, content_words, digit_share, probability, weights
from audioed.read.metadata import is_date_line
from audioed.read.story import BODY, block_scores, headline_shaped

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

UP = 8  # raw blocks looked at above the first narrated block
DOWN = 3  # leading narrated blocks that may be dropped
OPENING = 4  # narrated blocks whose words make "the opening"
# Kinds the title code and the rules have given a role: never made story here.
KEEP_KINDS = ("title", "dek", "byline")

FEATURES = [
    "bias", "log_words", "sentences", "ends_stop", "no_end", "sentence", "headline", "link", "caps_share",
    "digit_share", "score_per_word", "overlap", "dist", "narrated", "chrome", "caption_kind", "caption_shape",
    "date_line", "prev_title", "prev_byline_date", "prev_narrated", "next_narrated", "above_title",
    "repeated", "to_reader", "promo", "short",
]


def _sentences(t: str) -> int:
    return len(re.findall(r"[.!?。！？](?:[\"'”’)\]]*)(?:\s|$)", t))


def candidates(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None,
               scores: list[float] | None = None) -> list[tuple[int, dict[str, float]]]:
    """The blocks around the story's first narrated block, each with its features, in page order."""
    heard = [i for i, k in enumerate(kinds) if k in BODY]
    if span is None or len(heard) < 2:
        return []
    first = heard[0]
    scores = block_scores(raw) if scores is None else scores
    counts: dict[str, int] = {}
    for rb in raw:
        counts[rb.text] = counts.get(rb.text, 0) + 1
    title = kinds.index("title") if "title" in kinds else None
    out = []
    down = heard[:DOWN]
    for i in [j for j in range(max(0, first - UP), first) if kinds[j] not in KEEP_KINDS] + down:
        t = raw[i].text
        n = len(words(t))
        opening: set[str] = set()
        for j in [h for h in heard if h != i][:OPENING]:
            opening |= content_words(raw[j].text)
        own = content_words(t)
        prev, nxt = kinds[i - 1] if i else "", kinds[i + 1] if i + 1 < len(kinds) else ""
        f = {
            "bias": 1.0,
            "log_words": math.log1p(n),
            "sentences": min(_sentences(t), 6) / 6,
            "ends_stop": float(bool(re.search(r"[.。][\"'”’)\]]*$", t))),
            "no_end": float(not re.search(r"[.!?:。！？\"'”’)\]]$", t.rstrip())),
            "sentence": float(is_sentence(t)),
            "headline": float(headline_shaped(t)),
            "link": float(furniture.link_shaped(t)),
            "caps_share": caps_share(t),
            "digit_share": digit_share(t),
            "score_per_word": max(-2.0, min(1.0, scores[i] / max(1, n))),
            "overlap": len(own & opening) / len(own) if own else 0.0,
            "dist": max(-UP, min(DOWN * 3, i - first)) / UP,
            "narrated": float(kinds[i] in BODY),
            "chrome": float(kinds[i] == "chrome"),
            "caption_kind": float(kinds[i] in ("caption", "credit")),
            "caption_shape": float(lede._caption(raw, kinds, i)),
            "date_line": float(lede.date_line(t) or is_date_line(t)),
            "prev_title": float(prev in ("title", "dek")),
            "prev_byline_date": float(prev == "byline" or (i > 0 and lede.date_line(raw[i - 1].text))),
            "prev_narrated": float(prev in BODY),
            "next_narrated": float(nxt in BODY),
            "above_title": float(title is not None and i < title),
            "repeated": float(counts[t] > 1),
            "to_reader": float(furniture.to_reader(t)),
            "promo": float(lede._promo(t)),
            "short": float(n < 8),
        }
        out.append((i, f))
    return out


def _model() -> dict | None:
    return weights("storystart.json")


def story_start(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None, model: dict | None = None,
                scores: list[float] | None = None) -> tuple[list[int], list[int]]:
    """(blocks above the first narrated one to hear, leading narrated blocks not to hear). The model has
    two parts: "up" scores the blocks above the first narrated one, "down" the narrated ones."""
    model = model or _model()
    if not model:
        return [], []
    return decide(raw, kinds, candidates(raw, kinds, span, scores), model)


def decide(raw: list[RawBlock], kinds: list[str], cands: list[tuple[int, dict[str, float]]],
           model: dict) -> tuple[list[int], list[int]]:
    heard = [i for i, k in enumerate(kinds) if k in BODY]
    if not cands or not heard:
        return [], []
    add = []
    for i, f in sorted(((i, f) for i, f in cands if i < heard[0]), key=lambda c: -c[0]):
        if probability(f, model["up"]) < model["threshold"]:
            break  # (the first block under the threshold closes the story's top)
        add.append(i)
    drop = []
    down = {i: f for i, f in cands if i >= heard[0]}
    if model.get("drop_below") is not None:
        for i in heard[:DOWN]:
            if i not in down or len(drop) + 1 >= len(heard) or down[i]["date_line"] \
                    or probability(down[i], model["down"]) >= model["drop_below"]:
                break  # (a date line over the lede is the story's own in some newsrooms: Wikinews opens so)
            drop.append(i)
    # (what is dropped lies above the story's first sentence: amounts set on their own lines over what
    # they measure are a recipe's opening, not furniture over it)
    if drop and not is_sentence(raw[heard[len(drop)]].text):
        drop = []
    return sorted(add), drop


def mark_story_start(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None,
                     scores: list[float] | None = None) -> None:
    add, drop = story_start(raw, kinds, span, scores=scores)
    for i in add:
        kinds[i] = "paragraph"
    for i in drop:
        kinds[i] = "chrome"
