"""The learned block scorer (read/blockmodel.py): its features, the committed coefficients, and
the review's limits (where it may act, what it may keep back). Made-up flattened pages."""

import json
import math

from audioed.read import blockmodel
from audioed.read.build import RawBlock
from flat_page import STORY

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In",
        "Sports", "Weather", "Podcasts", "Newsletters"]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy", "Terms"]
LONG_STORY = STORY + [
    "Island merchants said the extra crossings would bring shoppers back to the ferry landing, where several "
    "shops closed during the dispute.",
    "The commission will review the new schedule in a year and publish the counts from every crossing.",
]


def flat_page(extra_dropped: str | None = None):
    texts = MENU + ["Ferry Crossings to Double After Harbor Vote"] + LONG_STORY + FOOTER
    kinds = ["chrome"] * len(MENU) + ["title"] + ["paragraph"] * len(LONG_STORY) + ["chrome"] * len(FOOTER)
    if extra_dropped is not None:  # a block the rules dropped, right after the story
        at = len(MENU) + 1 + len(LONG_STORY)
        texts.insert(at, extra_dropped)
        kinds.insert(at, "chrome")
    span = (len(MENU) + 1, len(MENU) + len(LONG_STORY))
    return [RawBlock(t) for t in texts], kinds, span


def sure(p: float, *, reach: int = 3) -> dict:
    """A model that gives every block probability p (no coefficient, only the bias)."""
    n = len(blockmodel.NAMES)
    bias = 30.0 if p >= 1 else (-30.0 if p <= 0 else math.log(p / (1 - p)))
    half = dict(mean=[0.0] * n, scale=[1.0] * n, coef=[0.0] * n, bias=bias)
    return dict(kept=half, dropped=half, drop_below=0.2, keep_above=0.8, reach=reach)


def test_every_block_has_one_value_per_named_feature():
    raw, kinds, span = flat_page()
    rows = blockmodel.features(raw, kinds, span)
    assert len(rows) == len(raw) and {len(r) for r in rows} == {len(blockmodel.NAMES)}


def test_the_committed_coefficients_match_the_features_and_say_what_they_were_fit_on():
    model = json.loads(blockmodel.WEIGHTS.read_text(encoding="utf-8"))
    assert model["names"] == list(blockmodel.NAMES)
    for half in ("kept", "dropped"):
        assert len(model[half]["coef"]) == len(model[half]["mean"]) == len(blockmodel.NAMES)
        assert all(s > 0 for s in model[half]["scale"])
    assert "8-f" in model["fit_on"] and 0 <= model["drop_below"] < model["keep_above"]


def test_a_confident_not_article_drops_the_story_blocks_but_nothing_the_rules_named():
    raw, kinds, span = flat_page()
    blockmodel.review(raw, kinds, span, model=sure(0.0))
    assert kinds[span[0]:span[1] + 1] == ["chrome"] * len(LONG_STORY)
    assert kinds[len(MENU)] == "title"  # a specific rule's verdict is not reviewed


def test_an_unsure_model_changes_nothing():
    raw, kinds, span = flat_page("Tap here to share this story with a friend today, it only takes a minute.")
    before = list(kinds)
    blockmodel.review(raw, kinds, span, model=sure(0.5))
    assert kinds == before


def test_only_a_sentence_of_some_length_is_kept_back():
    raw, kinds, span = flat_page("The ferry landing was rebuilt after the storm of 2019, the commission said.")
    blockmodel.review(raw, kinds, span, model=sure(1.0))
    assert kinds[span[1] + 1] == "paragraph"
    raw, kinds, span = flat_page("May 3, 2021 at 4:00 p.m.")
    blockmodel.review(raw, kinds, span, model=sure(1.0))
    assert kinds[span[1] + 1] == "chrome"


def test_blocks_beyond_the_reach_and_short_texts_are_left_to_the_rules():
    raw, kinds, span = flat_page()
    blockmodel.review(raw, kinds, span, model=sure(0.0, reach=0))
    assert kinds[:len(MENU)] == ["chrome"] * len(MENU)  # out of reach: not reconsidered either way
    short = [RawBlock(t) for t in ["Ferry Crossings to Double"] + STORY]
    kinds = ["title"] + ["paragraph"] * len(STORY)
    blockmodel.review(short, kinds, (1, len(STORY)), model=sure(0.0))
    assert kinds == ["title"] + ["paragraph"] * len(STORY)  # a story pasted on its own: not a page
