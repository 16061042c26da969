"""A picture's caption closed by its toggle, as NPR's pages and its stations' print it: "... Chuck Burton/AP hide
caption", then "toggle caption", the credit alone, and the enlarged picture's caption and credit again. None of it is
heard, and names in the caption ("by Gabby Rivera and Joe Quinones", a comic's creators) are not the episode's
authors. The credit before the toggle may be any name ("Marvel Comics", "SpaceX"). Session 48 (branch ftoggle48,
the retry of session 47's ftoggle47): read/cleanup.py `toggled_caption`, read/furniture.py `mark_toggled_captions`.
Every page here is made up."""

from audioed.read import parse
from flat_page import MENU_AND_TITLE, MORE, STORY, narrated, page

CAPTION = "Commuters board the morning ferry at the second pier in March. Harbor Works Archive"
TOGGLED = [CAPTION + " hide caption", "toggle caption", "Harbor Works Archive",
           "Commuters board the morning ferry at the second pier in March.", "Harbor Works Archive"]


def heard(text):
    return " ".join(narrated(text))


def test_a_toggled_caption_in_the_story_is_not_heard():
    text = page(MENU_AND_TITLE, ["By Ana Ruiz"], STORY[:2], ["Enlarge this image"] + TOGGLED[:3], STORY[2:], MORE)
    assert "second pier in March" not in heard(text)
    assert STORY[2] in narrated(text)


def test_the_caption_printed_again_under_its_toggle_is_not_heard():
    text = page(MENU_AND_TITLE, ["By Ana Ruiz"], STORY[:2], ["Enlarge this image"] + TOGGLED, STORY[2:], MORE)
    got = narrated(text)
    assert "Harbor Works Archive" not in got
    assert not any("second pier in March" in line for line in got)
    assert STORY[2] in got and STORY[1] in got


def test_names_in_a_toggled_caption_are_not_the_authors():
    caption = ("Detail of the cover of Harbor Tales #2, by Gabby Rivera and Joe Quinones, starring the ferry's "
               "captain. Marvel Comics hide caption")
    text = page(MENU_AND_TITLE, ["April 8, 2017"], [caption, "toggle caption", "Marvel Comics"], STORY, MORE)
    article = parse(text, fmt="text")
    assert "Gabby Rivera" not in article.authors and "Joe Quinones" not in article.authors
    assert "Marvel Comics" not in narrated(text)


def test_the_lede_opening_as_the_caption_does_is_heard():
    # (the story's first paragraph repeats the caption's opening words and says more: only a line the caption
    # holds whole is its copy)
    caption = "The harbor commission voted on Tuesday. Jo Lee/Harbor Works hide caption"
    text = page(MENU_AND_TITLE, ["By Ana Ruiz"], [caption, "toggle caption"], STORY, MORE)
    assert STORY[0] in narrated(text)


def test_a_line_far_under_the_caption_that_names_its_credit_is_heard():
    # (the copy stands straight under the toggle: a heading further down that is the credit's name is the story's)
    caption = "Commuters board the morning ferry at the second pier in March. Island Ferries hide caption"
    text = page(MENU_AND_TITLE, ["By Ana Ruiz"], [caption, "toggle caption"], STORY, ["Island Ferries"], MORE)
    assert "Island Ferries" in narrated(text)
