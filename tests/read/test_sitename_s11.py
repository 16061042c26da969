"""The site's name in flattened page text (read/sitename.py): rules of session 11 (branch
fmeta4). Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TOP = [*MENU, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]


def publisher(*parts, url=None):
    return parse(page(*parts), fmt="text", url=url).publisher


def test_an_owning_company_written_nowhere_else_is_no_publisher():
    # the footer's owner alone names the page: said nowhere rather than read as the publisher
    owner = ["Privacy Policy", "Terms of Use", "© 2024 Tidewater Media Group. All rights reserved."]
    assert publisher(TOP, STORY, owner) is None
    assert publisher(TOP, STORY, ["Privacy Policy", "Copyright 2024 Quayside Holdings Inc"]) is None
    # the owner named after its site, which the page also writes alone, is read by the site's name
    assert publisher(["Tidewater", *TOP], STORY, [*owner[:2], "Tidewater on the radio, weekdays at 7",
                                                   "© 2024 Tidewater Media Group. All rights reserved."]) == "Tidewater"


WIRE_STORY = ["HARBOR CITY (Tidewire) - " + STORY[0], *STORY[1:]]


def test_a_wires_copyright_under_its_story_gives_way_to_the_sites_own():
    footer = ["About Us", "Contact Us", "© Bay Ledger Pty Ltd. All rights reserved."]
    # the wire credited as the byline and in its copyright under the story, the site's copyright in the footer
    text = [*MENU, "Ferry Crossings to Double After Harbor Vote", "TIDEWIRE", "3 JUN 2024"]
    assert publisher(text, WIRE_STORY, ["© Tidewire"], footer) == "Bay Ledger"
    # no copyright of the site's own: the wire stays, as before
    assert publisher(text, WIRE_STORY, ["© Tidewire"], footer[:2]) == "TIDEWIRE"


def test_the_authors_box_names_the_site_the_writer_works_at():
    byline = ["Ferry Crossings to Double After Harbor Vote", "By Dana Whitlock", "June 3, 2024"]
    box = ["ABOUT THE AUTHOR", "Dana Whitlock", "Senior editor at Quayside.", "Email", "Twitter"]
    network = ["QUAYSIDE", "HARBORLIFE", "THE TIDE", "PIERSIDE"]
    # the network's logos alone name no site; the writer's role line under the name does
    assert publisher(network, MENU, byline, STORY, box).lower() == "quayside"
    # written as often in capitals as not: said as a name, not shouted
    assert publisher(network, MENU, byline, STORY, box, ["Quayside"]) == "Quayside"
    assert publisher(network, MENU, byline, STORY, box[:2] + box[3:]) is None
    # a role line under someone else's name (a source quoted in a box) names no site
    other = ["Kim Osei", "Senior editor at Quayside.", "Email"]
    assert publisher(network, MENU, byline, STORY, other) is None


def test_the_sites_newsletters_named_in_a_sentence_back_its_label():
    footer = ["Subscribe to Quayside", "Privacy Policy"]
    blurb = "Quayside Newsletters deliver the harbor's news to your inbox every morning, free."
    assert publisher(TOP, STORY, footer, [blurb]) == "Quayside"
    assert publisher(TOP, STORY, footer) is None  # one label alone is not enough
    # a newsletter named for when it comes is no site's
    assert publisher(TOP, STORY, footer[1:], ["Subscribe to Daily", "Daily newsletters deliver the news at six."]) is None


def test_an_acronym_the_pages_address_spells_out_is_said_in_words():
    footer = ["QH Wheels", "QH Views", "Get the QH newsletter", "Privacy Policy"]
    url = "https://www.quaysideherald.com/business/ferry-crossings-to-double-123.html"
    assert publisher(TOP, STORY, footer, url=url) == "Quayside Herald"
    assert publisher(TOP, STORY, footer) == "QH"  # no address: the letters as the page writes them
    # an address that splits two ways ("quay househerald", "quayhouse herald") or that the page
    # writes whole keeps the letters
    assert publisher(TOP, STORY, footer, url="https://www.quayhouseherald.com/x") == "QH"
    assert publisher(TOP, STORY, footer, ["quaysideherald"], url=url) == "QH"
