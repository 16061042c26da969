"""The site's name in flattened page text (read/sitename.py): session 18 (branch fsite3), an address
written once is not the site's own by itself. Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TOP = [*MENU, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]
SISTERS = ["Our other titles", "Anglerblatt", "Anglerblatt.de", "Kutterwelt", "Reiterhof Heute"]


def publisher(*parts):
    return parse(page(*parts), fmt="text").publisher


def test_an_address_written_once_in_a_list_is_a_sister_titles():
    # a list of the house's other titles: "Anglerblatt" alone and its address once name no site
    assert publisher(TOP, STORY, [*SISTERS, *FOOTER, "Newsletter"]) is None
    # the site's own address is written again (the imprint's e-mail), or signs the copyright line
    assert publisher(TOP, STORY, [*SISTERS, "Write to redaktion@anglerblatt.de", *FOOTER]) == "Anglerblatt"
    assert publisher(TOP, STORY, [*SISTERS, *FOOTER, "© Anglerblatt.de"]) == "Anglerblatt"


def test_an_address_written_once_says_whose_it_is_by_its_place():
    # alone on the page's last line, or after "on" ("Trending now on tidewire.com"), it is the site's
    assert publisher(TOP, STORY, [*FOOTER, "Tidewire", "tidewire.com"]) == "Tidewire"
    assert publisher(TOP, STORY, ["Tidewire", "Trending now on tidewire.com", *FOOTER]) == "Tidewire"
    # a link to a page of another site ("Timetables are at harborboats.com/ferry") is that site's
    assert publisher(TOP, STORY, ["Harborboats", "Timetables are at harborboats.com/ferry", *FOOTER]) is None


def test_an_address_written_once_backs_a_name_the_page_writes_often():
    # "Tidewire" alone on three lines around the story, its address once in a sentence
    lines = ["Whitelist tidewire.com in your ad blocker", "Tidewire", *FOOTER, "Tidewire"]
    assert publisher(["Tidewire", *TOP], STORY, lines) == "Tidewire"
    # a name written once beside it is not backed: "Kutterwelt" alone, "kutterwelt.de" in a sentence
    assert publisher(TOP, STORY, ["Kutterwelt", "Angeln lernen bei kutterwelt.de", *FOOTER]) is None
