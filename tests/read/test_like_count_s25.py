"""A like button's count with any noun ("5 users like this:") is the button, not a sentence's lead-in to what
follows (`cleanup._LIKE_COUNT`; session 23's `_LEAD_IN` knew only "bloggers", "blogger" and "people").
Made-up lines."""

from audioed.read.cleanup import action_row
from audioed.read.prose import Context


def test_a_like_buttons_count_of_users_is_the_button():
    for line in ("5 users like this:", "12 readers like this:", "1.2k fans like this:", "%d bloggers like this:"):
        assert action_row(line, Context()), line


def test_a_sentences_lead_in_to_what_follows_is_not_the_button():
    for line in ("On a weekday the new timetable looks like this:", "The two new routes look like this:",
                 "A request may look like this:"):
        assert not action_row(line, Context()), line
