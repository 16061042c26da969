"""A line asking something of the reader is no headline shape (session 30, fhead30: read/masthead.py
`headline_like`): a line opening with "please" (`_UI_LINE`: "Please support local business!" over a story's
headline) and a call to the reader (`_CALL`: "Make us your Homepage", "Become a news reporter, get your own
news page" as the text's first line). And benchmarks/title_replay.py's `record-gn1`
refuses L3S-GN1's held half. Made-up pages; docs/reading.md "Furniture lines taken for the headline,
session 30"."""

import sys
from pathlib import Path

import pytest

from audioed.read import parse
from audioed.read.masthead import _CALL, headline_like
from flat_page import STORY, TITLE, page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import title_replay  # noqa: E402

CREDITS = ["Staff and agencies", "22 January, 2008", "By ANA RUIZ, Associated Press Writer 59 minutes ago"]


def test_an_appeal_straight_over_the_headline_is_not_taken():
    # The appeal shares the story's words and is shorter than the headline: without the rule the
    # headline climbs to it as to a kicker (and the text's first line reads as a pasted headline).
    text = page(["Please support the island ferry!", TITLE], CREDITS, STORY)
    assert parse(text, fmt="text").title == TITLE


def test_an_imperative_call_to_the_reader_on_the_first_line_is_not_the_headline():
    text = page(["Become a harbor reporter, get your own ferry page", "NEWS FRONTPAGE", "(0)", "South Asia",
                 TITLE, "2008-01-14 00:40:17"], STORY)
    assert parse(text, fmt="text").title == TITLE
    text = page(["Make us your Homepage | Add to Favorites", "Search Site",
                 "Posted at: 12/28/2007 06:23:34 PM", "By: Ana Ruiz", "Print Story Email to a Friend", TITLE], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_the_appeal_shapes():
    assert not headline_like("Please support local business!")
    assert not headline_like("Please enable JavaScript to read this page")
    for call in ("Make us your Homepage | Add to Favorites", "Become a NEWS REPORTER GET YOUR OWN NEWS PAGE",
                 "Join Us in Minneapolis for the Harbor Event!"):
        assert _CALL.match(call) and not headline_like(call)


def test_headlines_opening_with_a_verb_or_ending_with_a_bang_stay_headlines():
    # an imperative that speaks to no reader, the United States in capitals, a bang, "pleased"
    for head in ("Get Ready for Ferry Crossings to Double", "Make US Ferry Crossings Safer, Mayor Says",
                 "Move over Orkut, here comes India's BigAdda"):
        assert headline_like(head) and not _CALL.match(head)
    assert headline_like("Ferry Crossings Double!")
    assert headline_like("Pleased Harbor Commission Doubles Ferry Crossings")


def test_an_imperative_headline_straight_over_its_story_is_still_read():
    # (a blog's "Get your ... covered" over its post: no candidate, the text's first title-shaped line
    # still gives it)
    text = page(["Hi, I'm Ana.", "I write about boats."], ["Get your ferry crossings doubled after the harbor vote"],
                STORY)
    assert parse(text, fmt="text").title == "Get your ferry crossings doubled after the harbor vote"


@pytest.mark.parametrize("half", ["test", "b", ""])
def test_record_gn1_refuses_the_held_half(tmp_path, half):
    with pytest.raises(SystemExit):
        title_replay.record_gn1(tmp_path, tmp_path, tmp_path / "c.pkl", half)
    assert not (tmp_path / "c.pkl").exists()
