"""The site's name in flattened page text (read/sitename.py): session 28 (branch fsite28), a name read in
full only from lines of its own, and never to its legal form. Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TOP = [*MENU, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]


def publisher(top, below):
    return parse(page([*MENU, *top, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"], STORY,
                      [*below, *FOOTER]), fmt="text").publisher


def test_a_teaser_printed_on_every_card_does_not_lengthen_the_name():
    # a series' teaser printed three times ("Tidewire Roundtable: ...") is one line, not the name in full
    teaser = "Tidewire Roundtable: which ferry routes should the city keep?"
    assert publisher(["About Tidewire"], [teaser, teaser, teaser, "© 2024 Tidewire. All rights reserved."]) \
        == "Tidewire"
    # the same word after the name on three lines of their own is the name in full
    lines = ["Tidewire Gazette on Facebook", "Tidewire Gazette on Instagram", "Tidewire Gazette app"]
    assert publisher(["About Tidewire"], [*lines, "© 2024 Tidewire. All rights reserved."]) == "Tidewire Gazette"


def test_a_name_is_not_read_to_its_legal_form():
    # "Kestrel Circle AG" three times: the company behind the site; the site's name is "Kestrel Circle"
    top = ["Kestrel Circle AG Veranstaltungen Blog Kontakt", "About Kestrel Circle"]
    below = ["Kestrel Circle AG", "Impressum der Kestrel Circle AG", "© Kestrel Circle AG 2020"]
    assert publisher(top, below) == "Kestrel Circle"
    # a longer name after the best one, not a legal form, is still the name ("Daily Kestrel"-like)
    top = ["Kestrel Circle Events Veranstaltungen Blog Kontakt", "About Kestrel Circle"]
    below = ["Kestrel Circle Events", "Impressum der Kestrel Circle Events", "© Kestrel Circle Events 2020"]
    assert publisher(top, below) == "Kestrel Circle Events"


def test_the_owner_in_the_copyright_line_is_not_the_logos_longer_name():
    # the logo's "Tidewire homepage", the owner's "About Tidewire Media" and "Tidewire Media newsletter":
    # the site is Tidewire, not its owner
    below = ["About Tidewire Media", "Tidewire Media newsletter"]
    assert publisher(["Tidewire homepage"], below) == "Tidewire"
    # a longer name that is no company's is still the name ("Tidewire Gazette")
    below = ["About Tidewire Gazette", "Tidewire Gazette newsletter"]
    assert publisher(["Tidewire homepage"], below) == "Tidewire Gazette"


def test_a_name_opening_with_new_keeps_its_section_word():
    # "New ... News" is a name ("New York Daily News"), not a menu's "New" item
    line = "Copyright © 2022, New Kestrel Harbor News"
    assert publisher(["NEW KESTREL HARBOR NEWS"], [line, line]) == "New Kestrel Harbor News"
    # a control word opening it still makes it a control ("More Harbor News")
    line = "Copyright © 2022, More Harbor News"
    assert publisher([], [line, line]) != "More Harbor News"
