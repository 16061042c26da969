"""Several articles in one render: bounded parallel jobs, failures reported, the feed updated once."""

import json

import feedparser
from click.testing import CliRunner

from audioed.pipeline.sources import expand_sources
from audioed.cli import main
from conftest import SHORT_ARTICLE


def _articles(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-library.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (d / "b-bridge.md").write_text("---\ntitle: Bridge Reopens After Repairs\nauthor: Sam Lee\n---\n\n"
                                   "The river bridge reopened on Monday after six months of repairs.\n\n"
                                   "Drivers said the detour had added twenty minutes to their commute.\n",
                                   encoding="utf-8")
    (d / "c-broken.txt").write_text("   \n\n  \n", encoding="utf-8")  # empty: must fail alone
    (d / "notes.json").write_text("{}", encoding="utf-8")  # not an article: ignored
    return d


def test_expand_sources_takes_article_files_from_directories(tmp_path):
    d = _articles(tmp_path)
    assert [p.name for p in expand_sources([d])] == ["a-library.txt", "b-bridge.md", "c-broken.txt"]
    assert expand_sources([d / "a-library.txt", tmp_path / "missing.txt"])[1].name == "missing.txt"


def test_batch_continues_past_a_broken_article_and_updates_the_feed_once(tmp_path):
    d = _articles(tmp_path)
    out = tmp_path / "out"
    r = CliRunner(mix_stderr=False).invoke(main, ["render", str(d), "-o", str(out), "--jobs", "2", "--feed",
                                                   "--base-url", "http://127.0.0.1:8000/", "--json"])
    assert r.exit_code == 1, r.output
    result = json.loads(r.stdout)  # the feed's warnings (no owner e-mail, placeholder title) go to stderr
    assert [f["article"].rsplit("/", 1)[1] for f in result["failed"]] == ["c-broken.txt"]
    assert "empty" in result["failed"][0]["error"]
    assert len(result["rendered"]) == 2 and len(list(out.glob("*.mp3"))) == 2
    feed = feedparser.parse(out / "feed.xml")
    assert not feed.bozo
    assert sorted(e.title for e in feed.entries) == ["Bridge Reopens After Repairs",
                                                     "Town Opens New Library After Long Campaign"]


def test_batch_without_json_says_what_failed(tmp_path):
    d = _articles(tmp_path)
    r = CliRunner().invoke(main, ["render", str(d / "c-broken.txt"), str(tmp_path / "nope.txt"),
                                  "-o", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert "0 rendered, 2 failed" in r.output
    assert "Traceback" not in r.output
