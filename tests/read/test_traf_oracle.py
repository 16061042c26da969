"""The block oracle of benchmarks/traf_oracle.py: where a snippet lies among the flattened page's
blocks, and the span of blocks that hears most "with" snippets and fewest "without"."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from traf_oracle import best_span, occurrences, set_score  # noqa: E402

BLOCKS = ["Home News Sport", "The ferry will run all winter.", "The council voted on Monday.",
          "Share this story", "More from the harbor"]


def test_a_snippet_over_a_block_break_lies_in_the_shortest_run_of_blocks():
    assert occurrences("all winter.", BLOCKS) == [(1, 1)]
    assert occurrences("winter. The council", BLOCKS) == [(1, 2)]
    assert occurrences("not on the page", BLOCKS) == []


def test_a_snippet_is_heard_only_when_its_whole_run_is_chosen():
    w = [occurrences("winter. The council", BLOCKS)]
    assert set_score({1, 2}, w, []) == (1, 0)
    assert set_score({1}, w, []) == (0, 0)


def test_the_best_span_keeps_the_story_and_leaves_the_share_row():
    w = [occurrences("ferry will run", BLOCKS), occurrences("voted on Monday", BLOCKS)]
    wo = [occurrences("Share this story", BLOCKS), occurrences("Home News", BLOCKS)]
    # the reader's run (1, 3) heard the share row: the best span ends before it
    s, e, chosen = best_span(len(BLOCKS), w, wo, None, (1, 3))
    assert (s, e) == (1, 2) and set_score(chosen, w, wo) == (2, 0)
    # never worse than the reader: a floor of two heard and one leak still finds the clean span
    assert best_span(len(BLOCKS), w, wo, None, (1, 3), floor=(2, 1))[:2] == (1, 2)
