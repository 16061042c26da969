"""Page words in the languages news is written in (session 14, branch `flang`): skip links, a date's
or a byline's label, the author box's link to the writer's other posts, a "did you like it? share
it" appeal. One table per concept, English and the others together; made-up lines and pages."""

import pytest

from audioed.read import parse
from audioed.read.cleanup import classify
from audioed.read.headers import MORE_BY
from audioed.read.masthead import headline_like
from audioed.read.prose import Context
from flat_page import STORY, page

HEADLINE = "Ferry Crossings to Double After Harbor Vote"


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


@pytest.mark.parametrize("line, who", [
    ("Weitere Artikel von Jo Lee", "Jo Lee"), ("Alles von Jo Lee", "Jo Lee"), ("MEHR VON JO LEE", "JO LEE"),
    ("View all posts by Jo Lee", "Jo Lee"), ("Plus d'articles de Jo Lee", "Jo Lee"),
    ("Más artículos de Jo Lee", "Jo Lee"), ("Altri articoli di Jo Lee", "Jo Lee"), ("Meer artikelen van Jo Lee", "Jo Lee"),
])
def test_the_writers_other_posts_link_names_them(line, who):
    assert MORE_BY.match(line).group("who") == who


def test_the_author_box_link_to_other_posts_gives_the_author():
    text = page(["Startseite", "Politik", "Wirtschaft"], [HEADLINE], STORY,
                ["Jo Lee", "Weitere Artikel von Jo Lee", "Impressum"])
    assert parse(text, fmt="text").authors == ["Jo Lee"]


def test_a_more_from_link_naming_an_outlet_gives_no_author():
    text = page(["Home", "World"], [HEADLINE], STORY, ["More from The Bay Ledger", "Contact"])
    assert parse(text, fmt="text").authors == []


@pytest.mark.parametrize("line", [
    "Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen",
    "Den Artikel mit anderen teilen/diskutieren:", "Empfiehl dies deinen Freunden.",
    "Cet article vous a plu ? Partagez-le avec vos amis", "¿Te ha gustado este artículo? Compártelo con tus amigos",
    "If you enjoyed reading this post, please support us.",
])
def test_a_did_you_like_it_share_it_appeal_is_a_promo(line):
    assert classify(line, Context()) == "promo"


@pytest.mark.parametrize("line", ["Er hat den Artikel mit Freunden geteilt, sagte sie.",
                                  "Die Leserinnen haben den Beitrag oft mit anderen geteilt."])
def test_a_story_sentence_about_sharing_is_not_one(line):
    assert classify(line, Context()) is None

