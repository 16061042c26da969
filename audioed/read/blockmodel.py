"""A learned second opinion on flattened-text blocks: a logistic regression over the structural
signals the hand rules use (length, punctuation, capitals, digits, position against the story's
run, neighbours, repetition, the rules' own verdict). Fit by benchmarks/train_blocks.py; the
coefficients live in blockmodel.json beside this module. docs/reading.md ("A learned block
scorer") has the figures and the verdict.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from audioed.read import cleanup
from audioed.read.cleanup import Context, is_sentence, sentence_breaks, words
from audioed.read.metadata import is_date_line
from audioed.read.story import BODY, block_scores

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

WEIGHTS = Path(__file__).with_name("blockmodel.json")

# Kinds the model may reconsider: the story's own text and generic page chrome; every other kind
# (title, byline, caption, credit, promo...) was named by a specific rule and is left alone.
REVIEWED = BODY + ("chrome",)
# A flattened web page (menus, story, footer) has this many blocks at least; a story pasted on its
# own, or a short note, is not what the model was fit on, and is left to the rules.
MIN_BLOCKS = 20
# A block the rules dropped is kept back only when it is a sentence of this many words at least.
KEEP_WORDS = 8
KEEP_WORDS_LOG = math.log1p(KEEP_WORDS)

NAMES = ("words", "sentences", "sentence", "caps", "digits", "time", "date", "chars_per_word", "link_like",
         "score", "score_neg", "known", "kept", "heading", "in_span", "before", "after", "distance", "position",
         "repeated", "prose_near", "short_near", "prev_kept", "next_kept", "prev_sentence", "next_sentence",
         "prev_words", "next_words", "kept_near", "topic", "glued", "quoted",
         "topic_outside", "words_outside", "sentence_outside")


def _own(t: str, n: int) -> list[float]:
    ws = words(t)
    caps = sum(1 for w in ws if w[:1].isupper()) / max(len(ws), 1)
    digits = sum(c.isdigit() for c in t) / max(len(t), 1)
    return [math.log1p(n), math.log1p(sentence_breaks(t)), float(is_sentence(t)), caps, digits,
            float(bool(re.search(r"\b\d{1,2}:\d{2}\b|\b\d+\s*(?:min|mins|minutes|hours?|hrs?|days?)\s+ago\b", t, re.I))),
            float(is_date_line(t)), min(len(t) / max(n, 1), 20.0) / 10,
            float(n <= 6 and not is_sentence(t))]


def features(raw: list[RawBlock], kinds: list[str], span: tuple[int, int],
             reach: int | None = None) -> list[list[float] | None]:
    """One row per block, in NAMES' order; None for blocks more than `reach` blocks from the
    story's run, when a reach is given (their rules' verdict stands: no need to pay for a row)."""
    texts = [rb.text for rb in raw]
    ns = [len(words(t)) for t in texts]
    scores = block_scores(raw)
    kept = [k in BODY for k in kinds]
    sent = [is_sentence(t) for t in texts]
    seen = Counter(" ".join(t.lower().split()) for t in texts)
    total = max(len(raw) - 1, 1)
    vocab = [{w.lower() for w in words(t) if len(w) >= 4} for t in texts]
    story = Counter(w for i, v in enumerate(vocab) if kept[i] for w in v)
    rows = []
    for i, t in enumerate(texts):
        if reach is not None and not span[0] - reach <= i <= span[1] + reach:
            rows.append(None)
            continue
        near = range(max(0, i - 3), min(len(raw), i + 4))
        prose = sum(ns[j] for j in near if j != i and sent[j])
        short = sum(1 for j in near if j != i and ns[j] <= 6 and not sent[j])
        dist = 0 if span[0] <= i <= span[1] else min(abs(i - span[0]), abs(i - span[1]))
        s = scores[i]
        rows.append(_own(t, ns[i]) + [
            math.copysign(math.log1p(abs(s)), s), float(s < 0), float(cleanup.classify(t, Context()) is not None),
            float(kept[i]), float(kinds[i] == "heading"), float(span[0] <= i <= span[1]), float(i < span[0]),
            float(i > span[1]), math.log1p(dist), i / total, float(seen[" ".join(t.lower().split())] > 1),
            math.log1p(prose), short / 6,
            float(i > 0 and kept[i - 1]), float(i + 1 < len(raw) and kept[i + 1]),
            float(i > 0 and sent[i - 1]), float(i + 1 < len(raw) and sent[i + 1]),
            math.log1p(ns[i - 1]) if i > 0 else 0.0, math.log1p(ns[i + 1]) if i + 1 < len(raw) else 0.0,
            sum(kept[j] for j in near if j != i) / 6,
            # the story's vocabulary: a teaser or a promo set inside the run speaks of something else
            sum(story[w] - kept[i] > 0 for w in vocab[i]) / max(len(vocab[i]), 1),
            # link texts run together ("Rep. Ilhan OmarIlhan Omar..."): a hover card's or a menu's
            float(len(re.findall(r"[a-z]{2}[A-Z][a-z]", t)) >= 2),
            float(bool(re.match(r"^[\"“‘«]", t)))])
        # beyond the run, what marks the story's prose cut off by a barrier (a long page's second half)
        out = float(dist > 0)
        rows[-1] += [out * rows[-1][-3], out * rows[-1][0], out * rows[-1][2]]
    return rows


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def probabilities(rows: list[list[float] | None], model: dict) -> list[float]:
    """P(article) for each row: the standardized features' dot product with the coefficients
    (0.5, no opinion, for a row not computed)."""
    mean, scale, coef, bias = model["mean"], model["scale"], model["coef"], model["bias"]
    out = []
    for r in rows:
        if r is None:
            out.append(0.5)
            continue
        z = bias + sum(c * (x - m) / s for c, x, m, s in zip(coef, r, mean, scale))
        out.append(1 / (1 + math.exp(-max(min(z, 30.0), -30.0))))
    return out


def review(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None, model: dict | None = None) -> None:
    """Flattened text: drop a reviewed block the rules keep when the model is confident it is not
    the article's (P below the model's `drop_below`), keep one they drop when it is confident it
    is (P above `keep_above`) and a sentence of KEEP_WORDS words, within `reach` blocks of the
    story's run."""
    if span is None or len(raw) < MIN_BLOCKS:
        return
    model = model or _model()
    reach = model["reach"]
    rows = features(raw, kinds, span, reach)
    # one regression for the blocks the rules keep, one for those they drop: what tells a leak
    # among kept prose is not what tells a lost paragraph among dropped chrome
    kept = probabilities(rows, model["kept"])
    dropped = probabilities(rows, model["dropped"])
    for i, p in enumerate(kept[i] if k in BODY else dropped[i] for i, k in enumerate(kinds)):
        if kinds[i] not in REVIEWED or raw[i].hint or not span[0] - reach <= i <= span[1] + reach:
            continue
        if kinds[i] in BODY and p < model["drop_below"]:
            kinds[i] = "chrome"
        # only prose is kept back: a date, a label or a handle the rules dropped is never the story's
        elif kinds[i] == "chrome" and p > model["keep_above"] and rows[i][2] and rows[i][0] >= KEEP_WORDS_LOG:
            kinds[i] = "paragraph"
