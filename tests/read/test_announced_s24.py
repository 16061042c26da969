"""Session 24 (frows): the story's last paragraph ends on a colon and announces what follows: a table's
rows, a list of names, a quoted song set line by line. Those short lines are the story's and are heard,
up to the first line a rule knows (a link-list header) or the quotation's closing mark; the page's
lines after them stay unheard."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read import tail

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
TEASERS = ["More stories", "Island school gets a new roof", "Quay cafes open on Sundays", "Old ferry sold to museum"]
FOOT = ["Privacy Policy", "Contact"]


def test_the_rows_a_closing_lead_in_announces_are_heard():
    lead = "From June the first crossings of the day leave the piers at the following times:"
    rows = ["Mainland pier 6:10 6:40 7:10", "Second pier 6:25 6:55 7:25", "Island quay 6:50 7:20 7:50"]
    got = kinds(page(HEAD, STORY, MORE, [lead], rows, TEASERS, FOOT))
    assert got[lead] == "paragraph"
    assert all(got[r] == "paragraph" for r in rows)
    assert all(got[t] != "paragraph" for t in TEASERS + FOOT)


def test_a_quoted_song_ends_at_its_closing_mark():
    lead = "The chair closed the meeting with the last verse of an old harbor song:"
    song = ["\u201cRow out at dawn,", "Row home at night,", "The island waits", "With every light.\u201d"]
    after = ["This page", "Email this page", "Print this page"]
    got = kinds(page(HEAD, STORY, MORE, [lead], song, after, FOOT))
    assert all(got[s] == "paragraph" for s in song)
    assert all(got[a] != "paragraph" for a in after)


def test_a_label_ending_on_a_colon_announces_nothing():
    got = kinds(page(HEAD, STORY, MORE, ["Filed under:"], ["Harbor", "Ferries", "Island"], FOOT))
    assert all(got[t] != "paragraph" for t in ["Harbor", "Ferries", "Island"])
    # (on the page the label is the page's already; the lead-in's own test refuses it, a line of prose too)
    assert not tail._announces("Timetable from June:")


def test_a_forms_prompt_announces_nothing():
    prompt = "Fill in your details below or click an icon to log in:"
    fields = ["Email (required) (Address never made public)", "Name (required)", "Website"]
    got = kinds(page(HEAD, STORY, MORE, [prompt], fields, FOOT))
    assert all(got[f] != "paragraph" for f in fields)
    # (the prompt is the page's on its own too, and "click" a pointer: the form's guard, alone)
    assert not tail._announces("You must be logged in to write a few lines about the ferries:")


def test_a_lead_in_to_a_video_announces_nothing():
    assert not tail._announces("The harbor master explains the new timetable in this video from the pier:")
    assert tail._announces("The harbor master explains the new timetable in these lines from the pier:")
