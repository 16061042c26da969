"""Session 29 (review29): cases for fauth29's guards that no test pinned alone. In
tests/read/test_fauth29_s29.py, "the headline is no credit" (`authors._teaser`'s `j != t`) and the date
check for a name over the headline (`_candidates`' `not byline.stamp(...)`) could each be turned off
without a failure: the first case there needs both that and the date-line guard off to fail. Their
negative cases are already there: test_fauth29_s29's teaser run over the headline, test_authors'
"a teaser's writer above the headline is not the author"."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def authors(*parts):
    return parse(page(*parts), fmt="text").authors


def test_a_name_shaped_headline_over_its_date_makes_no_run_with_one_more_credit():
    # "Budget Traveler's Guide" over a date line reads as a dated name: counted, it and the co-author's
    # line after the share row would make "By Pippa Quist" the middle of a teaser run
    assert authors(MENU, ["Budget Traveler’s Guide", "On January 12, 2025", "By Pippa Quist", "Share",
                          "By Tom Wu"], STORY, MORE)[:1] == ["Pippa Quist"]


def test_a_name_over_the_headline_under_a_date_line_is_the_byline():
    # the date line over the name is headline-shaped but a date: no teaser's headline
    assert authors(MENU, ["July 5, 2025", "Pippa Quist", HEADLINE], STORY, MORE) == ["Pippa Quist"]



def test_initials_alone_or_last_are_no_name_but_an_inner_initial_is():
    from audioed.read.byline import name_shape

    assert name_shape("Jeffrey A. Slotnick")
    assert not name_shape("A. B.")
    assert not name_shape("Jo Lee A.")
