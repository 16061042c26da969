"""Session 20 (fprec9): a writer's box after a flattened story is not read when its label is the known
author's name alone (read as "bio" before the box is seen) over a bio naming them; the story above is
read, and so are lines that only look alike. Tried, not kept (reverted): a label counting the writer's
pieces ("Über Jane Doe 257 Artikel") and a role line under the author's name ("Acme.com Redakteur")."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Tags", "Ferries", "Harbor", "Privacy Policy", "Contact"]
CARDS = [
    "12.01.2022 - Harbor News: The old quay's cafes want Sunday boats. Shop owners asked the commission for a "
    "later crossing on weekends, and the board said it would look at the request in the spring.",
    "03.12.2021 - Harbor News: Fuel costs weigh on the ferry budget. The commission said a rise in fares could "
    "come in the autumn if prices keep climbing through the winter months.",
]
BIO = ("Ana has covered the waterfront since 2015 and wrote a book about the island's ferries; before that "
       "she worked for a radio station on the mainland.")


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


def test_a_box_counting_the_writers_pieces_is_not_read():
    label, bio = "Über Ana Ruiz 257 Artikel", "Seit 2010 als Journalistin tätig, schreibt über Häfen und Fähren."
    got = kinds(page(HEAD, STORY, MORE, [label, bio], FOOT))
    assert got[label] == "chrome" and got[bio] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_role_under_the_authors_name_is_not_read():
    role = "Harbor Herald Reporter"
    got = kinds(page(HEAD, STORY, MORE, ["Ana Ruiz", role, "Weitere Inhalte:"], CARDS, FOOT))
    assert got[role] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_role_and_bio_under_the_authors_name_are_not_read():
    role = "Harbor Herald Reporter"
    got = kinds(page(HEAD, STORY, MORE, ["Ana Ruiz", role, BIO], FOOT))
    assert got[role] == "chrome" and got[BIO] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_name_and_role_above_most_of_the_story_are_read():
    # (a quoted official's name and title set over the story's prose: the story goes on below)
    role = "Harbor Herald Reporter"
    got = kinds(page(HEAD, STORY[:1], ["Ana Ruiz", role], STORY[1:], MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[role] != "chrome"


def test_a_count_in_a_subheading_is_no_box():
    line = "About 257 articles"
    got = kinds(page(HEAD, STORY, MORE[:2], [line], MORE[2:], FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
