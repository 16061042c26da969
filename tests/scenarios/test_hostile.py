"""Hostile content: markup, CDATA ends, quotes, newlines and control characters in titles,
names that try to leave the output directory, and requests that try to leave the served
directory or break the server. Judged by real readers: feedparser, podcast-partytime, mutagen,
ffmpeg, webvtt-py, Python's HTML parser, and a raw socket."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
import webvtt
from click.testing import CliRunner
from mutagen.id3 import ID3

from audioed.cli import main
from audioed.audio.ffmpeg import run as ffmpeg
from audioed.publish.page import asset
from audioed.publish.staging import slugify
from audioed.pipeline.render import one_line
from audioed.publish.serve import make_server
from conftest import ROOT, SHORT_ARTICLE
from publish_helpers import make_mp3

JS = Path(__file__).parents[1] / "js"
BASE = "http://127.0.0.1:8000/pod/"

TITLE = ("Fire & Ice: <b>bold</b> \"double\" 'single' ]]> --> end\nof line\r\n"
         "two\ttab\x0bvt\x00nul")
AUTHOR = "Bob <bob@example.com> & \"Co\""
PUBLISHER = "The <Daily> & ]]> Co"
FRONT_TITLE = "Markdown <script>alert('x')</script> & ]]> \"q\"\nnext line"
MARKDOWN = f"""---
title: {json.dumps(FRONT_TITLE)}
author: "Ann <a@b.c> & Lee"
publisher: "Front & <Matter>"
url: "javascript:alert(1)"
description: "A dek with <i>markup</i> & a ]]> in it"
---

{SHORT_ARTICLE.split(chr(10), 2)[2]}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Two real renders into one directory: hostile metadata by options and by front matter."""
    tmp = tmp_path_factory.mktemp("hostile")
    out = tmp / "out"
    (tmp / "plain.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (tmp / "front.md").write_text(MARKDOWN, encoding="utf-8")
    runner = CliRunner(mix_stderr=False)  # stdout is the JSON; the feed's warnings go to stderr
    results = {}
    for name, extra in (("plain.txt", ["--title", TITLE, "--author", AUTHOR, "--publisher", PUBLISHER]),
                        ("front.md", [])):
        r = runner.invoke(main, ["render", str(tmp / name), "-o", str(out), "--feed", "--base-url", BASE,
                                 "--json", *extra])
        assert r.exit_code == 0, r.output
        results[name] = json.loads(r.stdout)
    return out, results


def expected(text: str) -> str:
    return " ".join(re.sub(r"[\x00-\x1f]", " ", text).split())


def test_one_line_is_what_every_reader_shows():
    assert expected(TITLE) == one_line(TITLE) == ("Fire & Ice: <b>bold</b> \"double\" 'single' ]]> "
                                                  "--> end of line two tab vt nul")


def test_feed_is_well_formed_for_feedparser(site):
    out, _ = site
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    by_title = {e.title: e for e in parsed.entries}
    assert set(by_title) == {expected(TITLE), expected(FRONT_TITLE)}
    assert by_title[expected(TITLE)].author == AUTHOR
    assert by_title[expected(FRONT_TITLE)].author == "Ann <a@b.c>, Lee"  # "&" joins two names
    assert "link" not in by_title[expected(FRONT_TITLE)]  # a javascript: URL is not published


def test_feed_is_well_formed_for_podcast_partytime(site):
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the podcast-partytime judge cannot run")
    if not (JS / "node_modules" / "podcast-partytime").is_dir():
        pytest.fail(f"podcast-partytime is not installed: run `npm ci --prefix {JS}`")
    out, _ = site
    r = subprocess.run(["node", str(JS / "parse-feed.js"), str(out / "feed.xml")], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["warnings"] == []
    assert {i["title"] for i in doc["feed"]["items"]} == {expected(TITLE), expected(FRONT_TITLE)}


def ffmpeg_tags(path: Path) -> dict:
    """Global tags as ffmpeg's metadata muxer writes them (its escapes undone)."""
    meta = ffmpeg(["-i", str(path), "-f", "ffmetadata", "-"]).stdout.decode("utf-8")
    head = meta.split("[CHAPTER]")[0]
    tags = {}
    for m in re.finditer(r"^(\w+)=((?:[^\n\\]|\\.)*)$", head, re.M | re.S):
        tags[m.group(1)] = re.sub(r"\\(.)", r"\1", m.group(2), flags=re.S)
    return tags


