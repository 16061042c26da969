"""What `follow` follows: the items an RSS/Atom feed, a sitemap (or sitemap index) or a directory
of article files lists, each as an Entry with a stable key."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from audioed.errors import InputError
from audioed.read.fetch import Fetcher, is_url


@dataclass
class Entry:
    """One item a source lists."""

    key: str
    """Stable identity: the feed item's guid, the sitemap URL, the file's path."""
    source: str
    url: str | None = None
    """The page to fetch (None when the content is here or in a file)."""
    title: str | None = None
    categories: list[str] = field(default_factory=list)
    content: str | None = None
    """Full article HTML carried by the feed itself."""
    path: Path | None = None
    """An article file (directory sources)."""


ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")


def expand_sources(paths: Iterable[str | Path]) -> list[Path | str]:
    """Article files (and URLs) in the order given; a directory gives its article files, sorted by name.

    A path that does not exist is kept: rendering it reports the error for that article alone.
    """
    out: list[Path] = []
    for a in paths:
        if is_url(a):
            out.append(str(a))  # a URL stays a string: as a Path its "//" would collapse
            continue
        p = Path(a)
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(p)
    return out


# --- sources ------------------------------------------------------------------------------

def list_entries(source: str, fetcher: Fetcher) -> list[Entry]:
    """The items SOURCE lists, in its order (feeds: newest first, as publishers write them)."""
    if is_url(source):
        body = fetcher.get(source).body
    else:
        path = Path(source)
        if path.is_dir():
            return [Entry(key=str(p.resolve()), source=source, title=p.stem, path=p)
                    for p in expand_sources([path])]
        try:
            body = path.read_bytes()
        except OSError as e:
            raise InputError(f"{source}: cannot read ({e.strerror or e})") from None
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap_entries(source, body, fetcher)
    return _feed_entries(source, body)


def _feed_entries(source: str, body: bytes) -> list[Entry]:
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(f"{source}: not an RSS or Atom feed, a sitemap or a directory")
    base = source if is_url(source) else None
    out = []
    for e in parsed.entries:
        link = e.get("link")
        if link and base:
            link = urljoin(base, link)
        key = e.get("id") or link
        if not key:
            continue  # nothing stable to know it by next time
        content = None
        if e.get("content"):
            content = max((c.get("value") or "" for c in e.content), key=len) or None
        out.append(Entry(key=key, source=source, url=link if is_url(link or "") else None,
                         title=e.get("title"), categories=[t.get("term") for t in e.get("tags") or [] if t.get("term")],
                         content=content))
    return out


_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _sitemap_entries(source: str, body: bytes, fetcher: Fetcher, depth: int = 0) -> list[Entry]:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise InputError(f"{source}: not a readable sitemap ({e})") from None
    ns = _SM if root.tag.startswith(_SM) else ""
    locs = [(el.findtext(f"{ns}loc") or "").strip() for el in root.iter(f"{ns}url" if root.tag.endswith("urlset")
                                                                         else f"{ns}sitemap")]
    locs = [urljoin(source, l) if is_url(source) else l for l in locs if l]
    if root.tag.endswith("sitemapindex"):
        if depth:
            return []  # an index of indexes: sitemaps.org allows one level
        return [e for loc in locs for e in _sitemap_entries(loc, fetcher.get(loc).body, fetcher, depth + 1)]
    return [Entry(key=loc, source=source, url=loc) for loc in locs if is_url(loc)]
