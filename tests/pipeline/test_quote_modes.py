"""The script stage's three quote modes, on the reference article and on small articles."""

from __future__ import annotations

import json

import pytest

from audioed.model import Article, Block
from audioed.read import read_article
from audioed.script import ScriptOptions, build_script

from conftest import EXPECTED, REFERENCE


def article(*texts, blockquote=()):
    blocks = [Block(i, "paragraph", t, blockquote=i in blockquote) for i, t in enumerate(texts)]
    return Article(title="Test", blocks=blocks)


def body(script):
    return [l for _, l in script.lines() if l.role in ("narrator", "quote")]


def test_reference_script_quote_lines_match_the_annotations(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["quotes"]
    script = build_script(read_article(REFERENCE))
    quotes = [(l.paragraph, l.text, l.speaker) for _, l in script.lines() if l.role == "quote"]
    required = [(e["paragraph"], e["text"], e["speaker"]) for e in expected
                if e.get("kind") not in ("scare", "nested")]
    assert quotes == required
    scare = {e["text"] for e in expected if e.get("kind") == "scare"}
    assert not any(text in scare for _, text, _ in quotes)


def test_voice_mode_gives_quote_lines_their_speaker():
    s = build_script(article("“We waited a long time,” said Maria Lopez, who led the campaign."))
    assert [(l.role, l.speaker, l.text) for l in body(s)] == [
        ("quote", "Maria Lopez", "We waited a long time,"),
        ("narrator", None, "said Maria Lopez, who led the campaign."),
    ]


def test_cue_mode_says_quote_and_end_quote():
    s = build_script(article("“We waited a long time,” said Maria Lopez."),
                     ScriptOptions(quotes="cue"))
    lines = body(s)
    assert [l.role for l in lines] == ["narrator", "narrator"]
    assert lines[0].spoken.startswith("Quote, ") and lines[0].spoken.endswith("End quote.")
    assert lines[0].speaker == "Maria Lopez"


def test_plain_mode_keeps_the_words_on_their_own_narrator_line():
    s = build_script(article("“We waited a long time,” said Maria Lopez."),
                     ScriptOptions(quotes="plain"))
    assert [(l.role, l.text, l.speaker) for l in body(s)] == [
        ("narrator", "We waited a long time,", "Maria Lopez"), ("narrator", "said Maria Lopez.", None)]


def test_block_quotation_is_one_quote_line():
    s = build_script(article("Judge Amy Walsh wrote:", "The court cannot ignore what happened.",
                             blockquote={1}))
    assert [(l.role, l.speaker) for l in body(s)] == [("narrator", None), ("quote", "Amy Walsh")]


@pytest.mark.parametrize("mode", ["voice", "cue", "plain"])
def test_scare_quotes_stay_with_the_narrator_in_every_mode(mode):
    s = build_script(article("The ambassador spoke of a “sea change” in cooperation."),
                     ScriptOptions(quotes=mode))
    assert [(l.role, l.text) for l in body(s)] == [
        ("narrator", "The ambassador spoke of a “sea change” in cooperation.")]


def test_render_with_speaker_voices_names_the_speaker_of_quote_cues(short_article, tmp_path):
    from audioed.pipeline.render import RenderOptions, render

    result = render(short_article, RenderOptions(out_dir=tmp_path / "out", speaker_voices=True))
    quoted = [c for c in result.timeline.cues if c.role == "quote"]
    assert [c.text for c in quoted] == ["We waited a long time for this,", "It was worth it."]
    assert {c.speaker for c in quoted} == {"Maria Lopez"}
    assert (tmp_path / "out" / f"{result.slug}.mp3").stat().st_size > 10_000
