"""Session 17's date rules (branch fdate5): a date with a two-digit year where its shape says it is one
("Datum: 03.Mär.19", "Jo Lee, 12.12.22"), and a date line labelled as the publication's over an
unlabelled one near it; on made-up lines and small made-up pages."""

import pytest
from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import parse
from audioed.read.dates import find_dates, is_date_line, page_date, parse_date


@pytest.mark.parametrize("line, day", [
    ("Autor: Jo Lee, Datum: 03.Mär.19", "2019-03-03"),  # a month's name glued between day and short year
    ("03-Mar-2019", "2019-03-03"),
    ("Posted 3/May/19 at 10:15", "2019-05-03"),
    ("12-DEC-22", "2022-12-12"),
    ("Übersetzung Jo Lee, 12.12.22", "2022-12-12"),  # a short dotted date set off after a byline
    ("Jo Lee | 12.12.22 14:05", "2022-12-12"),
    ("Stand: 06.03.24 14:05", "2024-03-06"),  # (as before: a label alone before it)
])
def test_a_date_line_with_a_short_year(line, day):
    assert parse_date(line) == day
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "15 avril, 2 et 6 Mai 19",  # spaced: a day and a number, no year
    "Sa. 3.Mär. 19:30",  # a day and a time
    "Opening Bell 06.03.24",  # a headline's short date, nothing sets it off
    "https://example.org/uganda/ 08.05.19",  # a cited link's access date
    "abgerufen am 21.09.22: https://example.org",  # a date in a sentence
    "Version 2.Mai.193",
])
def test_no_short_year_date_where_the_shape_says_nothing(line):
    assert not find_dates(line)


def test_a_short_year_of_a_century_to_come_is_the_last_one():
    assert parse_date("Datum: 12.12.98") == "1998-12-12"


def test_a_published_label_over_an_unlabelled_date_line():
    # a print header's date under the headline, the story's labelled date under the byline
    lines = ["Hafenblatt — 02.01.23 09:51", "von Jo Lee, Online-Redaktion Veröffentlicht: 26.12.2022"]
    assert page_date(lines) == "2022-12-26"
    assert page_date(["Sunday, May 28, 2006", "Published May 21, 2006"]) == "2006-05-21"
    assert page_date(["Sunday, May 28, 2006"]) == "2006-05-28"  # (no label: the first, as before)


def test_a_page_dated_by_a_short_year_under_its_byline():
    text = page(MENU_AND_TITLE, ["Jo Lee, 12.12.22"], STORY, MORE)
    assert parse(text, fmt="text").date == "2022-12-12"
    text = page(MENU_AND_TITLE, ["Autor: Jo Lee, Datum: 03.Mär.19"], STORY, MORE)
    assert parse(text, fmt="text").date == "2019-03-03"
