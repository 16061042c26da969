import json

import pytest
from click.testing import CliRunner

from audioed.cli import main

COMMANDS = [name for name in main.commands]


@pytest.fixture
def runner():
    return CliRunner()


def test_help_lists_every_command(runner):
    r = runner.invoke(main, ["--help"])
    assert r.exit_code == 0
    for name in COMMANDS:
        assert name in r.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    r = runner.invoke(main, [command, "--help"])
    assert r.exit_code == 0
    assert "Usage:" in r.output and len(main.commands[command].help or "") > 20
    for param in main.commands[command].params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"{command} --{param.name} has no help text"


def test_render_short_article(runner, short_article, tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(main, ["render", str(short_article), "-o", str(out), "--json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    slug = result["slug"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{slug}.{ext}" for ext in ("mp3", "jpg", "chapters.json", "vtt", "srt", "html", "episode.json"))
    info = json.loads(runner.invoke(main, ["inspect", str(out / f"{result['slug']}.mp3"), "--json"]).output)
    assert info["title"] == "Town Opens New Library After Long Campaign"
    assert info["author"] == "Jane Doe"
    assert len(info["chapters"]) >= 3
    assert info["chapters"][0]["start_ms"] == 0
    assert abs(info["chapters"][-1]["end_ms"] - info["duration_s"] * 1000) < 100


def test_script_json(runner, short_article):
    r = runner.invoke(main, ["script", str(short_article), "--json"])
    assert r.exit_code == 0
    d = json.loads(r.output)
    assert d["title"] == "Town Opens New Library After Long Campaign"
    assert d["authors"] == ["Jane Doe"]


def test_title_author_publisher_overrides(runner, short_article, tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(main, ["render", str(short_article), "-o", str(out), "--json", "--title", "New Title",
                             "--author", "Ann Smith, Bo Li", "--publisher", "The Gazette"])
    assert r.exit_code == 0, r.output
    slug = json.loads(r.output)["slug"]
    assert slug == "new-title"
    info = json.loads(runner.invoke(main, ["inspect", str(out / f"{slug}.mp3"), "--json",
                                           "--no-loudness"]).output)
    assert info["title"] == "New Title"
    assert info["author"] == "Ann Smith/Bo Li"  # ID3v2.3 joins several artists with "/"
    assert info["album"] == "The Gazette"


def _assert_one_line_error(r, fragment):
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], r.output
    assert "Traceback" not in r.output


def test_missing_file_error(runner, tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(main, ["render", str(tmp_path / "missing.txt"), "-o", str(out)])
    _assert_one_line_error(r, "no such file")
    assert not out.exists() or not any(out.iterdir())


def test_one_url_for_several_articles_is_refused(runner, short_article, tmp_path):
    # one address is one episode's link and guid: given to a directory, every episode would share them
    (tmp_path / "a").mkdir()
    for name in ("one.txt", "two.txt"):
        (tmp_path / "a" / name).write_text(short_article.read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    r = runner.invoke(main, ["render", str(tmp_path / "a"), "--url", "https://news.example.org/a-story", "-o", str(out)])
    assert r.exit_code == 2 and "--url is one article's address" in r.output
    assert not out.exists()


def test_empty_article_error(runner, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("\n  \n")
    out = tmp_path / "out"
    r = runner.invoke(main, ["render", str(p), "-o", str(out)])
    _assert_one_line_error(r, "empty")
    assert not out.exists() or not any(out.iterdir())


def test_unreadable_file_error(runner, tmp_path):
    r = runner.invoke(main, ["script", str(tmp_path)])
    _assert_one_line_error(r, "is a directory")


def test_unwritable_output_directory_error(runner, short_article, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    r = runner.invoke(main, ["render", str(short_article), "-o", str(blocker / "out")])
    _assert_one_line_error(r, "cannot create output directory")


def test_failed_render_leaves_nothing_in_output(runner, short_article, tmp_path):
    out = tmp_path / "out"
    cast = tmp_path / "bad.toml"
    cast.write_text('[roles.narrator]\nengine = "piper"\nvoice = "missing-voice"\n')
    r = runner.invoke(main, ["render", str(short_article), "-o", str(out), "--cast", str(cast)])
    _assert_one_line_error(r, "missing-voice")
    assert not out.exists() or not any(out.iterdir())


def test_inspect_non_mp3_error(runner, tmp_path):
    p = tmp_path / "x.mp3"
    p.write_text("hello")
    r = runner.invoke(main, ["inspect", str(p)])
    _assert_one_line_error(r, "not a readable MP3")


@pytest.mark.parametrize("sub", ["build", "init"])
def test_feed_subcommands_have_help(runner, sub):
    r = runner.invoke(main, ["feed", sub, "--help"])
    assert r.exit_code == 0 and "Usage:" in r.output
    for param in main.commands["feed"].commands[sub].params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"feed {sub} --{param.name} has no help text"
