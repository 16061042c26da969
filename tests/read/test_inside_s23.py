"""Session 23 (fmid2): furniture set inside the story's run. Another story's headline printed in
capitals as a link between the story's paragraphs (eight words or more, no sentence) is not heard; a
subheading in capitals, shorter, is, and so is the story around both. A sentence leading into a list or
code ("... looks like this:") is heard: it is not the blog's like button."""

from audioed.read.cleanup import action_row
from audioed.read.prose import Context
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]


def test_another_storys_headline_in_capitals_is_not_heard():
    link = "ISLAND BAKERY WINS A REGIONAL PRIZE FOR ITS RYE BREAD AFTER TEN YEARS"
    sub = "WHAT THE NEW SCHEDULE MEANS"
    got = kinds(page(HEAD, STORY[:2], [link], STORY[2:], [sub], MORE, FOOT))
    assert got[link] not in ("paragraph", "heading")
    assert got[sub] in ("paragraph", "heading")
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_sentence_in_capitals_is_heard():
    shout = "THE HARBOR COMMISSION SAYS THE NEW BOATS WILL RUN EVERY HALF HOUR FROM JUNE."
    got = kinds(page(HEAD, STORY[:2], [shout], STORY[2:], MORE, FOOT))
    assert got[shout] == "paragraph"


def test_a_lead_in_closing_on_like_this_is_heard():
    lead = "On a weekday the new timetable looks like this:"
    rows = ["First boat at six, then every half hour until nine in the morning.",
            "Every hour from nine until four, and every half hour again until the last boat at ten."]
    got = kinds(page(HEAD, STORY, [lead], rows, MORE, FOOT))
    assert got[lead] == "paragraph"
    assert all(got[p] == "paragraph" for p in STORY + rows + MORE)


def test_the_blog_like_button_is_not_heard():
    got = kinds(page(HEAD, STORY, MORE, ["Like this:", "%d bloggers like this:"], FOOT))
    assert got["%d bloggers like this:"] != "paragraph"
    # (the rule itself, as other rules cut the line on this page too)
    assert action_row("%d bloggers like this:", Context()) and action_row("Like this:", Context())
    assert not action_row("On a weekday the new timetable looks like this:", Context())
