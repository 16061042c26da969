"""An ad slot's "Article continues below", a player's "Anhören" and Google's "preferred source" appeal are not
narrated (session 36, fplat36b: read/cleanup.py `action_row`'s buttons and `reader_appeal`). Made-up story;
docs/reading.md "Lines printed by a platform, a wire or a paywall, session 36"."""

import pytest

from audioed.read import parse
from audioed.read.cleanup import classify
from audioed.read.prose import Context
from audioed.script import build_script

TITLE = "City votes to build a new ferry across the harbour"
STORY = [
    "The city council voted on Tuesday to run a new ferry across the harbour, ending three years of argument "
    "over the cost of the crossing.",
    "The first boats are due next spring, officials said, and fares will match the bus.",
    "Residents welcomed the decision, while critics warned about the cost to the city's budget.",
]
FURNITURE = {
    "Article continues below": "chrome",
    "Anhören": "chrome",
    "Artikel anhören": "chrome",
    "ENJOYED THIS STORY?": "promo",
    "Choose Daily Star as a 'Preferred Source' on Google News for quick access to the news you value.": "promo",
    "Add Newsweek as a preferred source on Google to see more of our trusted coverage when you search.": "promo",
    "Set Preferred Source": "promo",
}


def _narrated(text: str) -> list[str]:
    script = build_script(parse(text, fmt="text"))
    return [line.text for _, line in script.lines() if line.role not in ("intro", "outro")]


def test_an_ad_slot_label_and_a_preferred_source_appeal_are_not_narrated():
    slot = "Article continues below"
    appeal = ["ENJOYED THIS STORY?", "Choose The Harbour Times as a 'Preferred Source' on Google News."]
    text = "\n\n".join([TITLE, STORY[0], slot, STORY[1], STORY[2], *appeal]) + "\n"
    heard = _narrated(text)
    assert not any(x in h for x in [slot, *appeal] for h in heard)
    assert all(any(s in h for h in heard) for s in STORY)


@pytest.mark.parametrize("text,kind", FURNITURE.items())
def test_slot_player_and_appeal_lines_are_furniture(text, kind):
    assert classify(text, Context()) == kind


@pytest.mark.parametrize("text", [
    "The article continues below the chart, which shows rising prices.",
    "Sie können den Beitrag hier anhören.",
    "She enjoyed the story of her grandmother's escape.",
    "The agency is the preferred source of data for most economists.",
])
def test_story_sentences_on_the_same_words_are_kept(text):
    assert classify(text, Context()) is None
