"""Bylines on the traf pages' shapes of session 16: the author box's link to the writer's other
posts, a name then the label "Author", a city between two writers, a section label before "by",
a list's header over the first teaser's credit. Made-up pages and lines."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line
from flat_page import STORY, page

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Anmelden"]
HEADLINE = "Fähre fährt ab Juni doppelt so oft zur Insel"


@pytest.mark.parametrize("box", [
    ["Teilen", "Alles von Jo Lee"],
    ["Weitere Artikel von Ana Ruiz", "Empfohlene Beiträge"],
    ["MEHR VON JO LEE"],
    ["More posts by Ana Ruiz"],
    ["Jo Lee", "Weitere Beiträge"],  # the name over the link
    ["Abgelegt in: Wohnen", "Jo Lee Autor"],  # the name, then the label
])
def test_the_author_boxs_link_to_the_writers_other_posts(box):
    text = page(MENU, [HEADLINE], STORY, box)
    assert parse(text, fmt="text").authors in (["Jo Lee"], ["Ana Ruiz"])


@pytest.mark.parametrize("box", [["More from The Bay Ledger"], ["Mehr von Hafenamt"], ["Kontakt", "Weitere Beiträge"]])
def test_a_link_to_an_outlets_posts_names_no_author(box):
    assert parse(page(MENU, [HEADLINE], STORY, box), fmt="text").authors == []


def test_a_city_between_two_writers_is_no_one():
    assert name_line("Jo Lee, London, Ana Ruiz", "19.10.2019, 23:38 Uhr") == ["Jo Lee", "Ana Ruiz"]
    assert name_line("Jo Lee, Ana Ruiz") == ["Jo Lee", "Ana Ruiz"]


@pytest.mark.parametrize("line, names", [
    ("Accueil | Par Léa Martin | 30 septembre 2018", ["Léa Martin"]),  # a breadcrumb's field before "par"
    ("Politik · von Jo Lee", ["Jo Lee"]),
    ("The ferry was late. | by Jo Lee", []),  # a sentence is no label
])
def test_a_section_label_before_by(line, names):
    assert by_line(line) == names


def test_the_first_teaser_under_a_lists_header_is_not_the_byline():
    text = page(MENU, [HEADLINE, "RECENT POSTS", "October 30, 2020 Kate Moss", "Ten Plants for a Dark Room",
                       "Read More", "October 28, 2020 Kate Moss", "Watering Ferns in Winter", "Read More"],
                STORY, ["About the Author - Ana Ruiz", "Hi! I grow lemons on my balcony."])
    assert parse(text, fmt="text").authors == ["Ana Ruiz"]
