"""Who wrote a flattened page: which line is its byline (read/authors.py) and what a byline line
holds (read/byline.py). Made-up pages: a local story among menus, teasers, credits and comments."""

import pytest

from audioed.read import parse
from audioed.read.byline import by_line, name_line, stamp
from audioed.script import build_script
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def heard(article):
    return [line.text for _, line in build_script(article).lines() if line.role in ("narrator", "quote")]


@pytest.mark.parametrize("line, names", [
    ("Published May 3, 2024 by Jo Lee", ["Jo Lee"]),
    ("Edited by Betsy Ray", ["Betsy Ray"]),
    ("Additional reporting by Omar Haddad", ["Omar Haddad"]),
    ("Author: Jane Doe", ["Jane Doe"]),
    ("By TOM HALE, AP Auto Writer", ["Tom Hale"]),
    ("By MEG KANE and ERIN HOLT, Associated Press", ["Meg Kane", "Erin Holt"]),
    ("Written by Rob Evans", ["Rob Evans"]),
    ("Posted by Alon Zakai.", ["Alon Zakai"]),
    ("By Dr. Jane Doe", ["Jane Doe"]),
    ("Words: Jo Lee | Photos: Sam Roe", ["Jo Lee"]),
    ("di Mario Rossi", ["Mario Rossi"]),
    ("Il museo di Torino", []),
])
def test_by_lines_of_every_shape(line, names):
    assert by_line(line) == names


@pytest.mark.parametrize("line, following, names", [
    ("Tom Hale, Ap Auto Writer", "Updated 1:39 am EST, November 20, 2019", ["Tom Hale"]),  # a desk is no name
    ("Al Root Updated Nov. 19, 2019 8:21 am ET", "", ["Al Root"]),     # glued to its date line
    ("Ed FaraFriday 5:11PM", "", ["Ed Fara"]),
    ("Adam Clark Estes11/12/19 4:40PM", "", ["Adam Clark Estes"]),
    ("21/06/2014 Tony Marsh All, Books, Kit Reviews, News", "", ["Tony Marsh"]),  # a post line: date, name, tags
    ("Jane Doe | Staff Writer", "", ["Jane Doe"]),
    ("JANE DOE", "", ["Jane Doe"]),
    ("Ana de la Cruz", "", ["Ana de la Cruz"]),
    ("Mara Quist", "před 2 hodinami", ["Mara Quist"]),                 # an unknown first name, dated
    ("Alex Wong | Getty Images", "", []),                               # a photographer's credit
    ("Buy Photo", "Wait 1 second to continue.", []),
    ("Publish date:", "Oct 4, 2018", []),
    ("Star Wars Jedi: Fallen Order", "PlayStation 5", []),              # a menu's game titles
    ("Le Monde", "May 3, 2020", []),                                    # an outlet's particle
    ("All-new Harbor Ferry 200 Docks at Pier", "July 30, 2010", []),   # a teaser headline, dated
])
def test_name_lines_of_every_shape(line, following, names):
    assert name_line(line, following) == names


@pytest.mark.parametrize("line, dated", [
    ("Monday 5:30PM", True), ("9/11/13 10:00AM", True), ("2 days ago", True), ("před 2 hodinami", True),
    ("11 min read", True), ("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM", True),
    ("PlayStation 5", False), ("0 comments", False), ("Image 1 of 23", False),
    ("stated on May 3, 2020 in a tweet:", False),   # a fact-check's claim line
])
def test_a_time_stamp_is_told_from_counters_and_claims(line, dated):
    assert stamp(line) is dated


