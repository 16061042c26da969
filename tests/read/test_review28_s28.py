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


def test_initials_heard_only_when_written_as_initials():
    from reading_eval import site_close
    assert not site_close("The Sun", "Seattle Union News")
    assert site_close("SUN", "Seattle Union News") and site_close("Deutsche Welle", "DW.COM")


def test_a_blog_platforms_address_is_not_the_blogs_name():
    from reading_eval import site_close
    assert not site_close("Medium", "Harbor Watch", "https://medium.com/harbor-watch/ferry-vote")
    assert not site_close("Blogspot", "Harbor Watch", "https://harborwatch.blogspot.com/2019/02/ferry.html")
    # the blog's own address still names it
    assert site_close("Harborwatch", "Harbor Watch Weekly", "https://harborwatch.com/ferry")
