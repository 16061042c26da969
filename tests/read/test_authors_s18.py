"""Bylines on news pages (session 18, branch fauth2): "By" glued to the name or set twice, a
name with its outlet and date apart, a name alone that the story's own credit lines name again."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line, plain
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


@pytest.mark.parametrize("line, names", [
    ("ByJo Lee Dec 9, 2016", ["Jo Lee"]),                              # capital "By" glued to the name
    ("Byby JO LEE, ANA RUIZ and TOM HALE", ["Jo Lee", "Ana Ruiz", "Tom Hale"]),  # the label set twice
    ("By by Jo Lee", ["Jo Lee"]),
])
def test_a_glued_or_doubled_by(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line", ["Standby Mode", "Bypass Road Reopens", "Lullaby Nights"])
def test_by_inside_a_word_is_no_label(line):
    assert plain(line) == line
    assert by_line(line) == []


@pytest.mark.parametrize("line, names", [
    ("Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST", ["Saibal Dasgupta"]),  # no given name known
    ("Xyzq Plomb | Harbor Desk | May 3, 2021", ["Xyzq Plomb"]),
    ("Xyzq Plomb - Home - Contact", []),                    # menu items, no date: no byline
    ("Xyzq Plomb / Sports / World / Business / Opinion / 3 days ago", []),  # a long trail is a path
])
def test_a_name_with_its_outlet_and_date_apart(line, names):
    assert name_line(line) == names


def test_the_writers_sign_off_in_the_story_does_not_hide_the_name_under_the_headline():
    text = page(MENU, [HEADLINE, "Pippa Quist"], STORY, ["written by Pippa Quist"])
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_a_name_line_where_the_story_starts_is_not_named_again_by_itself():
    # the story's run may start at the standfirst, over the byline: the byline's own line is no mention
    stand = "A three-year quarrel over the morning boats ends with a vote, and the island gets twice the crossings."
    text = page(MENU, ["Harbor", HEADLINE, stand, "Pippa Quist"], STORY)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_a_person_the_story_is_about_is_still_no_byline():
    text = page(MENU, [HEADLINE, "Pippa Quist"],
                ["Pippa Quist, who runs the ferry company, said the vote would cost her two boats."] + STORY)
    assert parse(text, fmt="text").authors == []


def test_a_speakers_line_in_the_story_is_still_no_byline():
    # the line names more than the person: a statement's lead-in, the story's own words
    stand = "A three-year quarrel over the morning boats ends with a vote, and the island gets twice the crossings."
    text = page(MENU, ["Harbor", HEADLINE, stand, "Pippa Quist, chair of the harbor commission, on the vote:"], STORY)
    assert parse(text, fmt="text").authors == []
