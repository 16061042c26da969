"""A learned second opinion on flattened-text blocks (story or furniture): a small gradient-boosted
tree ensemble over shallow, language-free shape features of a block and its neighbours (after
Kohlschütter et al., "Boilerplate detection using shallow text features": a long block among long
blocks is the story's), its place against the story's run and the rules' own verdict, so the trees
can learn "trust the rules except here". Fit by benchmarks/train_blocks.py; the trees live in
blockmodel.json beside this module (thresholds and leaf values only, no text). docs/reading.md
("A learned block classifier, session 13") has the features, the figures and the verdict.
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

# Kinds the model may reconsider: the story's own text and generic page chrome. Every other kind
# (title, byline, dek, caption, credit, promo...) was named by a specific rule and is left alone,
# and a heading may be dropped but is never made a paragraph.
REVIEWED = BODY + ("chrome",)
# A flattened web page (menus, story, footer) has this many blocks at least; a story pasted on its
# own, or a short note, is not what the model was fit on, and is left to the rules.
MIN_BLOCKS = 20
# A block the rules dropped is narrated only when it is a sentence of this many words at least.
KEEP_WORDS = 8
# A "long" block, for the runs of long blocks (boilerpipe's densest signal).
LONG = 10

_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_SEPARATORS = re.compile(r"[|·»•›◦▪►]|\s[-–—/]\s")
_ADDRESS = re.compile(r"https?://|www\.|\w[\w.+-]*@\w[\w-]*\.\w|\b\w+\.(?:com|org|net)\b", re.IGNORECASE)
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")

SHAPE = ("words", "chars", "word_length", "sentences", "commas", "caps", "title_case", "digits", "ends",
         "separators", "address", "sentence")
NEIGHBOUR = ("words", "ends", "sentence", "caps")
KIND = ("paragraph", "heading", "chrome")
NAMES = (SHAPE + tuple(f"{o}_{n}" for o in ("prev2", "prev", "next", "next2") for n in NEIGHBOUR)
         + tuple(f"kind_{k}" for k in KIND)
         + ("position", "in_span", "before", "after", "distance", "score", "known", "repeated", "long_run",
            "long_run_words", "prose_near", "short_near", "kept_near", "topic", "glued", "quoted", "date", "clock",
            "blocks"))
_NEIGHBOUR_AT = [SHAPE.index(n) for n in NEIGHBOUR]


def shape(t: str) -> list[float]:
    """A block's shallow features, with no word list: its size, punctuation, capitals, digits."""
    ws = words(t)
    n = max(len(ws), 1)
    caps = sum(1 for w in ws if w[:1].isupper())
    return [math.log1p(len(ws)), math.log1p(len(t)), min(sum(map(len, ws)) / n, 20.0),
            math.log1p(sentence_breaks(t)), t.count(",") / n, caps / n,
            float(len(ws) > 1 and caps == len(ws)), sum(c.isdigit() for c in t) / max(len(t), 1),
            float(bool(_END.search(t))), math.log1p(len(_SEPARATORS.findall(t))), float(bool(_ADDRESS.search(t))),
            float(is_sentence(t))]


