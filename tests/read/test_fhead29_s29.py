"""benchmarks/title_replay.py's `record-wcxb` (session 29, fhead29): WCXB's half b is a figures-only set,
so its replays print totals and count pages moved without naming them, and the held test split is refused.
(No reader rule was kept on fhead29; docs/reading.md "The headline on WCXB's pages, session 29".)"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import reading_replay  # noqa: E402
import title_replay  # noqa: E402


def test_wcxb_b_is_figures_only():
    assert "wcxb b" in reading_replay.HELD_OUT
    assert "wcxb a" not in reading_replay.HELD_OUT


@pytest.mark.parametrize("half", ["test", "held", ""])
def test_record_wcxb_refuses_the_held_split(tmp_path, half):
    with pytest.raises(SystemExit):
        title_replay.record_wcxb(tmp_path, tmp_path, tmp_path / "c.pkl", half)
    assert not (tmp_path / "c.pkl").exists()
