"""Session 20 (fprec9): a writer's box after a flattened story is not read when its label is the known
author's name alone (read as "bio" before the box is seen) over a bio naming them; the story above is
read, and so are lines that only look alike."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Tags", "Ferries", "Harbor", "Privacy Policy", "Contact"]


def test_a_box_under_the_known_authors_name_is_not_read():
    bio = "Ana is the co-founder of a harbor history society and writes about ferries for the paper."
    got = kinds(page(HEAD, STORY, MORE, ["Author", "Ana Ruiz", bio], FOOT))
    assert got[bio] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_the_authors_name_over_the_storys_own_prose_is_read():
    # (a profile's subheading naming its writer, with most of the story's prose below it)
    line = "Ana is the co-founder of a harbor history society, and the ferries were her first story for the paper."
    got = kinds(page(HEAD, STORY[:1], ["Ana Ruiz", line], STORY[1:], MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[line] == "paragraph"