def features(raw: list[RawBlock], kinds: list[str], span: tuple[int, int],
             reach: int | None = None, only: set[int] | None = None) -> list[list[float] | None]:
    """One row per block, in NAMES' order; None for blocks more than `reach` blocks from the
    story's run, when a reach is given, or not in `only` (the rules' verdict stands there: no need
    to pay for a row)."""
    texts = [rb.text for rb in raw]
    lo, hi = span
    shapes = [shape(t) for t in texts]
    ns = [len(words(t)) for t in texts]
    scores = block_scores(raw)
    kept = [k in BODY for k in kinds]
    sent = [s[-1] > 0 for s in shapes]
    seen = Counter(" ".join(t.lower().split()) for t in texts)
    total = max(len(raw) - 1, 1)
    vocab = [{w.lower() for w in words(t) if len(w) >= 4} for t in texts]
    story = Counter(w for i, v in enumerate(vocab) if kept[i] for w in v)
    long = [n >= LONG for n in ns]
    none = [0.0] * len(NEIGHBOUR)
    rows: list[list[float] | None] = []
    for i, t in enumerate(texts):
        if (reach is not None and not lo - reach <= i <= hi + reach) or (only is not None and i not in only):
            rows.append(None)
            continue
        near = range(max(0, i - 3), min(len(raw), i + 4))
        a = b = i  # the run of long blocks this one is in (or borders)
        while a > 0 and long[a - 1]:
            a -= 1
        while b + 1 < len(raw) and long[b + 1]:
            b += 1
        run = [j for j in range(a, b + 1) if long[j]]
        dist = 0 if lo <= i <= hi else min(abs(i - lo), abs(i - hi))
        s = scores[i]
        row = list(shapes[i])
        for j in (i - 2, i - 1, i + 1, i + 2):
            row += [shapes[j][k] for k in _NEIGHBOUR_AT] if 0 <= j < len(raw) else none
        row += [float(kinds[i] == k) for k in KIND]
        row += [i / total, float(lo <= i <= hi), float(i < lo), float(i > hi), math.log1p(dist),
                math.copysign(math.log1p(abs(s)), s), float(cleanup.classify(t, Context()) is not None),
                float(seen[" ".join(t.lower().split())] > 1), math.log1p(len(run)),
                math.log1p(sum(ns[j] for j in run)),
                math.log1p(sum(ns[j] for j in near if j != i and sent[j])),
                sum(1 for j in near if j != i and ns[j] <= 6 and not sent[j]) / 6,
                sum(kept[j] for j in near if j != i) / 6,
                # the story's vocabulary: a teaser or a promo set inside the run speaks of something else
                sum(story[w] - kept[i] > 0 for w in vocab[i]) / max(len(vocab[i]), 1),
                # link texts run together ("Rep. Ilhan OmarIlhan Omar..."): a hover card's or a menu's
                float(len(_GLUED.findall(t)) >= 2), float(bool(re.match(r"^[\"“‘«„]", t))),
                float(is_date_line(t)), float(bool(_CLOCK.search(t))), math.log1p(len(raw))]
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def tree_score(tree: dict, row: list[float]) -> float:
    """A fitted regression tree's leaf value for a row (arrays as scikit-learn keeps them)."""
    node = 0
    left, right, feature, threshold = tree["left"], tree["right"], tree["feature"], tree["threshold"]
    while left[node] >= 0:
        node = left[node] if row[feature[node]] <= threshold[node] else right[node]
    return tree["value"][node]


def probability(row: list[float], model: dict) -> float:
    """P(story) for a row: the ensemble's summed leaf values on the log-odds scale."""
    z = model["init"] + model["rate"] * sum(tree_score(t, row) for t in model["trees"])
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def review(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None, model: dict | None = None) -> None:
    """Flattened text: drop a reviewed block the rules narrate when the model is sure it is
    furniture (P below the model's `drop_below`), narrate one they dropped when it is sure it is
    the story's (P above `keep_above`, a sentence of KEEP_WORDS words), within `reach` blocks of
    the story's run."""
    if span is None or len(raw) < MIN_BLOCKS:
        return
    model = model or _model()
    drop, keep = model["drop_below"] > 0, model["keep_above"] <= 1
    # the blocks a move may touch, and only theirs get a row (a threshold at 0 or past 1 is off)
    todo = {i for i, (rb, k) in enumerate(zip(raw, kinds)) if not rb.hint and (
        (drop and k in BODY) or (keep and k == "chrome" and is_sentence(rb.text) and len(words(rb.text)) >= KEEP_WORDS))}
    rows = features(raw, kinds, span, model["reach"], only=todo)
    for i, row in enumerate(rows):
        if row is None:
            continue
        if kinds[i] in BODY:
            if probability(row, model) < model["drop_below"]:
                kinds[i] = "chrome"
        elif probability(row, model) > model["keep_above"]:
            kinds[i] = "paragraph"
