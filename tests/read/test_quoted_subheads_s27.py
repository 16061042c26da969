"""Quoted subheadings in flattened text (audioed/read/subheads.py, session 27, branch fchap27): news
pages title sections with a quotation („Größte Gefahr für USA“, Trump: "It is about many things");
two or more such lines between story paragraphs are the page's subheadings, one alone stays prose."""

from audioed.read import parse
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


def _headings(text):
    return [b.text for b in parse(text, fmt="text").blocks if b.kind == "heading"]


def test_two_quoted_title_lines_between_paragraphs_are_subheadings():
    first, second = "“A one-term promise”", 'Mayor Ruiz: "The Boats Will Run on Time"'
    text = page(HEAD, STORY[:2], [first], STORY[2:], [second], MORE)
    assert _headings(text) == [first, second]


def test_one_quoted_line_alone_or_a_quoted_sentence_stays_a_paragraph():
    once = "“A one-term promise”"
    got = kinds(page(HEAD, STORY[:2], [once], STORY[2:], MORE))
    assert got[once] == "paragraph"
    # a quoted sentence (its stop inside the marks) is prose, however many the page prints
    said, again = "“We will run the boats.”", "“We will not raise fares.”"
    got = kinds(page(HEAD, STORY[:2], [said], STORY[2:], [again], MORE))
    assert got[said] == got[again] == "paragraph"
