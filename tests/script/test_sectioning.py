"""The chapter splitter on plain blocks, on the reference article, and as properties (hypothesis)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audioed.model import Block
from audioed.read import parse, read_article
from audioed.read.text import parse_text
from audioed.script import build_script
from audioed.script.credits import intro_title
from audioed.script.sectioning import (TITLE_LIMIT, chapter_count, cut_points, part_title, quote_open_after,
                                       split_sections)
from conftest import REFERENCE

TOPICS = {
    "harbor": "ferry dock harbor boat channel pilings tide passengers ramp deckhand",
    "budget": "council budget fare vote dollars grant taxes spending deficit auditor",
    "school": "students teachers classroom principal exams homework library recess",
    "farm": "onions irrigation drought river furrows harvest tractor seeds orchard",
    "court": "judge jury verdict lawyers appeal testimony witness sentence trial",
    "storm": "hurricane winds flooding shelters evacuation rainfall forecast levee",
}


def para(i, topic, n=60):
    vocab = TOPICS[topic].split()
    ws = [vocab[(i + k) % len(vocab)] for k in range(n)]  # every paragraph uses its whole topic
    return Block(i, "paragraph", f"{ws[0].capitalize()} {' '.join(ws[1:])}.")


def test_headings_make_chapters_titled_by_the_heading():
    blocks = [para(0, "harbor"), Block(1, "heading", "A fight over fares"), para(2, "budget"),
              Block(3, "heading", "What comes next"), para(4, "harbor")]
    parts = split_sections(blocks)
    assert [[b.index for b in p.blocks] for p in parts] == [[0], [1, 2], [3, 4]]
    # The lead above the first heading has none of its own: it is named by its place.
    assert [p.title for p in parts] == ["Part 1", "A fight over fares", "What comes next"]


def test_chapter_count_scales_with_length():
    assert [chapter_count(w) for w in (300, 1500, 2000, 2500, 5000)] == [1, 4, 5, 6, 12]
    assert all(3 <= chapter_count(w) <= 6 for w in range(1500, 2501, 50))


def test_cut_lands_where_the_topic_changes():
    # Two topics of ten paragraphs each, then a third: the cuts fall on the topic changes,
    # even though plain word counting would cut elsewhere within the window.
    blocks = [para(i, "harbor") for i in range(9)] + [para(i, "court") for i in range(9, 20)] \
        + [para(i, "storm") for i in range(20, 30)]
    assert cut_points(blocks, 3) == [9, 20]


def test_never_cuts_inside_a_multi_paragraph_quotation():
    blocks = [para(i, "harbor") for i in range(8)]
    # Paragraphs 3-5 are one quotation: 3 and 4 leave the quote open.
    blocks[3] = Block(3, "paragraph", "“We are not tourists. We need to get to work and to the clinic and school.")
    blocks[4] = Block(4, "paragraph", "“Every dollar on that fare comes out of a family budget already stretched.")
    blocks[5] = Block(5, "paragraph", "“We ask the council to think again.”")
    assert quote_open_after(blocks)[3:6] == [True, True, False]
    for count in range(2, 8):
        assert not set(cut_points(blocks, count)) & {4, 5}


def test_consecutive_block_quotations_stay_together():
    blocks = [para(i, "farm") for i in range(6)]
    blocks[2] = Block(2, "paragraph", "First paragraph of a long block quotation.", blockquote=True)
    blocks[3] = Block(3, "paragraph", "Second paragraph of the same quotation.", blockquote=True)
    assert 3 not in cut_points(blocks, 4)


def test_without_headings_chapters_are_numbered_parts():
    blocks = [para(i, t, 80) for i, t in enumerate(["harbor"] * 6 + ["school"] * 6 + ["farm"] * 6)]
    parts = split_sections(blocks)
    assert [p.title for p in parts] == ["Part 1", "Part 2", "Part 3"]


def test_a_body_of_one_chapter_is_the_story():
    parts = split_sections([para(0, "harbor"), para(1, "harbor")])
    assert [p.title for p in parts] == ["Story"]
    assert [part_title(n, 4) for n in (1, 4)] == ["Part 1", "Part 4"]


def test_reference_chapters(corpus):
    script = build_script(read_article(REFERENCE))
    body = [s for s in script.sections if any(l.role in ("narrator", "quote") for l in s.lines)]
    assert 3 <= len(body) <= 6
    assert script.sections[0].lines and {l.role for l in script.sections[0].lines} == {"intro"}
    blocks = {b.index: b for b in read_article(REFERENCE).blocks}
    for a, b in zip(body, body[1:]):
        last, first = a.lines[-1].paragraph, b.lines[0].paragraph
        assert last != first  # on a paragraph boundary
        assert not quote_open_after([blocks[last]])[0]
    # The reference has no subheadings: its chapters are numbered, never a name from the text
    # ("Homeland Security Secretary Janet Napolitano").
    assert [s.title for s in body] == [f"Part {n}" for n in range(1, len(body) + 1)]
    assert script.sections[0].title == intro_title(read_article(REFERENCE))  # the headline


# --- properties ----------------------------------------------------------------------------

WORDS = st.sampled_from(sorted(set(" ".join(TOPICS.values()).split())))
SENTENCE = st.lists(WORDS, min_size=4, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)


@st.composite
def bodies(draw):
    texts = draw(st.lists(PARAGRAPH, min_size=1, max_size=40))
    blocks = []
    for i, t in enumerate(texts):
        style = draw(st.sampled_from(["plain", "plain", "plain", "open-quote", "blockquote", "heading"]))
        if style == "open-quote":
            t = "“" + t
        if style == "heading":
            blocks.append(Block(i, "heading", " ".join(t.split()[:4]).rstrip(".")))
        else:
            blocks.append(Block(i, "paragraph", t, blockquote=style == "blockquote"))
    return blocks


@settings(max_examples=150, deadline=None)
@given(bodies())
def test_split_keeps_every_block_once_in_order(blocks):
    parts = split_sections(blocks)
    assert [b for p in parts for b in p.blocks] == blocks
    assert all(p.blocks for p in parts)
    for n, p in enumerate(parts, 1):
        assert 0 < len(p.title) <= TITLE_LIMIT
        # its heading's words, else its place
        first = p.blocks[0]
        if first.kind == "heading":
            assert " ".join(first.text.split()).startswith(p.title)
        else:
            assert p.title == part_title(n, len(parts))


@settings(max_examples=150, deadline=None)
@given(bodies())
def test_no_cut_follows_an_open_quotation(blocks):
    if any(b.kind == "heading" for b in blocks):
        blocks = [b for b in blocks if b.kind != "heading"] or [Block(0, "paragraph", "One.")]
    open_after = quote_open_after(blocks)
    total = sum(len(b.text.split()) for b in blocks)
    for cut in cut_points(blocks, chapter_count(total, 40)):
        assert not open_after[cut - 1]


FURNITURE = st.sampled_from([
    "Donate Now", "Share this story", "Latest Stories from The Daily Planet", "Current site Current page",
    "A crowd gathers outside the hall on Monday. (Jane Roe/AP Photo)", "Advertisement",
    "Sign up for our newsletter to get the news in your inbox every morning.",
    "Map: Where the water goes. Click to see the full map.",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=4, max_size=25, unique=True), st.lists(st.tuples(st.integers(0, 30), FURNITURE), max_size=6))
def test_reader_and_script_never_lose_or_repeat_a_body_paragraph(paragraphs, furniture):
    blocks = ["Council Weighs Plan for Harbor Ferry"] + list(paragraphs)
    for pos, junk in sorted(furniture, reverse=True):
        blocks.insert(1 + pos % len(blocks), junk)
    article = parse_text("\n\n".join(blocks))
    script = build_script(article)
    lines = list(script.lines())
    for p in paragraphs:
        indexes = [b.index for b in article.blocks if b.text == p]
        for i in indexes:
            body = [l for _, l in lines if l.paragraph == i]
            if article.blocks[i].kind == "dek":  # the dek is heard once, in the intro
                assert not body and [l.text for l in script.sections[0].lines].count(p) == 1
            else:
                assert article.blocks[i].kind == "paragraph"
                assert sorted(" ".join(l.text for l in body).split()) == sorted(p.split())


# --- chapter titles from real inputs (the readers' headings reach the splitter) -----------------

PLACES = ["harbor", "market", "station", "library", "river", "bridge", "school", "stadium", "clinic", "airport",
          "museum", "park", "tunnel", "depot"]


def prose(i: int) -> str:
    """A paragraph of about 60 words, different for every i."""
    a, b = PLACES[i % len(PLACES)], PLACES[(i * 5 + 3) % len(PLACES)]
    return (f"Work on the {a} began in week {i + 2}, when crews from the {b} yard arrived with cranes and trucks. "
            f"Neighbours said the noise of the {a} site started before dawn on most days, and the council "
            f"promised to limit it. The budget for the {a} grew by {i + 3} percent over the year, the auditor "
            f"found in a report published on the city's website this week.")


def texts(article):
    return [s.title for s in build_script(article).sections]


def test_flattened_text_without_subheadings_gets_numbered_parts():
    article = parse_text("\n\n".join(["City Rebuilds Its Harbor Front", *(prose(i) for i in range(14))]))
    titles = texts(article)
    assert titles[0] == "City Rebuilds Its Harbor Front" and titles[-1] == "Credits"
    assert titles[1:-1] == [f"Part {n}" for n in range(1, len(titles) - 1)] and len(titles) - 2 >= 2


def test_a_short_story_is_one_chapter_called_story():
    article = parse_text("\n\n".join(["City Rebuilds Its Harbor Front", prose(0), prose(1), prose(2)]))
    assert texts(article)[1:-1] == ["Story"]


def test_short_title_case_lines_in_flattened_text_are_the_chapter_titles():
    blocks = ["City Rebuilds Its Harbor Front", prose(0), prose(1), "Cranes on the Waterfront", prose(2), prose(3),
              "What Comes Next", prose(4), prose(5)]
    titles = texts(parse_text("\n\n".join(blocks)))
    assert titles[1:-1] == ["Part 1", "Cranes on the Waterfront", "What Comes Next"]


def test_a_credit_or_a_date_between_paragraphs_is_no_chapter_title():
    blocks = ["City Rebuilds Its Harbor Front", prose(0), prose(1), "Cranes at Dawn | Jane Roe",
              prose(2), "March 4, 2024", prose(3)]
    titles = texts(parse_text("\n\n".join(blocks)))
    assert titles[1:-1] == ["Story"]


def test_html_subheadings_are_the_chapter_titles():
    paras = "".join(f"<p>{prose(i)}</p>" for i in range(2))
    html = (f"<html><head><title>City Rebuilds Its Harbor Front</title></head><body><article>"
            f"<h1>City Rebuilds Its Harbor Front</h1>{paras}<h2>Cranes on the waterfront</h2><p>{prose(2)}</p>"
            f"<h3>Who pays</h3><p>{prose(3)}</p><h2>What comes next</h2><p>{prose(4)}</p></article></body></html>")
    titles = texts(parse(html, fmt="html"))
    assert titles[1:-1] == ["Part 1", "Cranes on the waterfront", "Who pays", "What comes next"]


def test_markdown_headings_are_the_chapter_titles():
    md = "\n\n".join(["# City Rebuilds Its Harbor Front", prose(0), "## Cranes on the waterfront", prose(1),
                      "## What comes next", prose(2)])
    assert texts(parse(md, fmt="markdown"))[1:-1] == ["Part 1", "Cranes on the waterfront", "What comes next"]


def test_a_label_repeated_between_paragraphs_is_no_chapter_title():
    # A widget's label ("Company Town" over each teaser) repeats; an article's subheadings differ.
    blocks = ["City Rebuilds Its Harbor Front", prose(0), "Related Coverage", prose(1), prose(2),
              "Cranes on the Waterfront", prose(3), "Related Coverage", prose(4)]
    titles = texts(parse_text("\n\n".join(blocks)))
    assert titles[1:-1] == ["Part 1", "Cranes on the Waterfront"]
