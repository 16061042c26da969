"""ID3v2.3 tags and chapters, written with mutagen after encoding, and read back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mutagen.id3 import (APIC, COMM, CHAP, CTOC, ID3, TALB, TCON, TDRC, TIT2, TPE1, WXXX, CTOCFlags,
                         ID3NoHeaderError)
from mutagen import MutagenError
from mutagen.mp3 import MP3

from audioed.errors import OutputError
from audioed.model import Chapter

NO_OFFSET = 0xFFFFFFFF
"""CHAP byte offsets: 'not used' (times are authoritative)."""


@dataclass
class EpisodeTags:
    title: str
    authors: list[str] = field(default_factory=list)
    album: str | None = None
    """Publisher or show name (TALB)."""
    date: str | None = None
    description: str | None = None
    url: str | None = None
    chapters: list[Chapter] = field(default_factory=list)
    cover: bytes | None = None
    """Front cover image (APIC type 3)."""
    cover_mime: str = "image/jpeg"


def write_tags(path: str | Path, tags: EpisodeTags, *, shown_as: str | Path | None = None) -> None:
    """Replace the file's ID3 tag with ours, saved as ID3v2.3 (`shown_as`: the name errors give)."""
    id3 = ID3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    if tags.authors:
        id3.add(TPE1(encoding=3, text=tags.authors))
    if tags.album:
        id3.add(TALB(encoding=3, text=[tags.album]))
    if tags.date:
        id3.add(TDRC(encoding=3, text=[tags.date]))  # saved as TYER(+TDAT) in v2.3
    id3.add(TCON(encoding=3, text=["Podcast"]))
    if tags.description:
        id3.add(COMM(encoding=3, lang="eng", desc="", text=[tags.description]))
    if tags.url:
        id3.add(WXXX(encoding=3, desc="Source", url=tags.url))
    if tags.cover:
        id3.add(APIC(encoding=3, mime=tags.cover_mime, type=3, desc="Cover", data=tags.cover))
    ids = [f"chp{i}" for i in range(len(tags.chapters))]
    if tags.chapters:
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                     child_element_ids=ids, sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
        for cid, ch in zip(ids, tags.chapters):
            id3.add(CHAP(element_id=cid, start_time=ch.start_ms, end_time=ch.end_ms,
                         start_offset=NO_OFFSET, end_offset=NO_OFFSET,
                         sub_frames=[TIT2(encoding=3, text=[ch.title])]))
    id3.update_to_v23()  # TDRC -> TYER/TDAT; save() alone would keep v2.4-only frames
    try:
        id3.save(str(path), v2_version=3)
        chapters_in_time_order(path)
    except (OSError, MutagenError) as e:
        cause = e.args[0] if isinstance(e, MutagenError) and e.args and isinstance(e.args[0], OSError) else e
        raise OutputError(f"cannot write the tags of {shown_as or path}: "
                          f"{getattr(cause, 'strerror', None) or cause}") from None


def chapters_in_time_order(path: str | Path) -> None:
    """Store the file's CHAP frames in time order, in place.

    mutagen orders frames by size when it saves, so the chapters came out shuffled, and players
    that list CHAP frames as stored rather than by the CTOC (ffmpeg among them) showed "Credits"
    first. Only the CHAP frames trade places among themselves: the tag keeps its size and every
    other frame its position. A tag this function did not expect (not v2.3, unsynchronised, an
    extended header, flagged CHAP frames) is left as it is."""
    with open(path, "r+b") as f:
        head = f.read(10)
        if len(head) < 10 or head[:3] != b"ID3" or head[3] != 3 or head[5] & 0xC0:
            return
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        body = f.read(size)
        frames, pos = [], 0
        while pos + 10 <= len(body) and body[pos] != 0:  # a zero byte starts the padding
            end = pos + 10 + int.from_bytes(body[pos + 4:pos + 8], "big")
            if end > len(body):
                return
            frames.append((body[pos:pos + 4], body[pos:end]))
            pos = end
        chaps = [frame for fid, frame in frames if fid == b"CHAP"]
        if any(frame[8:10] != b"\0\0" or b"\0" not in frame[10:] for frame in chaps):
            return

        def start_ms(frame: bytes) -> int:
            at = frame.index(b"\0", 10) + 1  # after the element id
            return int.from_bytes(frame[at:at + 4], "big")

        ordered = iter(sorted(chaps, key=start_ms))
        new = b"".join(next(ordered) if fid == b"CHAP" else frame for fid, frame in frames) + body[pos:]
        if new != body:
            f.seek(10)
            f.write(new)


def read_tags(path: str | Path) -> dict:
    """Tags, chapters and duration as plain data (for `audioed inspect` and tests)."""
    audio = MP3(str(path))
    try:
        id3 = ID3(str(path), translate=False)
    except ID3NoHeaderError:
        id3 = None

    def text(frame_id: str):
        if id3 is None or frame_id not in id3:
            return None
        values = [str(t) for t in id3[frame_id].text]
        return values[0] if len(values) == 1 else values

    chapters, toc = [], None
    if id3 is not None:
        chaps = {f.element_id: f for f in id3.getall("CHAP")}
        tocs = id3.getall("CTOC")
        if tocs:
            t = tocs[0]
            toc = {"id": t.element_id, "top_level": bool(t.flags & CTOCFlags.TOP_LEVEL),
                   "ordered": bool(t.flags & CTOCFlags.ORDERED), "children": list(t.child_element_ids),
                   "title": str(t.sub_frames["TIT2"].text[0]) if "TIT2" in t.sub_frames else None}
        order = toc["children"] if toc else sorted(chaps, key=lambda k: chaps[k].start_time)
        for cid in order:
            c = chaps.get(cid)
            if c is None:
                continue
            title = str(c.sub_frames["TIT2"].text[0]) if "TIT2" in c.sub_frames else None
            chapters.append({"id": cid, "title": title, "start_ms": c.start_time, "end_ms": c.end_time,
                             "start_offset": c.start_offset, "end_offset": c.end_offset})
    comm = id3.getall("COMM") if id3 is not None else []
    return {
        "duration_s": round(audio.info.length, 3),
        "sample_rate": audio.info.sample_rate,
        "channels": audio.info.channels,
        "bitrate_kbps": round(audio.info.bitrate / 1000),
        "bitrate_mode": str(audio.info.bitrate_mode).split(".")[-1],
        "id3_version": f"2.{id3.version[1]}" if id3 is not None else None,
        "title": text("TIT2"),
        "author": text("TPE1"),
        "album": text("TALB"),
        "year": text("TYER") or text("TDRC"),
        "genre": text("TCON"),
        "description": str(comm[0].text[0]) if comm else None,
        "toc": toc,
        "chapters": chapters,
    }
