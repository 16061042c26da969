"""The site's name in flattened page text (read/sitename.py, metadata.py): session 26 (branch ffmeta), a
publishing house's name in the footer is its owner, not the site; a picture's credit is no site. Every
page here is made up."""

from audioed.read import parse
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TOP = [*MENU, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]


def publisher(*footer):
    return parse(page(TOP, STORY, [*footer, *FOOTER]), fmt="text").publisher


def test_a_publishing_houses_name_in_the_footer_is_the_owner_not_the_site():
    # a German group's website line and copyright: "Mediengruppe", "Verlag"
    assert publisher("Eine Webseite der Kestrel Mediengruppe © 2024 Kestrel Mediengruppe") is None
    assert publisher("© 2024 Kestrel Verlag und Druck GmbH & Co. KG") is None
    # a newspaper house, an entertainment group, a Nordic or Dutch media house, a broadcaster
    assert publisher("© 2024 Tidewire Newspapers Limited") is None
    assert publisher("© 2024 Kestrel Entertainment Co.") is None
    assert publisher("© Mediehuset Tidewire AS 2024") is None
    assert publisher("©2025 Mediahuis Kestrel S.A. All rights reserved") is None
    assert publisher("© Rundfunk Nordmark© rn") is None
    assert publisher("© 2025 Tidewire Online and affiliated companies. All rights reserved.") is None
    # the site's own copyright line still names it
    assert publisher("© 2024 Tidewire. All rights reserved.") == "Tidewire"


def test_copyright_glued_to_a_menu_word_opens_no_copyright_line():
    # (a menu flattened without spaces: "Privacy PolicyCopyright" is a link's label, not "Copyright Tidewire")
    assert publisher("Privacy PolicyCopyright Tidewire Sitemap") is None


def test_a_copyright_holder_is_read_without_signs_and_rights():
    # the footer's rights in German end the name ("Tidewire - Alle Rechte vorbehalten")
    assert publisher("© 2026 Tidewire - Alle Rechte vorbehalten") == "Tidewire"


def test_a_caption_with_a_year_is_still_a_pictures_credit():
    caption = "Der Hafen im Oktober 2023, kurz vor der Abstimmung. © Marta Lindqvist/dpa"
    assert parse(page(TOP, [caption], STORY, FOOTER), fmt="text").publisher is None
    # (no slash to tell it: the caption's year stands before the sign, not in the copyright)
    caption = "Der Hafen im Oktober 2023, kurz vor der Abstimmung. © Marta Lindqvist"
    assert parse(page(TOP, [caption], STORY, FOOTER), fmt="text").publisher is None
    # "Copyright" before a photographer and an agency, or an agency's picture desk, is a credit too
    for credit in ("Copyright Marta Lindqvist/AP", "Copyright AP Photo"):
        lines = ["Harbor police officers at the pier - " + credit, credit]
        assert parse(page(TOP, lines, STORY, FOOTER), fmt="text").publisher is None


def test_a_name_whose_sections_share_its_last_word_is_read_in_full():
    # "Daily Kestrel ©" in the footer, its sections "Kestrel Life" and "Kestrel Citizen" in the menu
    menu = ["Skip to content", "Kestrel Life", "Kestrel Citizen", "Kestrel News", "Opinion", "Subscribe"]
    top = [*menu, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
    story = [*STORY[:2], "The commission told Kestrel News that the boats are leased.", *STORY[2:]]
    text = page(top, story, ["Kestrel News", "Daily Kestrel © All rights reserved", *FOOTER])
    assert parse(text, fmt="text").publisher == "Daily Kestrel"
