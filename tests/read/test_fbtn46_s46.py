"""A link list's, a download's, a comparison page's or a landing page's button alone on its line is not narrated:
"View All", "See All", "Read in Full", "Download" (row 112, branch fbtn46), "Visit Website", "View Plans", "Start
free trial", "Try for free", "Book a demo", a "Now 20% off" badge (row 113, branch fbtn46b). Session 46:
read/cleanup.py `lone_button`, marked by read/furniture.py `mark_buttons`. Every page here is made up."""

import pytest

from flat_page import MORE, STORY, TITLE, narrated, page

from audioed.read.cleanup import lone_button


@pytest.mark.parametrize("line", ["View All", "VIEW ALL", "See all", "Show All ›", "Read in Full", "Download",
                                  "Download now", "DOWNLOAD",
                                  "Visit Website", "VISIT SITE", "Visit the site", "View Plans", "Start free trial",
                                  "Start your free trial", "Try it free", "Try for free", "Book a demo",
                                  "Request a Demo", "Now 20% off"])
def test_a_lone_button(line):
    assert lone_button(line)


@pytest.mark.parametrize("line", ["View all the results on the council's site.", "Download the app to listen",
                                  "See All the President's Men", "Downloads rose by a third in May.",
                                  "Read in full: the council's statement",
                                  "Visit the site for the full timetable.",
                                  "Try it free for 30 days with the code below.",
                                  "Book a demo of the new ferry app at the harbor office", "Visit Lisbon in May",
                                  "Prices are now 20% off across the island's shops."])
def test_a_line_that_says_more_is_no_button(line):
    assert not lone_button(line)


def test_buttons_between_the_story_s_paragraphs_are_not_heard():
    text = page(["Sections", "Home"], [TITLE, "By Ana Ruiz"], STORY[:2], ["Download"], STORY[2:], ["View All"],
                MORE, ["Read in Full"], ["© 2024 Harbor News"])
    heard = narrated(text)
    assert all(p in heard for p in STORY + MORE)
    assert not {"Download", "View All", "Read in Full"} & set(heard)


def test_a_comparison_page_s_buttons_are_not_heard():
    text = page(["Sections", "Home"], [TITLE, "By Ana Ruiz"], STORY[:2], ["Visit Website", "View Plans"], STORY[2:],
                ["Now 20% off", "Start free trial"], MORE, ["© 2024 Harbor News"])
    heard = narrated(text)
    assert all(p in heard for p in STORY + MORE)
    assert not {"Visit Website", "View Plans", "Now 20% off", "Start free trial"} & set(heard)
