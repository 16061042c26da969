"""A rating widget's lines under a blog post (read/cleanup.py `rating_widget`, marked by `furniture.mark_buttons`):
session 42 (branch frate42). WordPress's rating plugins print the same lines under every post, and the listener
heard "Click on a star to rate it!". Every page here is made up."""

import pytest

from flat_page import MORE, STORY, TITLE, narrated, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
WIDGET = ["How useful was this post?", "Click on a star to rate it!", "Submit Rating",
          "Average rating 4.5 / 5. Vote count: 12", "No votes so far! Be the first to rate this post.",
          "We are sorry that this post was not useful for you!", "Let us improve this post!",
          "Tell us how we can improve this post?"]


def test_a_rating_widget_is_not_heard():
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY + MORE, WIDGET, ["Privacy Policy", "Contact"]))
    assert not set(WIDGET) & set(heard)
    assert all(p in heard for p in STORY + MORE)


@pytest.mark.parametrize("line", ["Click to rate this post!", "[Total: 3 Average: 4.7]", "(No Ratings Yet)"])
def test_other_plugins_lines_are_not_heard(line):
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY + MORE, [line], ["Privacy Policy", "Contact"]))
    assert line not in heard


@pytest.mark.parametrize("line", [
    "How useful was this post? Readers on the island answered in the hundreds, the commission said.",
    "Voters were asked to rate the ferry service; the average rating was 3.2 out of 5.",
    "Click on a star to rate it, the survey told commuters, and most chose one star.",
])
def test_a_story_line_about_ratings_is_heard(line):
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2] + [line] + STORY[2:] + MORE, ["Privacy Policy"]))
    assert line in heard
