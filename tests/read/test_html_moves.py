"""benchmarks/html_moves.py: a page read to the fields compared, and the comparison, which lists tuning pages
and only counts the held halves' moves (up, down, other), never naming a held page."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from html_moves import diff, read  # noqa: E402

PAGE = """<html><head><title>Ferry returns | Harbor Ledger</title></head><body><h1>Ferry returns</h1>
<p>The harbor ferry returned to the north pier on Friday after a winter of repairs in the dry dock.</p>
<p>Hundreds of people waited on the quay to see the old boat come in, some of them for hours.</p></body></html>"""


def test_a_page_is_read_to_its_title_and_whether_it_is_the_truths():
    row = read(PAGE, "https://harborledger.example/ferry", "Ferry returns")
    assert row["title"] == "Ferry returns" and row["right"] is True
    assert len(row["script"]) == 12 and set(row) >= {"authors", "publisher", "dek"}
    assert read(PAGE, None, "Bridge closes")["right"] is False
    assert read("<html><body></body></html>", None, None) == {"error": "InputError"}


def test_tuning_pages_are_listed_and_held_pages_only_counted():
    before = {"chaosa/kong (2)": {"title": "A", "right": False}, "chaos test/3": {"title": "Secret A", "right": False},
              "chaos test/4": {"title": "Secret B", "right": True}, "gn1 test/0": {"title": "Same", "right": True}}
    after = {"chaosa/kong (2)": {"title": "B", "right": True}, "chaos test/3": {"title": "Secret C", "right": True},
             "chaos test/4": {"title": "Secret D", "right": False}, "gn1 test/0": {"title": "Same", "right": True}}
    out = "\n".join(diff(before, after))
    assert "chaosa/kong (2)  title: 'A' -> 'B'" in out
    assert "Secret" not in out and "chaos test/" not in out
    assert out.endswith("tuning pages moved: chaosa 1\nheld pages moved: chaos test down 1, chaos test up 1")


def test_nothing_moved_says_so():
    rows = {"read/qq": {"title": "T"}, "wcxb test/0": {"title": "U"}}
    assert diff(rows, rows) == ["tuning pages moved: none", "held pages moved: none"]
