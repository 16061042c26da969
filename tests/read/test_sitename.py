"""The site's name in flattened page text (read/sitename.py): signals added in session 9
(branch fmeta2). Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
TOP = [*MENU, HEADLINE, "June 3, 2024"]


def test_the_sites_newsletter_names_it_with_a_possessive():
    footer = ["Sign up for Tidewire’s newsletter", "Privacy Policy", "Terms of Use"]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "Tidewire"
    # one label alone is not enough
    assert parse(page(TOP, STORY, ["Sign up for Tidewire", "Privacy Policy"]), fmt="text").publisher is None


def test_two_kinds_of_label_on_one_name_name_the_site():
    footer = ["Discover Tidewire", "Follow Tidewire on Facebook", "Privacy Policy"]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "Tidewire"
    # the same label twice (a menu printed in the header and the footer) is one
    footer = ["Discover Tidewire", "Privacy Policy", "Discover Tidewire"]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher is None


def test_a_copyright_holder_with_a_bare_legal_form_is_the_sites_own_name():
    footer = ["Privacy Policy", "Terms of Use", "© Copyright 2006 - 2024 Tidewire Inc."]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "Tidewire"
    footer = ["Privacy Policy", "© Tidewire Pty Ltd. All rights reserved."]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "Tidewire"  # not "Tidewire Pty"
    # an owner's name ("... Media, Inc.") is still no site
    footer = ["Privacy Policy", "Terms of Use", "© Copyright 2006 - 2024 Tidewater Media, Inc."]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher is None


def test_a_personal_sites_owner_is_its_publisher_and_no_part_of_the_name_is_the_site():
    from audioed.script.credits import intro_texts, outro_texts

    a = parse(page(TOP, STORY, ["Archive", "Contact", "© Devon Okafor 2016-2024"]), fmt="text")
    assert a.authors == ["Devon Okafor"]
    assert a.publisher == "Devon Okafor"  # not "Devon"
    # heard once: "By Devon Okafor.", not "By Devon Okafor, for Devon Okafor."
    assert intro_texts(a)[1] == "By Devon Okafor."
    assert "published by" not in outro_texts(a, notice=False)[0]
    # a site that names itself keeps its name
    a = parse(page(TOP, STORY, ["About Tidewire", "Follow Tidewire", "© Devon Okafor 2016-2024"]), fmt="text")
    assert a.publisher == "Tidewire"


def test_the_pages_address_names_the_site_when_nothing_on_the_page_does():
    text = page(TOP, STORY, ["Privacy Policy", "Terms of Use"])
    assert parse(text, fmt="text").publisher is None
    assert parse(text, fmt="text", url="https://www.tidewire.com/2024/06/ferry").publisher == "Tidewire"
    # split where the page writes both words, as it writes them
    assert parse(text, fmt="text", url="https://harborvote.net/ferry").publisher == "Harbor Vote"
    # written whole somewhere (a handle), it keeps the page's capitals
    text = page(TOP, STORY, ["Follow @TideWire", "Privacy Policy"])
    assert parse(text, fmt="text", url="https://www.tidewire.com/ferry").publisher == "TideWire"
    # a name the page gives (a bio's "at The Bay Ledger") is not overruled by the address
    bio = ["Jo Lee is a reporter at The Bay Ledger."]
    assert parse(page(TOP, STORY, bio), fmt="text", url="https://www.tidewire.com/ferry").publisher == "The Bay Ledger"


def test_a_name_with_letters_for_words_is_said_in_words_as_the_page_writes_them():
    footer = ["About NB Ledger", "Follow NB Ledger", "Privacy Policy", "North Bay Ledger"]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "North Bay Ledger"
    footer = ["About CT Ledger", "Follow CT Ledger", "Connecticut Ledger"]  # a state's letters too
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "Connecticut Ledger"
    from audioed.read.sitename import _expands
    assert not _expands(["AP", "Ledger"], ["Apple", "Ledger"])  # not a word's own first letters
    assert not _expands(["NB", "Ledger"], ["North", "Ledger"])
    # an acronym alone is the name, spelled out or not
    footer = ["About HBL", "Follow HBL", "Harbor Business League"]
    assert parse(page(TOP, STORY, footer), fmt="text").publisher == "HBL"


def test_a_share_button_is_no_site():
    text = page(["E-MAIL", *TOP], STORY, ["E-MAIL newsletter", "Privacy Policy"])
    assert parse(text, fmt="text").publisher is None


def test_the_sites_newsletter_on_a_line_of_its_own_names_it():
    head = ["Tidewire newsletter!"]
    assert parse(page(head, TOP, STORY, ["Privacy Policy"]), fmt="text").publisher == "Tidewire"
    # a section's newsletter is no site
    assert parse(page(["Weather newsletter!"], TOP, STORY, ["Privacy Policy"]), fmt="text").publisher is None
    # a sentence is no logo line
    head = ["Get the Tidewire newsletter every morning", "Tidewire Events"]
    assert parse(page(head, TOP, STORY, ["Privacy Policy"]), fmt="text").publisher is None


def test_only_a_name_in_a_sites_role_is_the_site_never_a_topic_the_menus_repeat():
    story = ["Harbor Ferries will double its crossings, the harbor commission said on Tuesday, after a vote "
             "that ended a long dispute over fuel costs and staffing on the island routes this winter.",
             "The figures show the new crossings paying for themselves within two years if fares stay where "
             "they are now, the commission said, although fuel costs could still force a rise."]
    head = ["Tidewire Staff", "Harbor Ferries", "Harbor Ferries Timetable", "Harbor Ferries Fares",
            "Harbor Ferries Map", *MENU, HEADLINE, "June 3, 2024"]
    assert parse(page(head, story, ["Privacy Policy"]), fmt="text").publisher == "Tidewire"
    # seen only as menus and topics are, a name is none: no publisher rather than the topic
    assert parse(page(head[1:], story, ["Privacy Policy"]), fmt="text").publisher is None


def test_a_newsletter_named_for_when_it_comes_is_no_site():
    head = ["Daily Newsletter", "Weekly Newsletter"]
    text = page(head, TOP, STORY, ["Privacy Policy", "© 2024 TIDEWIRE"])
    assert parse(text, fmt="text").publisher == "TIDEWIRE"
