import json

from audioed.model import Article, Block
from audioed.read import read_article
from audioed.script import ScriptOptions, build_script
from conftest import EXPECTED, REFERENCE


def test_script_json_contract(corpus):
    d = build_script(read_article(REFERENCE)).to_dict()
    assert d["version"] == 1
    for key in ("title", "dek", "authors", "publisher", "date", "url", "language", "sections", "skipped"):
        assert key in d
    line = d["sections"][1]["lines"][0]
    assert set(line) == {"role", "speaker", "paragraph", "text", "spoken"}
    assert d["sections"][0]["lines"][0]["role"] == "intro"
    assert all(set(s) == {"paragraph", "kind", "text"} for s in d["skipped"])
    json.dumps(d)  # serializable


def test_every_block_is_narrated_or_skipped(corpus):
    article = read_article(REFERENCE)
    script = build_script(article)
    narrated = {l.paragraph for _, l in script.lines() if l.paragraph is not None}
    skipped = {s["paragraph"] for s in script.skipped}
    assert narrated | skipped == {b.index for b in article.blocks}
    assert not narrated & skipped


def test_expected_paragraphs_narrated(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    script = build_script(read_article(REFERENCE))
    narrated = {l.paragraph for _, l in script.lines() if l.role in ("narrator", "quote")}
    assert set(expected["narrated_paragraphs"]) <= narrated


def test_intro_is_its_own_chapter_and_outro_optional():
    a = Article(title="T", authors=["A B"], publisher="P",
                blocks=[Block(i, "paragraph", f"Paragraph {i} has some words.") for i in range(3)])
    s = build_script(a)
    assert s.sections[0].title == "T"  # the intro chapter is named by its own text: the headline
    assert [l.role for l in s.sections[0].lines] == ["intro", "intro"]
    assert s.sections[-1].lines[-1].role == "outro"
    assert "synthetic voice" in s.sections[-1].lines[-1].text
    assert all(l.role != "outro" for _, l in build_script(a, ScriptOptions(outro=False)).lines())
