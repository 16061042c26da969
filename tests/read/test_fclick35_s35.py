"""A line that sends the reader to click is not narrated (session 35, fclick35: read/cleanup.py `action_row`): one
sentence opening "Click here" is a link's label whatever follows ("Click here to bet on football with Sky Bet!"),
and a listener cannot click. Made-up story; docs/reading.md "A line sending the reader to click, session 35"."""

import pytest

from flat_page import narrated

from audioed.read.cleanup import action_row

TITLE = "City votes to build a new ferry across the harbour"
STORY = [
    "The city council voted on Tuesday to run a new ferry across the harbour, ending three years of argument "
    "over the cost of the crossing.",
    "The first boats are due next spring, officials said, and fares will match the bus.",
    "Residents welcomed the decision, while critics warned about the cost to the city's budget.",
]
CLICKS = ["Click here to get City News headlines on your Facebook profile.", "Click here for our special Transfer Centre!"]


def test_a_click_here_line_between_paragraphs_is_not_narrated():
    text = "\n\n".join([TITLE, STORY[0], CLICKS[0], STORY[1], CLICKS[1], STORY[2]]) + "\n"
    heard = narrated(text)
    assert not any(c in h for c in CLICKS for h in heard)
    assert all(any(s in h for h in heard) for s in STORY)  # the story around them is whole


@pytest.mark.parametrize("text", CLICKS + ["Click here to bypass this detection if you already have the latest "
                                           "Flash Player."])
def test_one_sentence_opening_click_here_is_an_action_row(text):
    assert action_row(text, None)


@pytest.mark.parametrize("text", [
    # the story's own sentences about clicking, and a how-to's step of more than one sentence
    "Users click on the president's face to punch him with tiny kitten paws.",
    "Click here to download it. You must sign in first.",  # (14 words or fewer, as every action row)
    "Clicking here and there, she found the file within minutes.",
])
def test_sentences_about_clicking_are_kept(text):
    assert not action_row(text, None)
