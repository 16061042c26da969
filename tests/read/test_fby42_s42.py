"""Authors (read/cleanup.py, read/byline.py): session 42 (branch fby42). A byline's date label glued to the last
name (a magazine group's template sets the name and "PUBLISHED:" in two elements that flattening joins: the
listener heard "By Rebecca Norrispublished"); a bank account's line and a publishing company taken for an author.
Every page here is made up."""

import pytest

from audioed.read import parse
from flat_page import STORY, narrated, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]


def read(byline):
    return parse(page(MENU, ["Ferry Crossings to Double After Harbor Vote", byline], STORY, ["Privacy Policy"]),
                 fmt="text")


@pytest.mark.parametrize("byline, authors", [
    ("BY JO LEEPUBLISHED: JUN 25, 2025", ["Jo Lee"]),
    ("BY ANA RUIZUPDATED: DEC 19, 2025 1:06 PM EST", ["Ana Ruiz"]),
    ("By Jo LeeUpdated: June 3, 2024", ["Jo Lee"]),
    ("By Jo Lee and Ana RuizPublished: June 3, 2024", ["Jo Lee", "Ana Ruiz"]),
    ("Von Jo LeeAktualisiert: 03.06.2024", ["Jo Lee"]),
    ("Por Ana RuizActualizado: 3 de junio de 2024", ["Ana Ruiz"]),
])
def test_a_glued_date_label_is_not_part_of_the_name(byline, authors):
    article = read(byline)
    assert article.authors == authors
    assert article.date is not None


@pytest.mark.parametrize("byline, authors", [
    ("BY JO LEE PUBLISHED: JUN 25, 2025", ["Jo Lee"]),
    ("By Jo Lee | Updated: June 3, 2024", ["Jo Lee"]),
])
def test_a_date_label_apart_from_the_name_still_reads(byline, authors):
    assert read(byline).authors == authors


def page_with(footer):
    return parse(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, footer), fmt="text")


def test_a_bank_account_is_no_author():
    # a donation box's account line: a word with digits is no name's
    footer = ["Support our work", "Stichting Harbor Watch", "IBAN NL45RABO0105881341EUR", "Privacy Policy"]
    assert page_with(footer).authors == []


def test_a_publishing_company_is_no_author():
    # a footer's owner that opens with a given name ("Paul Parey Zeitschriftenverlag GmbH"): a company
    assert page_with(["Impressum", "Datenschutz", "© 2022 Paul Kestrel Zeitschriftenverlag GmbH - KZ"]).authors == []
    # a personal site's owner in its copyright line is still its author
    assert page_with(["Privacy", "© 2022 Jo Lee"]).authors == ["Jo Lee"]


# The final read's cases (a reviewer's made-up lines): a word's own prefix before a date label is no name, and a
# time glued to a name in capitals is cut from it.
@pytest.mark.parametrize("line", [
    "By Popular Demand Republished: Our 2019 Island Guide",
    "BY POPULAR DEMAND REPUBLISHED: OUR ISLAND GUIDE",
    "By Special Request Reposted: The Night Boat Timetable",
])
def test_a_word_opening_with_a_date_label_is_no_byline(line):
    # a subheading inside the story, under the story's own byline: still heard, and no author
    text = page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz | June 3, 2024"],
                STORY[:2] + [line] + STORY[2:], ["Privacy Policy"])
    assert line in narrated(text)
    assert parse(text, fmt="text").authors == ["Ana Ruiz"]


@pytest.mark.parametrize("line", ["By Royal Appointment Republished: The Court Circular",
                                  "Von Jo Lee Unveröffentlicht: die Briefe"])
def test_a_word_opening_with_a_date_label_makes_no_author(line):
    assert not any(a.endswith((" Re", " Un")) for a in read(line).authors)


@pytest.mark.parametrize("byline, authors", [
    ("JO LEE12 HOURS AGO", ["Jo Lee"]),
    ("ANA RUIZ3 MIN READ", ["Ana Ruiz"]),
    ("BY JO LEELAST UPDATED: JUN 25, 2025", ["Jo Lee"]),
    ("Door Jo LeeGepubliceerd: 3 juni 2024", ["Jo Lee"]),
])
def test_a_time_or_label_glued_in_other_shapes(byline, authors):
    assert read(byline).authors == authors


def test_a_handle_glued_to_the_next_author_still_splits_them():
    assert read("By Ana Ruiz@anaruiz28Jo Lee").authors == ["Ana Ruiz", "Jo Lee"]
