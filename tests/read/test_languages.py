"""Page words in the languages news is written in (session 14, branch `flang`): skip links, a date's
or a byline's label set where a headline might be. One table per concept, English and the others
together; made-up lines."""

import pytest

from audioed.read.cleanup import classify
from audioed.read.masthead import headline_like
from audioed.read.prose import Context


@pytest.mark.parametrize("line", ["Zum Inhalt springen", "Zum Hauptinhalt springen", "Direkt zum Inhalt",
                                  "Aller au contenu", "Saltar al contenido principal", "Vai al contenuto",
                                  "Skip to main content", "Skip to navigation"])
def test_a_skip_link_in_any_language_is_chrome_and_no_headline(line):
    assert classify(line, Context()) == "chrome"
    assert not headline_like(line)


@pytest.mark.parametrize("line", ["Fragen zur Suche", "Der Weg zur Navigation auf hoher See"])
def test_words_of_a_skip_link_in_a_title_are_not_one(line):
    assert classify(line, Context()) is None


@pytest.mark.parametrize("line", [
    "Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko",  # a date's label (dates glued by the page)
    "Artikel von: Jessie",                                         # a byline's label, one name after it
    "Zum Hauptinhalt springen",
])
def test_a_label_line_is_no_headline(line):
    assert not headline_like(line)


def test_a_headline_with_a_colon_is_still_one():
    assert headline_like("Ferry Week: Crossings to Double After Harbor Vote")
    assert headline_like("Italien: Reise- und Sicherheitshinweise")
