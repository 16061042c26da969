"""The recorder benchmarks/date_replay.py and title_replay.py share (benchmarks/reading_replay.py):
a reader step's arguments kept whole, and a cache of the chosen half's pages only."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import reading_replay  # noqa: E402
from reading_traf import page_quarter  # noqa: E402

from audioed.read import build  # noqa: E402


def test_spy_keeps_a_copy_of_the_arguments_taken_before_the_call_with_defaults_filled():
    def step(blocks, kinds, span=None):
        blocks.append("changed by the step")
        return len(blocks)

    spy = reading_replay.Spy(step)
    assert spy.args is None
    assert spy([1], ["body"]) == 2
    assert spy.args == ([1], ["body"], None) and spy.result == 2
    spy(["a"], ["title"], span=(0, 1))
    assert spy.args == (["a"], ["title"], (0, 1))
    spy.clear()
    assert spy.args is None and spy.result is None


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    # two deva pages and a devb one, by the fixed split of their names; one deva page has no date
    assert [page_quarter(n) for n in ("page2", "page4", "page1")] == ["deva", "deva", "devb"]
    tests, flat = tmp_path / "traf" / "tests", tmp_path / "flat"
    (tests / "cache").mkdir(parents=True)
    flat.mkdir()
    data = {}
    for name, date in (("page2", "2024-03-05"), ("page4", None), ("page1", "2024-01-02")):
        (tests / "cache" / f"{name}.html").write_text("<html><body><h1>A headline</h1></body></html>")
        (flat / f"{name}.txt").write_text("Harbor ferry returns after repairs\n\n"
                                          "The ferry sailed again on Monday after a month of repairs at the yard.\n")
        data[f"https://example.org/{name}"] = {"file": f"{name}.html", "title": "Harbor", "date": date}
    (tests / "evaldata.json").write_text(json.dumps(data))
    return tmp_path / "traf", flat


def test_record_caches_what_the_script_keeps_of_the_chosen_half_and_puts_the_step_back(tmp_path):
    root, flat = _corpus(tmp_path)
    real = build._mark_title
    n = reading_replay.record(build, "_mark_title", root, flat, tmp_path / "c.pkl",
                              lambda spy, article, html, item: dict(args=spy.args, read=article is not None),
                              wanted=lambda item: bool(item["date"]))
    assert build._mark_title is real
    pages, half = reading_replay.load(tmp_path / "c.pkl")
    assert n == 1 and half == "deva" and list(pages) == ["page2"]  # page4 has no date, page1 is devb
    assert pages["page2"]["read"] and len(pages["page2"]["args"]) == 4  # raw, kinds, meta, span


def test_record_never_reads_the_held_half(tmp_path):
    root, flat = _corpus(tmp_path)
    with pytest.raises(SystemExit):
        reading_replay.record(build, "_mark_title", root, flat, tmp_path / "c.pkl", lambda *a: None, half="held")
    assert not (tmp_path / "c.pkl").exists()


def test_a_fundus_b_cache_replays_as_totals_naming_no_page(tmp_path, capsys):
    # fundus's half b is figures only, as devb: a replay against an older one counts moved pages, names none
    import title_replay

    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "xx-Paper_2024_01_02.txt").write_text("Menu\n\nHarbor ferry returns after repairs\n\n"
                                                   "The ferry sailed again on Monday after a month of repairs.\n")
    items = [("xx-Paper_2024_01_02", None, None, (["Harbor ferry returns after repairs"], "Harbor ferry"))]
    pages = reading_replay.spy_pages(build, "_mark_title", items, flat, title_replay._keep_wanted)
    reading_replay.save(pages, "fundus b", tmp_path / "b.pkl")
    title_replay.replay(tmp_path / "b.pkl", tmp_path / "old.json", None)
    title_replay.replay(tmp_path / "b.pkl", tmp_path / "new.json", tmp_path / "old.json")
    out = capsys.readouterr().out
    assert "fundus b all: title = parser's title" in out and "0 titles changed" in out
    assert "Paper" not in out and "fundus b" in reading_replay.HELD_OUT
