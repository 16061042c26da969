"""Show settings a newsroom sets once: `audioed feed init` writes DIR/feed.toml, the feed is
built with it, and a feed Apple would reject (no owner e-mail, placeholder title) warns."""

import tomllib

import feedparser
import pytest
from click.testing import CliRunner
from PIL import Image

from audioed.cli import main
from audioed.errors import InputError
from audioed.publish import feed
from publish_helpers import make_mp3, sample_script, sample_timeline, write_sidecars
from audioed.publish import sidecars

BASE = "https://audio.example/show/"


def add_episode(directory, slug, title):
    directory.mkdir(parents=True, exist_ok=True)
    mp3 = make_mp3(directory / f"{slug}.mp3")
    write_sidecars(directory, sidecars.Publication(slug=slug, script=sample_script(title=title),
                                                            timeline=sample_timeline(), audio=mp3))


def test_init_writes_settings_the_feed_uses(tmp_path):
    d = tmp_path / "show"
    cover = tmp_path / "art.png"
    Image.new("RGB", (1500, 1400), (200, 30, 30)).save(cover)
    r = CliRunner().invoke(main, ["feed", "init", str(d), "--title", "Valley \"Times\" Audio", "--author", "Valley Times",
                                  "--owner-name", "Audio Desk", "--owner-email", "desk@valley.example",
                                  "--language", "en-GB", "--category", "News", "--subcategory", "Daily News",
                                  "--explicit", "--cover", str(cover), "--link", "https://valley.example/",
                                  "--unlocked", "--base-url", BASE])
    assert r.exit_code == 0, r.output
    settings = tomllib.loads((d / "feed.toml").read_text("utf-8"))
    assert settings["title"] == 'Valley "Times" Audio' and settings["explicit"] is True
    assert settings["locked"] is False and settings["image"] == "show-cover.png"
    assert Image.open(d / "show-cover.png").size == (1400, 1400)  # centre-cropped square
    add_episode(d, "one", "First story")
    with _no_warnings():
        path = feed.build_feed(d)
    f = feedparser.parse(path.read_bytes())
    assert not f.bozo
    assert f.feed.title == 'Valley "Times" Audio' and f.feed.language == "en-GB"
    assert f.feed.image.href == BASE + "show-cover.png"
    assert f.feed.link == "https://valley.example/"
    xml = path.read_text("utf-8")
    assert "<itunes:email>desk@valley.example</itunes:email>" in xml and ">no</podcast:locked>" in xml
    assert 'text="Daily News"' in xml and "<itunes:explicit>true</itunes:explicit>" in xml


class _no_warnings:
    def __enter__(self):
        import warnings

        self.cm = warnings.catch_warnings(record=True)
        self.caught = self.cm.__enter__()
        warnings.simplefilter("always")

    def __exit__(self, *exc):
        self.cm.__exit__(*exc)
        assert [str(w.message) for w in self.caught] == []


def test_init_refuses_to_overwrite_and_checks_values(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["feed", "init", str(tmp_path), "--title", "A"]).exit_code == 0
    r = runner.invoke(main, ["feed", "init", str(tmp_path), "--title", "B"])
    assert r.exit_code == 1 and "exists" in r.output and "--force" in r.output
    assert runner.invoke(main, ["feed", "init", str(tmp_path), "--title", "B", "--force"]).exit_code == 0
    assert tomllib.loads((tmp_path / "feed.toml").read_text("utf-8"))["title"] == "B"
    r = runner.invoke(main, ["feed", "init", str(tmp_path / "x"), "--owner-email", "not-an-address"])
    assert r.exit_code == 1 and "not an e-mail address" in r.output
    with pytest.raises(InputError, match="base URL"):
        feed.write_settings(tmp_path / "y", {"base_url": "ftp://x"})


def test_init_asks_in_a_terminal(tmp_path, monkeypatch):
    from audioed import cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    r = CliRunner().invoke(main, ["feed", "init", str(tmp_path), "--owner-name", "Desk"],
                           input="Morning Edition\nMorning Team\ndesk@news.example\nhttps://a.example/\n")
    assert r.exit_code == 0, r.output
    s = tomllib.loads((tmp_path / "feed.toml").read_text("utf-8"))
    assert (s["title"], s["author"], s["owner_name"], s["owner_email"], s["base_url"]) == (
        "Morning Edition", "Morning Team", "Desk", "desk@news.example", "https://a.example/")


def test_feed_warns_when_apple_would_reject_it(tmp_path):
    add_episode(tmp_path, "one", "First story")
    import subprocess
    import sys

    def run(*args):  # a real process: pytest keeps in-process warnings for itself
        return subprocess.run([sys.executable, "-m", "audioed", *args], capture_output=True, text=True)

    r = run("feed", str(tmp_path), "--base-url", BASE)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert any(l.startswith("warning: the feed has no owner e-mail") for l in lines)
    assert any(l.startswith("warning: the show is still titled 'audioed'") for l in lines)
    (tmp_path / "feed.toml").write_text('title = "Real Show"\nowner_email = "a@b.example"\n', encoding="utf-8")
    r = run("feed", "build", str(tmp_path), "--base-url", BASE)
    assert r.returncode == 0 and r.stderr == ""
