"""Session 15's date rule (branch fdate3): no date from before the web, on a small made-up page. (Its
second rule, dated lists anywhere on the page, was reverted: docs/reading.md, session 15.)"""

from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import parse


def test_a_date_from_before_the_web_is_no_pages_date():
    # a retrospective's dateline: a place, a historical date, a dash, prose
    o = "BERLIN, 9. November 1989 – Tausende strömen in der Nacht über die Grenze, die Mauer ist offen."
    assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], [o], STORY[1:], MORE), fmt="text").date is None
    # a teaser headline that opens with a historical date, a date line by its shape
    teaser = ["8. November 1923: Vor 100 Jahren der Hitler-Putsch"]
    assert parse(page(MENU_AND_TITLE, teaser, ["By Jo Lee"], STORY, MORE), fmt="text").date is None
    # a page's own date line still dates it
    own = ["May 3, 2021"]
    assert parse(page(MENU_AND_TITLE, own, ["By Jo Lee"], STORY, MORE), fmt="text").date == "2021-05-03"
