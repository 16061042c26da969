"""Session 24 (fstart5): the story's lede set one short sentence a paragraph, straight under the headline's
date line and straight over the opening's prose, is heard even when a box (a list of short lines) stands
between the opening and the story's run. A single short line there is not taken by this rule."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["8 December 2024 at 09:43 · Harbor news · 6 comments"]
SHORT = ["It was a cold morning on the quay.", "Nobody on the pier expected the vote to pass so quickly."]
BOX = ["Crossings per day", "Before the vote: twelve", "After the vote: twenty-four", "Boats in the fleet: four"]
FOOT = ["Privacy Policy", "Contact", "Follow us", "Newsletter"]


def test_a_lede_of_short_sentences_over_the_opening_is_heard():
    got = kinds(page(HEAD, SHORT, STORY[:1], BOX, STORY[1:], MORE, FOOT))
    assert all(got[s] == "paragraph" for s in SHORT)
    assert got[STORY[0]] == "paragraph"


# (frecall29: a box of LIST_LINES lines or fewer between two paragraphs of one story is crossed by the run, and a
# short sentence right over the run's first paragraph then joins it, as on a page with no box: a longer box here)
LONG_BOX = BOX + [f"Pier {n}: open at six" for n in range(1, 14)]


def test_one_short_line_alone_is_left_to_the_other_rules():
    one = SHORT[:1]
    got = kinds(page(HEAD, one, STORY[:1], LONG_BOX, STORY[1:], MORE, FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[one[0]] != "paragraph"
