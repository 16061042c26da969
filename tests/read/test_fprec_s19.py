"""Session 19 (fprec8): furniture narrated inside a flattened story. A wire photo's caption closed by
its credit in the wires' own shapes ("Jo Lee / AP file", "REUTERS/Jo Lee", "[File: Reuters]") and an
ad slot's label alone on a line ("Advertising", "inRead invented by Teads") are not read; the story
around them is, and so are lines that only look alike."""

import pytest

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


@pytest.mark.parametrize("caption", [
    # an archive picture is the wire's "file", its credit glued to the caption's stop
    "Ferry passengers wait on the second pier in Portsmouth, Maine, on May 2, 2019.Jo Lee / AP file",
    # the wire first, then its photographer, after a "FILE PHOTO:" caption
    "FILE PHOTO: Ferry passengers wait on the second pier in Portsmouth, Maine, May 2, 2019. REUTERS/Jo Lee",
    "Ferry passengers wait on the second pier in Portsmouth, three years after the dispute began [File: Reuters]",
    "Ferry passengers wait on the second pier in Portsmouth on a crowded morning Getty Images",
    "Ferry passengers wait on the second pier in Portsmouth on a crowded morning in 2019. (AP)",
    "Der Fährhafen am zweiten Pier im Mai, als die Boote schon vor der Haltestelle voll waren. (Foto: dpa)",
])
def test_a_wire_caption_inside_the_story_is_not_read(caption):
    got = kinds(page(HEAD, STORY[:2], [caption], STORY[2:], MORE))
    assert got[caption] == "caption"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


@pytest.mark.parametrize("line", [
    # a wiki's sources in square brackets, a link roundup's source: no picture's label
    "The harbor board met for a thousand years before the ferries came, and its law held. [MP1 SP / MP2 SP]",
    "Why the Island Ferries Are Always Late? It Is Complicated [Bloomberg]",
])
def test_bracketed_sources_are_read(line):
    got = kinds(page(HEAD, STORY[:2], [line], STORY[2:], MORE))
    assert got[line] != "caption"


@pytest.mark.parametrize("label", ["Advertising", "ADVERTISING", "Advert", "inRead invented by Teads"])
def test_an_ad_label_inside_the_story_is_not_read(label):
    got = kinds(page(HEAD, STORY[:2], [label], STORY[2:], MORE))
    assert got[label] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_subheading_opening_with_advertising_is_read():
    line = "Advertising revenue on the ferries"
    got = kinds(page(HEAD, STORY[:2], [line], STORY[2:], MORE))
    assert got[line] in ("paragraph", "heading")