@pytest.mark.parametrize("name,title,authors,album", [
    ("plain.txt", TITLE, [AUTHOR], PUBLISHER),
    ("front.md", FRONT_TITLE, ["Ann <a@b.c>", "Lee"], "Front & <Matter>")])
def test_tags_read_back_by_mutagen_and_ffmpeg(site, name, title, authors, album):
    out, results = site
    mp3 = out / f"{results[name]['slug']}.mp3"
    id3 = ID3(mp3, translate=False)
    assert id3.version[:2] == (2, 3)
    assert str(id3["TIT2"].text[0]) == expected(title)
    assert list(map(str, id3["TPE1"].text)) == ["/".join(authors)]  # ID3v2.3 keeps values apart with "/"
    assert str(id3["TALB"].text[0]) == album
    assert not id3.getall("WXXX") or id3.getall("WXXX")[0].url.startswith("http")
    tags = ffmpeg_tags(mp3)
    assert tags["title"] == expected(title) and tags["album"] == album
    assert tags["artist"] == "/".join(authors)
    info = json.loads((out / f"{results[name]['slug']}.episode.json").read_text("utf-8"))
    assert info["title"] == expected(title)


def test_transcripts_and_show_notes_carry_the_text_not_markup(site):
    out, results = site
    for name, title in (("plain.txt", TITLE), ("front.md", FRONT_TITLE)):
        slug = results[name]["slug"]
        vtt = webvtt.read(str(out / f"{slug}.vtt"))
        raw = (out / f"{slug}.vtt").read_text("utf-8")
        assert "<b>" not in raw and "<script>" not in raw  # escaped: no cue tags from the title
        body = [l for l in raw.splitlines() if "-->" in l and not re.match(r"^\d\d:\d\d:\d\d\.\d{3} --> ", l)]
        assert body == []  # "-->" inside cue text would end a cue early
        assert any("Fire" in c.text or "Markdown" in c.text for c in vtt.captions)

        class Tags(HTMLParser):
            def __init__(self):
                super().__init__()
                self.tags, self.hrefs, self.text, self.scripts = [], [], [], []

            def handle_starttag(self, tag, attrs):
                self.tags.append(tag)
                self.hrefs += [v for k, v in attrs if k == "href"]

            def handle_data(self, data):
                (self.scripts if self.lasttag == "script" else self.text).append(data)

        notes = Tags()
        notes.feed((out / f"{slug}.html").read_text("utf-8"))
        assert not set(notes.tags) & {"b", "i"}
        # One script: the page's own player, not a word of the article's markup.
        assert notes.tags.count("script") == 1 and notes.scripts[0].strip() == asset("page.js").strip()
        assert expected(title) in " ".join(notes.text)
        # Links are web addresses, fragments or files beside the page (and the empty icon, "data:,").
        assert all(h.startswith(("http://", "https://", "#")) or h == "data:," or "/" not in h and ":" not in h
                   for h in notes.hrefs)


# --- slugs ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["../../etc/passwd", "/abs/path", "..\\..\\windows", "CON", "con.txt", "nul",
                                   "COM1", ".", "..", "...", "~", "-", "Feed", "feed cover", "Index", "a/../../b",
                                   "\x00", "💥💥", "x" * 300])
def test_slugs_are_plain_names_that_overwrite_nothing_of_the_directory(title):
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 60
    assert slug not in {"con", "nul", "com1", "feed", "feed-cover", "index"}
    assert Path(slug).name == slug and not slug.startswith(".")


@pytest.fixture(scope="module")
def slug_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("slug-cache")


