"""Session 25 (frows3): a short label right under the story's last paragraph ("Adresse:", "Address:") over a few
rows that end within reach is the story's closing sheet (a venue's address in a guide); labels the page's own
boxes print under every story (contact, credits, recommendations, tags) announce nothing."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
SHARE = ["Share", "Share on Facebook", "Share on Twitter"]
FOOT = ["Privacy Policy", "Contact"]
ROWS = ["Harbor Ferry Terminal", "12 Quay Street", "Island Bay 4410"]


def test_a_label_under_the_story_over_an_address_is_heard():
    got = kinds(page(HEAD, STORY, MORE, ["Address:"], ROWS, SHARE, FOOT))
    assert got["Address:"] == "paragraph"
    assert all(got[r] == "paragraph" for r in ROWS)
    assert all(got[s] != "paragraph" for s in SHARE)


def test_a_page_box_label_announces_nothing():
    for label in ("Press contact:", "Editors' Recommendations:", "Photo credits:"):
        got = kinds(page(HEAD, STORY, MORE, [label], ROWS, SHARE, FOOT))
        assert all(got[r] != "paragraph" for r in ROWS), label


def test_a_label_over_rows_without_an_end_in_reach_is_not_heard():
    rows = ["North Isle", "Gull Rock", "Seal Bay", "Old Lighthouse", "Pine Cove", "Salt Flats", "Ferry Point",
            "Cliff Walk", "Harbor Market", "Stone Beach", "Blue Lagoon"]
    got = kinds(page(HEAD, STORY, MORE, ["Stops:"], rows, FOOT))
    assert all(got[r] != "paragraph" for r in rows)
