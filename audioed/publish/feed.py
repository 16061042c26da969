"""The podcast feed: DIR/feed.xml built from the S.episode.json files in DIR.

RSS 2.0 with the itunes and podcast namespaces (DESIGN.md, Podcast facts). The XML is built
with ElementTree, so every piece of user text is escaped by the serializer, never by hand.
The feed is rebuilt from all episodes each time (so it is always whole), under a lock and
written atomically: two renders finishing together both end up in it.
"""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
import uuid
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from audioed.atomic import locked, write_atomic
from audioed.errors import AudioedWarning, InputError, OutputError
from audioed.publish.page import write_index
from audioed.publish.staging import plain_name

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
FEED_FILE = "feed.xml"
SETTINGS_FILE = "feed.toml"
LOCK_FILE = ".feed.lock"
CHANNEL_IMAGE = "feed-cover.jpg"

for _prefix, _uri in (("itunes", ITUNES), ("podcast", PODCAST), ("atom", ATOM)):
    ET.register_namespace(_prefix, _uri)


@dataclass
class Channel:
    """Channel settings: from `feed.toml` in the directory, overridden by options."""

    title: str = "audioed"
    """Show title."""
    description: str = "Articles read aloud by audioed."
    link: str | None = None
    """The show's web page; the base URL when unset."""
    language: str = "en"
    author: str | None = None
    """itunes:author; the owner name, else the title, when unset."""
    owner_name: str | None = None
    owner_email: str | None = None
    """Also the `owner` of podcast:locked, which Podcasting 2.0 apps need to honour the lock."""
    image: str | None = None
    """URL or a file name in DIR; a cover is generated as feed-cover.jpg when unset."""
    category: str = "News"
    subcategory: str | None = None
    explicit: bool = False
    locked: bool = True
    """podcast:locked: other platforms may not import the feed."""
    guid: str | None = None
    """podcast:guid; UUIDv5 of the feed URL when unset."""


def load_settings(directory: str | os.PathLike) -> dict:
    """Channel settings from DIR/feed.toml (top level or a [channel] table); {} without one."""
    path = Path(directory) / SETTINGS_FILE
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"{path}: {e}") from None
    doc = doc.get("channel", doc)
    known = {f.name for f in fields(Channel)} | {"base_url"}
    unknown = sorted(set(doc) - known)
    if unknown:
        raise InputError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return doc


PLACEHOLDER_TITLE = Channel.title


def channel_warnings(channel: Channel) -> list[str]:
    """What Apple Podcasts would reject the feed for, said before a newsroom submits it."""
    out = []
    if not channel.owner_email:
        out.append(f"the feed has no owner e-mail, which Apple Podcasts requires: set owner_email in "
                   f"{SETTINGS_FILE} (audioed feed init)")
    if channel.title.strip() == PLACEHOLDER_TITLE:
        out.append(f"the show is still titled {PLACEHOLDER_TITLE!r}, a placeholder Apple Podcasts rejects: "
                   f"set title in {SETTINGS_FILE} (audioed feed init)")
    return out


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    # A JSON string with non-ASCII kept is a TOML basic string (same escapes).
    return json.dumps(str(value), ensure_ascii=False)


def check_settings_free(directory: str | os.PathLike, *, force: bool = False) -> Path:
    """DIR/feed.toml, which may be written: InputError when it exists and `force` is not given."""
    path = Path(directory) / SETTINGS_FILE
    if path.exists() and not force:
        raise InputError(f"{path} exists; edit it, or pass --force to write a new one")
    return path


