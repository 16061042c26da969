"""Issue 18, session 13: the episode's date read in any language (read/dates.py), from made-up lines
and a made-up flattened page."""

import pytest

from audioed.read import parse
from audioed.read.dates import is_date_line, parse_date, page_date
from flat_page import MENU_AND_TITLE, MORE, STORY, page


@pytest.mark.parametrize("line, day", [
    ("Sunday, May 28, 2006", "2006-05-28"),                      # English, month first
    ("Updated 4:12 PM, Jan. 5, 2024", "2024-01-05"),
    ("3rd of May, 2020", "2020-05-03"),
    ("Veröffentlicht am 3. März 2021", "2021-03-03"),            # German
    ("SAMSTAG, 5. OKTOBER 2013", "2013-10-05"),
    ("le 12 janvier 2020", "2020-01-12"),                        # French
    ("1er févr. 2019", "2019-02-01"),
    ("12 de enero de 2020", "2020-01-12"),                       # Spanish
    ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),  # Portuguese
    ("Pubblicato il 7 settembre 2018", "2018-09-07"),            # Italian
    ("3 maart 2021", "2021-03-03"),                              # Dutch
    ("Publicerad 14 augusti 2017", "2017-08-14"),                # Swedish
    ("15 августа 2016, 13:43", "2016-08-15"),                    # Russian
    ("Opublikowano 9 listopada 2022", "2022-11-09"),             # Polish
    ("2021-03-03 14:05", "2021-03-03"),                          # numeric forms
    ("2021-03-03T14:05:00+01:00", "2021-03-03"),
    ("03.03.2021", "2021-03-03"),
    ("Stand: 06.03.24 14:05", "2024-03-06"),
    ("14/03/2021", "2021-03-14"),
    ("03/14/2021", "2021-03-14"),
])
def test_a_date_line_in_each_language(line, day):
    assert parse_date(line) == day
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "31.02.2021",               # no such day
    "Python 3.10.12",           # a version
    "03/04/2021",               # March 4 or 3 April: no day to say
    "© 2021 The Harbor Gazette",  # a year is no date
    "Opening Bell 06.03.24",    # a headline holding a short date
    "Top 10 Moments 2019",
    "Mars 2020 Rover Lands",    # a month's name in another language, no day
])
def test_no_date_where_there_is_no_real_day(line):
    assert not is_date_line(line)


def test_the_published_date_over_the_updated_one():
    assert parse_date("Updated May 3, 2021 | Published May 1, 2021") == "2021-05-01"
    assert parse_date("Veröffentlicht am 1. Mai 2021, aktualisiert am 3. Mai 2021") == "2021-05-01"
    assert page_date(["Mis à jour le 7 janvier 2020", "Publié le 30 septembre 2018"]) == "2018-09-30"
    assert page_date(["Aktualisiert am 3. Mai 2021"]) == "2021-05-03"  # the only date there is


def test_a_flattened_page_with_a_german_date_line():
    text = page(MENU_AND_TITLE, ["Veröffentlicht am 4. Februar 2022, 14:09 Uhr"], STORY, MORE,
                ["Mehr zum Thema", "© 2023 Hafenblatt"])
    article = parse(text, fmt="text")
    assert article.date == "2022-02-04"
    heard = " ".join(b.text for b in article.blocks if b.kind == "paragraph")
    assert "Februar" not in heard  # the date line is furniture, heard in the intro only


def test_a_date_far_down_a_flattened_page_under_its_headline():
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Auto", "Digital",
            "Karriere", "Gesundheit", "Familie", "Panorama", "Regional", "Video", "Podcast", "Newsletter",
            "Abo", "Anmelden", "Suche", "Menü"]
    text = page(menu, MENU_AND_TITLE, ["12.10.2021"], STORY, MORE)
    assert parse(text, fmt="text").date == "2021-10-12"
