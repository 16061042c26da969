"""A name alone under a line is its byline only when set as a byline is (session 17:
read/headline_credit.py _set_as_byline). Made-up blocks."""

from audioed.read.build import RawBlock
from audioed.read.headline_credit import credit_under
from flat_page import STORY

HEAD = "Ferry Crossings to Double After Harbor Vote"


def _raw(*texts):
    return [RawBlock(t) for t in texts]


def test_a_name_in_a_list_of_outlets_or_a_menu_is_no_credit():
    outlets = _raw("Corriere delle Alpi", "Il Mattino di Padova", "La Nuova Venezia", "Messaggero Veneto",
                   "Il Piccolo", "La Tribuna di Treviso", "Gazzetta di Mantova", "La Provincia Pavese",
                   "Alto Adige", "Trentino", "La Sentinella del Canavese", "Il Tirreno", HEAD, STORY[0])
    assert credit_under(outlets, 0) is None
    menu = _raw("Your cart is empty", "Alle Kategorien", "Elektronik", "Garten", "Mode", "Spielzeug", "Sport")
    assert credit_under(menu, 0) is None


def test_a_name_alone_over_the_story_or_beside_a_role_or_a_date_is_a_credit():
    assert credit_under(_raw(HEAD, "Steve LeVine", *STORY), 0) == 1
    assert credit_under(_raw(HEAD, "Jessica Rudder", "Staff Writer", "Share", "Tweet", "Email", "Print"), 0) == 1
    assert credit_under(_raw(HEAD, "Share", "Anna Berg", "3. Juni 2024", "Share", "Tweet", "Email"), 0) == 2
    assert credit_under(_raw(HEAD, "Share", "Von", "Anna Berg", "Share", "Tweet", "Email"), 0) == 2
