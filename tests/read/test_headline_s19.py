"""The headline in flattened text, session 19 (branch fhead12, read/masthead.py): the headline over
its dek under the page's menu, and a teaser list between a teaser and the headline. Made-up page."""

from audioed.read import parse
from flat_page import STORY, TITLE, page

MENU = ["Home", "News", "Sports", "Weather", "Island News"]


def test_the_line_over_the_dek_under_the_menu_is_the_headline():
    # the dek paraphrases the story and outscores the headline, which shares few of its words;
    # the byline and the date hang from the dek
    head = "Why the island finally gets its boats after three years of waiting"
    dek = "Harbor commission votes to double the ferry crossings, ending a dispute that divided the waterfront"
    text = page(MENU, [head, dek, "By Jo Lee", "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == head
    # a short headline over a longer line is not climbed from (a kicker, a site's tagline)
    short = page(MENU, ["Island boats", TITLE, "By Jo Lee", "June 3, 2024"], STORY)
    assert parse(short, fmt="text").title == TITLE


def test_a_teaser_over_a_teaser_list_is_not_climbed_to():
    # three other stories' headlines over the headline, the first sharing some of the story's words:
    # a standfirst follows its headline with at most a credit or a caption between, never a list
    teasers = ["Ferry Fares to Stay Level Next Year", "Lighthouse Concert Moved to Saturday Night",
               "Storm Closes the Beach Road for Two Weeks of Repairs"]
    text = page(MENU, teasers + [TITLE, "EXCLUSIVE", "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == TITLE
