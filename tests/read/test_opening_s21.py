"""Where a flattened story starts, session 21 (read/story.py, `_headline_lede`): the prose straight
under the headline (its byline between) is the story's lede even when the date line, the picture's
credits and a share row stand between it and the rest of the story. Made-up pages."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

# the date, the picture's credits, a section's label and a share row, between the lede and the story
STACK = ["12.05.2024 - 10:30", "Ferries | 300 articles", "Back to overview", "More from the Harbor",
         "Facebook", "Twitter", "Mail"]


def _narrated(text):
    script = build_script(parse(text, fmt="text"))
    return " ".join(ln.text for s in script.sections for ln in s.lines)


def test_the_lede_over_the_date_and_share_row_is_heard():
    text = page(MENU_AND_TITLE, STORY[:1], STACK, STORY[1:], MORE)
    assert kinds(text)[STORY[0]] != "chrome"
    assert STORY[0][:60] in _narrated(text)


def test_the_lede_under_the_byline_is_heard():
    text = page(MENU_AND_TITLE, ["By Jo Lee"], STORY[:1], STACK, STORY[1:], MORE)
    assert STORY[0][:60] in _narrated(text)


def test_a_line_that_is_not_prose_nor_a_byline_ends_the_headline_lede():
    # title, byline, prose, prose, a label (a teaser's headline), prose: the last is not the lede
    from audioed.read.story import _headline_lede
    kinds = ["chrome", "title", "byline", "paragraph", "paragraph", "paragraph", "paragraph"]
    scores = [-12.0, -12.0, -12.0, 30.0, 25.0, -12.0, 40.0]
    assert _headline_lede(kinds, scores, 1, 7) == {3, 4}
    assert _headline_lede(kinds, scores, 1, 4) == {3}  # not under the date line: the dek rules' case
    assert _headline_lede(kinds, scores, None, 7) == set()
