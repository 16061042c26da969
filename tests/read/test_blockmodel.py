"""The learned block classifier (read/blockmodel.py): its features, the committed trees, the review's
limits (where it may act, what it may narrate or drop) and its hook in build_article, which acts on
flattened text only. Made-up pages and made-up models."""

import json
import math

from audioed.read import blockmodel, parse
from audioed.read.build import RawBlock
from flat_page import MORE, STORY, TITLE, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In",
        "Sports", "Weather", "Podcasts", "Newsletters"]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy", "Terms"]
LONG_STORY = STORY + MORE


def flat_page(extra_dropped: str | None = None):
    texts = MENU + [TITLE] + LONG_STORY + FOOTER
    kinds = ["chrome"] * len(MENU) + ["title"] + ["paragraph"] * len(LONG_STORY) + ["chrome"] * len(FOOTER)
    if extra_dropped is not None:  # a block the rules dropped, right after the story
        at = len(MENU) + 1 + len(LONG_STORY)
        texts.insert(at, extra_dropped)
        kinds.insert(at, "chrome")
    span = (len(MENU) + 1, len(MENU) + len(LONG_STORY))
    return [RawBlock(t) for t in texts], kinds, span


def sure(p: float, *, reach: int = 3) -> dict:
    """A model that gives every block probability p (no tree, only the starting log-odds)."""
    init = 30.0 if p >= 1 else (-30.0 if p <= 0 else math.log(p / (1 - p)))
    return dict(init=init, rate=1.0, trees=[], drop_below=0.2, keep_above=0.8, reach=reach)


def short_is_furniture(words: int) -> dict:
    """One tree: a block of fewer than `words` words is furniture, a longer one the story's."""
    cut = math.log1p(words - 0.5)
    tree = dict(left=[1, -1, -1], right=[2, -1, -1], feature=[blockmodel.NAMES.index("words"), 0, 0],
                threshold=[cut, 0.0, 0.0], value=[0.0, -30.0, 30.0])
    return dict(init=0.0, rate=1.0, trees=[tree], drop_below=0.5, keep_above=0.9, reach=1000)


def test_every_block_has_one_value_per_named_feature():
    raw, kinds, span = flat_page()
    rows = blockmodel.features(raw, kinds, span)
    assert len(rows) == len(raw) and {len(r) for r in rows} == {len(blockmodel.NAMES)}
    assert blockmodel.features(raw, kinds, span, reach=0)[0] is None  # the menu is out of reach


def test_the_committed_trees_match_the_features_and_say_what_they_were_fit_on():
    model = json.loads(blockmodel.WEIGHTS.read_text(encoding="utf-8"))
    assert model["names"] == list(blockmodel.NAMES)
    assert model["trees"] and all(len(t["left"]) == len(t["right"]) == len(t["value"]) == len(t["threshold"])
                                  for t in model["trees"])
    assert all(0 <= f < len(blockmodel.NAMES) for t in model["trees"] for f in t["feature"])
    assert "8-f" in model["fit_on"] and "devb" in model["fit_on"]
    raw, kinds, span = flat_page()
    for row in blockmodel.features(raw, kinds, span):
        assert 0.0 < blockmodel.probability(row, model) < 1.0


def test_a_tree_sends_a_row_left_or_right_by_its_threshold():
    model = short_is_furniture(8)
    row = [0.0] * len(blockmodel.NAMES)
    row[blockmodel.NAMES.index("words")] = math.log1p(3)
    assert blockmodel.probability(row, model) < 0.01
    row[blockmodel.NAMES.index("words")] = math.log1p(30)
    assert blockmodel.probability(row, model) > 0.99


def test_a_confident_furniture_drops_the_story_blocks_but_nothing_the_rules_named():
    raw, kinds, span = flat_page()
    blockmodel.review(raw, kinds, span, model=sure(0.0))
    assert kinds[span[0]:span[1] + 1] == ["chrome"] * len(LONG_STORY)
    assert kinds[len(MENU)] == "title"  # a specific rule's verdict is not reviewed


def test_an_unsure_model_changes_nothing():
    raw, kinds, span = flat_page("Tap here to share this story with a friend today, it only takes a minute.")
    before = list(kinds)
    blockmodel.review(raw, kinds, span, model=sure(0.5))
    assert kinds == before


def test_only_a_sentence_of_some_length_is_narrated_back_and_never_a_title():
    raw, kinds, span = flat_page("The ferry landing was rebuilt after the storm of 2019, the commission said.")
    blockmodel.review(raw, kinds, span, model=sure(1.0))
    assert kinds[span[1] + 1] == "paragraph"
    assert kinds[len(MENU)] == "title" and kinds[:len(MENU)] == ["chrome"] * len(MENU)
    raw, kinds, span = flat_page("May 3, 2021 at 4:00 p.m.")
    blockmodel.review(raw, kinds, span, model=sure(1.0))
    assert kinds[span[1] + 1] == "chrome"


def test_blocks_beyond_the_reach_and_short_texts_are_left_to_the_rules():
    raw, kinds, span = flat_page()
    blockmodel.review(raw, kinds, span, model=sure(0.0, reach=0))
    assert kinds[:len(MENU)] == ["chrome"] * len(MENU)
    short = [RawBlock(t) for t in [TITLE] + STORY]
    kinds = ["title"] + ["paragraph"] * len(STORY)
    blockmodel.review(short, kinds, (1, len(STORY)), model=sure(0.0))
    assert kinds == ["title"] + ["paragraph"] * len(STORY)  # a story pasted on its own: not a page


NOTE = "The commission meets again in May."  # a short sentence the rules narrate


def _page_text():
    return page(MENU, [TITLE], STORY[:2], [NOTE], STORY[2:] + MORE, FOOTER)


def test_the_hook_reviews_flattened_text(monkeypatch):
    monkeypatch.setattr(blockmodel, "_model", lambda: short_is_furniture(8))
    got = {b.text: b.kind for b in parse(_page_text(), fmt="text").blocks}
    assert got[NOTE] != "paragraph"
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[TITLE] not in ("paragraph", "heading")


def test_the_hook_leaves_markdown_and_html_alone(monkeypatch):
    monkeypatch.setattr(blockmodel, "_model", lambda: sure(0.0, reach=1000))
    md = page(["# " + TITLE], STORY, MORE, MENU)
    assert [b.text for b in parse(md, fmt="markdown").blocks if b.kind == "paragraph"][:len(STORY)] == STORY
    html = ("<html><body><article><h1>" + TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in STORY + MORE)
            + "</article><footer>" + "".join(f"<a href='/{m}'>{m}</a> " for m in MENU) + "</footer></body></html>")
    assert [b.text for b in parse(html, fmt="html").blocks if b.kind == "paragraph"][:len(STORY)] == STORY
