"""A link list's or a download's button alone on its line is not narrated: "View All", "See All", "Read in Full",
"Download" (session 46, branch fbtn46: read/cleanup.py `lone_button`, marked by read/furniture.py `mark_buttons`).
Every page here is made up."""

import pytest

from flat_page import MORE, STORY, TITLE, narrated, page

from audioed.read.cleanup import lone_button


@pytest.mark.parametrize("line", ["View All", "VIEW ALL", "See all", "Show All ›", "Read in Full", "Download",
                                  "Download now", "DOWNLOAD"])
def test_a_lone_button(line):
    assert lone_button(line)


@pytest.mark.parametrize("line", ["View all the results on the council's site.", "Download the app to listen",
                                  "See All the President's Men", "Downloads rose by a third in May.",
                                  "Read in full: the council's statement"])
def test_a_line_that_says_more_is_no_button(line):
    assert not lone_button(line)


def test_buttons_between_the_story_s_paragraphs_are_not_heard():
    text = page(["Sections", "Home"], [TITLE, "By Ana Ruiz"], STORY[:2], ["Download"], STORY[2:], ["View All"],
                MORE, ["Read in Full"], ["© 2024 Harbor News"])
    heard = narrated(text)
    assert all(p in heard for p in STORY + MORE)
    assert not {"Download", "View All", "Read in Full"} & set(heard)
