"""The headline in flattened text, session 20 (branch fhead13, read/masthead.py and build._mark_title):
a headline-shaped first line that shares a word of the story but fewer than the headline found over
the story is the site's tagline or a section's label, not a pasted story's headline. Made-up page."""

from audioed.read import parse
from flat_page import STORY, TITLE, page

MENU = ["Home", "News", "Sports", "Weather", "Island News"]


def test_a_tagline_first_line_sharing_a_word_gives_way_to_the_headline():
    # the magazine's tagline opens the text and shares "harbor" with the story; the headline over
    # the story shares more of its words, with no credit under it
    tagline = "THE WEEKLY MAGAZINE FOR TOWNS ON THE HARBOR"
    text = page([tagline], MENU, [TITLE], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_a_pasted_story_keeps_its_first_line():
    # no menu: the text is the story pasted on its own, its first line the headline
    text = page([TITLE], ["Commission votes on the island's boats"], STORY)
    assert parse(text, fmt="text").title == TITLE
