"""Session 28's review (branch review28): defects and untested guards of rows 74-76's rules and of
row 75's scorer. Every page here is made up."""
import sys
from pathlib import Path

from audioed.read import parse
from audioed.read.masthead import counter_line
from flat_page import MORE, STORY, page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]


def test_a_counter_line_is_never_the_headline():
    # a diary's visitor counter over its date line: the date's credit made it the only candidate
    text = page(MENU, ["Harbor Diary", "Visitors today: 80 yesterday: 1088", "February 11, 2019",
                       "* The ferry vote, and why the harbor board was right"], STORY + MORE, FOOTER)
    # (nor then the date line under it, in the first lines' fallback)
    assert parse(text, fmt="text").title == "* The ferry vote, and why the harbor board was right"
    assert counter_line("訪問者数 本日: 80 昨日: 1088") and counter_line("Views: 1,204 Comments: 3")
    # guards: one "label: number" pair, or words beside the pairs, are a headline's
    assert not counter_line("Game 7: 4 takeaways from the win")
    assert not counter_line("Update 2: 5 dead in Ohio: 3 injured")
    assert not counter_line("Ferry vote: 80 for, 12 against")


def test_a_section_word_in_capitals_is_not_the_name_heard():
    from reading_eval import site_close
    assert not site_close("NEWS", "ABC News") and not site_close("ONLINE", "ZEIT ONLINE")
    assert not site_close("THE", "The Guardian")
    # the name itself in capitals still is
    assert site_close("SRF", "Schweizer Radio und Fernsehen (SRF)") and site_close("ZEIT", "ZEIT ONLINE")


def test_a_blog_platforms_address_is_not_the_blogs_name():
    from reading_eval import site_close
    assert not site_close("Medium", "Harbor Watch", "https://medium.com/harbor-watch/ferry-vote")
    assert not site_close("Blogspot", "Harbor Watch", "https://harborwatch.blogspot.com/2019/02/ferry.html")
    # the blog's own address still names it
    assert site_close("Harborwatch", "Harbor Watch Weekly", "https://harborwatch.com/ferry")


# Guards of rows 74 and 76 no test held (each case fails with its guard turned off).

def date_of(top, below=(), above=()):
    from flat_page import TITLE
    return parse(page(MENU, list(above), [TITLE], list(top), STORY + MORE, list(below), FOOTER), fmt="text").date


def test_an_american_zone_says_month_first_only_after_an_am_pm_time():
    from audioed.read import dates
    assert dates.day_first(["10/04/2016 05:07 AM EDT"]) is False
    assert dates.day_first(["10/04/2016 17:07 EDT"]) is None  # (a 24-hour clock: a Canadian French page's too)


def test_a_labelled_date_is_read_only_straight_after_its_label_in_a_short_line():
    from audioed.read import dates
    assert dates.labelled_date("Jo Lee posted photos of the ferry from Oct 14, 2022 on the harbor page") is None
    sentence = ("Posted: Oct 14, 2022 — the harbor commission voted on Tuesday to double the number of ferry "
                "crossings to the island, ending a dispute that had divided the waterfront for three long years")
    assert dates.labelled_date(sentence) is None
    assert dates.labelled_date("Jo Lee · Harbor News · Posted: Oct 14, 2022") == "2022-10-14"


def test_a_date_line_beside_the_headline_wins_over_a_labelled_byline():
    line = "Jo Lee · Harbor News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago"
    assert date_of(["June 3, 2024", line]) == "2024-06-03"
    # and a labelled date from before the web is history, not the story's
    assert date_of([line.replace("2022", "1989")]) is None


def test_a_date_line_under_the_story_printed_twice_or_beside_another_shape_is_kept():
    # (the masthead's unlabelled day over the headline: the story's labelled line under it is preferred
    # unless taken for a list's)
    masthead = ["Wednesday, April 16, 2025"]
    # the same day twice is the story's own line printed twice, not a list
    below = ["Erschienen am 01.11.2023", "Share this story", "Erschienen am 01.11.2023"]
    assert date_of([], below, masthead) == "2023-11-01"
    # another day in another shape near it is no item of its list
    below = ["Erschienen am 01.11.2023", "Quay cafes to open on Sundays", "27.03.2024, 12:29 Uhr"]
    assert date_of([], below, masthead) == "2023-11-01"


def test_new_opens_a_name_but_new_and_a_section_word_alone_is_a_menu_item():
    from audioed.read.sitename import _control
    assert not _control("New Kestrel Harbor News".split())
    assert _control("New Sports".split()) and _control("The New Business".split())
