"""Issue 9, point 4: properties (hypothesis) of the reader, quotation and normalization stages.

On arbitrary Unicode text none of them raises (the reader may refuse with an InputError, a
user's error, never another exception), and none loses or duplicates a word of the body.
Words are `\\w+` runs: punctuation and quotation marks may go, letters and digits may not. The words
kept are those of the text as written: mojibake ("donâ€™t") is repaired and accents composed (NFC) before
reading (`repair_text`).
More properties live beside their modules: quotation spans (test_quotes), chapters
(test_sectioning), engine-sized pieces (test_synthesize).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from audioed.errors import InputError
from audioed.model import NARRATED_KINDS, Article, Block
from audioed.script.normalize import normalize
from audioed.read import detect_format, parse
from audioed.read.decoding import _ANSI, decode, repair_text
from audioed.script import ScriptOptions, build_script
from audioed.script.sentences import PYSBD_BLOCK, split_sentences

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Arbitrary Unicode (no lone surrogates: no file decodes to them), with news-copy pieces mixed in
# so the rules have something to bite on: quotation marks, bylines, numbers, abbreviations, emoji.
PIECES = st.sampled_from([
    "“", "”", '"', "'", "‘", "’", "«", "»", " said ", "By Jane Doe", "\n\n", "\n", ". ", ", ", " — ", "--",
    "Cmdr. ", "U.S. ", "$300,000", "20%", "1990s", "3 p.m.", "No. 1", "Jan. 5, 2024", "WASHINGTON (AP) — ",
    "Photo: AP", "Share", "Read more: ", "😀", "👨‍👩‍👧", "\u200b", "\u00ad", "\ufeff", "\x07", "\x1b[31m",
    "\u2028", "\u0301", "Ⅻ", "²", "٣", "https://example.org/a-b", "jane@example.org", "# ", "> ", "* ",
    "The council met on Tuesday", " and ", "Smith", "(", ")", "[", "]", "…", "&", "/", "°",
])
ANY_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def words(text: str) -> list[str]:
    # Letters and digits: a run of underscores (or other marks) alone is punctuation, which the
    # quotation stage does not read on its own (quotes._spans), not a lost word.
    return re.findall(r"[^\W_]+", text)


# --- reader ---------------------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
def test_reader_never_raises_and_keeps_every_word_of_flat_text(text):
    try:
        article = parse(text, fmt="text", source="story.txt")
    except InputError as e:  # nothing to narrate: no words, or only a date, a byline ...
        assert "story.txt" in str(e) and "\n" not in str(e)
        return
    # Every block, narrated or listed as skipped, once: nothing is lost or repeated.
    assert Counter(w for b in article.blocks for w in words(b.text)) == Counter(words(repair_text(text)))
    assert article.title.strip()


@SETTINGS
@given(ANY_TEXT)
def test_reader_never_raises_whatever_format_the_text_looks_like(text):
    fmt = detect_format(text, "story.txt")
    try:
        article = parse(text, source="story.txt")
    except InputError:
        return
    if fmt == "text":
        assert Counter(w for b in article.blocks for w in words(b.text)) == Counter(words(repair_text(text)))


@SETTINGS
@given(st.binary(max_size=3000) | ANY_TEXT.map(lambda t: t.encode("utf-8")) |
       ANY_TEXT.map(lambda t: t.encode("utf-16")) | ANY_TEXT.map(lambda t: t.encode("cp1252", "ignore")))
def test_decoding_never_raises_and_leaves_no_control_characters(data):
    try:
        text = decode(data, "story.txt")
    except InputError as e:
        assert "story.txt" in str(e)
        return
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]", text)


@SETTINGS
@given(ANY_TEXT)
def test_utf8_text_decodes_to_itself_less_control_characters(text):
    try:
        decoded = decode(text.encode("utf-8"), "story.txt")
    except InputError:
        return  # only a text that is mostly control characters, or starts like a binary format
    # Every letter and digit, in order, but those of terminal escape sequences ("\x1b[31m").
    assert [c for c in decoded if c.isalnum()] == [c for c in _ANSI.sub("", repair_text(text)) if c.isalnum()]


# --- quotations (and attribution, and chapters): the script stage ------------------------------


@SETTINGS
@given(st.lists(ANY_TEXT.filter(lambda t: t.strip()), min_size=1, max_size=6),
       st.sampled_from(["voice", "cue", "plain"]))
def test_script_lines_keep_every_word_of_the_body_once_in_order(paragraphs, quotes):
    blocks = [Block(i, "paragraph", " ".join(p.split())) for i, p in enumerate(paragraphs)]
    script = build_script(Article(title="T", blocks=blocks), ScriptOptions(quotes=quotes, outro=False))
    body = [l for s in script.sections[1:] for l in s.lines]
    assert [w for l in body for w in words(l.text)] == [w for b in blocks for w in words(b.text)]
    for line in body:
        assert isinstance(line.spoken, str)


@SETTINGS
@given(ANY_TEXT.filter(lambda t: t.strip()))
def test_whole_pipeline_text_to_script_keeps_every_word(text):
    try:
        article = parse(text, fmt="text", source="story.txt")
    except InputError:
        return
    script = build_script(article, ScriptOptions(outro=False))
    said = [l.text for s in script.sections[1:] for l in s.lines]
    listed = said + [b["text"] for b in script.skipped]
    assert Counter(w for t in listed for w in words(t)) == Counter(words(repair_text(text)))
    assert [w for t in said for w in words(t)] == [w for b in article.blocks if b.kind in NARRATED_KINDS
                                                 for w in words(b.text)]


# --- normalization ----------------------------------------------------------------------------

_UNSAID = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\ufeff\ufffd\U0001F000-\U0001FAFF\u2600-\u26ff]")


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["en", "es"]))
def test_normalization_never_raises_and_says_no_emoji_or_control_character(text, language):
    said = normalize(text, language=language)
    assert not _UNSAID.search(said), ascii(said)
    assert said == said.strip() and "  " not in said


@pytest.fixture(scope="module")
def vocabulary(corpus):
    """Plain words from the reference article that normalization leaves as they are."""
    from conftest import REFERENCE

    ws = sorted({w for w in re.findall(r"[a-z]{4,}", REFERENCE.read_text(encoding="utf-8"))})
    return [w for w in ws if normalize(w) == w]


# What may sit between two words: spaces, punctuation, symbols, emoji, controls (never letters;
# nor U+FFFD, a damaged byte, which is taken as part of the word it sits in).
SEPARATORS = st.lists(st.one_of(st.sampled_from([" ", "\n", ", ", ". ", " — ", "“", "”", '"', "(", ")", ":",
                                                 "; ", "!", "?", "…", " 😀 ", "\u200b", "\x07", " - ", "/"]),
                                st.characters(whitelist_categories=("Zs", "Po", "Ps", "Pe", "Pd", "So", "Sm", "Cc"),
                                              blacklist_characters="\ufffd")),
                      min_size=1, max_size=3).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_normalization_loses_and_duplicates_no_word(vocabulary, data):
    chosen = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=25))
    seps = data.draw(st.lists(SEPARATORS, min_size=len(chosen) + 1, max_size=len(chosen) + 1))
    text = seps[0] + "".join(w + s for w, s in zip(chosen, seps[1:]))
    known = set(vocabulary)
    said = [w for w in words(normalize(text)) if w in known]
    assert said == chosen, (text, normalize(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(ANY_TEXT, min_size=1, max_size=6), st.integers(2, 4))
def test_sentence_splitting_of_long_text_keeps_every_character(parts, repeat):
    text = " ".join(parts * repeat)
    # Long enough to go to pysbd in blocks (the linear-time path) as well as whole.
    text = (text + " The end. ") * max(1, (2 * PYSBD_BLOCK + 100) // max(1, len(text) + 10) + 1)
    assume(len(text) > 2 * PYSBD_BLOCK)
    sentences = split_sentences(text)
    assert "".join("".join(sentences).split()) == "".join(text.split())
