"""The site's name in flattened page text (read/sitename.py): session 28 (branch fsite28d), a place or section
written thrice with its own address once is no site when the page writes another address as its own inside a
line. Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "News", "Harborland", "Sports", "Opinion", "Subscribe", "Log In"]


def publisher(top, below):
    return parse(page([*MENU, *top, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"], STORY,
                      [*below, "Privacy Policy", "Terms of Use", "Harborland", "Contact"]), fmt="text").publisher


# a place in the menu, thrice, and its sister site's address once in a share label
SISTER = ["Share this story: Harborland.com", "Access articles from across Harborland with one account."]


def test_a_place_with_a_sister_address_is_not_the_site_when_the_page_writes_its_own():
    # the page writes its own address inside two lines ("Search tidewirepost.com"): not "Harborland"
    own = ["Search tidewirepost.com", "Our website tidewirepost.com is the place for the latest news."]
    assert publisher(["Harborland Today", "Harborland Weekend", *own], SISTER) != "Harborland"


def test_an_address_alone_on_its_lines_does_not_unseat_the_name():
    # another address only as a link alone on its lines (a sister company's "realtor.com" in header and
    # footer) is no proof that the page's own is elsewhere: the name read stays
    assert publisher(["Harborland Today", "Harborland Weekend", "realtyhub.com"], [*SISTER, "realtyhub.com"]) == "Harborland"
