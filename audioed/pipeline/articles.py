"""Each followed item's article as a file, and the hash that says whether it changed.

Pages and feed content are kept in DIR/.audioed-follow/ (the file a render and a queue's
worker read); a page is fetched conditionally, so an unchanged one is not even read again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from audioed.atomic import write_atomic
from audioed.errors import InputError
from audioed.pipeline.sources import Entry
from audioed.read.fetch import Fetcher

WORK_DIR = ".audioed-follow"
"""Hidden directory in DIR where fetched articles are kept for rendering (and for workers)."""


def article_file(directory: Path, entry: Entry, fetcher: Fetcher) -> tuple[Path, bool]:
    """The entry's article as a file: the file itself, or the feed's content or the fetched
    page kept in DIR/.audioed-follow/; and whether it may have changed since the last pass
    (False when the server answered 304 Not Modified, or the feed's content is the same)."""
    if entry.path is not None:
        return entry.path, True
    name = hashlib.sha256(entry.key.encode("utf-8")).hexdigest()[:20]
    work = directory / WORK_DIR
    if entry.content is not None:
        from html import escape

        title = escape(entry.title or "")
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body><article><h1>{title}</h1>\n{entry.content}\n</article></body></html>")
        return _keep(work / f"{name}.html", page.encode("utf-8"))
    if not entry.url:
        raise InputError(f"{entry.key}: the item has neither content nor a link to fetch")
    kept = next(iter(sorted(work.glob(f"{name}.*"))), None)
    try:
        copy = kept.read_bytes() if kept else None
    except OSError:
        kept, copy = None, None
    # The page's last copy is the file: the state keeps only its validators, not a second copy.
    fetched = fetcher.get(entry.url, keep_body=False, copy=copy)
    if not fetched.changed:
        return kept, False
    lower = entry.url.lower().split("?", 1)[0]
    suffix = ".md" if lower.endswith((".md", ".markdown")) else \
        ".txt" if lower.endswith(".txt") or "text/plain" in (fetched.content_type or "") else ".html"
    path = work / f"{name}{suffix}"
    if kept is not None and kept != path:
        kept.unlink(missing_ok=True)
    return _keep(path, fetched.body)


def _keep(path: Path, data: bytes) -> tuple[Path, bool]:
    try:
        if path.read_bytes() == data:
            return path, False  # unchanged: no write, same mtime
    except OSError:
        pass
    return write_atomic(path, data), True


def article_hash(article) -> str:
    """Hash of what is narrated and shown: title, byline, dek, and the narrated blocks' text.
    Page furniture (ads, dates in a sidebar) does not count, so it does not trigger a render."""
    from audioed.model import NARRATED_KINDS

    h = hashlib.sha256()
    for part in (article.title, "\x1f".join(article.authors), article.dek or "", article.publisher or ""):
        h.update((part or "").encode("utf-8") + b"\x1e")
    for b in article.blocks:
        if b.kind in NARRATED_KINDS:
            h.update(b.kind.encode() + b"\x1f" + b.text.encode("utf-8") + b"\x1e")
    return h.hexdigest()
