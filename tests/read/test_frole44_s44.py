"""A role line is no headline (read/masthead.py `byline_shaped`, with `byline.role_line`): session 44 (branch
frole44). A line of one to four words ending on a role's, a desk's or an outlet's word ("Local Sports Wire",
"Student Help Desk", "Letters to the editor", "SCOTT GILBERTSON GEAR TEAM") is a section's label, a wire's
teaser list's header or a writer's role, and it had won the title over a headline it shared fewer words with.
Every page here is made up."""

import pytest

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, page

MENU = ["Home", "News", "World", "Politics", "Business", "Sports"]


@pytest.mark.parametrize("label", ["Local Ferry Wire", "Harbor Help Desk", "Letters to the editor",
                                   "ANA RUIZ HARBOR TEAM", "Harbor Commission News"])
def test_a_role_line_over_the_date_is_not_the_title(label):
    # (a section's label over the page's date line, the headline straight over the story: a wire page's layout)
    text = page(MENU, [label, "Fri, 18 Jan 2008 02:30:08 GMT", "E-mail | Print", TITLE], STORY, MORE)
    assert parse(text, fmt="text").title == TITLE


@pytest.mark.parametrize("title", ["Meet the Press", "Harbor Gets Good News", "Kids and Social Media"])
def test_a_short_headline_ending_on_such_a_word_straight_over_its_byline_stays(title):
    text = page(MENU, [title, "By Ana Ruiz", "June 3, 2025"], STORY, MORE)
    assert parse(text, fmt="text").title == title
