"""The main job end to end: the reference article rendered offline with the default voice."""

import json

import pytest
from click.testing import CliRunner
from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3

from audioed.cli import main
from conftest import EXPECTED, REFERENCE
from test_tags import ffmpeg_chapters

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    r = CliRunner().invoke(main, ["render", str(REFERENCE), "-o", str(out), "--json"])
    assert r.exit_code == 0, r.output
    return out, json.loads(r.output)


def test_exactly_one_mp3_of_at_least_nine_minutes(episode):
    out, result = episode
    mp3s = list(out.glob("*.mp3"))
    assert len(mp3s) == 1
    assert MP3(mp3s[0]).info.length >= 9 * 60
    # No temporary files left behind; a lock file stays on purpose (a lock's file must outlive
    # its holders, or two renders could each lock a different one).
    assert not [p for p in out.glob(".*") if p.suffix != ".lock"]


def test_tags_and_chapters(episode):
    out, _ = episode
    mp3 = next(out.glob("*.mp3"))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    id3 = ID3(mp3, translate=False)
    assert id3.version == (2, 3, 0)
    assert str(id3["TIT2"]) == expected["title"]
    assert str(id3["TPE1"]) == "Sebastian Rotella"
    length_ms = MP3(mp3).info.length * 1000

    (toc,) = id3.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    chaps = {c.element_id: c for c in id3.getall("CHAP")}
    ordered = [chaps[cid] for cid in toc.child_element_ids]
    assert len(ordered) == len(chaps) >= 3
    assert ordered[0].start_time == 0
    for a, b in zip(ordered, ordered[1:]):
        assert a.end_time == b.start_time
    assert abs(ordered[-1].end_time - length_ms) <= 100

    found, _ = ffmpeg_chapters(mp3)
    assert [t for _, _, t in found] == [str(c.sub_frames["TIT2"]) for c in ordered]
    for (start, end, _), c in zip(found, ordered):
        assert abs(start - c.start_time) <= 100 and abs(end - c.end_time) <= 100


def test_ffmpeg_lists_the_chapters_in_time_order(episode):
    out, _ = episode
    listed, _ = ffmpeg_chapters(next(out.glob("*.mp3")), order=True)
    assert [s for s, _, _ in listed] == sorted(s for s, _, _ in listed)
    assert listed[-1][2] == "Credits"


def test_the_episode_page_passes_axe_and_follows_the_vtt(episode):
    """The reference episode's page in Chromium: no axe-core violations, every VTT cue a sentence."""
    import html

    import webvtt

    from browser import chromium, run_axe, served

    out, result = episode
    slug = result["slug"]
    cues = [" ".join(html.unescape(c.text).split()) for c in webvtt.read(str(out / f"{slug}.vtt"))]
    with served(out) as base, chromium() as browser:
        for scheme in ("light", "dark"):
            p = browser.new_page(color_scheme=scheme)
            p.goto(f"{base}{slug}.html#t=95")
            p.wait_for_function("document.getElementById('audio').readyState >= 1")
            p.wait_for_selector("#transcript a.s[aria-current='true']")
            assert run_axe(p) == []
            assert p.evaluate("[...document.querySelectorAll('#transcript a.s')].map(e => e.textContent)") == cues
            about = p.inner_text(".about")
            assert "Portrait of" not in about and ".txt" not in p.content()
            p.close()