@pytest.mark.parametrize("title,slug", [("../../etc/passwd", "etc-passwd"), ("/abs/path", "abs-path"),
                                        ("CON", "episode-con"), ("..", "episode"), ("Feed Cover", "episode-feed-cover"),
                                        ("", "town-opens-new-library-after-long-campaign"),
                                        ("  \n ", "town-opens-new-library-after-long-campaign")])
def test_rendered_files_stay_inside_the_output_directory(tmp_path, slug_cache, title, slug):
    article = tmp_path / "library.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "a" / "b" / "out"
    before = {p for p in tmp_path.rglob("*") if "clip-cache" not in p.parts}
    r = CliRunner(mix_stderr=False).invoke(main, ["render", str(article), "-o", str(out), "--title", title,
                                                  "--json", "--cache-dir", str(slug_cache), "--feed",
                                                  "--base-url", BASE])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["slug"] == slug
    made = {p for p in tmp_path.rglob("*") if "clip-cache" not in p.parts} - before
    assert {p for p in made if p.is_file()} == {out / f"{slug}.{e}" for e in
                                                ("mp3", "jpg", "chapters.json", "vtt", "srt", "html", "episode.json")} | {
        out / "feed.xml", out / "feed-cover.jpg", out / "index.html", out / ".feed.lock"}
    assert not Path("/abs/path.mp3").exists() and not Path("/etc/passwd.mp3").exists()


