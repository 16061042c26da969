"""Subheadings in flattened text (audioed/read/subheads.py): a section title the page's generator
marks with its link glyph, a numbered series each over its own prose. They become chapter titles;
look-alikes (a list's adjacent items, one stray mark) stay paragraphs."""

from audioed.read import parse
from audioed.script.sectioning import split_sections
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


def _headings(text):
    return [b.text for b in parse(text, fmt="text").blocks if b.kind == "heading"]


def test_lines_ending_in_a_section_link_glyph_are_headings_without_it():
    # a wiki's "[edit]" link and a generator's "¶" permalink, even with a short line under them
    for mark in ("[edit]", "¶", " #"):
        first, second = f"How the Vote Came About{mark}", f"What Changes in June{mark}"
        text = page(HEAD, STORY[:2], [first, "Main article: Harbor commission"], STORY[2:], [second], MORE)
        assert _headings(text) == ["How the Vote Came About", "What Changes in June"], mark
        got = kinds(text)
        assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_one_line_with_a_glyph_alone_is_not_taken_for_a_section():
    line = "Riders on the morning boats #"
    assert kinds(page(HEAD, STORY[:2], [line, "Main article: Harbor commission"], STORY[2:], MORE))[line] != "heading"


def test_a_numbered_series_each_over_its_own_prose_gives_the_chapters():
    items = ["1. The vote", '2. "A one-term promise"', "3) What riders will see"]
    text = page(HEAD, STORY[:1], [items[0]], STORY[1:3], [items[1], "Photo by Ana Ruiz"], STORY[3:], [items[2]], MORE)
    assert _headings(text) == items
    parts = split_sections([b for b in parse(text, fmt="text").blocks if b.kind in ("paragraph", "heading")])
    assert [p.title for p in parts] == ["Part 1", *items]


def test_a_numbered_list_or_a_broken_count_is_not_a_series():
    steps = ["1. Buy a ticket at the pier", "2. Board by the front ramp", "3. Keep the ticket until landing"]
    assert _headings(page(HEAD, STORY[:2], steps, STORY[2:], MORE)) == []  # adjacent items: a list
    odd = ["1. The vote", "4. The fares"]
    assert _headings(page(HEAD, STORY[:1], [odd[0]], STORY[1:3], [odd[1], "Photo by Ana Ruiz"], STORY[3:], MORE)) == []
    # numbered sentences are the story's own list, not titles
    said = ["1. The boats will run every hour.", "2. The fares will not change."]
    assert _headings(page(HEAD, STORY[:1], [said[0]], STORY[1:3], [said[1]], STORY[3:], MORE)) == []


def test_a_wrapped_line_a_link_label_or_a_teaser_over_its_button_is_no_subheading():
    sub = "Fuel Costs Loom Over the Autumn"  # the base rule's shape: still a subheading
    assert kinds(page(HEAD, STORY[:2], [sub], STORY[2:], MORE))[sub] == "heading"
    # a hard-wrapped sentence: its first line looks like a title, the rest runs on in lower case
    wrapped = ["The commission will publish the full timetable for the summer",
               "season on its website, with the fares and the times of the first and last boats."]
    got = kinds(page(HEAD, STORY[:2], wrapped, STORY[2:], MORE))
    assert got[wrapped[0]] != "heading"
    label = "Also: Island Ferry Timetables for the Summer"
    assert kinds(page(HEAD, STORY[:2], [label], STORY[2:], MORE))[label] != "heading"
    teaser = "Council Weighs New Budget for Parks"
    got = kinds(page(HEAD, STORY[:2], [teaser, "READ MORE"], STORY[2:], MORE))
    assert got[teaser] != "heading" and got["READ MORE"] == "chrome"


def test_a_subheading_over_its_picture_caption_stays_a_subheading():
    sub = "Fuel Costs Loom Over the Autumn"
    cap = "The morning boat leaves the second pier. Photo: Ana Ruiz"
    got = kinds(page(HEAD, STORY[:2], [sub, cap], STORY[2:], MORE))
    assert got[sub] == "heading"


_ENTRY = ("{} has run the island crossing for years and knows every rock in the channel, the crew "
          "on the morning boat said on Tuesday.")


def test_title_lines_over_the_same_short_label_are_a_guides_entries():
    names = ["Rosa Mendes", "Tomas Varga", "Lena Ostrova"]
    entries = [[n, "Photo:", _ENTRY.format(n.split()[0])] for n in names]
    text = page(HEAD, STORY[:2], *entries, MORE)
    assert _headings(text) == names
    # two alike are no template yet; a line of code left open is no title
    assert _headings(page(HEAD, STORY[:2], *entries[:2], MORE)) == []
    code = "WITH series AS ("
    assert kinds(page(HEAD, STORY[:2], [code], STORY[2:], MORE))[code] != "heading"
