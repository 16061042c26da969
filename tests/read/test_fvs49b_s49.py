""""vs." joins two names: a line such as "Laptop vs. Desktop: How Many Watts Does a Computer Use?" is title-shaped,
not two sentences, so a text opening with it has it whole as its title, and a subheading with "vs." opens a chapter
(session 49, branch fvs49b; read/subheads.py `_STOP_INSIDE`). Every text here is made up."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import STORY, TITLE, narrated, page

HEADLINE = "Ferry vs. Bridge: Which Crossing Should the Island Build First?"
SUBHEAD = "Ferry vs. Bridge: The Costs Compared"


def test_a_text_opening_with_a_vs_headline_has_it_whole_as_title_and_heard_once():
    text = page([HEADLINE, "By Ana Ruiz"], STORY)
    assert parse(text, fmt="text").title == HEADLINE
    assert narrated(text)[0] == STORY[0]


def test_a_vs_subheading_opens_a_chapter():
    text = page([TITLE, "By Ana Ruiz"], STORY[:2], [SUBHEAD], STORY[2:])
    script = build_script(parse(text, fmt="text"))
    assert SUBHEAD in [section.title for section in script.sections]


def test_a_line_with_a_stop_inside_is_still_no_title():
    # (a sentence's break after any other word still keeps a line from being a title: "… the vote. Fares …")
    text = page(["Fares stay as they are for now. Fuel costs could change that", "By Ana Ruiz"], STORY)
    assert parse(text, fmt="text").title != "Fares stay as they are for now. Fuel costs could change that"
