"""Session 16 (fteaser): teaser cards with no header above them, each a title with its date or its
byline, in a row in or after a flattened story, are not read (audioed/read/cards.py). The story's own
lists (questions and answers, numbered items) are read."""

import pytest

from audioed.read import cards
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page


@pytest.fixture(autouse=True)
def cards_on(monkeypatch):
    # the rule is off on main (it moved no devb snippet); these tests keep its shape checked
    monkeypatch.setattr(cards, "ON", True)


HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
DATED_CARDS = [
    "12.11.2021 Artikel", "Island Ferry Pier Reopens After Winter Repairs",
    "The pier at the north landing was closed for four months while its pilings were replaced.",
    "04.11.2021 Artikel", "Harbor Board Names New Chair",
    "The board chose its longest-serving member to lead it through the schedule review.",
    "28.10.2021 Artikel", "Fishing Fleet Counts Its Best Season in a Decade",
    "Catches rose by a third, the fishermen's association said.",
]
BYLINED_CARDS = [
    "Seven Quiet Beaches for a Winter Weekend", "Von Lena Hartmann",
    "Inside the Lighthouse Keeper's Restored Cottage", "Von Jonas Weber",
    "This Old Boathouse Is Now for Sale!", "Von Marie Keller",
]


def test_dated_cards_set_into_the_story_are_not_read():
    got = kinds(page(HEAD, STORY, DATED_CARDS, MORE))
    # (the last card, its blurb right above the story's next paragraph, is a subheading's shape: read)
    assert all(got[c] == "chrome" for c in DATED_CARDS[:6])
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_bylined_cards_set_into_the_story_are_not_read():
    got = kinds(page(HEAD, STORY, BYLINED_CARDS, MORE))
    # (a title and byline right above two paragraphs is a story's own head: the last card is read)
    assert all(got[c] == "chrome" for c in BYLINED_CARDS[:4])
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_the_story_questions_and_answers_are_read():
    qa = ["Why did the commission wait three years?",
          "It wanted a full count of passengers at every pier before it asked the island to pay for more boats.",
          "Will the fares change next year?",
          "Not this year, the chair said, though fuel costs could force a rise in the autumn.",
          "What happens to the old boats?",
          "Two will be kept as spares for the winter, when storms take a boat out of service every few weeks."]
    got = kinds(page(HEAD, STORY, qa, MORE))
    assert all(got[p] == "paragraph" for p in STORY + qa + MORE)
