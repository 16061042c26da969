"""The headline in flattened text, session 23 (branch fhead19, read/masthead.py `_stop_ended`): a
headline ending on a full stop, its date straight over it, is a headline candidate. Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Sections", "Home", "Harbor Notes", "About", "Contact"]
HEADLINE = "Island ferry crossings will double after the harbor vote."


def test_a_headline_ending_on_a_stop_under_its_date_is_the_headline():
    text = page(MENU, ["Published 12 May 2020 by Jo Lee", HEADLINE],
                STORY, MORE)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_sentence_under_the_headline_is_no_headline():
    # (a guard: the dek under the credit is a candidate too; the headline over them outscores it)
    dek = "The commission voted on Tuesday to double the crossings."
    text = page(MENU, ["Island Ferry Crossings to Double", "Published 12 May 2020", "By Jo Lee", dek], STORY, MORE)
    assert parse(text, fmt="text").title == "Island Ferry Crossings to Double"
