"""The headline in flattened text read without the page's address, session 14 (read/masthead.py:
`_akin` near the story). Made-up pages."""

from audioed.read import parse
from audioed.read.masthead import _akin, headline_like
from flat_page import STORY, page

MENU = ["Home", "Local", "Sports", "Contact"]


def test_a_headline_whose_words_the_story_inflects_or_compounds_is_a_candidate():
    # No word of the headline is in the story in the same form ("islanders" / "island", "doubled" /
    # "double", "ferrying" / "ferry"); the site's name shares "harbor" exactly and was taken.
    head = "Islanders Welcome Doubled Ferrying"
    text = page(["Harbor Town Gazette"], MENU, [head, "June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == head
    assert _akin("mandantenkommunikation", "kommunikation") and _akin("fundusze", "funduszy")
    assert not _akin("unterricht", "unternehmen") and not _akin("ferry", "fern")
    # a skip link in German is no headline, whatever words it shares
    assert not headline_like("Zum Inhalt springen") and not headline_like("Zum Hauptinhalt springen")

