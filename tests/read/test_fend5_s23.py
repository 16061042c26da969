"""Session 23 (fend5): a blog's closing line that ends in an emoji or an emoticon instead of a stop is
the story's (its run and the tail rule that takes short labels after the story both read it as a
sentence); a short reaction with a smiley, or a label, is not one."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read.story import smiley_sentence

HEAD = MENU_AND_TITLE + ["Posted on 4 March 2021 by Ana"]
FOOT = ["Post Views: 1,204", "Share:", "Facebook", "Twitter", "Privacy Policy"]


def test_a_closing_line_ending_in_a_smiley_is_heard():
    close = "I will take the first boat on the new schedule, and I already look forward to it 😉"
    got = kinds(page(HEAD, STORY, MORE, [close], FOOT))
    assert got[close] == "paragraph"
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert all(got[f] != "paragraph" for f in FOOT)


def test_shapes():
    assert smiley_sentence("Man fühlt sich danach wie ein Held – und das gefällt mir 😉")
    assert smiley_sentence("Have you ever tried the early ferry in winter? :)")
    assert smiley_sentence("I used a little more on the left side than on the right ;-)")
    assert not smiley_sentence("Love it :)")  # a short reaction
    assert not smiley_sentence("Opening hours of the harbour office: 10:30")
    assert not smiley_sentence("Click here for the full timetable of the ferry ▶")
