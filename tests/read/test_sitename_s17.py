"""The site's name in flattened page text (read/sitename.py): session 17 (branch fsite2), a wrong
publisher is worse than none. Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TOP = [*MENU, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]


def test_a_bare_copyright_sign_before_a_name_is_a_pictures_credit_not_the_site():
    # a photographer's credit under a picture: no year, no "copyright", no rights reserved
    assert parse(page(TOP, STORY, ["© Marta Lindqvist", *FOOTER]), fmt="text").publisher is None
    # the footer's line with a year is the site's
    assert parse(page(TOP, STORY, ["© 2024 Tidewire", *FOOTER]), fmt="text").publisher == "Tidewire"
    # and so is a bare one closing the page
    assert parse(page(TOP, STORY, [*FOOTER, "© Tidewire"]), fmt="text").publisher == "Tidewire"


def test_a_name_that_only_ends_a_written_address_is_not_the_sites():
    # "harbormagazin.de" in a list of sister titles names no "Magazin"
    lines = ["Magazin", "More from our house: harbormagazin.de and anglerblatt.de", *FOOTER]
    assert parse(page(TOP, STORY, lines), fmt="text").publisher is None


def test_rights_reserved_in_german_marks_a_footer_and_a_name_holding_its_letters_does_not():
    # "Alle Rechte vorbehalten" (a page's own typo "Reche" too) is a footer's line however far up
    assert parse(page(TOP, STORY, ["© Tidewire - Alle Reche vorbehalten.", *FOOTER]), fmt="text").publisher == "Tidewire"
    # a photographer whose name holds "reche" is still a credit, no publisher
    assert parse(page(TOP, STORY, ["© Jo Brecher", *FOOTER]), fmt="text").publisher is None
