"""Tags and chapters on a real MP3 (encoded by ffmpeg), read back by mutagen and by ffmpeg."""

import re

import numpy as np
from mutagen.id3 import ID3, CTOCFlags

from audioed.audio.encode import Mp3Encoder
from audioed.audio.ffmpeg import run
from audioed.model import Chapter
from audioed.publish.tags import NO_OFFSET, EpisodeTags, read_tags, write_tags


def ffmpeg_chapters(path, order=False):
    """(start_ms, end_ms, title) of each chapter, as ffmpeg's metadata muxer reports them (sorted,
    unless `order`: then in the order ffmpeg lists them)."""
    meta = run(["-i", str(path), "-f", "ffmetadata", "-"]).stdout.decode("utf-8")
    out = []
    for block in meta.split("[CHAPTER]")[1:]:
        start = int(re.search(r"^START=(\d+)", block, re.M).group(1))
        end = int(re.search(r"^END=(\d+)", block, re.M).group(1))
        title = re.search(r"^title=(.*)$", block, re.M).group(1)
        out.append((start, end, title))
    return (out if order else sorted(out)), meta


def make_mp3(path, seconds=6.0, rate=22050):
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()
    enc = Mp3Encoder(path, frame_rate=rate, bitrate_kbps=96)
    enc.write(pcm)
    enc.close()


def test_tags_and_chapters_round_trip(tmp_path):
    mp3 = tmp_path / "e.mp3"
    make_mp3(mp3)
    chapters = [Chapter("Introduction", 0, 2000), Chapter("Café “quotes”", 2000, 4500),
                Chapter("Credits", 4500, 6000)]
    write_tags(mp3, EpisodeTags(title="A Title", authors=["Sebastian Rotella"], album="ProPublica",
                                date="2010-02-17", description="The dek.", chapters=chapters))

    id3 = ID3(mp3, translate=False)  # as stored: v2.3 frames (TYER), not upgraded to v2.4
    assert id3.version == (2, 3, 0)
    assert str(id3["TIT2"]) == "A Title" and str(id3["TPE1"]) == "Sebastian Rotella"
    assert str(id3["TALB"]) == "ProPublica" and str(id3["TCON"]) == "Podcast"
    assert str(id3["TYER"]) == "2010"
    tocs = id3.getall("CTOC")
    assert len(tocs) == 1
    toc = tocs[0]
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    assert str(toc.sub_frames["TIT2"]) == "Chapters"
    chaps = {c.element_id: c for c in id3.getall("CHAP")}
    assert list(toc.child_element_ids) == sorted(chaps)
    for cid, want in zip(toc.child_element_ids, chapters):
        c = chaps[cid]
        assert (c.start_time, c.end_time) == (want.start_ms, want.end_ms)
        assert c.start_offset == c.end_offset == NO_OFFSET
        assert str(c.sub_frames["TIT2"]) == want.title

    info = read_tags(mp3)
    assert info["sample_rate"] == 44100 and info["channels"] == 1
    assert info["bitrate_kbps"] == 96 and info["bitrate_mode"] == "CBR"
    assert abs(info["duration_s"] - 6.0) < 0.1

    found, meta = ffmpeg_chapters(mp3)
    assert "title=A Title" in meta and "artist=Sebastian Rotella" in meta
    assert [t for _, _, t in found] == [c.title for c in chapters]
    for (start, end, _), want in zip(found, chapters):
        assert abs(start - want.start_ms) <= 50 and abs(end - want.end_ms) <= 50


def test_rewriting_tags_replaces_them(tmp_path):
    mp3 = tmp_path / "e.mp3"
    make_mp3(mp3, seconds=1)
    write_tags(mp3, EpisodeTags(title="First", chapters=[Chapter("A", 0, 1000)]))
    write_tags(mp3, EpisodeTags(title="Second"))
    info = read_tags(mp3)
    assert info["title"] == "Second" and info["chapters"] == [] and info["author"] is None


def test_chap_frames_are_stored_in_time_order(tmp_path):
    # mutagen saves frames by size: long titles early in the episode, short ones late (the
    # reference article's shape: a long headline chapter, "Credits" last) came out reversed.
    mp3 = tmp_path / "e.mp3"
    make_mp3(mp3)
    chapters = [Chapter("Border Patrol and Mexican Police Make History at Arizona Border", 0, 1500),
                Chapter("Homeland Security Secretary Janet Napolitano", 1500, 3000),
                Chapter("Supervisor Juventino Pacheco", 3000, 4000), Chapter("Two", 4000, 5000),
                Chapter("Credits", 5000, 6000)]
    write_tags(mp3, EpisodeTags(title="T", chapters=chapters, description="x" * 300, cover=b"\xff\xd8" + b"0" * 500))
    stored = [c.start_time for c in ID3(mp3, translate=False).getall("CHAP")]  # mutagen reads them as stored
    assert stored == [c.start_ms for c in chapters]
    listed, _ = ffmpeg_chapters(mp3, order=True)
    assert [t for _, _, t in listed] == [c.title for c in chapters]
    info = read_tags(mp3)
    assert [c["title"] for c in info["chapters"]] == [c.title for c in chapters]
    assert info["description"] == "x" * 300 and info["title"] == "T"
    assert ID3(mp3).getall("APIC")[0].data == b"\xff\xd8" + b"0" * 500  # the other frames intact
