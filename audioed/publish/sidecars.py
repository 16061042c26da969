"""Sidecar files next to S.mp3: chapters JSON, WebVTT and SRT transcripts, the episode page, episode.json.

Each format is a plain function Publication -> text, kept in a small registry (like whisper's
output writers) so the runner can choose formats and tests can call one renderer on plain data.
Every file is written to a temporary name and renamed into place.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from audioed.errors import OutputError
from audioed.model import Script, Timeline
from audioed.publish.staging import Staging

CHAPTERS_VERSION = "1.2.0"
VTT_LINE = 65
"""Longest WebVTT cue line, in characters (the `<v Speaker>` tag counts)."""
SPEAKER_TAG_MAX = 40


@dataclass
class Publication:
    """Everything the sidecars are made from: the script, where things landed, and the files."""

    slug: str
    script: Script
    timeline: Timeline
    audio: Path | None = None
    """The finished MP3, possibly still under a temporary name: its byte size goes in
    episode.json, its name there is always S.mp3."""
    image: str | None = None
    """File name of the episode cover, beside the MP3."""
    guid: str | None = None
    """Stable item guid; derived from the source URL or the title when not given."""
    published: datetime | None = None
    """Publication time; from the article's date, else the time of rendering."""
    credits: list[str] = field(default_factory=list)
    """Extra credit lines (voices, engine) for the episode page."""
    loudness: dict | None = None
    """Leveler.report() of the render, for the record."""
    clips: dict | None = None
    """{"total", "synthesized", "cached"}: how much of the audio this render had to make."""
    revision: str | None = None
    """Content hash of the article text this episode was made from (None: not tracked)."""
    updated: datetime | None = None
    """When the episode was re-made because its article's text changed (kept by later renders
    of the same text)."""

    @property
    def description(self) -> str:
        s = self.script
        if s.dek:
            return s.dek
        for _, line in s.lines():
            if line.role in ("narrator", "quote") and line.text:
                return _clip(line.text, 400)
        return s.title

    def file(self, kind: str) -> str:
        """Name of this episode's file of a registry kind ("vtt", "chapters", ...)."""
        return f"{self.slug}.{WRITERS[kind][0]}"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def episode_guid(script: Script, slug: str) -> str:
    """A guid that stays the same when the same article is rendered or the feed rebuilt again."""
    key = script.url or f"audioed:{slug}:{script.title}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, key))


def published_at(script: Script, now: datetime | None = None) -> datetime:
    """The article's date at noon UTC (a safe day in every time zone), else `now`."""
    if script.date:
        try:
            d = date.fromisoformat(script.date[:10])
            return datetime(d.year, d.month, d.day, 12, 0, tzinfo=timezone.utc)
        except ValueError:
            pass
    return (now or datetime.now(timezone.utc)).replace(microsecond=0)


# --- chapters -------------------------------------------------------------------------------

def chapters_json(pub: Publication) -> str:
    """Podcasting 2.0 JSON chapters (version 1.2.0), startTime ascending, in seconds."""
    chapters = sorted(pub.timeline.chapters, key=lambda c: c.start_ms)
    doc = {
        "version": CHAPTERS_VERSION,
        "title": pub.script.title,
        "chapters": [
            {"startTime": c.start_ms / 1000, "endTime": c.end_ms / 1000, "title": c.title}
            for c in chapters
        ],
    }
    if pub.script.publisher:
        doc["podcastName"] = pub.script.publisher
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- transcripts ----------------------------------------------------------------------------

def _stamp(ms: int, sep: str) -> str:
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def cues(pub: Publication):
    """(start_ms, end_ms, text, cue) in time order, each with text, lasting at least 1 ms and ending
    within the audio: the cues of the VTT and SRT, and the sentences of the episode page."""
    end_of_audio = pub.timeline.duration_ms
    for c in sorted(pub.timeline.cues, key=lambda c: (c.start_ms, c.end_ms)):
        text = " ".join(c.text.split())
        if not text:
            continue
        start = max(0, c.start_ms)
        end = min(c.end_ms, end_of_audio) if end_of_audio else c.end_ms
        yield start, max(end, start + 1), text, c


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt_lines(text: str, speaker: str | None = None, width: int = VTT_LINE) -> list[str]:
    """Cue text wrapped to `width` characters, with a `<v Speaker>` tag opening the first line."""
    prefix = ""
    if speaker:
        name = _vtt_escape(" ".join(speaker.split())[:SPEAKER_TAG_MAX])
        prefix = f"<v {name}>"
    return textwrap.wrap(_vtt_escape(text), width, initial_indent=prefix,
                         break_long_words=True, break_on_hyphens=False)


def vtt(pub: Publication) -> str:
    """WebVTT transcript: one cue per sentence with its real timing, `<v Speaker>` for quotes."""
    out = ["WEBVTT", ""]
    for start, end, text, cue in cues(pub):
        speaker = cue.speaker if cue.role == "quote" else None
        out.append(f"{_stamp(start, '.')} --> {_stamp(end, '.')}")
        out.extend(vtt_lines(text, speaker))
        out.append("")
    return "\n".join(out)


_VTT_TIMING = re.compile(r"^(\d{2,}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2,}):(\d{2}):(\d{2})\.(\d{3})")


