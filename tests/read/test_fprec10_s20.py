"""Session 20 (fprec10): another story's teaser set into a flattened story is judged by its neighbours:
a box of titles each over its writer's credit alone ("Most Popular" / title / "By Jo Lee" / title /
"By Ana Ruiz") is not read; the story around it is, and so is a story's own single credit."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Tags", "Ferries", "Harbor", "Privacy Policy", "Contact"]
BOX = ["MOST POPULAR", "Seven Warm Islands to Escape the Winter", "By Jo Lee",
       "Inside the Lighthouse Keeper's Restored Cottage", "By Sam Park",
       "This Houseboat With a Rooftop Garden Is for Sale!", "By Mia Chen"]


def test_titles_each_over_a_credit_are_a_box_not_the_story():
    got = kinds(page(HEAD, STORY, BOX, MORE, FOOT))
    assert all(got[x] == "chrome" for x in BOX[:1] + BOX[1::2])
    assert all(got[x] != "paragraph" for x in BOX[2::2])
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_one_title_over_a_credit_inside_the_story_is_read():
    # (a subheading followed by one credit line is no list: one pair alone)
    sub = ["Island Shops Plan Longer Hours", "By Jo Lee"]
    got = kinds(page(HEAD, STORY, sub, MORE, FOOT))
    assert got["Island Shops Plan Longer Hours"] != "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)
