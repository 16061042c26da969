"""Session 27's review (branch review27) of the session's merged rules (rows 69-70): each test fails on
main ed0464b. Made-up pages and lines."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
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


# The session's benchmark scripts: a clear refusal, no traceback, and never a figures-only set to learn from.
ROOT = Path(__file__).resolve().parents[2]


def _run(*args):
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_scripts_say_what_is_missing_without_a_traceback(tmp_path):
    for args in (["benchmarks/prose_causes_deva.py", str(tmp_path / "traf"), str(tmp_path / "flat")],
                 ["benchmarks/prose_causes.py", str(tmp_path / "rows.pkl")],
                 ["benchmarks/train_headrank.py", "cv", f"deva={tmp_path / 'deva.pkl'}"],
                 ["benchmarks/train_headrank.py", "cv", str(tmp_path / "deva.pkl")],
                 ["benchmarks/train_headrank.py", "frozen", str(tmp_path / "m.json"), "all", str(tmp_path / "b.pkl")]):
        got = _run(*args)
        assert got.returncode == 1 and "Traceback" not in got.stderr and str(tmp_path) in got.stderr, args


def _cache(tmp_path, label):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import reading_replay
    import title_replay

    from audioed.read import build

    flat = tmp_path / "flat"
    flat.mkdir(exist_ok=True)
    (flat / "xx-Paper_2024_01_02.txt").write_text("Menu\n\nHarbor ferry returns after repairs\n\n"
                                                   "The ferry sailed again on Monday after a month of repairs.\n")
    items = [("xx-Paper_2024_01_02", None, None, (["Harbor ferry returns after repairs"], "Harbor ferry"))]
    out = tmp_path / f"{label.replace(' ', '')}.pkl"
    reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, title_replay._keep_wanted), label, out)
    return out


def test_train_headrank_never_fits_on_a_figures_only_cache(tmp_path):
    tuning, held = _cache(tmp_path, "fundus a"), _cache(tmp_path, "fundus b")
    import train_headrank  # (after `_cache` put benchmarks/ on the path)

    assert [p["name"] for p in train_headrank.load([f"fa={tuning}"])] == ["xx-Paper_2024_01_02"]
    with pytest.raises(SystemExit, match="figures only"):
        train_headrank.load([f"fa={tuning}", f"fb={held}"])
    # (`frozen` replays one as totals, with weights fixed beforehand)
    assert len(train_headrank.load([f"x={held}"], figures_only=True)) == 1
