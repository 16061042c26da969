"""Bylines on news pages (session 18, branch fauth2): a name alone under the headline is not
"named again in the story" by its own line, when the story's run starts at or over it; "By" glued to the name or set twice ("ByJo Lee", "Byby JO LEE")."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, plain
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
STAND = "A three-year quarrel over the morning boats ends with a vote, and the island gets twice the crossings."


def test_a_name_line_where_the_story_starts_is_not_named_again_by_itself():
    # the story's run may start at the standfirst, over the byline: the byline's own line is no mention
    text = page(MENU, ["Harbor", HEADLINE, STAND, "Pippa Quist"], STORY)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_a_speakers_line_in_the_story_is_still_no_byline():
    # the line names more than the person: a statement's lead-in, the story's own words
    text = page(MENU, ["Harbor", HEADLINE, STAND, "Pippa Quist, chair of the harbor commission, on the vote:"], STORY)
    assert parse(text, fmt="text").authors == []


def test_a_person_the_story_is_about_is_still_no_byline():
    text = page(MENU, [HEADLINE, "Pippa Quist"],
                ["Pippa Quist, who runs the ferry company, said the vote would cost her two boats."] + STORY)
    assert parse(text, fmt="text").authors == []


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
