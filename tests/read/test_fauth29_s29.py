"""Session 29 (fauth29): authors on WCXB's pages. The teaser test spares the story's byline
(`authors._teaser`: the page's headline is no credit; near the headline a date line over the name is
the byline's own, no teaser's headline; over the story, the story's own credits do not count); an
initial is no label ("A." in "Jeffrey A. Slotnick", `byline.name_shape`); "Article by",
"Contributors:", a glued "Authors:Jo Lee" and "Guide by" open a byline (`byline.by_word`, `_BY`,
`_GENRE`)."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, by_word, name_line
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def authors(*parts):
    return parse(page(*parts), fmt="text").authors


def test_a_headline_a_date_line_dates_is_no_teasers_credit():
    # the headline reads as a name over the date line ("Budget Traveler's Guide"): no credit of a teaser run
    assert authors(MENU, ["Budget Traveler’s Guide To Ferry Passes", "On January 12, 2025January 22, 2025",
                          "By Pippa Quist", "In Budget Travel, Travel Tips"], STORY, MORE) == ["Pippa Quist"]


def test_a_name_under_a_date_line_printed_twice_is_the_byline():
    # the template prints date and name over the headline and again under it: no teaser's headline over them
    assert authors(MENU, ["Welcome", "July 5, 2025", "Pippa Quist", HEADLINE, "July 5, 2025", "Pippa Quist"],
                   STORY, MORE) == ["Pippa Quist"]


def test_a_lists_own_credits_in_the_story_leave_its_byline():
    items = ["1. GS Lomba by Gerard Sierra", STORY[1], "2. Snowee by Hieu Le", STORY[2], "3. Brine by Ana Ruiz"]
    assert authors(MENU, [HEADLINE, "As winter settles in, the month's releases blend old and new.",
                          "Written By: Tom May", "15 December 2025"], STORY[:1], items, STORY[3:], MORE) == ["Tom May"]


def test_a_card_under_the_story_is_still_a_teasers():
    # after the story no headline is asked: a card's date line over its label stays a teaser's
    assert authors(MENU, [HEADLINE], STORY, MORE, ["Related", "Idea Generation in Business: 16 Practical Techniques",
                                                   "December 4, 2023 | 10 min read", "Lean Delivery", "Analytics",
                                                   "How Ferries Are Scheduled", "November 2, 2023 | 8 min read",
                                                   "Harbor Desk"]) == []


def test_a_teaser_run_over_the_headline_is_still_skipped():
    assert authors(MENU, ["Ferry Fares Rise Again", "By Ana Ruiz", "Island School Opens Late", "By Tom Wu",
                          "Quay Shops Extend Hours", "By Jo Lee", HEADLINE], STORY, MORE) == []


def test_an_initial_is_no_label():
    assert name_line("Jeffrey A. Slotnick CPP, PSP", "Dec. 17, 2025") == ["Jeffrey A. Slotnick"]
    assert name_line("Jo X. Lee", "Dec. 17, 2025") == ["Jo X. Lee"]


def test_a_share_row_is_still_no_name():
    assert name_line("X Facebook LinkedIn", "Dec. 17, 2025") == []


@pytest.mark.parametrize("line, names", [
    ("Contributors: Janet Loughrey", ["Janet Loughrey"]),
    ("Authors:Aniruddha Roy, Jyoti Patel", ["Aniruddha Roy", "Jyoti Patel"]),
    ("Guide by Will Judd Former Deputy Tech Editor", ["Will Judd"]),
])
def test_label_forms_open_a_byline(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line", ["Title:AlignMerge - Merging Models", "Tour guide by the harbor",
                                  "Contributors to Wikimedia projects"])
def test_lines_that_are_no_byline(line):
    assert by_line(line) == []


def test_article_by_alone_puts_the_names_on_the_next_line():
    assert by_word("Article by") and by_word("Article written by:") and not by_word("Article")
    assert authors(MENU, [HEADLINE], STORY, MORE, ["Article by", "Pippa Quist", "Let's talk"]) == ["Pippa Quist"]
