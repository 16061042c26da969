"""Review of session 27's fchap27 and fauth27 (branch review27b): the guards of `authors._over_story`
and of `byline.name_line`'s comma rule that no test of tests/read/test_fauth_s27.py could catch
turned off (each case here fails with its guard removed)."""

import pytest

from audioed.read import parse
from audioed.read.byline import name_line
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def authors(*parts):
    return parse(page(*parts), fmt="text").authors


def test_a_name_the_table_lacks_needs_the_date_over_it():
    # no given name opens it and no date is over it: a label, not a byline (the stamp guard)
    assert authors(MENU, [HEADLINE, "1 day ago", "Share", "Save", "Island Ferries Quay"], STORY, MORE) == []


def test_a_name_the_story_names_again_is_its_subject():
    said = ["Mohloai Mpesi, a ferry captain, said the boats were full every morning of the week before the vote."]
    assert authors(MENU, [HEADLINE, "In Local News", "May 14, 2025", "Mohloai Mpesi"], STORY[:1], said,
                   STORY[1:], MORE) == []


def test_a_separator_line_between_the_date_and_a_name_the_table_lacks():
    assert authors(MENU, [HEADLINE, "May 14, 2025", "•", "Mohloai Mpesi"], STORY, MORE) == ["Mohloai Mpesi"]


def test_a_name_further_over_the_story_than_its_reach_is_no_byline():
    # five short labels under the name: it is a menu's, not the line over the lede
    assert authors(MENU, [HEADLINE, "1 day ago", "Share", "Pippa Quist", "HNT", "Save", "Print", "Listen"],
                   STORY, MORE) == []


@pytest.mark.parametrize("line", ["Mohloai Mpesi, reporter", "Mohloai Mpesi, correspondent"])
def test_a_role_after_the_comma_keeps_a_name_the_table_lacks(line):
    assert name_line(line, "May 3, 2020") == ["Mohloai Mpesi"]


def test_a_given_name_before_a_comma_and_lower_case_words_is_kept():
    assert name_line("Pippa Quist, of the harbor", "May 3, 2020") == ["Pippa Quist"]


def test_two_said_lines_between_paragraphs_stay_paragraphs():
    # a quotation closed after its comma or question mark, then who said it, is prose, not a quoted title
    from flat_page import MENU_AND_TITLE

    said, asked = "“We will run the boats,” she said", "“Why now?” asked Ana Ruiz"
    text = page(MENU_AND_TITLE, ["By Ana Ruiz"], STORY[:2], [said], STORY[2:], [asked], MORE)
    got = {b.text: b.kind for b in parse(text, fmt="text").blocks}
    assert got[said] == got[asked] == "paragraph"
    # (quoted titles themselves still are: tests/read/test_quoted_subheads_s27.py)
