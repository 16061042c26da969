import json

import pytest

from audioed.errors import InputError
from audioed.read import parse_text, read_article
from audioed.read.build import fallback_title
from audioed.read.prose import split_sentences
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


def test_a_title_case_first_line_ending_in_a_stop_is_the_headline_read_once():
    # Some archives end every headline with a full stop; Title Case tells it from a short lede.
    text = ("Sanders Promises Action On Immigration In First 100 Days.\n\n"
            "Democratic candidate Bernie Sanders promised on Monday to act on immigration in his first months "
            "in office, going beyond the policies of the current administration.\n\n"
            "He said the plan would start on the first day and would not wait for Congress to act on it.\n")
    a = parse_text(text, source="x.txt")
    assert a.title == "Sanders Promises Action On Immigration In First 100 Days"
    narrated = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert not any("Promises Action" in t for t in narrated)
    assert narrated[0].startswith("Democratic candidate")


def test_a_short_sentence_case_lede_stays_in_the_story():
    text = ("The council voted to close the pool.\n\n"
            "Members said the building had become too costly to heat and repair after the storms of the "
            "last two winters, and that a new one would take years.\n")
    a = parse_text(text, source="pool.txt")
    narrated = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert narrated[0] == "The council voted to close the pool."


def test_a_question_under_the_story_is_not_taken_for_the_headline():
    # With no headline shape at the top, a question deep in the story is the story speaking: the
    # short paragraphs above it are not page furniture.
    text = ("Rubio's strategic stances on the issues.\n\n"
            "Marco Rubio has spent the last month talking about a small number of issues in the early states.\n\n"
            "Voters noticed.\n\n"
            "Some were pleased.\n\n"
            "Does Rubio oppose abortions but favor exceptions?\n\n"
            "His aides said the senator would answer that question at a town hall meeting in Iowa on Friday.\n")
    a = parse_text(text, source="rubio.txt")
    narrated = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert "Voters noticed." in narrated and "Some were pleased." in narrated
    assert not (a.title or "").startswith("Does Rubio")


def test_a_title_before_a_name_ends_no_sentence():
    assert split_sentences("A poll shows Sen. Bernie Sanders ahead. Mrs. Clinton trails.") == \
        ["A poll shows Sen. Bernie Sanders ahead.", "Mrs. Clinton trails."]
    assert fallback_title("For the first time, a poll shows upstart Sen. Bernie Sanders leading the race. "
                          "More follows.", None) == \
        "For the first time, a poll shows upstart Sen. Bernie Sanders leading the race"
