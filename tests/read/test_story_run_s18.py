"""Session 18 (frun9): the story's run is not a tag cloud, a blog's comment thread under its title,
nor a line the page says four times over (audioed/read/story.py, shapes.py, headers.py)."""

import re
import unicodedata

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read import shapes, story
from audioed.read.build import RawBlock
from audioed.read.headers import THREAD_TITLE

POST = STORY[:2]


def _folded(w):
    return unicodedata.normalize("NFKD", w.casefold())


# A blog engine's tag cloud: the story's own words, sorted as it sorts tags (one opening in lower case).
CLOUD = " ".join(sorted({w for p in STORY + MORE for w in re.findall(r"[^\W\d_]{4,}", p)}, key=_folded))


def test_a_tag_cloud_is_sorted_and_prose_is_not():
    assert shapes.tag_cloud(CLOUD)
    assert not shapes.tag_cloud(" ".join(STORY))
    assert not shapes.tag_cloud(" ".join(STORY[2:]))


def test_the_run_is_the_post_not_the_tag_cloud_below_it():
    text = page(MENU_AND_TITLE, POST, ["Tags", CLOUD, "Kategorien", "Allgemein"])
    raw = [RawBlock(b) for b in text.split("\n\n")]
    span = story.story_span(raw)
    assert span is not None and raw[span[0]].text == POST[0] and raw[span[1]].text == POST[1]
    got = kinds(text)
    assert got[POST[0]] == "paragraph" and got[POST[1]] == "paragraph"


def test_a_thread_titled_with_a_word_for_one():
    for line in ["Ein Gedanke zu „Fähren im Takt“", "Une réflexion sur « Les ferries »", "One thought on “Ferries”",
                 "Un comentario en «Los ferris»", "3 Kommentare zu Ferries"]:
        assert THREAD_TITLE.match(line), line
    # a story's heading: no quoted title after it
    assert not THREAD_TITLE.match("Eine Antwort auf die Frage, wer zahlt")


COMMENT = ("Also erstmal danke für diesen Beitrag, ich fahre seit Jahren mit der ersten Fähre und habe mich "
           "immer gefragt, warum niemand die Zählungen veröffentlicht, die Zahlen decken sich mit meinen eigenen "
           "Beobachtungen am Anleger jeden Morgen, und ich hoffe sehr, dass der neue Fahrplan hält, was er "
           "verspricht, gerade im Winter.")


def test_the_run_is_the_post_not_the_comment_thread_under_its_title():
    text = page(MENU_AND_TITLE, POST, ["Ein Gedanke zu „Ferry Crossings to Double After Harbor Vote“",
                                       "Peter sagt:", COMMENT, "Antworten", "Schreibe einen Kommentar"])
    raw = [RawBlock(b) for b in text.split("\n\n")]
    assert story.story_span(raw) == (6, 7)  # the post under the title, not the reader's longer comment


def test_leave_a_comment_in_the_familiar_form_is_a_comments_header():
    assert story.comments_header("Schreibe einen Kommentar")


# A shop's listing: each product carries the same glossary note, a sentence the page says five times.
NOTE = ("Jungwein, der bereits im ersten Jahr nach der Lese verkauft wird und nur kurz oder gar nicht im "
        "Holzfass reift, frisch und fruchtig im Geschmack.")


def test_the_run_is_the_article_not_a_note_repeated_in_a_listing():
    products = [x for n in range(5) for x in (f"Weingut {'ABCDE'[n]} Rotwein 2016", NOTE, "8,25 €")]
    text = page(MENU_AND_TITLE, POST, ["Unsere Weine"], products)
    raw = [RawBlock(b) for b in text.split("\n\n")]
    assert [x for x in shapes.repeated(raw) if raw[x].text == NOTE]
    span = story.story_span(raw)
    assert span is not None and raw[span[0]].text == POST[0] and raw[span[1]].text == POST[1]
