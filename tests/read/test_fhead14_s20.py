"""The headline in flattened text, session 20 (branch fhead14, read/masthead.py): a section's label
naming two topics with an ampersand, printed in the menu and again over the date and the headline,
is no headline. Made-up pages."""

from audioed.read import parse
from flat_page import STORY, TITLE, page

GERMAN = [
    "Viele Genießer wissen, dass junge Rotweine von etwas Luft im Dekanter profitieren, und auch alte Weine "
    "gewinnen, wenn man ihnen vor dem Einschenken ein wenig Zeit lässt.",
    "Beim Dekantieren trennt man den Wein vom Depot, das sich in der Flasche über die Jahre gebildet hat, und "
    "der Wein kommt mit Sauerstoff in Berührung.",
    "Wie lange ein Wein im Dekanter bleiben sollte, hängt von seinem Alter und seiner Rebsorte ab, sagen die "
    "Sommeliers, die wir für diesen Beitrag gefragt haben.",
]


def test_a_section_pair_over_the_date_is_no_headline():
    # the label shares the story's words and the page prints it twice (menu and kicker), with the
    # date under it: it outscored the headline under the date
    menu = ["Home", "Harbor & Ferry", "Weather", "Opinion", "Contact"]
    text = page(menu, ["Harbor & Ferry", "June 3, 2024", TITLE], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_a_section_pair_in_capitals_over_a_german_headline():
    head = "Wein dekantieren: Alles Wissenswerte rund um einen besonderen Schritt"
    menu = ["Startseite", "Wein & Geschmack", "Reisen", "Rezepte", "Kontakt"]
    text = page(menu, ["WEIN & GESCHMACK", "14. Oktober 2021", head], GERMAN)
    assert parse(text, fmt="text").title == head


def test_a_headline_with_an_ampersand_and_more_words_stays():
    head = "Ferry & Harbor Crossings to Double After the Vote"
    text = page(["Home", "News", "Weather", "Opinion", "Contact"], [head, "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == head


def test_a_credited_headline_over_a_long_gallery_is_found():
    # the masthead (headline, byline) over a gallery's fifty captions-free counters, then the story:
    # further up than the usual reach, the headline with its byline straight under it is still the story's
    gallery = [f"Picture {k} of 50" for k in range(1, 51)]
    text = page(["Home", "News", "Weather", "Opinion", "Contact"], [TITLE, "By Jo Lee"], gallery, STORY)
    assert parse(text, fmt="text").title == TITLE
