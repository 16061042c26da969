"""Where a flattened story starts, session 20 (read/build.py's highlights box): a wire's key points
are a long sentence each, told from the lede by the dateline it opens with. Made-up pages."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import MENU_AND_TITLE, STORY, kinds, page

# key points of about 30 words each, one sentence: longer than a short box's bullets
POINTS = ["The harbor commission has voted to double the number of ferry crossings to the island from June, ending "
          "a dispute that divided the waterfront for three years and the town council.",
          "Two leased boats will join the fleet when the new schedule starts next month, and fares will stay the "
          "same for the rest of the year, the commission said on Tuesday."]
LEDE = "PORT ELLEN, Scotland — " + STORY[0]


def _first_body_line(text):
    script = build_script(parse(text, fmt="text"))
    return next(ln.text for s in script.sections for ln in s.lines if ln.role not in ("intro", "outro"))


def test_long_key_points_over_a_dateline_lede_are_not_heard():
    text = page(MENU_AND_TITLE, ["By Jo Lee", "Published Tue, Jun 3 2024 4:18 PM EDT", "Key Points"], POINTS,
                [LEDE], STORY[1:])
    got = kinds(text)
    assert all(got[p] == "chrome" for p in POINTS)
    assert got[LEDE] == "paragraph"
    assert _first_body_line(text).startswith("PORT ELLEN")


def test_key_highlights_is_a_highlights_header():
    bullets = ["Ferry crossings to the island will double from June", "Fares will not change this year"]
    text = page(MENU_AND_TITLE, ["By Jo Lee", "June 3, 2024", "Key Highlights"], bullets, STORY)
    got = kinds(text)
    assert all(got[b] == "chrome" for b in bullets)
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_long_one_sentence_lede_under_a_box_without_a_dateline_is_still_heard():
    # no dateline under the box: a bullet is 25 words at most, the story's lede stays the story's
    bullets = ["Ferry crossings to the island will double from June", "Fares will not change this year"]
    text = page(MENU_AND_TITLE, ["By Jo Lee", "June 3, 2024", "Highlights"], bullets, POINTS[:1], STORY)
    assert kinds(text)[POINTS[0]] == "paragraph"
