"""Session 22 (fend4): a second piece under the story, in prose shaped like the story's own
(`tail.second_piece`, run after the learned story end): a related story's title over its date line
and opening is not heard; the story above it is, and so is a quotation's signature inside the story."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]

OTHER = [
    "Bridge Repairs Close the North Road for a Month",
    "March 4, 2021",
    "The county began repairs on the old bridge over the river on Monday, closing the north road to all "
    "traffic until the end of the month, the roads department said.",
    "Drivers are asked to take the coast road instead, which adds about twenty minutes to the trip.",
]


def test_a_related_story_under_its_title_and_date_is_not_heard():
    got = kinds(page(HEAD, STORY, MORE, OTHER, FOOT))
    assert all(got[t] != "paragraph" for t in OTHER)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_an_embedded_post_inside_the_story_stays():
    quote = ["The new boats are a big win for the island!", "— Ana Ruiz (@anaruiz) March 2, 2021"]
    got = kinds(page(HEAD, STORY, quote, MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
