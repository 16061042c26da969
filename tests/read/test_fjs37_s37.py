"""A page's JavaScript notice and its metadata labels are never the episode's title (session 37: read/cleanup.py
`ui_status` takes "You need to have javascript enabled ...", read/masthead.py `headline_like` refuses
read/headers.py `META_LABEL`'s "Location: ...", "Source: ...", "Published Date: ..."). Row 91 (fjs37);
docs/reading.md "Buttons a listener cannot press, session 37". (A made-up page with the notice and the labels
over its headline is titled right before the change too: on GN1's pages the learned run and headline scores put
the notice first, so the rules are tested here line by line.)"""

import pytest

from audioed.read.cleanup import classify
from audioed.read.masthead import headline_like
from audioed.read.prose import Context

LABELS = ["Published Date: 03 January 2008", "Source: Harbor News Service", "Location: The Harbor Newsdesk"]


@pytest.mark.parametrize("text", ["You need to have javascript enabled to view this page correctly",
                                  "You must have JavaScript enabled to use this form."])
def test_a_script_notice_is_furniture(text):
    assert classify(text, Context()) == "chrome"


@pytest.mark.parametrize("text", ["Users with JavaScript enabled were vulnerable to the exploit, researchers found.",
                                  "The attack works on any browser with JavaScript turned on.",
                                  "Only visitors who have JavaScript enabled saw the malicious ads."])
def test_a_story_about_javascript_stays(text):
    assert classify(text, Context()) is None


@pytest.mark.parametrize("text", LABELS + ["Posted on: March 3, 2021", "Filed under: Politics"])
def test_a_metadata_label_is_no_headline(text):
    assert not headline_like(text)


@pytest.mark.parametrize("text", ["Location, location: why the harbor matters", "Source of the Nile found again",
                                  "Location scouts flock to the harbor"])
def test_a_headline_with_the_same_words_stays_one(text):
    assert headline_like(text)
