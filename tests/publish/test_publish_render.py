"""Rendered episodes as a podcast app gets them: loudness by ffmpeg, sidecars against the ID3
chapters, cover art, a feed of two renders read by feedparser and podcast-partytime, and the
files downloaded from `audioed serve` whole and by ranges."""

import http.client
import json
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import webvtt
from click.testing import CliRunner
from mutagen.id3 import ID3
from PIL import Image

from audioed.cli import main
from audioed.publish.serve import make_server
from conftest import SHORT_ARTICLE
from publish_helpers import ebur128

JS = Path(__file__).parents[1] / "js"
SECOND_ARTICLE = SHORT_ARTICLE.replace("Town Opens New Library After Long Campaign",
                                       "Council Approves Bus Routes & Bike Lanes").replace(
    "library", "bus depot")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Two articles rendered into one directory, served on a loopback port, with its feed."""
    tmp = tmp_path_factory.mktemp("site")
    out = tmp / "out"
    server = make_server(tmp_path_factory.mktemp("placeholder"), "127.0.0.1", 0)
    port = server.server_address[1]
    server.server_close()
    base = f"http://127.0.0.1:{port}/"
    out.mkdir()
    # A publisher's channel settings; the owner e-mail is what podcast:locked needs to be honoured.
    (out / "feed.toml").write_text('title = "Springfield Audio"\nowner_name = "Desk"\n'
                                   'owner_email = "desk@example.com"\n', encoding="utf-8")
    runner = CliRunner()
    results = []
    for name, text in (("library.txt", SHORT_ARTICLE), ("buses.txt", SECOND_ARTICLE)):
        (tmp / name).write_text(text, encoding="utf-8")
        r = runner.invoke(main, ["render", str(tmp / name), "-o", str(out), "--feed", "--base-url", base, "--json"])
        assert r.exit_code == 0, r.output
        results.append(json.loads(r.output))
    server = make_server(out, "127.0.0.1", port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, base, results
    server.shutdown()
    server.server_close()


def test_loudness_by_ffmpeg_ebur128(site):
    out, _, results = site
    for r in results:
        lufs, peak = ebur128(out / f"{r['slug']}.mp3")
        assert -17.0 <= lufs <= -15.0
        assert peak <= -1.0
        assert r["loudness"]["integrated_lufs"] == pytest.approx(lufs, abs=0.5)


def test_chapters_json_and_vtt_agree_with_id3_chapters(site):
    out, _, results = site
    for r in results:
        slug = r["slug"]
        chaps = sorted(ID3(out / f"{slug}.mp3").getall("CHAP"), key=lambda c: c.start_time)
        doc = json.loads((out / f"{slug}.chapters.json").read_text("utf-8"))
        assert doc["version"] == "1.2.0"
        assert len(doc["chapters"]) == len(chaps) >= 3
        for j, c in zip(doc["chapters"], chaps):
            assert abs(j["startTime"] * 1000 - c.start_time) <= 50
            assert j["title"] == str(c.sub_frames["TIT2"])
        # Every chapter opens with a cue starting within 50 ms of it; no cue runs past the audio.
        starts = [cap.start_time.in_milliseconds() for cap in webvtt.read(str(out / f"{slug}.vtt"))]
        for c in chaps:
            assert min(abs(s - c.start_time) for s in starts) <= 50
        assert max(starts) < chaps[-1].end_time


def test_cover_is_embedded_and_published(site):
    out, _, results = site
    for r in results:
        slug = r["slug"]
        (apic,) = ID3(out / f"{slug}.mp3").getall("APIC")
        assert apic.type == 3 and apic.mime == "image/jpeg"
        assert apic.data == (out / f"{slug}.jpg").read_bytes()
        with Image.open(out / f"{slug}.jpg") as im:
            assert im.mode == "RGB" and im.size[0] == im.size[1] >= 1400


def test_feed_of_two_renders_parses_and_keeps_guids(site):
    out, base, results = site
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0
    assert sorted(e.id for e in parsed.entries) == sorted(r["guid"] for r in results)
    for e in parsed.entries:
        (enc,) = e.enclosures
        assert int(enc.length) == (out / Path(urlsplit(enc.href).path).name).stat().st_size
    before = {e.id: e.title for e in parsed.entries}
    r = CliRunner().invoke(main, ["feed", str(out), "--base-url", base])
    assert r.exit_code == 0, r.output
    again = feedparser.parse((out / "feed.xml").read_bytes())
    assert {e.id: e.title for e in again.entries} == before


def test_podcast_partytime_reads_the_rendered_feed(site):
    out, _, _ = site
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the podcast-partytime judge cannot run")
    if not (JS / "node_modules" / "podcast-partytime").is_dir():
        pytest.fail(f"podcast-partytime is not installed: run `npm ci --prefix {JS}`")
    r = subprocess.run(["node", str(JS / "parse-feed.js"), str(out / "feed.xml")], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    f = json.loads(r.stdout)["feed"]
    assert {"chapters", "transcript", "guid", "locked"} <= {t for ts in f["pc20support"].values() for t in ts}
    assert len(f["items"]) == 2


def _get(url, headers=None):
    u = urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    c.request("GET", u.path, headers=headers or {})
    resp = c.getresponse()
    body = resp.read()
    c.close()
    return resp.status, body


def test_enclosures_download_byte_identical_whole_and_by_ranges(site):
    out, base, _ = site
    status, xml = _get(base + "feed.xml")
    assert status == 200
    for e in feedparser.parse(xml).entries:
        url = e.enclosures[0].href
        local = (out / Path(urlsplit(url).path).name).read_bytes()
        status, whole = _get(url)
        assert status == 200 and whole == local
        parts, start, step = [], 0, 65536
        while start < len(local):
            status, chunk = _get(url, {"Range": f"bytes={start}-{start + step - 1}"})
            assert status == 206
            parts.append(chunk)
            start += step
        assert b"".join(parts) == local
    status, _ = _get(base + "%2e%2e/" + out.parent.name)
    assert status == 404
