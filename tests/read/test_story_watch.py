"""benchmarks/story_watch.py spies on the reader's `story_span` for the cause benchmarks (traf_oracle,
traf_causes, recall_causes, outside_causes): it must pass on whatever the build gives the run finder,
or every page of those benchmarks is refused (it was, from session 21's story-end change to session 22)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from audioed.read import build, parse  # noqa: E402
from story_watch import watch_story_span  # noqa: E402

PAGE = """Home
News
Sport

Harbor ferry to run all winter

By Jo Lee

The harbor ferry will run through the winter for the first time, the council decided on Monday after a long debate.

Councillors said the crossing had carried more passengers this year than in any year since it opened in 1990.

The service will cost the town about half a million a year, paid from the harbor fund, the treasurer said.

Share this story
"""


def test_the_spy_sees_the_run_the_reader_found(monkeypatch):
    monkeypatch.setattr(build, "story_span", build.story_span)  # restored after the test
    seen = watch_story_span()
    article = parse(PAGE, fmt="text")
    assert seen["span"] is not None and seen["raw"]
    start, end = seen["span"]
    heard = " ".join(b.text for b in seen["raw"][start:end + 1])
    assert "ferry will run through the winter" in heard
    assert article.title == "Harbor ferry to run all winter"
