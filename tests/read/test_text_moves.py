"""benchmarks/text_moves.py: a saved text read to its script's lines, the comparison of two dumps line by line,
the search for listener-facing shapes (session 35) and for short lines heard on many pages (session 36)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from text_moves import diff, read, recur, scan  # noqa: E402

STORY = [
    "The harbor ferry returned to the north pier on Friday after a winter of repairs in the dry dock.",
    "Hundreds of people waited on the quay to see the old boat come in, some of them for hours.",
    "The city says the crossing will run every half hour until the end of October.",
]
TEXT = "\n\n".join(["Ferry returns to the north pier", "By Ana Ruiz", *STORY]) + "\n"


def test_a_saved_text_is_read_to_its_title_authors_and_narrated_lines():
    row = read(TEXT)
    assert row["title"] == "Ferry returns to the north pier" and row["authors"] == ["Ana Ruiz"]
    assert ["narrator", STORY[1]] in row["lines"]
    assert read("") == {"error": "InputError"}


def test_diff_lists_moved_pages_with_their_lines():
    before = {"gn1a/x": read(TEXT), "gn1a/y": read(TEXT)}
    after = {"gn1a/x": read(TEXT.replace(STORY[1] + "\n\n", "")), "gn1a/y": read(TEXT)}
    out = diff(before, after)
    assert out[0] == "== gn1a/x" and f"   -narrator| {STORY[1]}" in out
    assert out[-1] == "pages moved: gn1a 1 of 2"
    assert diff(before, before) == ["pages moved: none of 2"]


def test_scan_counts_and_lists_listener_facing_lines():
    rows = {"gn1a/x": {"lines": [["narrator", "Click here to bet on football with Sky Bet!"],
                                 ["narrator", STORY[0]], ["narrator", STORY[0]],
                                 ["outro", "Contact ana@example.org"]]}}
    counts = scan(rows)
    assert "click: 1 lines on 1 pages" in counts and "twice: 1 lines on 1 pages" in counts
    assert "email: 0 lines on 0 pages" in counts  # (the outro is the tool's own, not searched)
    assert scan(rows, "click") == ["gn1a/x  narrator| Click here to bet on football with Sky Bet!"]


def test_recur_lists_short_lines_heard_on_several_pages_most_first():
    notice = "This material may not be published, broadcast, rewritten or redistributed."
    rows = {"gn1a/x": {"lines": [["narrator", STORY[0]], ["narrator", notice], ["narrator", "You've reached the 20 article limit."]]},
            "gn1a/y": {"lines": [["narrator", STORY[1]], ["narrator", notice], ["narrator", "You've reached the 5 article limit."]]},
            "chaosa/z": {"lines": [["narrator", notice], ["narrator", STORY[0]], ["outro", "This audio edition was produced."]]}}
    out = recur(rows)
    assert out[0] == f"   3  {notice.lower()}  [chaosa/z, gn1a/x, gn1a/y]"
    assert out[1] == "   2  you've reached the 0 article limit.  [gn1a/x, gn1a/y]"  # (digits folded)
    assert len(out) == 2  # the story's long line recurs too, but is no short line; the outro is the tool's own
    assert recur(rows, least=3) == out[:1]
