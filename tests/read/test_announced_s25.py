"""Session 25 (frows2): the lines a story's closing lead-in announces, with tighter guards. A lead-in that
sends the reader on ("Read about:") announces links, not the story's lines; rows that run on past the cap
with no end are a menu's; a widget's counted list and its heading, and a date line, end the rows.
(frows3: the pointer guard reads the lead-in's last sentence whole: an abbreviation inside it, "e.g.",
"z. B.", does not end it, so a pointer before the abbreviation still tells the lines under it are links.)"""

import pytest

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
SHARE = ["Share", "Share on Facebook", "Share on Twitter"]
FOOT = ["Privacy Policy", "Contact"]


@pytest.mark.parametrize("lead, links", [
    ("Want to know more about the people who run the island's boats? Read about:",
     ["Mara Lind, captain of the morning ferry", "Tom Alvez, engineer at the second pier",
      "Ines Kova, harbor master since 2009"]),
    # (frows3: "e.g." does not end the last sentence, so "visit" before it is still seen)
    ("If you plan a letter of your own, visit e.g. the harbor commission's pages, which list its members:",
     ["Mara Lind, chair of the commission", "Tom Alvez, member for the second pier",
      "Ines Kova, member for the island quay"]),
], ids=["pointer", "pointer_before_an_abbreviation"])
def test_a_pointer_to_other_pages_announces_nothing(lead, links):
    got = kinds(page(HEAD, STORY, MORE, [lead], links, SHARE, FOOT))
    assert all(got[t] != "paragraph" for t in links)


def test_rows_that_run_on_past_the_cap_are_not_heard():
    lead = "If the boats have made you curious about the islands, here are a few places to start with:"
    places = ["North Isle", "Gull Rock", "Seal Bay", "Old Lighthouse", "Pine Cove", "Salt Flats", "Ferry Point",
              "Cliff Walk", "Harbor Market", "Stone Beach", "Blue Lagoon"]
    got = kinds(page(HEAD, STORY, MORE, [lead], places, FOOT))
    assert all(got[t] != "paragraph" for t in places)


def test_a_counted_widget_and_its_heading_end_the_rows():
    lead = "From June the first crossings of the day leave the piers at the following times:"
    rows = ["Mainland pier 6:10 6:40 7:10", "Second pier 6:25 6:55 7:25", "Island quay 6:50 7:20 7:50"]
    widget = ["Operators", "Island Ferries (4)", "Harbor Lines (2)"]
    got = kinds(page(HEAD, STORY, MORE, [lead], rows, widget, FOOT))
    assert all(got[r] == "paragraph" for r in rows)
    assert all(got[w] != "paragraph" for w in widget)


def test_a_date_line_ends_the_rows():
    lead = "From June the first crossings of the day leave the piers at the following times:"
    rows = ["Mainland pier 6:10 6:40 7:10", "Second pier 6:25 6:55 7:25", "Island quay 6:50 7:20 7:50"]
    teasers = ["12 March 2021", "Island school gets a new roof", "14 March 2021", "Quay cafes open on Sundays"]
    got = kinds(page(HEAD, STORY, MORE, [lead], rows, teasers, FOOT))
    assert all(got[r] == "paragraph" for r in rows)
    assert all(got[t] != "paragraph" for t in teasers)