def test_teasers_writers_under_the_headline_are_skipped_for_the_byline_over_the_story():
    teasers = ["You may also like", "Council Weighs New Budget for Parks", "Matt Noval", "Today 7:30AM",
               "Library Opens Late on Fridays", "Hudson Hale", "Yesterday 12:35PM",
               "Storm Closes Coastal Road Again", "Lisa Rowe", "An hour ago", "Subscribe To Our Newsletter",
               "Your guide to the harbor delivered to your inbox daily.", "Subscribe", "Mama Robinet",
               "9/11/13 10:00AM", "158"]
    a = parse(page(MENU, [HEADLINE], teasers, STORY), fmt="text")
    assert a.authors == ["Mama Robinet"]
    assert "Mama Robinet" not in heard(a)


def test_the_writer_above_the_headline_with_the_date_between():
    a = parse(page(MENU, ["Molly Wren", "Ideas", "11.14.2019 09:00 AM", HEADLINE], STORY), fmt="text")
    assert a.authors == ["Molly Wren"]


def test_a_teasers_writer_above_the_headline_is_not_the_author():
    a = parse(page(MENU, ["Library Opens Late on Fridays", "Ed Fara", "Friday 11:40AM", HEADLINE], STORY),
              fmt="text")
    assert a.authors == []


def test_a_photo_credit_under_the_headline_is_not_the_author():
    text = page(MENU, [HEADLINE, "Alex Wong | Getty Images",
                       "Commuters wait for the morning ferry at the second pier in a photo taken last spring "
                       "during the worst of the crowding that the new schedule is meant to end.",
                       "By Amy Kuper | Harbor Media for Ledger.com"], STORY)
    a = parse(text, fmt="text")
    assert a.authors == ["Amy Kuper"]
    assert not any("Amy Kuper" in line for line in heard(a))


def test_a_fact_checked_persons_claim_line_is_no_byline():
    text = page(MENU, ["Ferry Numbers Claim Is Misleading", "Dana Whitlock", "stated on May 3, 2020 in a tweet:",
                       "Ferry crossings to the island doubled last year."],
                [STORY[0], "Dana Whitlock has repeated the claim since then.", *STORY[1:]])
    assert parse(text, fmt="text").authors == []


def test_a_post_signed_under_the_story_before_the_comments():
    text = page(MENU, [HEADLINE], STORY, ["Posted by Jo Lee on May 3, 2015", "3 Comments", "Sam Green",
                                          "May 4, 2015 at 3:02 pm", "About time the ferry got fixed."])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_commenters_are_not_authors():
    text = page(MENU, [HEADLINE], STORY, ["Comments", "Sam Green — May 4, 2015 at 3:02 pm",
                                          "About time the ferry got fixed.", "Nina Bell — May 4, 2015 at 5:10 pm",
                                          "Two boats will not be enough."])
    assert parse(text, fmt="text").authors == []


def test_the_authors_box_after_the_story():
    text = page(MENU, [HEADLINE], STORY, ["About the author",
                                          "Jo Lee is a reporter at The Bay Ledger who covers the waterfront."])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_a_personal_sites_owner_wrote_its_posts():
    text = page(["Home", "Code", "Photos"], [HEADLINE], STORY, ["© 2012 Nicolas Perrin — Contact me"])
    assert parse(text, fmt="text").authors == ["Nicolas Perrin"]


def test_a_companys_copyright_is_no_author():
    text = page(["Home", "Code", "Photos"], [HEADLINE], STORY, ["© 2012 Harbor Media Group"])
    assert parse(text, fmt="text").authors == []


def test_a_desk_signs_it_and_the_lede_stays_in_the_story():
    a = parse(page(MENU, [HEADLINE, "Our Foreign Staff", "16 November 2017 • 2:15pm"], STORY), fmt="text")
    assert a.authors == []
    assert a.dek is None
    assert any(STORY[0].split(",")[0] in line for line in heard(a))


def test_written_and_edited_by_lines_and_stacked_names():
    a = parse(page(MENU, [HEADLINE, "Written by Rob Evans", "Edited by Betsy Ray"], STORY), fmt="text")
    assert a.authors == ["Rob Evans", "Betsy Ray"]
    assert not any("Betsy Ray" in line for line in heard(a))
    a = parse(page(MENU, [HEADLINE, "Jane Doe", "John Roe", "June 3, 2024"], STORY), fmt="text")
    assert a.authors == ["Jane Doe", "John Roe"]


