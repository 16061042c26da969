"""Session 16's date rule (branch fdate4): a slash date either order allows ("03/05/2022") is read
in the order the page's other numeric dates show, on small made-up pages."""

from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import parse
from audioed.read.dates import day_first, find_dates, with_order


def test_the_page_order_comes_from_its_unambiguous_numeric_dates():
    assert day_first(["Kommentar vom 29/04/2022", "Publicado el 03/05/2022"]) is True
    assert day_first(["Comment of 04/29/2022", "Posted 03/05/2022"]) is False
    assert day_first(["01.11.2023, 10:00", "06/11/2023"]) is True  # a dotted date prints the day first
    assert day_first(["Posted 03/05/2022"]) is None  # nothing to tell by
    assert day_first(["29/04/2022", "04/29/2022"]) is None  # both orders: nothing either


def test_an_ambiguous_slash_date_is_written_in_the_pages_order():
    assert with_order("Publicado el 03/05/2022 a las 22h03", True) == "Publicado el 2022-05-03 a las 22h03"
    assert with_order("Posted 03/05/2022", False) == "Posted 2022-03-05"
    assert with_order("Posted 03/05/2022", None) == "Posted 03/05/2022"
    # a glued comment count stays apart from the day it follows
    assert [iso for *_, iso in find_dates(with_order("06/11/20230 Kommentare", True))] == ["2023-11-06"]


def test_a_page_dates_its_story_by_its_own_order():
    own, other = ["Publicado el 03/05/2022 a las 22h03"], ["Comentario 29/04/2022"]
    # day first, as the comment's date under the story shows: 3 May
    assert parse(page(MENU_AND_TITLE, own, STORY, MORE, other), fmt="text").date == "2022-05-03"
    # nothing on the page to tell the order by: no date rather than a wrong one
    assert parse(page(MENU_AND_TITLE, own, STORY, MORE), fmt="text").date is None
