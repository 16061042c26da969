"""What the intro and outro say."""

from audioed.script.credits import SYNTHETIC_NOTICE, byline, intro_texts, intro_title, outro_texts
from audioed.model import Article, Block
from audioed.script import ScriptOptions, build_script


def article(**kw):
    base = dict(title="Island Ferry Service Returns After Two-Year Gap", authors=["Marisol Chen"],
                publisher="The Harbor Ledger", dek="A rebuilt dock brings back the ferry.",
                credits=["This story was co-published with the Island Weekly."],
                blocks=[Block(i, "paragraph", f"Paragraph {i} of the story, with some words.") for i in range(3)])
    base.update(kw)
    return Article(**base)


def test_byline_joins_names():
    assert byline([]) == ""
    assert byline(["A B"]) == "A B"
    assert byline(["A B", "C D", "E F"]) == "A B, C D and E F"


def test_intro_says_title_byline_publisher_and_dek_once():
    texts = intro_texts(article())
    assert texts == ["Island Ferry Service Returns After Two-Year Gap", "By Marisol Chen, for The Harbor Ledger.",
                     "A rebuilt dock brings back the ferry."]
    assert intro_texts(article(authors=[], dek=None)) == [texts[0], "From The Harbor Ledger."]


def test_outro_credits_author_publisher_notes_and_synthetic_voice():
    texts = outro_texts(article())
    assert "Marisol Chen" in texts[0] and "The Harbor Ledger" in texts[0]
    assert "This story was co-published with the Island Weekly." in texts
    assert texts[-1] == SYNTHETIC_NOTICE and "synthetic voice" in SYNTHETIC_NOTICE
    assert SYNTHETIC_NOTICE not in outro_texts(article(), notice=False)


def test_intro_chapter_title_fits_and_comes_from_the_headline():
    long = "Border Patrol and Mexican Police Make History at Arizona Border"
    assert intro_title(article(title=long)) == "Border Patrol and Mexican Police Make History at Arizona"
    assert intro_title(article(title="Short")) == "Short"


def test_script_outro_on_by_default_and_can_be_turned_off():
    on = build_script(article())
    assert on.sections[-1].lines[-1].text == SYNTHETIC_NOTICE
    off = build_script(article(), ScriptOptions(outro=False))
    assert all(l.role != "outro" for _, l in off.lines())
    assert all(SYNTHETIC_NOTICE != l.text for _, l in off.lines())
