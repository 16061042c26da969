"""Session 27 (branch fclean27): four defects session 26's review left in the reading rules. A longer site
name is read inside the best one word for word (`sitename._word_cuts`). Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Post Life", "Post News", "Opinion"]
RIGHTS = "© 2024 Post. All rights reserved."


def publisher(menu, footer):
    top = [*menu, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
    story = [*STORY[:2], "The commission told the Post that the boats are leased.", *STORY[2:]]
    return parse(page(top, story, footer), fmt="text").publisher


def test_a_longer_name_holds_the_best_one_word_for_word():
    # "Compost®" and "Postmark®" (a brand in a shop's line) are other words, not "Post" read in full
    assert publisher(MENU, ["Post News", "Compost® shop", RIGHTS, "Privacy Policy"]) == "Post"
    assert publisher(MENU, ["Post News", "Postmark® shop", RIGHTS, "Privacy Policy"]) == "Post"
    # a longer name holding "Post" as a word still reads whole
    assert publisher(MENU, ["Post News", "Post Tribune® shop", RIGHTS, "Privacy Policy"]).startswith("Post Tribune")
