"""Over-long sentences are cut for the engine (bounded memory) but heard and shown whole."""

from hypothesis import given
from hypothesis import strategies as st

from audioed.audio.assemble import Pauses, assemble
from audioed.audio.pcm import AudioSegment
from audioed.model import Article, Block, Cue
from audioed.script import build_script
from audioed.model import Clip
from audioed.voice.utterances import MAX_CHUNK, speech_chunks, utterances

LONG = ("The American town has a population of 30,000 and a downtown dotted with shuttered shops, "
        "and the federal government is the main employer; economic woes have forced the city to close "
        "three parks, two pools and a library, and more closures are to come, officials said on Tuesday.")


def test_short_sentence_is_one_piece():
    assert speech_chunks("A short sentence.") == ["A short sentence."]


def test_long_sentence_cut_at_the_strongest_clause_break():
    pieces = speech_chunks(LONG)
    assert len(pieces) == 2 and all(len(p) <= MAX_CHUNK for p in pieces)
    assert pieces[0].endswith("main employer;")


def test_parenthesis_starts_the_next_piece():
    text = "word " * 20 + "(an aside that goes on " + "and on " * 12 + "until the end)"
    pieces = speech_chunks(text.strip(), limit=100)
    assert any(p.startswith("(") for p in pieces)
    assert not any(p.endswith("(") for p in pieces)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=1200))
def test_pieces_are_bounded_and_keep_every_character(text):
    text = " ".join(text.split())
    pieces = speech_chunks(text, limit=80) if text else []
    assert all(len(p) <= 80 for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


class Collect:
    def write(self, pcm):
        pass


def test_pieces_of_one_sentence_make_one_cue():
    article = Article(title="T", blocks=[Block(0, "paragraph", LONG)])
    script = build_script(article)
    us = [u for u in utterances(script) if u.line.paragraph == 0]
    assert [u.part for u in us] == [0, 1] and [u.last for u in us] == [False, True]
    clips = [Clip(u, AudioSegment.silent(1000, frame_rate=1000).set_sample_width(2)) for u in us]
    t = assemble(clips, Collect(), frame_rate=1000, section_titles=[s.title for s in script.sections],
                 pauses=Pauses(clause=100, tail=0))
    assert t.cues == [Cue(0, 2100, us[0].caption, None, "narrator", us[0].line_no)]
