"""Session 25 (frows3): the pointer guard of the announced rows (`tail._announces`) reads the lead-in's last
sentence whole: an abbreviation inside it ("e.g.", "z. B.") does not end it, so a pointer before the
abbreviation still tells that the lines under it are links to other pages."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
SHARE = ["Share", "Share on Facebook", "Share on Twitter"]
FOOT = ["Privacy Policy", "Contact"]


def test_a_pointer_before_an_abbreviation_announces_nothing():
    lead = "If you plan a letter of your own, visit e.g. the harbor commission's pages, which list its members:"
    links = ["Mara Lind, chair of the commission", "Tom Alvez, member for the second pier",
             "Ines Kova, member for the island quay"]
    got = kinds(page(HEAD, STORY, MORE, [lead], links, SHARE, FOOT))
    assert all(got[t] != "paragraph" for t in links)
