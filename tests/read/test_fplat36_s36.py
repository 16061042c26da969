"""What a platform, a wire or a paywall prints into any page it serves is not narrated (session 36, fplat36:
read/cleanup.py `rights_notice`, `paywall_notice`, `ui_status`'s player notices, `interactive_embed`'s Instagram
frame; read/story.py's Substack comments header). Made-up story; docs/reading.md "Lines printed by a platform, a
wire or a paywall, session 36"."""

import pytest

from audioed.read import parse
from audioed.read.cleanup import classify
from audioed.read.prose import Context
from audioed.read.story import comments_header
from audioed.script import build_script

TITLE = "City votes to build a new ferry across the harbour"
STORY = [
    "The city council voted on Tuesday to run a new ferry across the harbour, ending three years of argument "
    "over the cost of the crossing.",
    "The first boats are due next spring, officials said, and fares will match the bus.",
    "Residents welcomed the decision, while critics warned about the cost to the city's budget.",
    "The harbour master said the crossing would take twelve minutes in good weather and twenty in a storm.",
]
# Lines a wire, a video player, Instagram's embed and a paywall print on pages of any publisher.
FURNITURE = {
    "This material may not be published, broadcast, rewritten or redistributed.": "chrome",
    "This material may not be reproduced, redistributed, or manipulated in any form.": "chrome",
    "You need the latest Flash player to view video content.": "chrome",
    "We apologize, but this video has failed to load.": "chrome",
    "This advertisement has not loaded yet, but your article continues below.": "chrome",
    "View this post on Instagram": "embed",
    "A post shared by Jo Lee (@jolee) on Apr 21, 2019 at 4:40am PDT": "embed",
    "Create an account or sign in to continue with your reading experience.": "promo",
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS": "promo",
    "To read this article in full you must be registered with the site.": "promo",
    "You've reached the 20 article limit.": "promo",
    "Already a subscriber?": "promo",
}


def _narrated(text: str) -> list[str]:
    script = build_script(parse(text, fmt="text"))
    return [line.text for _, line in script.lines() if line.role not in ("intro", "outro")]


def test_a_paywall_box_and_a_player_notice_inside_the_story_are_not_narrated():
    lines = ["Create an account or sign in to continue with your reading experience.", "Already a subscriber?",
             "We apologize, but this video has failed to load."]
    text = "\n\n".join([TITLE, STORY[0], STORY[1], *lines, STORY[2], STORY[3]]) + "\n"
    heard = _narrated(text)
    assert not any(x in h for x in lines for h in heard)
    assert all(any(s in h for h in heard) for s in STORY)  # the story around them is whole


def test_a_wire_reprint_notice_under_the_story_is_not_narrated():
    notice = "This material may not be published, broadcast, rewritten or redistributed."
    heard = _narrated("\n\n".join([TITLE, *STORY, notice]) + "\n")
    assert not any(notice in h for h in heard)
    assert any(STORY[3] in h for h in heard)


def test_a_substack_thread_is_not_narrated():
    thread = ["Discussion about this post", "Jo Reader", "Great piece, thank you for writing about the ferry at last."]
    heard = _narrated("\n\n".join([TITLE, *STORY, *thread]) + "\n")
    assert not any(x in h for x in thread for h in heard)
    assert comments_header("Discussion about this post")


@pytest.mark.parametrize("text,kind", FURNITURE.items())
def test_platform_wire_and_paywall_lines_are_furniture(text, kind):
    assert classify(text, Context()) == kind


@pytest.mark.parametrize("text", [
    # the story's own sentences on the same words
    "The judge ruled that the photographs may not be published until the trial ends.",
    "Shumway is an open source replacement for the Adobe Flash Player, developed by Mozilla since 2012.",
    "Strava on Thursday announced a feature it is calling athlete intelligence, for subscribers only.",
    "Residents must register to access the county's vaccine portal.",
    "Register to vote by Oct. 5 to cast a ballot in the election.",
    "She posted a video of the rescue on Instagram, where it was viewed two million times.",
    "The material may not be published or broadcast, the judge ordered.",  # (an injunction names one or two verbs)
    "The content is available to subscribers of Netflix in the US.",
    "If you have reached your credit limit, call the bank before paying by card.",
    "Already a member of NATO, Finland sent troops to the exercise.",
])
def test_story_sentences_on_the_same_words_are_kept(text):
    assert classify(text, Context()) is None
