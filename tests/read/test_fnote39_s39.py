"""A site's notice about the reader's browser or cart is never narrated nor the episode's title (session 39:
read/cleanup.py `site_notice`, marked by `furniture.mark_buttons` after the story's run is found, refused as a headline
by `masthead.headline_like` and as the first title-like line by `build._mark_title`). Flattened, "Es befinden sich
keine Artikel im Warenkorb" (a shop's empty cart) was a blog post's title, "Dein Browser ist leider veraltet" a
page's, and "Turn on your JavaScript to view content" was heard in a story. Row 96 (fnote39); docs/reading.md "A
site's notices, a glued breadcrumb and reading times, session 39". The pages here are made up in the notices' shapes."""

import pytest

from audioed.errors import InputError
from audioed.read import parse
from audioed.read.cleanup import site_notice
from audioed.read.masthead import headline_like
from audioed.script import build_script

NOTICES = [
    "You are using an outdated browser.",
    "You are using an older browser version. Please use a supported version for the best MSN experience.",
    "Your browser is out of date.",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Dein Browser ist leider veraltet.",
    "Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter. Klicke dafür einfach auf das Symbol!",
    "Turn on your JavaScript to view content",
    "Aktivieren Sie JavaScript um das Video zu sehen.",
    "Sie haben Javascript für Ihren Browser deaktiviert.",
    "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser.",
    "Zur optimalen Darstellung unserer Webseite benötigen Sie Javascript. Bitte aktivieren sie dies in Ihrem Browser.",
    "Your cart is empty",
    "Your shopping cart is currently empty.",
    "Ihr Warenkorb ist leer",
    "Es befinden sich keine Artikel im Warenkorb",
    "Cart 0",
    "Warenkorb ( 0 Einträge)",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_about_the_readers_browser_or_cart(text):
    assert site_notice(text)
    assert not headline_like(text)


@pytest.mark.parametrize("text", [
    # a tip, a report about browsers, a cart in a story, a shop's header words alone
    "Update your browser regularly to stay safe.",
    "Many users are using an outdated browser, the report found.",
    "Millions of people are using an outdated browser without knowing it.",
    "The cart is empty now, so the store closed early.",
    "Your cart is empty, the clerk told him, and he walked out.",
    "Cart 5",
    "Warenkorb",
    "Browser",
    "Wer JavaScript deaktiviert, surft sicherer, sagen Experten.",
    # headlines and story sentences opening with a notice's words go on past them
    "You’re Using an Outdated Browser — and Hackers Know It",
    "Your Browser Is No Longer Supported? Here's What To Do",
    "Activate your JavaScript skills with these five projects",
    "Ihr Browser ist veraltet – was Sie jetzt tun sollten",
    "Keine Artikel im Warenkorb? Das sagt der Handel",
    "Für die neue App benötigen Sie JavaScript nicht mehr.",
    "Aktivieren Sie JavaScript nur auf Seiten, denen Sie vertrauen, rät das Bundesamt.",
    "Sie haben JavaScript im Jahr 2010 deaktiviert, erzählt Müller.",
    "The basket is empty.",
])
def test_story_lines_about_browsers_and_carts_stay(text):
    assert not site_notice(text)


STORY = [
    "Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen",
    "22. Juni 2018",
    "Mit der neuen Datenschutz-Grundverordnung müssen auch die Vorlagen für eBay-Auktionen angepasst werden, denn "
    "viele binden Schriften und Bilder von fremden Servern ein.",
    "Wir haben alle Vorlagen geprüft und die Einbindungen so geändert, dass keine Daten mehr an Dritte gehen, bevor "
    "der Käufer es erlaubt.",
    "Die neuen Vorlagen stehen ab heute im Kundenkonto bereit und ersetzen die alten ohne weiteres Zutun.",
    "Wer eigene Anpassungen vorgenommen hat, sollte sie nach dem Update noch einmal prüfen und neu speichern.",
]


EN_STORY = [
    "Why we changed our templates",
    "June 22, 2018",
    "The new data protection rules mean that every auction design we sell had to be reworked, because many of them "
    "loaded fonts and pictures from other servers.",
    "We checked each design and reworked what it loads, so that no data goes to anyone else before the buyer "
    "agrees to it.",
    "The new designs are in your account from today and replace the old ones without anything more to do.",
    "If you edited a design yourself, check it again after the update and save it once more.",
]


def test_a_headline_opening_with_a_notices_words_stays_the_title():
    headline = "You’re Using an Outdated Browser — and Hackers Know It"
    page = "\n\n".join(["Home", "News", "Security", headline, *EN_STORY[1:]]) + "\n"
    assert parse(page, fmt="text", source="page").title == headline


def test_an_empty_cart_is_no_title_and_never_heard():
    # (the shop's header over a blog post: before session 39 the cart was the episode's title)
    page = "\n\n".join(["Home", "Your cart is empty", "Shop", "Blog", *EN_STORY]) + "\n"
    article = parse(page, fmt="text", source="page")
    assert article.title == "Why we changed our templates"
    heard = " ".join(line.text for section in build_script(article).sections for line in section.lines)
    assert "cart" not in heard


def test_a_javascript_notice_inside_the_story_is_not_heard():
    page = "\n\n".join([*STORY[:4], "Aktivieren Sie JavaScript um das Video zu sehen.", *STORY[4:]]) + "\n"
    heard = " ".join(line.text for section in build_script(parse(page, fmt="text", source="page")).sections
                     for line in section.lines)
    assert "JavaScript" not in heard
    assert "Die neuen Vorlagen stehen ab heute" in heard and "Wer eigene Anpassungen" in heard


def test_a_page_that_is_only_a_browser_notice_is_refused():
    # the page printed only its notice: there is no story to read, so the reader says so instead of narrating it
    page = "Dein Browser ist leider veraltet.\n\nLade für ein besseres Erlebnis einen neueren Browser kostenfrei " \
           "herunter. Klicke dafür einfach auf das Symbol!\n"
    with pytest.raises(InputError):
        build_script(parse(page, fmt="text", source="page"))