def cue_times(vtt_text: str) -> list[tuple[int, int]]:
    """(start_ms, end_ms) of each cue of a WebVTT transcript, in file order (the inverse of
    the timing lines `vtt` writes)."""
    out = []
    for line in vtt_text.splitlines():
        m = _VTT_TIMING.match(line.strip())
        if m:
            h1, m1, s1, f1, h2, m2, s2, f2 = map(int, m.groups())
            out.append(((h1 * 60 + m1) * 60_000 + s1 * 1000 + f1, (h2 * 60 + m2) * 60_000 + s2 * 1000 + f2))
    return out


def srt(pub: Publication) -> str:
    """SubRip transcript: the same cues; quotes start with the speaker's name, as SRT has no voices."""
    out = []
    for n, (start, end, text, cue) in enumerate(cues(pub), 1):
        if cue.role == "quote" and cue.speaker:
            text = f"{' '.join(cue.speaker.split())}: {text}"
        out.append(str(n))
        out.append(f"{_stamp(start, ',')} --> {_stamp(end, ',')}")
        out.extend(textwrap.wrap(text, VTT_LINE, break_long_words=True, break_on_hyphens=False))
        out.append("")
    return "\n".join(out)


# --- episode page --------------------------------------------------------------------------

def episode_page(pub: Publication) -> str:
    """S.html, the accessible episode page (audioed/publish/page.py)."""
    from audioed.publish.page import episode_page as page

    return page(pub)


# --- episode metadata -----------------------------------------------------------------------

def episode_json(pub: Publication) -> str:
    """The metadata the feed is built from (read back by feed.build_feed)."""
    s = pub.script
    size = None
    if pub.audio is not None:
        try:
            size = os.stat(pub.audio).st_size
        except OSError as err:
            raise OutputError(f"cannot read the size of {pub.audio}: {err.strerror}") from None
    published = pub.published or published_at(s)
    doc = {
        "version": 1,
        "slug": pub.slug,
        "guid": pub.guid or episode_guid(s, pub.slug),
        "title": s.title,
        "description": pub.description,
        "authors": list(s.authors),
        "publisher": s.publisher,
        "date": published.isoformat(),
        "url": s.url,
        "language": s.language,
        "duration": round(pub.timeline.duration_ms / 1000, 3),
        "duration_ms": pub.timeline.duration_ms,
        "audio": f"{pub.slug}.mp3",
        "bytes": size,
        "image": pub.image,
        "chapters": pub.file("chapters"),
        "transcripts": [
            {"file": pub.file("vtt"), "type": "text/vtt"},
            {"file": pub.file("srt"), "type": "application/srt"},
        ],
        "notes": pub.file("html"),
        "chapter_count": len(pub.timeline.chapters),
        "loudness": pub.loudness,
        "clips": pub.clips,
        "revision": pub.revision,
        "updated": pub.updated.isoformat() if pub.updated else None,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


Renderer = Callable[[Publication], str]

WRITERS: dict[str, tuple[str, Renderer]] = {
    "chapters": ("chapters.json", chapters_json),
    "vtt": ("vtt", vtt),
    "srt": ("srt", srt),
    "html": ("html", episode_page),
    "episode": ("episode.json", episode_json),  # last: it names the others
}
"""kind -> (file suffix after `S.`, renderer)."""


def previous(out_dir: str | os.PathLike, slug: str) -> dict:
    """The episode.json an earlier render of this slug wrote ({} if none), so a re-render keeps
    its guid and, for an undated article, its publication time."""
    try:
        doc = json.loads((Path(out_dir) / f"{slug}.episode.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def settle(out_dir: str | os.PathLike, pub: Publication) -> Publication:
    """Fill in the guid and publication time: kept from an earlier render of the slug, else derived."""
    before = previous(out_dir, pub.slug)
    if pub.guid is None:
        guid = before.get("guid")
        pub.guid = guid if isinstance(guid, str) and guid else episode_guid(pub.script, pub.slug)
    if pub.revision and pub.updated is None and before.get("revision"):
        if before["revision"] != pub.revision:
            pub.updated = datetime.now(timezone.utc).replace(microsecond=0)
        elif isinstance(before.get("updated"), str):
            try:
                pub.updated = datetime.fromisoformat(before["updated"])
            except ValueError:
                pass
    if pub.published is None:
        pub.published = published_at(pub.script)
        if not pub.script.date and isinstance(before.get("date"), str):
            try:
                pub.published = datetime.fromisoformat(before["date"])
            except ValueError:
                pass
    return pub


def render_sidecars(pub: Publication, kinds=None) -> dict[str, str]:
    """File name -> text for each wanted kind (all by default), episode.json last."""
    wanted = list(WRITERS) if kinds is None else list(kinds)
    unknown = [k for k in wanted if k not in WRITERS]
    if unknown:
        raise OutputError(f"unknown sidecar kind {unknown[0]!r}; known: {', '.join(WRITERS)}")
    return {f"{pub.slug}.{WRITERS[k][0]}": WRITERS[k][1](pub) for k in WRITERS if k in wanted}


def stage_sidecars(staging: Staging, pub: Publication, kinds=None) -> list[Path]:
    """Settle `pub` against the output directory, then stage its sidecars: they are published
    with the episode's other files when the staging is committed."""
    settle(staging.directory, pub)
    return [staging.write(name, text) for name, text in render_sidecars(pub, kinds).items()]
