import json

import pytest

from audioed.errors import InputError
from audioed.read import parse_text, read_article
from conftest import EXPECTED, REFERENCE


def test_reference_metadata(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    article = read_article(REFERENCE)
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert article.publisher == expected["publisher"]


def test_byline_gives_author():
    a = parse_text("A Headline Here\n\nBy Jane Q. Doe and John Roe\n\nThe story begins here, with words.")
    assert a.title == "A Headline Here"
    assert a.authors == ["Jane Q. Doe", "John Roe"]
    assert [b.kind for b in a.blocks] == ["title", "byline", "paragraph"]


def test_trailing_bio_gives_author_and_publisher():
    a = parse_text("Headline\n\nBody text of the story.\n\nAnn Smith is a reporter at The Daily Planet.")
    assert a.authors == ["Ann Smith"]
    assert a.publisher == "The Daily Planet"
    assert a.blocks[-1].kind == "bio"


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_empty_article_is_an_input_error(text):
    with pytest.raises(InputError, match="empty"):
        parse_text(text, source="x.txt")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_binary_file_refused(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(InputError, match="binary"):
        read_article(p)


def test_windows_1252_text_is_decoded(tmp_path):
    p = tmp_path / "cp1252.txt"
    p.write_bytes("Headline\n\nThe caf\u00e9 said \u201cyes\u201d.".encode("cp1252"))
    a = read_article(p)
    assert a.blocks[-1].text == "The caf\u00e9 said \u201cyes\u201d."


def test_a_paragraph_ending_in_a_quoted_sentence_is_not_taken_for_the_title():
    # The first line ends in a period, so it is no headline shape; the paragraph that ends
    # inside a closing quote mark is a sentence all the same, not a title.
    text = ("The Latest: the mayor urges residents to leave the coast.\n\n"
            "The mayor spoke on Monday night about the storm and the roads that will close.\n\n"
            "She said the storm is “a big, big problem for this town” and “nobody is ready for it.”\n\n"
            "The storm reached the coast before dawn and flooded the harbour road, officials said.\n")
    a = parse_text(text, source="x.txt")
    narrated = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert any(t.startswith("She said the storm") for t in narrated)
    assert not a.title.startswith("She said")
