"""A desk's byline is no headline (read/byline.py `desk_by_line`, used by `masthead.byline_shaped`): session 43
(branch fdesk43). "BY HERALD REPORTER" names no person, so the byline reader found no author in it and the
headline reader took it for the story's headline when it shared the story's words ("Herald"). Every page here is
made up."""

import pytest

from audioed.read import byline, parse
from flat_page import MORE, STORY, page

MENU = ["Home", "News", "Sport", "Business", "Classifieds", "Obituaries", "Others"]


@pytest.mark.parametrize("desk", ["BY HERALD REPORTER", "By Staff Reporter", "By Our Correspondent",
                                  "By A Staff Writer", "BY THE ASSOCIATED PRESS", "By Agencies"])
def test_a_desks_byline_is_not_the_title(desk):
    # (a headline sharing one word with the story; the desk's line shares more: "Herald", "reporter", "staff")
    title = "Quiet Mornings Return To The Quay"
    story = ["HARBOUR TOWN, JUNE 3 — " + STORY[0] + " A Herald reporter, staff writers from the Associated Press and "
             "other agencies' correspondents watched the vote."]
    art = parse(page(MENU, [title, desk], story + STORY[1:] + MORE, ["Privacy Policy"]), fmt="text")
    assert art.title == title


@pytest.mark.parametrize("line", ["By The Numbers", "By Popular Demand", "Stand By Me", "By Jo Lee",
                                  "By Express Delivery"])
def test_other_lines_are_no_desks_byline(line):
    assert not byline.desk_by_line(line)
