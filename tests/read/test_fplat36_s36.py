"""What a platform, a wire or a paywall prints into any page it serves is not narrated (session 36: read/cleanup.py
`rights_notice`, `paywall_notice`, `player_notice`, `interactive_embed`'s Instagram frame, `action_row`'s ad slot
and player buttons, `reader_appeal`'s "preferred source"; read/story.py's Substack comments header). Rows 87
(fplat36) and 88 (fplat36b); docs/reading.md "Lines printed by a platform, a wire or a paywall, session 36"."""

import pytest

from flat_page import STORY, TITLE, narrated, page

from audioed.read.cleanup import classify
from audioed.read.prose import Context
from audioed.read.story import comments_header

# Lines a wire, a video player, Instagram's embed, an ad slot and a paywall print on pages of any publisher.
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
    # row 88
    "Article continues below": "chrome",
    "Anhören": "chrome",
    "Artikel anhören": "chrome",
    "ENJOYED THIS STORY?": "promo",
    "Choose Daily Star as a 'Preferred Source' on Google News for quick access to the news you value.": "promo",
    "Add Newsweek as a preferred source on Google to see more of our trusted coverage when you search.": "promo",
    "Set Preferred Source": "promo",
}


def test_a_paywall_box_a_player_notice_and_an_ad_slot_inside_the_story_are_not_narrated():
    lines = ["Create an account or sign in to continue with your reading experience.", "Already a subscriber?",
             "We apologize, but this video has failed to load.", "Article continues below"]
    heard = narrated(page([TITLE], STORY[:2], lines, STORY[2:]))
    assert not any(x in h for x in lines for h in heard)
    assert all(any(s in h for h in heard) for s in STORY)  # the story around them is whole


def test_a_wire_reprint_notice_and_an_appeal_under_the_story_are_not_narrated():
    after = ["This material may not be published, broadcast, rewritten or redistributed.", "ENJOYED THIS STORY?",
             "Choose The Harbor Times as a 'Preferred Source' on Google News."]
    heard = narrated(page([TITLE], STORY, after))
    assert not any(x in h for x in after for h in heard)
    assert any(STORY[-1] in h for h in heard)


def test_a_substack_thread_is_not_narrated():
    thread = ["Discussion about this post", "Jo Reader", "Great piece, thank you for writing about the ferry at last."]
    heard = narrated(page([TITLE], STORY, thread))
    assert not any(x in h for x in thread for h in heard)
    assert comments_header("Discussion about this post")


@pytest.mark.parametrize("text,kind", FURNITURE.items())
def test_platform_wire_and_paywall_lines_are_furniture(text, kind):
    assert classify(text, Context()) == kind


@pytest.mark.parametrize("text", [
    # the story's own sentences on the same words
    "The judge ruled that the photographs may not be published until the trial ends.",
    "The material may not be published or broadcast, the judge ordered.",  # (an injunction names one or two verbs)
    "Shumway is an open source replacement for the Adobe Flash Player, developed by Mozilla since 2012.",
    "Strava on Thursday announced a feature it is calling athlete intelligence, for subscribers only.",
    "The content is available to subscribers of Netflix in the US.",
    "If you have reached your credit limit, call the bank before paying by card.",
    "Already a member of NATO, Finland sent troops to the exercise.",
    "Residents must register to access the county's vaccine portal.",
    "Register to vote by Oct. 5 to cast a ballot in the election.",
    "She posted a video of the rescue on Instagram, where it was viewed two million times.",
    "The article continues below the chart, which shows rising prices.",
    "Sie können den Beitrag hier anhören.",
    "She enjoyed the story of her grandmother's escape.",
    "The agency is the preferred source of data for most economists.",
])
def test_story_sentences_on_the_same_words_are_kept(text):
    assert classify(text, Context()) is None
