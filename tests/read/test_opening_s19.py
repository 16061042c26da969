"""Where a flattened story starts, session 19 (read/build.py's dek): a date or byline line the
furniture rules already took is still the masthead's credit block, so the prose under it is the
story's lede, not a standfirst; a paragraph ending in a colon introduces the story's next block.
Made-up pages."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import MENU_AND_TITLE, MORE, STORY, page


def _first_body_line(text):
    script = build_script(parse(text, fmt="text"))
    return next(ln.text for s in script.sections for ln in s.lines if ln.role not in ("intro", "outro"))


def test_the_lede_under_a_date_line_taken_for_furniture_is_the_story():
    # the date line, the share row and an advertisement's label around the lede: no standfirst here
    text = page(MENU_AND_TITLE, ["Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET", "Share",
                                 "Add a comment", STORY[0], "Advertisement"], STORY[1:], MORE)
    assert parse(text, fmt="text").dek is None
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_the_lede_under_a_posted_by_line_is_the_story():
    code = ["import ctypes", "def deref(addr, kind):", "return ctypes.cast(addr, kind)", "deref(id(29), 4)"]
    lede = "Can't help sharing this lovely example of the way the harbor's ferry timetable is generated, " \
           "with the script that builds it."
    text = page(MENU_AND_TITLE, ["Posted by Jo 21.10.2019", lede], code, STORY, MORE)
    assert parse(text, fmt="text").dek is None
    assert _first_body_line(text).startswith(lede[:40])


def test_a_paragraph_ending_in_a_colon_is_no_standfirst():
    intro = "Jo Lee, chair of the harbor commission, on the vote to double the crossings:"
    quote = ("\u201cWe have listened to the commuters for three years, and the new schedule gives them the "
             "boats they asked for.\u201d")
    text = page(MENU_AND_TITLE, ["Share", intro, quote, "Advertisement"], STORY, MORE)
    assert parse(text, fmt="text").dek is None
    assert _first_body_line(text).startswith(intro[:40])


def test_a_paragraph_ending_in_a_colon_over_the_credit_block_is_no_caption():
    # second under the headline (the standfirst above it), over the byline and date: fstart's caption
    # place, but a colon says it introduces the list under the credit block
    dek = "The island's boats were full before the second pier, and the commission says more are coming."
    intro = "As the new schedule stands, the commission has settled the following four points for the summer:"
    text = page(MENU_AND_TITLE, [dek, intro, "By Jo Lee", "June 3, 2024, 4:18 PM EDT"], STORY, MORE)
    assert parse(text, fmt="text").blocks[[b.text for b in parse(text, fmt="text").blocks].index(intro)].kind \
        == "paragraph"