def test_a_photo_by_line_is_no_co_author():
    a = parse(page(MENU, [HEADLINE, "By Rob Evans", "Photos by Betsy Ray"], STORY), fmt="text")
    assert a.authors == ["Rob Evans"]


def test_a_dated_name_over_the_story_when_the_headline_found_is_inside_it():
    # The headline finder took the story's first subheading: the byline over the run is read anyway.
    from audioed.read.authors import find_byline
    from audioed.read.build import RawBlock
    lines = ["Menu", "Harbor Weekly: Issue 85", "Mike Conlan", "December 18, 2020", "2 responses", "Highlights",
             "Ferry Numbers for the Year", *STORY]
    raw = [RawBlock(x) for x in lines]
    kinds = ["chrome"] + ["paragraph"] * (len(lines) - 1)
    kinds[6] = "title"
    assert find_byline(raw, kinds, (6, len(lines) - 1)) == ["Mike Conlan"]
    assert kinds[2] == "byline"


def test_a_blogs_name_over_its_posts_date_is_not_the_author():
    text = page(["Harbor Notes", "Sunday, May 8, 2016", HEADLINE],
                ["I have written about the ferries on Harbor Notes before, and the vote settles it."] + STORY)
    assert parse(text, fmt="text").authors == []


def test_the_writers_own_bio_in_the_story_does_not_hide_the_byline():
    text = page(MENU, ["Molly Wren", "Ideas", "11.14.2019 09:00 AM", HEADLINE],
                STORY + ["Molly Wren (@mollywren) is an Ideas contributor at the Ledger."])
    assert parse(text, fmt="text").authors == ["Molly Wren"]


@pytest.mark.parametrize("box", [["About Jo Lee", "Jo covers the waterfront for the Ledger."],
                                 ["— Jo Lee is a reporter at The Bay Ledger."]])
def test_the_authors_box_by_its_header_or_an_opinion_pieces_signature(box):
    assert parse(page(MENU, [HEADLINE], STORY, box), fmt="text").authors == ["Jo Lee"]


def test_the_bylines_role_handle_and_date_are_not_narrated():
    a = parse(page(MENU, [HEADLINE, "Jane Doe", "Senior Reporter", "@janedoe", "May 3, 2021 at 4:00 p.m."], STORY),
              fmt="text")
    assert a.authors == ["Jane Doe"]
    said = heard(a)
    for line in ("Senior Reporter", "@janedoe", "May 3, 2021 at 4:00 p.m."):
        assert line not in said
    assert any(STORY[0].split(",")[0] in line for line in said)


def test_names_under_a_lone_by_are_not_narrated():
    a = parse(page(MENU, [HEADLINE, "Por", "Pippin Quist y Tomás Vidal"], STORY), fmt="text")
    assert a.authors == ["Pippin Quist", "Tomás Vidal"]
    assert not any("Quist" in line for line in heard(a))



def test_a_series_teasers_by_one_writer_are_no_byline():
    # The same writer under each teaser of a series, and a teaser's title taken for the headline:
    # the credits under it are a list's, not the story's byline.
    from audioed.read.authors import find_byline
    from audioed.read.build import RawBlock
    lines = list(MENU)
    for title in ("Ferry Week: Crowded Piers", "Ferry Week: Fuel and Fares", "Ferry Week: The Night Boat",
                  "Ferry Week: Winter Timetable"):
        lines += [title, "A look at the harbor's ferries, one day at a time this week.", "By Tara Penn", "Photo"]
    start = len(lines)
    lines += STORY
    kinds = ["paragraph"] * len(lines)
    kinds[lines.index("Ferry Week: Fuel and Fares")] = "title"
    assert find_byline([RawBlock(x) for x in lines], kinds, (start, len(lines) - 1)) == []