def write_settings(directory: str | os.PathLike, values: dict, *, force: bool = False) -> Path:
    """Write DIR/feed.toml with the show settings in `values` (Channel fields and base_url);
    refuses to replace an existing file unless `force`. A cover file outside DIR is checked
    and copied in as show-cover.jpg/.png, so it is published with the feed."""
    directory = Path(directory)
    path = check_settings_free(directory, force=force)
    known = {f.name: f for f in fields(Channel)} | {"base_url": None}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InputError(f"unknown feed setting {unknown[0]!r}")
    values = {k: v for k, v in values.items() if v is not None and v != ""}
    base_url = values.get("base_url")
    if base_url and urlsplit(base_url).scheme not in ("http", "https"):
        raise InputError(f"base URL must start with http:// or https://, got {base_url!r}")
    email = values.get("owner_email")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise InputError(f"not an e-mail address: {email!r}")
    image = values.get("image")
    if image and not _web(image) and not (plain_name(image) and (directory / image).is_file()):
        from audioed.publish.cover import encode, check

        img, fmt = check(image)
        name = "show-cover" + (".png" if fmt == "PNG" else ".jpg")
        write_atomic(directory / name, encode(img, fmt))
        values["image"] = name
    lines = ["# Show settings for the podcast feed of this directory (audioed feed, follow, render --feed).",
             "# Every key is optional; `audioed feed --help` lists them."]
    for key in known:
        if key in values:
            lines.append(f"{key} = {_toml_value(values[key])}")
    directory.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, "\n".join(lines) + "\n")


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: UUIDv5 of the feed URL without its scheme and trailing slashes."""
    parts = urlsplit(feed_url.strip())
    bare = feed_url.strip()[len(parts.scheme) + 3:] if parts.scheme else feed_url.strip()
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare.rstrip("/")))


def _url(base_url: str, name: str) -> str:
    if urlsplit(name).scheme in ("http", "https"):
        return name
    return f"{base_url.rstrip('/')}/{quote(name)}"


def load_episodes(directory: str | os.PathLike) -> list[dict]:
    """Every episode in DIR whose audio exists, newest first; sizes re-read from the files."""
    directory = Path(directory)
    episodes = []
    for meta in sorted(directory.glob("*.episode.json")):
        try:
            doc = json.loads(meta.read_text("utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(f"{meta}: not a readable episode file ({e})") from None
        if not isinstance(doc, dict) or not doc.get("audio") or not doc.get("guid"):
            raise InputError(f"{meta}: not an audioed episode file (no audio or guid)")
        named = [doc["audio"], doc.get("image"), doc.get("chapters"),
                 *(t.get("file") for t in doc.get("transcripts") or [] if isinstance(t, dict))]
        if not all(plain_name(n) or _web(n) for n in named if n is not None):
            # Only files beside the episode (or URLs) are published: never ../ or hidden ones.
            raise InputError(f"{meta}: names a file outside {directory}")
        audio = directory / doc["audio"]
        if not audio.is_file():
            continue  # a render in progress or a deleted episode: not publishable
        doc["bytes"] = audio.stat().st_size  # the enclosure length must be the real size
        try:
            doc["_date"] = datetime.fromisoformat(doc["date"])
        except (KeyError, TypeError, ValueError):
            doc["_date"] = datetime.fromtimestamp(audio.stat().st_mtime, timezone.utc)
        if doc["_date"].tzinfo is None:
            doc["_date"] = doc["_date"].replace(tzinfo=timezone.utc)
        episodes.append(doc)
    episodes.sort(key=lambda d: (d["_date"], d["guid"]), reverse=True)
    return episodes


# Characters XML 1.0 cannot carry even escaped (C0 controls but tab/newline/CR, surrogates, FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value) -> str:
    # XML parsers turn a bare CR into LF: do it here so text reads back as written.
    return _NOT_XML.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")


def _sub(parent, tag: str, value=None, /, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attrs.items() if v is not None})
    if value is not None:
        el.text = _clean(value)
    return el


def _t(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def render_feed(channel: Channel, episodes: list[dict], base_url: str, directory: Path | None = None,
                now: datetime | None = None) -> bytes:
    """The feed XML for `episodes` (as load_episodes gives them)."""
    feed_url = _url(base_url, FEED_FILE)
    link = channel.link or base_url
    rss = ET.Element("rss", {"version": "2.0"})
    ch = _sub(rss, "channel")
    _sub(ch, "title", channel.title)
    _sub(ch, "link", link)
    _sub(ch, "description", channel.description)
    _sub(ch, "language", channel.language)
    _sub(ch, _t(ATOM, "link"), href=feed_url, rel="self", type="application/rss+xml")
    last = max((e["_date"] for e in episodes), default=now or datetime.now(timezone.utc))
    _sub(ch, "lastBuildDate", format_datetime(last))
    _sub(ch, "generator", "audioed")
    author = channel.author or channel.owner_name or channel.title
    _sub(ch, _t(ITUNES, "author"), author)
    owner = _sub(ch, _t(ITUNES, "owner"))
    _sub(owner, _t(ITUNES, "name"), channel.owner_name or author)
    if channel.owner_email:
        _sub(owner, _t(ITUNES, "email"), channel.owner_email)
    if channel.image:
        image_url = _url(base_url, channel.image)
        rss_image = _sub(ch, "image")
        _sub(rss_image, "url", image_url)
        _sub(rss_image, "title", channel.title)
        _sub(rss_image, "link", link)
        _sub(ch, _t(ITUNES, "image"), href=image_url)
    cat = _sub(ch, _t(ITUNES, "category"), text=channel.category)
    if channel.subcategory:
        _sub(cat, _t(ITUNES, "category"), text=channel.subcategory)
    _sub(ch, _t(ITUNES, "explicit"), "true" if channel.explicit else "false")
    _sub(ch, _t(ITUNES, "type"), "episodic")
    _sub(ch, _t(PODCAST, "locked"), "yes" if channel.locked else "no", owner=channel.owner_email)
    _sub(ch, _t(PODCAST, "guid"), channel.guid or podcast_guid(feed_url))

    for ep in episodes:
        it = _sub(ch, "item")
        _sub(it, "title", ep.get("title") or ep["slug"])
        updated = _updated(ep)
        description = ep.get("description") or ep.get("title") or ""
        if updated:
            description += (f"\n\nUpdated {updated.day} {updated:%B %Y, %H:%M} UTC: re-recorded after the "
                            "article was corrected.")
        _sub(it, "description", description)
        if ep.get("url"):
            _sub(it, "link", ep["url"])
        _sub(it, "guid", ep["guid"], isPermaLink="false")
        _sub(it, "pubDate", format_datetime(ep["_date"]))
        if updated:
            _sub(it, _t(ATOM, "updated"), updated.isoformat())
        _sub(it, "enclosure", url=_enclosure_url(base_url, ep), length=ep["bytes"], type="audio/mpeg")
        _sub(it, _t(ITUNES, "duration"), max(1, math.ceil(float(ep.get("duration") or 0))))
        if ep.get("authors"):
            _sub(it, _t(ITUNES, "author"), ", ".join(ep["authors"]))
        image = ep.get("image") or channel.image
        if image:
            _sub(it, _t(ITUNES, "image"), href=_url(base_url, image))
        _sub(it, _t(ITUNES, "explicit"), "true" if channel.explicit else "false")
        _sub(it, _t(ITUNES, "episodeType"), "full")
        if ep.get("chapters") and _present(directory, ep["chapters"]):
            _sub(it, _t(PODCAST, "chapters"), url=_url(base_url, ep["chapters"]), type="application/json+chapters")
        for tr in ep.get("transcripts") or []:
            if tr.get("file") and _present(directory, tr["file"]):
                _sub(it, _t(PODCAST, "transcript"), url=_url(base_url, tr["file"]), type=tr.get("type"),
                     language=ep.get("language"))
    ET.indent(rss, "  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode").encode("utf-8") + b"\n"


def _enclosure_url(base_url: str, ep: dict) -> str:
    """The audio's URL; with the text's hash in the query when known, so podcast apps fetch a
    corrected episode again (same guid, new enclosure) while the file keeps its name."""
    url = _url(base_url, ep["audio"])
    revision = ep.get("revision")
    if isinstance(revision, str) and re.fullmatch(r"[0-9a-f]{8,64}", revision) and not _web(ep["audio"]):
        url += f"?v={revision[:12]}"
    return url


def _updated(ep: dict) -> datetime | None:
    try:
        when = datetime.fromisoformat(ep["updated"])
    except (KeyError, TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _web(name) -> bool:
    return isinstance(name, str) and urlsplit(name).scheme in ("http", "https")


def _present(directory: Path | None, name: str) -> bool:
    return directory is None or (directory / name).is_file()


def build_feed(directory: str | os.PathLike = "output", base_url: str | None = None, **options) -> Path:
    """Build or update DIR/feed.xml, and DIR/index.html (the episodes' web page, unless DIR has
    an index.html of its own), from the episodes in DIR. Returns the feed's path.

    `options` are Channel fields; they override DIR/feed.toml, which overrides the defaults.
    The base URL (where DIR is served) may also come from feed.toml's `base_url`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"feed directory not found: {directory}")
    settings = load_settings(directory)
    base_url = base_url or settings.pop("base_url", None)
    settings.pop("base_url", None)
    if not base_url:
        raise InputError("a base URL is needed for the feed: pass --base-url or set base_url in feed.toml")
    if urlsplit(base_url).scheme not in ("http", "https"):
        raise InputError(f"base URL must start with http:// or https://, got {base_url!r}")
    unknown = sorted(set(options) - {f.name for f in fields(Channel)})
    if unknown:
        raise InputError(f"unknown feed option {unknown[0]!r}")
    settings.update({k: v for k, v in options.items() if v is not None})
    try:
        channel = Channel(**settings)
    except TypeError as e:
        raise InputError(f"{directory / SETTINGS_FILE}: {e}") from None
    for line in channel_warnings(channel):
        warnings.warn(line, AudioedWarning)
    with locked(directory / LOCK_FILE):
        if not channel.image:
            channel.image = _channel_cover(directory, channel)
        episodes = load_episodes(directory)
        xml = render_feed(channel, episodes, base_url, directory)
        for stale in directory.glob(f".{FEED_FILE}.*.tmp"):  # a feed writer killed outright;
            stale.unlink(missing_ok=True)                     # only the lock holder writes one
        path = write_atomic(directory / FEED_FILE, xml)
        write_index(directory, episodes, channel)
        return path


def _channel_cover(directory: Path, channel: Channel) -> str:
    """The show's cover: feed-cover.jpg in DIR, generated once from the channel title."""
    path = directory / CHANNEL_IMAGE
    if not path.is_file():
        from audioed.publish.cover import write_cover

        try:
            write_cover(directory, CHANNEL_IMAGE.rsplit(".", 1)[0], channel.title, channel.author)
        except OSError as e:
            raise OutputError(f"cannot write the feed cover in {directory}: {e}") from None
    return CHANNEL_IMAGE
