"""Session 18 (fhead10): the headline found under a long menu stays over the text's first line
(read/masthead.py under_page_header). Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, page

TAGLINE = "HARBOR FERRY NEWS – THE ISLAND'S MAGAZINE FOR COMMUTERS"


def test_a_headline_under_a_long_menu_is_the_pages_without_a_credit():
    # the site's tagline opens the text and shares the story's words; six section labels under it,
    # then the headline straight over its story, no byline or date: the headline
    menu = ["FOR COMMUTERS", "FOR VISITORS", "TIMETABLES", "EVENTS", "FARES", "NEWS"]
    assert parse(page([TAGLINE], menu, [TITLE], STORY + MORE), fmt="text").title == TITLE
    # (three labels and no credit: a pasted story's tag row may be so, the first line stays)
    assert parse(page([TAGLINE], menu[:3], [TITLE], STORY + MORE), fmt="text").title != TITLE
