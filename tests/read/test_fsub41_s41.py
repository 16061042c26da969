"""A newspaper's offer of online access to its print subscribers, printed between the story's paragraphs ("If you are
a Home delivery print subscriber, online access is included in your subscription. Activate your Online Access Now"),
was heard on a newspaper group's pages (session 41: cleanup.py `print_subscriber_offer`, marked by read/furniture.py
`mark_buttons` after the story's run is found). Row 102 (fsub41); docs/reading.md "A print subscriber's offer,
session 41". The pages here are made up in the offer's shape."""

import pytest

from audioed.read import cleanup
from tests.read.test_fperk40_s40 import STORY, _heard  # (session 40's made-up story and its script's lines)


@pytest.mark.parametrize("offer", [
    "If you are a Home delivery print subscriber, online access is included in your subscription. Activate your "
    "Online Access Now",
    "Print subscriber? Activate your digital access.",
])
def test_a_print_subscribers_offer_inside_the_story_is_not_heard(offer):
    heard = _heard([*STORY[:3], offer, *STORY[3:]])
    assert "subscriber" not in heard
    for line in STORY[1:]:
        assert line in heard


@pytest.mark.parametrize("line", [
    # a story about a newspaper's subscribers names no reader, or quotes
    "Print subscribers will lose online access in May.",
    "The paper's print subscribers have had digital access since 2019, the publisher said.",
    "Newspaper subscriptions fell as online access grew.",
])
def test_a_story_about_print_subscribers_is_no_offer(line):
    assert not cleanup.print_subscriber_offer(line)
    heard = _heard([*STORY[:3], line, *STORY[3:]])
    assert line in heard
