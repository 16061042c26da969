"""Session 23 (fmid2): furniture set inside the story's run. A box of other stories' titles under a
header naming what other readers read ("Other People Are Reading", "Most Read Business Stories") is
not heard, the story on both sides of it is; such a line over the story's own prose stays."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]

BOX = [
    "Other People Are Reading",
    "Island Bakery Wins a Regional Prize for Its Rye Bread",
    "Council Weighs a New Parking Plan for the Old Quay",
]


def test_a_box_of_titles_under_what_others_read_is_not_heard():
    got = kinds(page(HEAD, STORY, BOX, MORE, FOOT))
    assert all(got[t] != "paragraph" for t in BOX)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_most_read_section_box_is_not_heard():
    box = ["Most Read Business Stories"] + BOX[1:]
    got = kinds(page(HEAD, STORY, box, MORE, FOOT))
    assert all(got[t] != "paragraph" for t in box[1:])
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_subheading_over_the_story_stays():
    sub = ["Trending in Ferry Traffic"]
    got = kinds(page(HEAD, STORY[:2], sub, STORY[2:], MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[sub[0]] != "chrome"
