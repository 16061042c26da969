"""Session 20 (frun11): the story's run on a page with a listing. A note a shop prints word for word
in every product card (a tooltip, a disclaimer) is not prose of the page: the run finds the page's own
text above the cards, not the cards. A page whose prose is nearly all the same paragraph said over
keeps it (it is the page's text)."""

from flat_page import MENU_AND_TITLE, STORY, kinds, page

from audioed.read import shapes, story
from audioed.read.build import RawBlock

NOTE = ("Please note: these are minimum standards. Each region may set longer ageing times for its own "
        "wines, and a producer may age a wine longer than its label requires, so the times shown here "
        "are the least that a bottle of this grade has spent in the cellar before sale.")
WINES = [("Harbor Red 2016", "Young", "Made to be drunk in its first year, with little or no time in oak."),
         ("Quay Reserve 2014", "Aged", "Two years in the cellar at least, six months of them in oak casks."),
         ("Pier Grand 2010", "Long aged", "Five years in the cellar at least, one and a half of them in oak."),
         ("Ferry Crianza 2015", "Aged", "Two years in the cellar, one of them in small casks of French oak.")]


def card(name, grade, words):
    return [name, "Origin:", "Island Coast", "Grade:", grade, words, NOTE, "8.25 €", "Add to basket"]


def test_a_note_in_every_card_is_not_the_story():
    cards = [line for wine in WINES for line in card(*wine)]
    raw = [RawBlock(t) for t in MENU_AND_TITLE + STORY[:3] + ["Sort by price", "Sort by name"] + cards]
    notes = [i for i, rb in enumerate(raw) if rb.text == NOTE]
    first, last = story.story_span(raw)
    assert raw[first].text == STORY[0]
    assert last < notes[1]  # the run stops in the first card: the others are the listing's
    got = kinds(page(MENU_AND_TITLE, STORY[:3], ["Sort by price", "Sort by name"], cards))
    assert all(got[p] == "paragraph" for p in STORY[:3])


def test_copies_that_are_the_page_are_kept():
    filler = [RawBlock(NOTE), RawBlock("Section two"), RawBlock(NOTE), RawBlock(NOTE)]
    assert shapes.repeated_notes(filler, [40.0, -12.0, 40.0, 40.0]) == []
    cards = [RawBlock(STORY[0])] + [RawBlock(t) for t in ("Origin:", NOTE, "Price:", NOTE, "Price:", NOTE)]
    assert shapes.repeated_notes(cards, [27.0, 0.0, 40.0, 0.0, 40.0, 0.0, 40.0]) == [4, 6]