# --- audioed serve ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    root = tmp / "out"
    root.mkdir()
    data = make_mp3(root / "ep.mp3", seconds=2.0).read_bytes()
    (root / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (root / ".feed.lock").write_bytes(b"")
    (root / ".audioed-staging" / "123-x").mkdir(parents=True)
    (root / ".audioed-staging" / "123-x" / "half.mp3").write_bytes(b"half")
    (root / "%2e%2e").mkdir()  # a real directory with that name: double decoding would be caught out
    (tmp / "secret.txt").write_text("outside", encoding="utf-8")
    os.symlink(tmp / "secret.txt", root / "link-out.txt")
    os.symlink(tmp, root / "dir-out")
    os.symlink(root / "ep.mp3", root / "alias.mp3")  # inside DIR: allowed
    server = make_server(root, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], data, tmp / "secret.txt"
    server.shutdown()
    server.server_close()


def exchange(sock: socket.socket, request: bytes) -> tuple[int, dict, bytes]:
    """Send one raw request on a kept-alive socket; (status, headers, body)."""
    sock.sendall(request)
    f = sock.makefile("rb")
    status = int(f.readline().split()[1])
    headers = {}
    while (line := f.readline()) not in (b"\r\n", b"\n", b""):
        k, _, v = line.decode("latin-1").partition(":")
        headers[k.strip().lower()] = v.strip()
    body = f.read(int(headers.get("content-length", 0)))
    return status, headers, body


def get(path: str, *headers: str) -> bytes:
    """A raw GET; header lines are sent as UTF-8 bytes (a client may send anything)."""
    return "".join([f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n", *(h + "\r\n" for h in headers), "\r\n"]).encode()


@pytest.mark.parametrize("path", [
    "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt",
    "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
    "/..%5csecret.txt", "/%c0%ae%c0%ae/secret.txt", "/link-out.txt", "/dir-out/secret.txt",
    "//etc/passwd", "/%2fetc%2fpasswd", "http://127.0.0.1/../secret.txt", "/.feed.lock",
    "/.audioed-staging/123-x/half.mp3", "/%2eaudioed-staging/123-x/half.mp3", "/ep.mp3%00", "/ep.mp3/.."])
def test_serve_refuses_every_way_out_and_every_hidden_file(served, path):
    port, _, secret = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        status, _, body = exchange(s, get(path))
        assert status in (403, 404) and b"outside" not in body and b"half" not in body
        status, _, body = exchange(s, get("/feed.xml"))  # the connection still serves
        assert status == 200 and body == b"<rss/>"
    path_as_file = "/" + str(secret).lstrip("/")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        assert exchange(s, get(path_as_file))[0] == 404


def test_serve_follows_a_symlink_that_stays_inside(served):
    port, data, _ = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        status, _, body = exchange(s, get("/alias.mp3"))
    assert status == 200 and body == data


HUGE = "9" * 30
RANGES = [("bytes=abc", 200), ("bytes=5-2", 200), ("bytes=-0", 416), (f"bytes={HUGE}-", 416),
          (f"bytes=0-{HUGE}", 206), (f"bytes=-{HUGE}", 206), (f"bytes={'9' * 5000}-", 416),
          (f"bytes=0-{'9' * 5000}", 206), ("bytes=0-1,5-9", 200), ("bytes=0-1,,", 200), ("bytes=1-2-3", 200),
          ("bytes=--1", 200), ("bytes=-", 200), ("bytes=", 200), ("bytes=\u0663-\u0665", 200),
          ("bytes=\xb2-", 200), ("items=0-1", 200), ("bytes=0x10-", 200), ("bytes=+1-2", 200), ("bytes=1 -2", 206)]


@pytest.mark.parametrize("header,status", RANGES)
def test_malformed_ranges_get_a_valid_answer_and_the_server_goes_on(served, header, status):
    port, data, _ = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        got, headers, body = exchange(s, get("/ep.mp3", f"Range: {header}"))
        assert got == status
        if got == 200:
            assert body == data
        elif got == 206:
            first, last, size = map(int, re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", headers["content-range"]).groups())
            assert size == len(data) and body == data[first:last + 1] and len(body) == last - first + 1
        else:
            assert headers["content-range"] == f"bytes */{len(data)}" and body.startswith(b"416")
        assert exchange(s, get("/ep.mp3", "Range: bytes=0-1"))[2] == data[:2]  # same connection
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        assert exchange(s, get("/ep.mp3"))[2] == data  # and a new one


def _lan_address() -> str | None:
    """This machine's address on its default route, without sending anything; None if only loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            addr = s.getsockname()[0]
        except OSError:
            return None
    return None if addr.startswith("127.") else addr


def _serve(directory: Path, *extra) -> tuple[subprocess.Popen, str, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "audioed", "serve", str(directory), "--port", "0", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    m = re.search(r"at http://([\d.]+):(\d+)/", line)
    assert m, f"no address in {line!r}"
    return proc, m.group(1), int(m.group(2))


def test_serve_binds_loopback_unless_told_otherwise(tmp_path):
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    lan = _lan_address()
    proc, host, port = _serve(tmp_path)
    try:
        assert host == "127.0.0.1"
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            assert exchange(s, get("/feed.xml"))[0] == 200
        if lan:
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection((lan, port), timeout=5).close()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
    if not lan:
        pytest.skip("no non-loopback address here to check --host 0.0.0.0 from (loopback binding was checked)")
    proc, host, port = _serve(tmp_path, "--host", "0.0.0.0")
    try:
        with socket.create_connection((lan, port), timeout=10) as s:
            assert exchange(s, get("/feed.xml"))[0] == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)


@pytest.mark.parametrize("field,value", [("audio", "../secret.mp3"), ("audio", "/etc/hostname"),
                                         ("image", "../../cover.jpg"), ("chapters", ".hidden.json"),
                                         ("transcripts", [{"file": "/etc/passwd", "type": "text/vtt"}])])
def test_feed_publishes_no_file_outside_the_directory(tmp_path, field, value):
    """An episode.json edited (or planted) to name another file is refused, not linked."""
    from audioed.errors import InputError
    from audioed.publish.feed import build_feed
    from test_feed import add_episode

    out = tmp_path / "out"
    out.mkdir()
    add_episode(out, "ep", "Episode")
    (tmp_path / "secret.mp3").write_bytes(b"secret")
    build_feed(out, BASE)  # as written by audioed: fine
    meta = out / "ep.episode.json"
    doc = json.loads(meta.read_text("utf-8"))
    doc[field] = value
    meta.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match="names a file outside"):
        build_feed(out, BASE)
