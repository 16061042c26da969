"""Review 13 fixes to the session-13 headline rules (read/masthead.py under_page_header, the
no-score fallback, _credited_pair; read/headline_credit.py minutes, _BY_LABEL). Made-up pages."""

from audioed.read import parse
from audioed.read.headline_credit import credit_line, minutes
from flat_page import MORE, STORY, TITLE, page

MENU = ["Menu", "Home", "Local", "Sport", "Opinion"]
SUB = "Harbor commission votes to double the island ferry crossings from June"


def _title(text):
    return parse(text, fmt="text").title


def test_a_pasted_storys_headline_keeps_over_its_standfirst():
    # share buttons, a tag row or the credits between a pasted story's headline and its standfirst
    # are no page menu: the first line stays the headline
    for row in (["Share", "Tweet", "Email"], ["Ferries", "Harbor", "Island"],
                ["Jo Lee", "Staff writer", "Photo: Ann Park"]):
        assert _title(page([TITLE, *row, SUB], STORY + MORE)) == TITLE


def test_a_headline_holding_a_date_is_no_date_line_to_skip():
    head = "Ferry crossings double from 01.06.2024"
    assert _title(page(MENU, [head, "By Jo Lee", "June 3, 2024"], STORY + MORE)) == head


def test_a_two_word_kicker_over_the_headline_is_not_the_headline():
    assert _title(page(MENU, ["Harbor Politics", "June 3, 2024", "Share this article"], [TITLE], STORY + MORE)) \
        == TITLE
    assert _title(page(MENU, ["Island Ferries", "Sponsored by", "Harbor Bank"], [TITLE], STORY + MORE)) == TITLE


def test_sponsor_sort_and_filter_labels_are_no_byline_labels():
    for label in ("Sponsored by", "Powered by", "Sort by", "Filter by:", "Next door"):
        assert not credit_line(label), label
    for label in ("By", "By:", "Article by", "Written by", "Von", "Door", "Av", "Par"):
        assert credit_line(label), label


def test_a_count_of_ministers_is_no_reading_time():
    assert not minutes("3 ministers quit over ferry deal")
    assert not minutes("2 Minions ride the ferry")
    for t in ("5 min read", "Lesedauer: 8 Min.", "5 Minuten Lesezeit", "Estimated reading time: 6 minutes", "4 mins"):
        assert minutes(t), t
    head = "3 ministers quit over ferry vote"
    assert _title(page(MENU, ["Island Ferries", head], STORY + MORE)) == head
