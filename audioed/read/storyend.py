"""Where the story ends: a small learned decision over the last blocks the reader would narrate.

Below a story a page holds furniture the rules do not all know (teasers, appeals, a writer's box). For
each narrated block near the end of the story's run, a logistic model scores "is the story over here?"
from the page's shapes (length, sentences, links, the story's words, what follows), never from words;
the first block scored over the model's threshold and every narrated block under it are not heard.
Weights: storyend.json (trained by benchmarks/train_storyend.py; no corpus text in it).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from audioed.read import furniture
from audioed.read.cleanup import is_sentence, words
from audioed.read.learned import caps_share, content_words, digit_share, probability, weights
from audioed.read.prose import sentence_breaks
from audioed.read.story import BODY, block_scores, headline_shaped

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

WINDOW = 12  # narrated blocks looked at, counted up from the last one
KEEP = 2  # the first narrated blocks are never cut: the story has begun

FEATURES = [
    "bias", "log_words", "sentences", "ends_stop", "ends_qmark", "ends_colon", "no_end", "sentence",
    "headline", "link", "caps_share", "digit_share", "score_per_word", "score_prev_diff", "overlap",
    "below_run", "blocks_to_run_end", "share_heard_after", "share_words_after", "gap_before",
    "unheard_before", "rest_sentence_share", "rest_overlap", "rest_headline_share", "next_headline",
    "next_unheard", "repeated", "short", "to_reader", "rank_from_end",
]


_STOP_END = re.compile(r"[.!?。！？][\"'”’)\]]*$")  # (with the breaks: the sentences the weights were fitted on)


def candidates(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None,
               scores: list[float] | None = None) -> list[tuple[int, dict[str, float]]]:
    """The narrated blocks that may be the first after the story's end, each with its features
    (`scores`: the page's `block_scores` as they stand, when the caller has them)."""
    heard = [i for i, k in enumerate(kinds) if k in BODY]
    if span is None or len(heard) <= KEEP:
        return []
    scores = block_scores(raw) if scores is None else scores
    texts = [raw[i].text for i in heard]
    nwords = [len(words(t)) for t in texts]
    total = max(1, sum(nwords))
    counts: dict[str, int] = {}
    for rb in raw:
        counts[rb.text] = counts.get(rb.text, 0) + 1
    first = max(KEEP, len(heard) - WINDOW)
    # (overlap needs every block above; the shapes only the window's blocks)
    overlap = []
    above: set[str] = set()
    for t in texts:
        s = content_words(t)
        overlap.append(len(s & above) / len(s) if s else 0.0)
        above |= s
    window = range(first, len(heard))
    sentence = {m: is_sentence(texts[m]) for m in window}
    headline = {m: headline_shaped(texts[m]) for m in window}
    out = []
    for n in range(first, len(heard)):
        i, t = heard[n], texts[n]
        rest = range(n, len(heard))
        prev = heard[n - 1]
        between = range(prev + 1, i)
        nxt = i + 1
        f = {
            "bias": 1.0,
            "log_words": math.log1p(nwords[n]),
            "sentences": min(sentence_breaks(t) + bool(_STOP_END.search(t)), 6) / 6,
            "ends_stop": float(bool(re.search(r"[.。][\"'”’)\]]*$", t))),
            "ends_qmark": float(bool(re.search(r"[?!？！][\"'”’)\]]*$", t))),
            "ends_colon": float(t.rstrip().endswith(":")),
            "no_end": float(not re.search(r"[.!?:。！？\"'”’)\]]$", t.rstrip())),
            "sentence": float(sentence[n]),
            "headline": float(headline[n]),
            "link": float(furniture.link_shaped(t)),
            "caps_share": caps_share(t),
            "digit_share": digit_share(t),
            "score_per_word": max(-2.0, min(1.0, scores[i] / max(1, nwords[n]))),
            "score_prev_diff": max(-2.0, min(2.0, (scores[i] - scores[prev]) / max(1, nwords[n], nwords[n - 1]))),
            "overlap": overlap[n],
            "below_run": float(i > span[1]),
            "blocks_to_run_end": max(-5, min(10, span[1] - i)) / 10,
            "share_heard_after": (len(heard) - n) / len(heard),
            "share_words_after": sum(nwords[m] for m in rest) / total,
            "gap_before": min(i - prev - 1, 5) / 5,
            "unheard_before": float(any(kinds[j] not in BODY for j in between)),
            "rest_sentence_share": sum(sentence[m] for m in rest) / len(rest),
            "rest_overlap": sum(overlap[m] for m in rest) / len(rest),
            "rest_headline_share": sum(headline[m] for m in rest) / len(rest),
            "next_headline": float(nxt < len(raw) and headline_shaped(raw[nxt].text)),
            "next_unheard": float(nxt < len(raw) and kinds[nxt] not in BODY),
            "repeated": float(counts[raw[i].text] > 1),
            "short": float(nwords[n] < 8),
            "to_reader": float(furniture.to_reader(t)),
            "rank_from_end": (len(heard) - n) / WINDOW,
        }
        out.append((i, f))
    return out


def _model() -> dict | None:
    return weights("storyend.json")


def story_end(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None,
              model: dict | None = None, scores: list[float] | None = None) -> int | None:
    """The first narrated block the model says lies after the story's end (None: the story runs on)."""
    model = model or _model()
    if not model:
        return None
    for i, f in candidates(raw, kinds, span, scores):
        if probability(f, model) >= model["threshold"]:
            return i
    return None


def mark_story_end(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None,
                   scores: list[float] | None = None) -> None:
    end = story_end(raw, kinds, span, scores=scores)
    if end is None:
        return
    for j in range(end, len(kinds)):
        if kinds[j] in BODY:
            kinds[j] = "chrome"
