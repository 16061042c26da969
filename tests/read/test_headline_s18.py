"""The headline in flattened text, session 18 (read/masthead.py): a line the page prints three
times or more is the site's name, never climbed to from the headline. Made-up page."""

from audioed.read import parse
from flat_page import STORY, page

SITE = "The Harbor Review"
MENU = ["LATEST", "CITY", "ISLANDS", "OPINION", "PODCASTS"]


def test_the_site_name_in_every_menu_is_not_the_headline_over_its_credit():
    # the site's name heads each of the page's three menus; the writer's credit sits straight under
    # the last, over the headline (credit-first mastheads): the headline is still the line under the credit
    head = "Ferry Crossings to Double After Harbor Vote"
    text = page(["Skip Navigation", SITE], MENU, [SITE, SITE], MENU, [SITE, "Jo Lee/June 3, 2024", head,
                "The island's boats were full before the second pier.", "Harbor Commission"], STORY)
    assert parse(text, fmt="text").title == head
    # a headline the page prints twice (its breadcrumb's end and over the story) is still taken
    twice = page([SITE], MENU, ["Home", "City", head, head, "Jo Lee/June 3, 2024"], STORY)
    assert parse(twice, fmt="text").title == head
