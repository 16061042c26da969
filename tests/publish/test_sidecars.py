"""Sidecars read back by real parsers: json, webvtt-py, srt, html.parser."""

import html
import json

import pytest
import srt
import webvtt

from audioed.publish import sidecars
from audioed.errors import OutputError
from publish_helpers import make_mp3, sample_script, sample_timeline, write_sidecars


@pytest.fixture
def out(tmp_path):
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.fixture
def pub(out):
    mp3 = make_mp3(out / "buses.mp3")
    return sidecars.Publication(slug="buses", script=sample_script(), timeline=sample_timeline(),
                                audio=mp3, image="buses.jpg", credits=["Voice: Joe (Piper)"])


@pytest.fixture
def written(out, pub):
    paths = write_sidecars(out, pub)
    return out, {p.name: p for p in paths}


def test_writes_every_kind_and_nothing_else(written):
    out, files = written
    assert sorted(files) == ["buses.chapters.json", "buses.episode.json", "buses.html", "buses.srt", "buses.vtt"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*files, "buses.mp3"])  # no temp files left


def test_chapters_json_is_podcasting20_v1_2(written):
    out, _ = written
    doc = json.loads((out / "buses.chapters.json").read_text("utf-8"))
    assert doc["version"] == "1.2.0"
    starts = [c["startTime"] for c in doc["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0
    assert [(c["title"], round(c["startTime"] * 1000)) for c in doc["chapters"]] == [
        (c.title, c.start_ms) for c in sample_timeline().chapters]


def test_vtt_parses_with_real_timings_voices_and_short_lines(written):
    out, _ = written
    text = (out / "buses.vtt").read_text("utf-8")
    captions = webvtt.read(str(out / "buses.vtt"))
    cues = sample_timeline().cues
    assert len(captions) == len(cues)
    for cap, cue in zip(captions, cues):
        assert cap.start == sidecars._stamp(cue.start_ms, ".")
        assert cap.end == sidecars._stamp(cue.end_ms, ".")
    # The quote carries its speaker as a voice span; the others have none.
    assert captions[2].voice == "Armando Treviño"
    assert [c.voice for i, c in enumerate(captions) if i != 2] == [None, None, None]
    # webvtt-py leaves character references as written; a player decodes them as HTML does.
    assert "We are planting a seed & it will grow <slowly>" in html.unescape(" ".join(captions[2].text.split()))
    # User text cannot break the format: "-->" in a sentence is escaped.
    assert "Riders cheered --&gt; loudly." in text
    body = [l for l in text.splitlines() if l and "-->" not in l and l != "WEBVTT"]
    assert body and max(len(l) for l in body) <= 65


def test_vtt_lines_wrap_long_words_and_names():
    lines = sidecars.vtt_lines("x" * 200, speaker="A Very Long Speaker Name " * 4)
    assert all(len(l) <= 65 for l in lines)
    assert lines[0].startswith("<v A Very Long Speaker Name")


def test_srt_parses_and_matches_cues(written):
    out, _ = written
    subs = list(srt.parse((out / "buses.srt").read_text("utf-8")))
    cues = sample_timeline().cues
    assert [(round(s.start.total_seconds() * 1000), round(s.end.total_seconds() * 1000)) for s in subs] == [
        (c.start_ms, c.end_ms) for c in cues]
    assert subs[2].content.startswith("Armando Treviño: We are planting")


def test_episode_json_has_what_the_feed_needs(written, pub):
    out, _ = written
    doc = json.loads((out / "buses.episode.json").read_text("utf-8"))
    assert doc["bytes"] == (out / "buses.mp3").stat().st_size
    assert doc["audio"] == "buses.mp3" and doc["image"] == "buses.jpg"
    assert doc["chapters"] == "buses.chapters.json" and doc["notes"] == "buses.html"
    assert [t["file"] for t in doc["transcripts"]] == ["buses.vtt", "buses.srt"]
    assert doc["duration"] == pytest.approx(12.345)
    assert doc["title"] == pub.script.title and doc["authors"] == ["Ana Núñez", "Bob O'Neil"]
    assert doc["date"].startswith("2010-02-17")
    assert doc["description"] == pub.script.dek


def test_guid_is_stable_across_renders(tmp_path):
    def render_once():
        p = sidecars.Publication(slug="s", script=sample_script(url=None, date=None), timeline=sample_timeline())
        write_sidecars(tmp_path, p, kinds=["episode"])
        return json.loads((tmp_path / "s.episode.json").read_text("utf-8"))

    first = render_once()
    second = render_once()
    assert first["guid"] == second["guid"] and first["date"] == second["date"]
    # Different articles get different guids.
    other = sidecars.episode_guid(sample_script(title="Another story", url=None), "s")
    assert other != first["guid"]


def test_failed_write_leaves_no_partial_file(out, pub, monkeypatch):
    def broken(_pub):
        raise OutputError("boom")

    monkeypatch.setitem(sidecars.WRITERS, "srt", ("srt", broken))
    with pytest.raises(OutputError):
        write_sidecars(out, pub)
    assert not (out / "buses.srt").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_unknown_kind_is_an_error(tmp_path, pub):
    with pytest.raises(OutputError, match="unknown sidecar kind"):
        write_sidecars(tmp_path, pub, kinds=["pdf"])
