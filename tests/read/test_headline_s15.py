"""The headline in flattened text read without the page's address, session 15 (read/masthead.py:
`sentence_break` in any alphabet, headlines in two parts). Made-up pages."""

from audioed.read import parse
from audioed.read.masthead import headline_like
from audioed.read.prose import sentence_break
from flat_page import STORY, page

MENU = ["Startseite", "Lokales", "Sport", "Kultur", "Impressum"]


def test_a_sentence_break_is_read_in_any_alphabet():
    # a stop after a word with an umlaut or a Polish letter, then a capital: a break ("übertragen.
    # Sind"); after a capitalised word an abbreviation ("Rep. Ilhan", "Sud. Il")
    assert sentence_break("Daten an Facebook übertragen. Sind Sie damit einverstanden?")
    assert sentence_break("Zgoda na pliki cookie bliżej. Sejm zagłosował")
    assert sentence_break("Él llegó tarde. Ésta es la razón")
    assert not sentence_break("Rep. Ilhan Omar wins") and not sentence_break("Perturbazione al Sud. Il Nord resta caldo")
    # a consent notice asking a question is no headline
    assert not headline_like("Wenn Sie diesen Button anklicken, werden Daten an Facebook übertragen. Sind Sie einverstanden?")
    assert headline_like("eBay sues Amazon") and headline_like("iOS 13 will fix the bug") and not headline_like("über alles")


def test_a_short_line_in_two_parts_that_ends_on_no_stop_is_a_headline():
    head = "Endlich! Die Fähren fahren doppelt so oft"
    assert headline_like(head) and headline_like("Ferry fares fall. The harbor votes yes")
    # prose ends on a stop; a notice of two sentences runs longer than a headline
    assert not headline_like("Ferry fares fall. The harbor votes yes.")
    assert not headline_like("Press J to jump to the feed. Press question mark to learn the rest of the keyboard shortcuts")
    text = page(["Hafenblatt"], MENU, [head, "3. Juni 2024"], STORY)
    assert parse(text, fmt="text").title == head
