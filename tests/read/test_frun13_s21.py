"""Session 21 (frun13), tried and not kept: below the story's run, a short line under furniture is not read
(a button, a teaser), unless it says what a story's close says: a thank-you, a source's address, the story's
own words, a sentence."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact", "Imprint"]


def test_short_lines_under_furniture_below_the_story_are_not_read():
    teasers = ["Best of the harbor 2016.", "Against empty shops on the quay"]
    got = kinds(page(HEAD, STORY, MORE, ["Harbor Museum"], teasers, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert all(got[t] != "paragraph" for t in teasers)

