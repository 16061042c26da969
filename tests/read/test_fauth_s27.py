"""Session 27 (fauth27): a line of names alone just over the story's first line is its byline
(`authors._over_story`: a person's name, or any name under the page's date line when the given-name
table lacks its first word), and a capitalised run before ", lower-case words" is a headline's words,
no name (`byline.name_line`); a piece's kind before "by" opens a byline (`byline._GENRE`)."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def authors(*parts):
    return parse(page(*parts), fmt="text").authors


def test_a_person_over_an_outlet_over_the_story_is_its_byline():
    # a share button over the name, the outlet under it: short labels both sides, yet the story follows
    assert authors(MENU, [HEADLINE, "1 day ago", "Share", "Save", "Add to your reading list",
                          "Pippa Quist", "HNT"], STORY, MORE) == ["Pippa Quist"]


def test_a_name_the_table_lacks_under_the_date_line_over_the_story_is_its_byline():
    # "Mohloai" is in no table of given names: the date over it and the story under it say byline
    assert authors(MENU, [HEADLINE, "In Local News, News", "May 14, 2025", "Mohloai Mpesi"],
                   STORY, MORE) == ["Mohloai Mpesi"]


def test_a_name_between_separator_lines_under_the_date_is_its_byline():
    assert authors(MENU, [HEADLINE, "27. Januar 2026", "•", "Gregor Meier", "•", "3 Minuten"],
                   STORY, MORE) == ["Gregor Meier"]


def test_a_tag_list_over_the_story_gives_no_author():
    # tags are names beside names, and echo the headline's words
    assert authors(MENU, [HEADLINE, "Tags", "Harbor Commission", "Marca Registrada", "Island Ferries"],
                   STORY, MORE) == []


def test_a_by_line_of_an_agency_over_the_story_is_no_name():
    assert authors(MENU, [HEADLINE, "Nov. 20, 2019, 9:28 AM UTC", "By Reuters"], STORY, MORE) == []


def test_a_name_the_headline_holds_is_no_byline():
    # (a tag under the headline that names its subject; the story itself never names him)
    assert authors(MENU, ["Pippa Quist Registers Her Name as a Trademark", "Tags", "Ferries", "Pippa Quist",
                          "Panama"], STORY, MORE) == []


def test_a_headlines_words_before_a_comma_are_no_name():
    assert name_line('Überlegener Sieger, kuriose Kostüme und "royaler Besuch"', "28.04.2024, 17:19 Uhr") == []


@pytest.mark.parametrize("line, names", [
    ("Jo Lee, staff writer", ["Jo Lee"]),          # a role after the comma
    ("Jo Lee, Tom Wu", ["Jo Lee", "Tom Wu"]),      # a second name
])
def test_a_name_before_a_role_or_a_name_is_kept(line, names):
    assert name_line(line, "May 3, 2020") == names


@pytest.mark.parametrize("line, names", [
    ("Kolumne von Lars Brunckhorst", ["Lars Brunckhorst"]),
    ("Kolumne von Carla Siepmann - 28.04.2024 um 08:52 Uhr - 12 Ergänzungen", ["Carla Siepmann"]),
    ("Analysis by Jo Lee", ["Jo Lee"]),
])
def test_a_pieces_kind_before_by(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line", ["Portrait by Jo Lee", "Prepared by Jo Lee, Harbor University", "Killed by Jo Lee"])
def test_another_word_before_by_opens_no_byline(line):
    # a picture's credit, a transcriber's, a headline's words: only a piece's kind opens the writer's line
    assert by_line(line) == []
