"""Session 27's review (branch review27) of the session's merged rules (rows 69-70): each test fails on
main ed0464b. Made-up pages and lines."""

import time

from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import parse, story
from audioed.read.furniture import _stamp


def test_an_age_line_with_a_long_run_of_spaces_costs_its_length_not_its_square():
    # (row 69's one age line, now also `furniture._stamp`'s: "[·|]\s*" then "\W*" split a run of spaces every way)
    line = "·" + " " * 20000 + "x"
    start = time.perf_counter()
    text = parse(page(MENU_AND_TITLE, STORY[:3], ["Lighthouse keeper's cottage goes up for sale", line], STORY[3:],
                      MORE), fmt="text")
    assert time.perf_counter() - start < 5  # (about 0.2 s; main ed0464b took over 30 s)
    assert [b.text for b in text.blocks if b.kind == "paragraph"][-len(MORE):] == MORE


def test_the_age_line_still_reads_its_stamps_with_their_spaces():
    # (the same lines as before: "\W*" holds the spaces "\s*" took)
    for t in ("u/name ·   6 years ago", "Jo Lee |  5 hours ago", "posted by   3 days ago", "Submitted 2 weeks ago",
              "vor 2 Std.", "gestern 14:40", "·  il y a 3 heures"):
        assert story.AGE.match(t) and _stamp(t), t
    for t in ("·" + " " * 50 + "x", "posted by the harbor", "Two years ago the island had one ferry"):
        assert not story.AGE.match(t), t
