"""Session 15's date rules (branch fdate3): no date from before the web, and no date from a dated
list, each on a small made-up page."""

from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import parse

TAGS = ["Tags", "Harbor", "Ferries", "Island", "Share", "Tweet", "Email", "Print", "About us", "Contact"]


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


EVENTS = ["Termine", "20.02.2020 20:00 Stammtisch", "13.02.2020 20:00 Stammtisch", "06.02.2020 20:00 Vorstandssitzung",
          "30.01.2020 20:00 Stammtisch", "23.01.2020 20:00 Stammtisch"]


def test_a_dated_list_beside_the_story_gives_no_date():
    # an events calendar just above the story: its days are no page's; the page's own line is read
    text = page(MENU_AND_TITLE, EVENTS, ["Ein Bericht", "21. September 2019"], STORY, MORE, TAGS)
    assert parse(text, fmt="text").date == "2019-09-21"
    # with no line of its own, the page has no date
    assert parse(page(MENU_AND_TITLE, EVENTS, ["By Jo Lee"], STORY, MORE, TAGS), fmt="text").date is None
    # a published and an updated line (two days) are still the page's
    own = ["Published May 3, 2021", "Updated May 4, 2021"]
    assert parse(page(MENU_AND_TITLE, own, ["By Jo Lee"], STORY, MORE), fmt="text").date == "2021-05-03"
