"""Bylines on templates the rules were not read from (session 12): writing verbs and author labels in
the languages pages are most often written in, European dates beside a name, a labelled byline at
the story's end, the author's box by its header. Made-up pages and lines."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line, stamp
from flat_page import MORE, STORY, TITLE, page

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Anmelden"]
HEADLINE = "Fähre fährt ab Juni doppelt so oft zur Insel"


@pytest.mark.parametrize("line, names", [
    ("Gepostet von Jo Lee | Wohnen", ["Jo Lee"]),
    ("Geschrieben vonAna Ruiz", ["Ana Ruiz"]),  # "von" glued to the name
    ("Artikel von Greta von Holm", ["Greta von Holm"]),
    ("Blog Beitrag von Ana Ruiz", ["Ana Ruiz"]),
    ("Veröffentlicht von Jo Lee", ["Jo Lee"]),
    ("Publié par Léa Martin", ["Léa Martin"]),
    ("Von Mat\u00adthi\u00adas Brenner", ["Matthias Brenner"]),  # soft hyphens
    ("Por Ana Ruiz aruiz@ledger.example", ["Ana Ruiz"]),  # an e-mail address after the name
    ("von Jo Lee Foto: © Hafenamt", ["Jo Lee"]),  # the picture's credit glued on
    ("Text & Fotos: Ana Ruiz", ["Ana Ruiz"]),
    ("Autor: Jo Lee", ["Jo Lee"]),
    ("03.05.2021 - Redaktion: Jo Lee (Pressesprecher)", ["Jo Lee"]),
    ("By Ana Ruiz@anaruiz28Jo Lee", ["Ana Ruiz", "Jo Lee"]),  # a handle glued to the next author
    ("by DANA C. WHITLOCK MAY 3, 2021 | 6:03 PM", ["Dana C. Whitlock"]),  # initials in a name in capitals
    ("By Jo Lee, KBAY News, New York", ["Jo Lee"]),  # a place after the outlet is no one
    ("Autoren Jo Lee und Ana Ruiz", ["Jo Lee", "Ana Ruiz"]),  # a label opening the line, no colon
    ("Author Jane Doe wrote the report", []),  # a sentence, not a label
    ("Author Stephen King Releases New Island Novel", []),  # a headline opening with "Author"
    ("Autorin Jo Lee, Redakteurin", ["Jo Lee"]),  # a role after the name
    ("Autor Jo Lee | 3. Juni 2024", ["Jo Lee"]),  # a date after a separator
])
def test_by_lines_in_more_languages_and_shapes(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line, names", [
    ("Jo Lee am 24. Januar 2022 um 15:47", ["Jo Lee"]),
    ("1. Februar 2022 , Ana Ruiz", ["Ana Ruiz"]),
    ("04.02.2022 | 13:10 Uhr | Ana Ruiz", ["Ana Ruiz"]),
    ("17/11/201917/11/2019 ~ Jo Lee", ["Jo Lee"]),  # published and updated, glued
    ("- Ana Ruiz", ["Ana Ruiz"]),  # a signature's dash
    ("Ana Ruiz Autorin", ["Ana Ruiz"]),  # a role after the name
])
def test_name_lines_with_european_dates_and_roles(line, names):
    assert name_line(line) == names


@pytest.mark.parametrize("line", ["2. Okt. 2022", "28. November 2022", "am Sonntag, 11.12.2022 - 05:00",
                                  "miércoles, 4 de mayo de 2022 07:59 hs", "30 septembre 2018"])
def test_european_dates_are_stamps(line):
    assert stamp(line)


def test_a_labelled_byline_at_the_storys_end():
    # the story's run reaches past it into a box under the story: the label says whose it is
    text = page(MENU, [HEADLINE], STORY + MORE[:2], ["Autor: Jo Lee"], MORE[2:])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_a_written_by_line_with_its_date_under_the_story():
    text = page(MENU, [HEADLINE], STORY, ["Written by Ana Ruiz, PhD on April 29, 2018", "Related stories"])
    assert parse(text, fmt="text").authors == ["Ana Ruiz"]


@pytest.mark.parametrize("label", ["Autor", "AUTOR/IN", "Autor*in", "Auteur"])
def test_an_author_label_alone_over_the_name_after_the_story(label):
    text = page(MENU, [HEADLINE], STORY, [label, "Jo Lee", "auf Whatsapp teilen"])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


@pytest.mark.parametrize("box", [["Über die Autorin:", "Ana Ruiz (37) ist Reporterin beim Hafenblatt."],
                                 ["About the Author - Jo Lee", "Hi! My name is Jo and I have been a plant junkie."],
                                 ["Über Jo Lee 257 Artikel", "Seit 2010 als Journalist tätig."]])
def test_the_authors_box_in_more_languages(box):
    assert parse(page(MENU, [HEADLINE], STORY, box), fmt="text").authors[:1] in (["Ana Ruiz"], ["Jo Lee"])


def test_a_date_over_a_name_alone_under_the_headline():
    # a blog's post line: date, writer, categories, then the story
    text = page(MENU, [TITLE, "25. Juli 2019", "Ana Ruiz", "Blogartikel, Verkehr"], STORY)
    assert parse(text, fmt="text").authors == ["Ana Ruiz"]


def test_a_dated_signature_under_the_story():
    text = page(MENU, [HEADLINE], STORY, ["28. November 2022", "- Jo Lee", "Teilen:"])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_a_name_in_the_dek_over_the_real_byline_is_not_the_author():
    # the dek names the story's subject; the byline under it has its own date
    text = page(MENU, [HEADLINE, "Dana Whitlock, peu estimée par le maire",
                       "Jo Lee | lundi 9 décembre 2019 à 09h08"],
                [STORY[0], "Dana Whitlock said the vote came too late.", *STORY[1:]])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_a_comment_by_someone_after_the_story_is_no_byline():
    # ("Kommentar von" alone over a name is an opinion piece's byline; on one line, a comment's header)
    text = page(MENU, [HEADLINE], STORY, ["Kommentar von Sam Green", "9. August 2013 um 11:53",
                                          "Endlich mehr Fähren."])
    assert parse(text, fmt="text").authors == []


def test_a_headline_opening_with_author_is_no_byline():
    headline = "Author Stephen King Releases New Island Novel"
    story = ["Stephen King has written a new novel set on a small island off the coast of Maine, his publisher "
             "said on Monday, and it will reach bookshops in the autumn after a long wait for his readers.",
             "King said in a statement that the island had been on his mind for years and that the ferry "
             "crossing from the mainland gave him the first scene of the book one grey winter morning.",
             "The publisher said the first printing would be large, and that an audiobook read by an actor "
             "from the region would follow a few weeks after the book itself went on sale across the country."]
    doc = parse(page(["Sections", "Home", "World News", "Business News", "Opinion Pages"],
                     [headline, "June 3, 2024"], story), fmt="text")
    assert doc.title == headline
    assert doc.authors == []
