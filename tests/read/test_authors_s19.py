"""Bylines on news pages (session 19, branch fauth3)."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"


def test_a_line_going_on_after_a_name_is_no_co_author():
    # the headline set again under the byline, and a picture's credit under it, are no second writer
    text = page(MENU, [HEADLINE, "03/06/2024 | Pippa Quist", "Marta Lind – Ferry Crossings to Double"], STORY, MORE)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]
    text = page(MENU, [HEADLINE, "By Pippa Quist | June 3, 2024 | Updated: June 4, 2024", "Marta Lind / Tom Hale/GettyImages"],
                STORY, MORE)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_stacked_names_and_a_name_with_its_role_are_still_co_authors():
    a = parse(page(MENU, [HEADLINE, "By Pippa Quist", "Marta Lind, Staff Writer"], STORY, MORE), fmt="text")
    assert a.authors == ["Pippa Quist", "Marta Lind"]
