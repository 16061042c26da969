"""The site's name in flattened page text (read/sitename.py): rules of session 10 (branch
fmeta3). Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
TOP = [*MENU, HEADLINE, "June 3, 2024"]


def publisher(*parts, url=None):
    return parse(page(*parts), fmt="text", url=url).publisher


def test_an_accented_name_is_the_one_its_address_spells_without_the_accent():
    footer = ["Vous êtes abonné à La Marée", "Lire la suite sur Lamaree.fr", "Mentions légales"]
    assert publisher(TOP, STORY, footer) == "La Marée"
    # the label alone is one signal: not enough
    assert publisher(TOP, STORY, ["Vous êtes abonné à La Marée", "Mentions légales"]) is None
    assert publisher(TOP, STORY, ["You are subscribed to Tidewire", "Read more at tidewire.com"]) == "Tidewire"


def test_a_name_in_lower_case_is_the_logo_line_the_copyright_line_opens_with():
    for footer in ("tidewire, 2018-2024 © All rights reserved.", "© 2024 tidewire. All rights reserved."):
        assert publisher(["tidewire"], TOP, STORY, ["Privacy Policy", footer]) == "tidewire"
    # the logo line alone, or the copyright alone, is not enough
    assert publisher(["tidewire"], TOP, STORY, ["Privacy Policy"]) is None
    assert publisher(["tidewire"], TOP, STORY, ["Privacy Policy", "© 2024 Harbor Press Group"]) != "tidewire"


def test_more_on_a_topic_from_a_site_names_the_site_not_the_topic():
    footer = ["Tidewire Engineering", "More on Kubernetes from Tidewire Engineering", "Kubernetes",
              "https://kubernetes.io/docs"]
    assert publisher(TOP, STORY, footer) == "Tidewire Engineering"


def test_a_sites_photo_staff_credits_the_site_and_no_photo_desk():
    head = ["Tidewire News", *TOP]
    credits = ["Tidewire News Photo Staff", "Tidewire News Photo Staff", "Tidewire News Photo Staff"]
    assert publisher(head, STORY, credits, ["Privacy Policy"]) == "Tidewire News"


def test_a_date_after_the_name_is_no_part_of_it():
    head = ["Tidewire December 2024", *TOP]
    footer = ["Tidewire December 2024", "Tidewire December 2024", "About Tidewire", "Follow Tidewire"]
    assert publisher(head, STORY, footer) == "Tidewire"


def test_the_name_the_address_spells_exactly_is_no_shorter_form_of_an_edition():
    footer = ["Tidewire Arabic", "Tidewire English", "© 2024 Tidewire", "Privacy Policy"]
    assert publisher(TOP, STORY, footer, url="https://www.tidewire.com/news/ferry") == "Tidewire"


def test_a_legal_form_before_the_copyright_holder_is_no_part_of_the_name():
    footer = ["Club LA MAREA", "Copyright 2017 SA LA MAREA | Todos los derechos reservados"]
    assert publisher(TOP, STORY, footer) == "LA MAREA"  # shouted, not letters to spell out


def test_news_alone_is_a_section_never_the_site_but_ends_a_name():
    # a picture's copyright holder glued to a section word ("© 1996-2024 News Communication")
    head = ["News", *TOP]
    footer = ["TheHarborLedger.com", "© 1996-2024 News Communication", "Privacy Policy", "The Harbor Ledger Apps"]
    assert publisher(head, STORY, footer) != "News"
    footer = ["About The Harbor News", "© 2024 The Harbor News", "Privacy Policy"]
    assert publisher(TOP, STORY, footer) == "The Harbor News"


def test_a_name_opening_with_new_is_a_name():
    # (the "New" button is a control; "New Harbor Post" is a name)
    head = ["New Harbor Post", *TOP]
    footer = ["New Harbor Post", "Trending now on NEWHARBORPOST.COM", "© 2024 NHP Holdings, Inc."]
    assert publisher(head, STORY, footer) == "New Harbor Post"
    assert publisher(["New", *TOP], STORY, ["New", "Privacy Policy"]) is None
    # after "The" too, over the address's short form ("Follow NHPost" and "nhpost.com")
    head = ["The New Harbor Post", *TOP]
    footer = ["Follow NHPost", "Read more on nhpost.com", "© 2024 The New Harbor Post Company"]
    assert publisher(head, STORY, footer) == "The New Harbor Post"


def test_an_acronym_the_pages_first_line_spells_out_is_said_in_words():
    labels = ["Subscribe to TW NOW", "TW Newsletters", "TW Staff", "TW Apps", "TW Shop"]
    assert publisher(["Tidewire", *labels, *TOP], STORY, ["Privacy Policy"]) == "Tidewire"
    # not when the first line is something else
    assert publisher(["Jump to content", *labels, *TOP], STORY, ["Tidewire", "Privacy Policy"]) == "TW"
    # its initials alone on a line of the header spell it out too; in the footer they do not
    labels = ["About HBL", "Follow HBL", "© 2024 HBL"]
    assert publisher(["Skip to content", "Harbor Business League", *TOP], STORY, labels) == "Harbor Business League"
    assert publisher(TOP, STORY, [*labels, "Harbor Business League"]) == "HBL"


def test_a_companys_copyright_printed_twice_is_still_an_owners():
    line = "This material may not be republished. ©2024 Tidewire News Network, LLC. All rights reserved."
    head = ["Tidewire Money", "Markets", "Tidewire News"]
    text = page(head, TOP, STORY, [line, "Tidewire News", line])
    assert parse(text, fmt="text").publisher != "Tidewire News"  # an owner's name, said as such
    # the site's own copyright printed twice stays the site's
    assert publisher(TOP, STORY, ["© 2024 Tidewire", "About Tidewire", "© 2024 Tidewire"]) == "Tidewire"


def test_a_search_box_label_names_a_section_not_the_site():
    head = ["Recipes", "Search Recipes", *TOP]
    assert publisher(head, STORY, ["Recipes", "Privacy Policy"]) is None


def test_an_address_with_no_vowel_is_said_letter_by_letter():
    text = page(["KBT 5 Investigates", *TOP], STORY, ["Privacy Policy"])
    assert parse(text, fmt="text", url="https://www.kbtdfw.com/news/ferry").publisher == "KBT DFW"
    assert parse(text, fmt="text", url="https://www.kxtv.com/news/ferry").publisher == "KXTV"
    # a word stays a word
    assert parse(text, fmt="text", url="https://www.tidewire.com/news/ferry").publisher == "Tidewire"


def test_the_author_box_header_names_no_site():
    head = ["THE AUTHOR", *TOP]
    assert publisher(head, STORY, ["About THE AUTHOR", "THE AUTHOR", "Privacy Policy"]) is None
