"""What `follow` knows about a site between passes: an SQLite database in the output directory.

One row per item (a feed entry, a sitemap URL, an article file): its content hash, the
episode (slug and guid) it became, and its last error. HTTP validators (ETag,
Last-Modified) of each fetched URL are kept too, with the body for feeds and sitemaps (a 304
still needs their items; a page's last copy is kept as a file by follow). SQLite in WAL mode with a busy timeout: readers
(`audioed status`) never block the pass that writes.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from audioed.errors import OutputError

STATE_FILE = ".audioed-follow.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,          -- feed guid, sitemap URL or file path
    source TEXT NOT NULL,          -- the SOURCE it came from
    url TEXT,                      -- the article's address (page fetched), if any
    title TEXT,
    content_hash TEXT,             -- hash of the text last rendered (or being rendered)
    slug TEXT,                     -- episode file stem; kept for the item's life
    guid TEXT,                     -- episode guid (from episode.json)
    status TEXT NOT NULL,          -- new | queued | done | failed
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    renders INTEGER NOT NULL DEFAULT 0,
    task_id TEXT,                  -- Celery task of a queued render
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    rendered_at REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS items_slug ON items(slug);
CREATE TABLE IF NOT EXISTS http (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    body BLOB,
    fetched_at REAL
);
"""


@dataclass
class Item:
    key: str
    source: str
    url: str | None
    title: str | None
    content_hash: str | None
    slug: str | None
    guid: str | None
    status: str
    error: str | None
    attempts: int
    renders: int
    task_id: str | None
    first_seen: float
    last_seen: float
    rendered_at: float | None


class State:
    """The follow database of one output directory. Use as a context manager."""

    def __init__(self, directory: str | Path):
        self.path = Path(directory) / STATE_FILE
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise OutputError(f"cannot open the follow state {self.path}: {e}") from None
        self.db.row_factory = sqlite3.Row

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # --- items ---------------------------------------------------------------------------

    def get(self, key: str) -> Item | None:
        row = self.db.execute("SELECT * FROM items WHERE key = ?", (key,)).fetchone()
        return Item(**dict(row)) if row else None

    def items(self, status: str | None = None) -> list[Item]:
        q, args = "SELECT * FROM items", ()
        if status:
            q, args = q + " WHERE status = ?", (status,)
        return [Item(**dict(r)) for r in self.db.execute(q + " ORDER BY first_seen, key", args)]

    def counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT status, COUNT(*) FROM items GROUP BY status")}

    def seen(self, key: str, source: str, url: str | None, title: str | None) -> Item:
        """Record that `key` is listed by its source now; the row (created as `new`)."""
        now = time.time()
        self.db.execute(
            "INSERT INTO items (key, source, url, title, status, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, 'new', ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "source = excluded.source, url = excluded.url, title = excluded.title, last_seen = excluded.last_seen",
            (key, source, url, title, now, now))
        return self.get(key)

    def claim_slug(self, key: str, wanted: str) -> str:
        """The item's slug: the one it has, else `wanted` made unique among the other items
        (two stories with the same headline must not overwrite each other's episode)."""
        item = self.get(key)
        if item and item.slug:
            return item.slug
        slug, n = wanted, 1
        while True:
            try:
                self.db.execute("UPDATE items SET slug = ? WHERE key = ?", (slug, key))
                return slug
            except sqlite3.IntegrityError:
                n += 1
                slug = f"{wanted}-{n}"

    def update(self, key: str, **fields) -> None:
        if not fields:
            return
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE items SET {cols} WHERE key = ?", (*fields.values(), key))

    def rendered(self, key: str, content_hash: str, guid: str | None) -> None:
        self.db.execute("UPDATE items SET status = 'done', content_hash = ?, guid = ?, error = NULL, "
                        "attempts = 0, renders = renders + 1, task_id = NULL, rendered_at = ? WHERE key = ?",
                        (content_hash, guid, time.time(), key))

    def failed(self, key: str, error: str) -> None:
        self.db.execute("UPDATE items SET status = 'failed', error = ?, attempts = attempts + 1, "
                        "task_id = NULL WHERE key = ?", (error, key))

    # --- HTTP validators -----------------------------------------------------------------

    def http_get(self, url: str) -> tuple[str | None, str | None, bytes | None]:
        row = self.db.execute("SELECT etag, last_modified, body FROM http WHERE url = ?", (url,)).fetchone()
        return (row["etag"], row["last_modified"], row["body"]) if row else (None, None, None)

    def http_put(self, url: str, etag: str | None, last_modified: str | None, body: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO http (url, etag, last_modified, body, fetched_at) "
                        "VALUES (?, ?, ?, ?, ?)", (url, etag, last_modified, body, time.time()))
