"""Accents stored apart from their letters are composed before reading (session 34, fnfc34: read/decoding.py
`repair_text`, NFC): text from macOS or a CMS that keeps "u" and U+0308 as two characters is read as "ü", so its
words stay whole for every rule that reads words. Made-up story; docs/reading.md "Accents composed before reading,
session 34"."""

import unicodedata

from audioed.read import parse, read_article

TITLE = "Neue Fähre über den Hafen beschlossen"
STORY = [
    "Die Stadt hat am Dienstag beschlossen, eine neue Fähre über den Hafen fahren zu lassen, nach drei Jahren Streit.",
    "Die ersten Boote sollen im nächsten Frühjahr fahren, sagten die Behörden, und die Preise sollen denen des "
    "Busses entsprechen.",
    "Anwohner begrüßten die Entscheidung, während Kritiker vor den Kosten für die Stadtkasse warnten.",
]
ARTICLE = "\n\n".join([TITLE, "Von Jörg Müller", *STORY]) + "\n"
DECOMPOSED = unicodedata.normalize("NFD", ARTICLE)


def test_a_decomposed_text_is_read_as_the_composed_one(tmp_path):
    assert DECOMPOSED != ARTICLE  # (the story has letters with accents to decompose)
    path = tmp_path / "story.txt"
    path.write_text(DECOMPOSED, encoding="utf-8")
    for article in (read_article(path), parse(DECOMPOSED, fmt="text")):
        assert article.title == TITLE
        assert article.authors == ["Jörg Müller"]  # no author without it: "M" + "ller" are no name
        assert all(unicodedata.is_normalized("NFC", b.text) for b in article.blocks)


def test_decomposed_html_is_read_as_composed():
    html = unicodedata.normalize("NFD", f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
                                        f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    article = parse(html, fmt="html")
    assert article.title == TITLE
    assert any(b.text == STORY[0] for b in article.blocks)
