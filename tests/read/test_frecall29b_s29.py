"""Session 29 (frecall29b): the story's lists (`story._story_lists`) widen the span the body is heard from,
while the headline, byline, site and date are chosen over the run as found without them: a list joined above
the run moved its start over the lines those choices read (held: headline and title fell under frecall29)."""

import sys
from pathlib import Path

from audioed.read import build
from audioed.read.build import RawBlock
from audioed.read.story import story_span

sys.path.insert(0, str(Path(__file__).parent))
from test_frecall29_s29 import AFTER, BULLETS, FOOT, MENU, STORY, TITLE  # noqa: E402

INTRO = ("Picking a blockchain marketing agency for a token launch means comparing how each agency grows crypto "
         "communities, onboards wallet users and reports on the campaigns it runs for the project.")


def _raw(*parts):
    return [RawBlock(x) for part in parts for x in part]


def _spans_given(raw, monkeypatch):
    """The spans build_article gives the title's and the byline's choices."""
    seen = {}
    real_title, real_byline = build._mark_title, build.find_byline

    def title(r, k, m, span=None):
        seen["title"] = span
        return real_title(r, k, m, span)

    def byline(r, k, span):
        seen["byline"] = span
        return real_byline(r, k, span)
    monkeypatch.setattr(build, "_mark_title", title)
    monkeypatch.setattr(build, "find_byline", byline)
    build.build_article(raw, build.Meta())
    return seen


def test_the_headline_and_byline_see_the_run_without_the_list_above_it(monkeypatch):
    raw = _raw(MENU, TITLE, [INTRO], BULLETS, STORY, [AFTER], FOOT)
    joined, alone = story_span(raw), story_span(raw, lists=False)
    assert joined[0] < alone[0]  # the list above the run is joined: the body starts at the intro
    seen = _spans_given(raw, monkeypatch)
    assert seen["title"] == alone and seen["byline"] == alone


def test_without_a_list_both_spans_are_one(monkeypatch):
    raw = _raw(MENU, TITLE, STORY, [AFTER], FOOT)
    assert story_span(raw) == story_span(raw, lists=False)
    assert _spans_given(raw, monkeypatch)["title"] == story_span(raw)
