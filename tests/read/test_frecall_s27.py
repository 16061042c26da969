"""Session 27 (frecall27): a lede that quotes the headline's words in its middle is the story's, not a share
button's or a breadcrumb's line holding the headline (`lede._holds_title`): those open or close on it."""

import pytest
from flat_page import MENU_AND_TITLE, MORE, STORY, TITLE, kinds, page

HEAD = MENU_AND_TITLE + ["8 December 2024 at 09:43"]
# (a closing quotation in low-high marks: no sentence to `is_sentence`, as a German lede often ends)
LEDE = ("Portmoor When the mayor first read that ferry crossings to double after harbor vote was the plan, he "
        "told the quay's shop owners: „We waited three years for this, and we will not wait another summer.“")
FOOT = ["Privacy Policy", "Contact", "Follow us", "Newsletter"]


def test_a_lede_quoting_the_headline_in_its_middle_is_heard():
    got = kinds(page(HEAD, [LEDE], STORY, MORE, FOOT))
    assert got[LEDE] == "paragraph"


@pytest.mark.parametrize("line", [f"Harbor News: {TITLE}", f"{TITLE} - Portmoor Gazette"])
def test_a_line_opening_or_closing_on_the_headline_is_still_cut(line):
    got = kinds(page(HEAD, [line], STORY, MORE, FOOT))
    assert got[line] != "paragraph"
    assert got[STORY[0]] == "paragraph"
