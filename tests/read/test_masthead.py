"""The masthead of a flattened page: the headline, the byline and the site's name, found in page
text without markup (read/masthead.py, read/byline.py, read/sitename.py)."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
TEASERS = ["Council Weighs New Budget for Parks", "Library Opens Late on Fridays", "Storm Closes Coastal Road Again",
           "Ferry Workers Vote to Strike"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
FOOTER = ["About The Bay Ledger", "Contact", "Privacy Policy", "Terms of Use", "© 2024 The Bay Ledger"]


@pytest.mark.parametrize("line, names", [
    ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("by Daniel Lidar , The Conversation", ["Daniel Lidar"]),
    ("By BILL HOPPE | Special to the Daily Planet", ["Bill Hoppe"]),
    ("Par Marie Dupont et Luc Martin — 3 mars 2024 à 18:42", ["Marie Dupont", "Luc Martin"]),
    ("Por Ana Ruiz, Tomás Vidal y Eva Soto", ["Ana Ruiz", "Tomás Vidal", "Eva Soto"]),
    ("Posted on May 3, 2024 by Jo Lee", ["Jo Lee"]),
    ("Monday November 18, 2019 7:45 am PST by Joe Rossi", ["Joe Rossi"]),
    ("By Tim Chan - Science Contributor 2019-11-19T12:48:14Z", ["Tim Chan"]),
    ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", ["Kashmira Gander"]),
    ("By Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]),
    ("Reporting by Jane Doe; Editing by Tom Roe", ["Jane Doe"]),
    ("Photo by James Martin/Reuters", []),
    ("Powered by Tumblr", []),
    ("Stand by Me", []),
])
def test_by_lines_give_their_people_without_roles_outlets_or_dates(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line, following, names", [
    ("Dan Smith - Apr 16, 2015 8:02 pm UTC", "", ["Dan Smith"]),
    ("Alex Perry 1 day ago", "", ["Alex Perry"]),
    ("Catherine Shu @catherineshu / 2 days", "", ["Catherine Shu"]),
    ("Ana Ruiz and Tom J. Lee Harbor City Ledger", "", ["Ana Ruiz", "Tom J. Lee"]),
    ("Helena Smith in Athens and Sam Jones in Madrid", "", ["Helena Smith", "Sam Jones"]),
    ("Devon Okafor", "", ["Devon Okafor"]),            # a given name opens it
    ("Pippin Quell", "11 min read", ["Pippin Quell"]),  # an unknown first name, backed by a reading time
    ("Pippin Quell", "", []),
    ("The Russian and Syrian defense ministries", "", []),
    ("Port Ellis", "", []),
    ("Breaking News Emails", "", []),
    ("Suzanne Dodd is the project manager.", "", []),
])
def test_a_name_line_is_a_persons_name(line, following, names):
    assert name_line(line, following) == names


def test_headline_byline_and_site_from_a_whole_page():
    text = page(MENU, ["Latest", *TEASERS[:2], "Local", HEADLINE,
                       "Two more leased boats join the fleet in June, and the commission says fares stay where "
                       "they are for the rest of the year",
                       "By Ana Ruiz and Tom Lee, Staff Writers", "June 3, 2024", "Share", "Tweet"],
                STORY, ["More Stories", *TEASERS], FOOTER)
    a = parse(text, fmt="text")
    assert a.title == HEADLINE
    assert a.authors == ["Ana Ruiz", "Tom Lee"]
    assert a.publisher == "The Bay Ledger"


def test_the_headline_comes_before_its_standfirst():
    # The standfirst shares more of the story's words, and has no full stop either.
    dek = "The harbor commission votes to double the ferry crossings to the island, ending a dispute"
    a = parse(page(MENU, [HEADLINE, dek, "Ana Ruiz", "June 3, 2024"], STORY), fmt="text")
    assert a.title == HEADLINE
    assert a.authors == ["Ana Ruiz"]


def test_the_fact_checked_claimant_is_not_the_author():
    text = page(MENU, ["Claim Over Harbor Ferry Numbers Is Misleading", "The Russian and Syrian defense ministries",
                       "Claim: ferry crossings to the island doubled last year", "Verdict: Misleading"], STORY)
    a = parse(text, fmt="text")
    assert a.authors == []


def test_a_breadcrumb_glued_to_the_headline_gives_way_to_the_headline_alone():
    text = page(MENU, ["Home News Local " + HEADLINE, HEADLINE, "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_menu_items_repeated_in_header_and_footer_are_not_the_site():
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, MENU[1:6])
    assert parse(text, fmt="text").publisher is None


def test_the_sites_address_and_copyright_name_it():
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, ["Visit www.harborherald.com for more local news",
                                                           "Harbor Herald © 2024", "Privacy Policy"])
    assert parse(text, fmt="text").publisher == "Harbor Herald"


def test_a_teaser_above_a_breadcrumb_does_not_take_the_headline():
    # The teaser shares the story's words too; a breadcrumb between says it is not the standfirst.
    teaser = "Ferry Fares Could Rise in Autumn as Fuel Costs Climb, Commission Warns"
    text = page(MENU, ["Breaking", teaser, "You are at:", "Home", "Local", HEADLINE, HEADLINE, "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_date_line_is_never_the_headline():
    # A blog's date-and-author line shares the story's words when the story names the month.
    story = ["In June the harbor commission voted to double the ferry crossings to the island."] + STORY[1:]
    text = page(MENU, ["Harbor Open Thread", "Previous Post", "Next Post", "June 3, 2024 | by Catherine"], story)
    assert parse(text, fmt="text").title == "Harbor Open Thread"


@pytest.mark.parametrize("back", ["Back to overview", "Zurück zur Übersicht", "Return to News"])
def test_a_back_link_opening_the_page_is_not_the_headline(back):
    text = page([back, "By Ana Ruiz, published on June 3, 2024", HEADLINE], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_by_line_past_the_share_rows_down_to_the_story_is_found():
    shares = ["Share on Facebook", "Share on Twitter", "Share on LinkedIn", "Share via Email", "Resize Text",
              "Print Article", "Comments", "Listen", "Save", "Gift Article", "Copy Link"]
    text = page(MENU, [HEADLINE, *shares, "By Ana Ruiz March 18 at 12:22 PM"], STORY)
    assert parse(text, fmt="text").authors == ["Ana Ruiz"]


def test_the_pages_address_names_the_site_it_abbreviates():
    # "baharborledger.com" is the name the page shows in its masthead, written short; nothing
    # else on the page would say which of the short capitalised lines is the site's.
    text = page(["Bay Area Harbor Ledger", *MENU], [HEADLINE, "June 3, 2024"], STORY, ["Privacy Policy"])
    assert parse(text, fmt="text").publisher is None
    assert parse(text, fmt="text", url="https://www.baharborledger.com/local/ferry").publisher == \
        "Bay Area Harbor Ledger"
    # another address does not make the masthead line the site; it names the site itself
    # (nothing on the page does: session 9, `siteaddress.address_name`)
    assert parse(text, fmt="text", url="https://www.nytimes.com/local/ferry").publisher == "Nytimes"


def test_a_domain_abbreviates_a_name_word_by_word():
    from audioed.read.siteaddress import abbreviates, url_label
    assert abbreviates("latimes", "Los Angeles Times")
    assert abbreviates("nypost", "New York Post")
    assert abbreviates("thehill", "The Hill")
    assert not abbreviates("latimes", "Los Angeles")
    assert not abbreviates("bbc", "Bay Business Center Times")
    assert url_label("https://m.latimes.com/x/y?z") == "latimes"
    assert url_label("https://www.facebook.com/share") is None
    assert url_label("http://harborledger.com.br/blog/x") == "harborledger"
    assert url_label("https://user@www.harborledger.co.uk:443/x") == "harborledger"


def test_the_owning_company_gives_way_to_the_sites_name():
    footer = ["Harbor Herald", "About Harbor Herald", "Privacy Policy", "© 2024 Tidewater Media Group"]
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, footer, ["© 2024 Tidewater Media Group"])
    assert parse(text, fmt="text").publisher == "Harbor Herald"


def test_an_owner_named_after_its_site_is_read_by_the_sites_name():
    footer = ["Harbor Herald on the radio, weekdays at 7", "Privacy Policy",
              "Copyright © 2024 Harbor Herald Media Network. All rights reserved."]
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, footer)
    assert parse(text, fmt="text").publisher == "Harbor Herald"
    # written nowhere on its own, the owner is no publisher: a wrong name is worse than none
    assert parse(page(MENU, [HEADLINE, "June 3, 2024"], STORY, footer[1:]), fmt="text").publisher is None


def test_a_short_name_is_given_in_full_as_the_page_mostly_writes_it():
    footer = ["About Harbor", "Follow Harbor on Facebook", "Harbor Herald Podcast", "Harbor Herald Events",
              "Sign up for Harbor Herald alerts", "Privacy Policy"]
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, footer)
    assert parse(text, fmt="text").publisher == "Harbor Herald"
    # once among many, another word after the name is not part of it
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, footer[:2] + ["Harbor Herald Podcast", "© 2024 Harbor"])
    assert parse(text, fmt="text").publisher == "Harbor"


def test_the_copyright_line_names_the_site_when_nothing_else_does():
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, ["Privacy Policy", "© 2024 Harbor Herald. All rights reserved."])
    assert parse(text, fmt="text").publisher == "Harbor Herald"


def test_a_section_word_ends_a_sites_name_but_never_makes_one():
    # "Harbor Business" is the site (its address says so); "Business" alone is the menu's.
    text = page(["Harbor Business", *MENU], [HEADLINE, "June 3, 2024"], STORY, ["Harbor Business", "Privacy Policy"])
    assert parse(text, fmt="text", url="https://www.harborbusiness.com/ferry").publisher == "Harbor Business"
    text = page(MENU, [HEADLINE, "June 3, 2024"], STORY, ["Get The Harbor Magazine delivered", "About Harbor",
                                                          "Harbor Magazine moderates comments", "© 2024 Harbor",
                                                          "Photo: Ana Ruiz/Harbor Magazine"])
    assert parse(text, fmt="text").publisher == "Harbor Magazine"


def test_the_wire_the_dateline_credits_is_the_site_only_when_nothing_else_is():
    story = ["PORT ELLIS (Harbor Wire) — " + STORY[0], *STORY[1:]]
    wire = ["More from Harbor Wire", "© 2024 Harbor Wire"]
    text = page(MENU, [HEADLINE, "June 3, 2024"], story, wire, ["About The Bay Ledger", "The Bay Ledger"])
    assert parse(text, fmt="text").publisher == "The Bay Ledger"
    assert parse(page(MENU, [HEADLINE, "June 3, 2024"], story, wire), fmt="text").publisher == "Harbor Wire"
    # on the wire's own site, its dateline credits itself
    assert parse(text, fmt="text", url="https://harborwire.com/x").publisher == "Harbor Wire"
