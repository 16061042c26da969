"""A news site on 127.0.0.1 for the follow and queue tests: an RSS feed and HTML story pages
that the test edits between passes. Real HTTP (http.server in a thread) with ETag and
If-None-Match, so conditional GETs are exercised; every request is logged for assertions."""

from __future__ import annotations

import hashlib
import threading
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PLACES = ["Ashford", "Brookvale", "Cedar Point", "Dunmore", "Elmwood", "Fairhaven", "Glenrock", "Harlow",
          "Ivybridge", "Juniper Falls", "Kingsbury", "Lakeport", "Millbrook", "Northgate", "Oakridge",
          "Pinecrest", "Queensbury", "Redcliff", "Stonebridge", "Thornbury", "Upton", "Westfield"]
THINGS = ["library", "bridge", "bakery", "clinic", "ferry", "market", "park", "school", "museum", "orchard",
          "station", "theatre", "harbour", "garden", "stadium", "gallery", "pool", "archive", "tower", "mill",
          "pier", "hall"]


def story(i: int) -> dict:
    """Story i: a headline, a byline and three short paragraphs, worded apart from the others
    (so no two stories share a sentence, and the clip cache cannot help across stories)."""
    place, thing = PLACES[i % len(PLACES)], THINGS[i % len(THINGS)]
    return {
        "slug": f"story-{i:02d}",
        "title": f"{place} Opens Its New {thing.title()}",
        "author": f"Reporter {chr(65 + i % 26)}. Smith",
        "category": "Politics" if i % 4 == 0 else "Local",
        "paragraphs": [
            f"The town of {place} opened its new {thing} on a bright Saturday morning, after {i + 3} years "
            f"of planning and fundraising by residents of the valley.",
            f"Council members said the {thing} in {place} had cost {i + 2} million dollars, most of it "
            f"raised from local families and {i + 4} small businesses along the river.",
            f"Visitors to the {place} {thing} lined up early, and the doors will stay open until nine "
            f"o'clock every evening this month, the organisers said.",
        ],
        "date": datetime(2026, 11, 1, 8, tzinfo=timezone.utc) + timedelta(hours=i),
    }


def page(s: dict) -> bytes:
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in s["paragraphs"])
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(s['title'])}</title>"
            f"<meta name='author' content='{escape(s['author'])}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article><h1>{escape(s['title'])}</h1>"
            f"<p class='byline'>By {escape(s['author'])}</p>\n{paras}\n</article>"
            f"<footer>Copyright The Valley Times</footer></body></html>").encode("utf-8")


class Site:
    """Stories served at /stories/<slug>.html and listed newest first in /feed.xml."""

    def __init__(self, n: int = 20):
        self.stories = [story(i) for i in range(n)]
        self.broken: set[str] = set()
        """Slugs whose page answers 500."""
        self.requests: list[tuple[str, int]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body, ctype = site.resolve(self.path)
                status = 200
                if body is None:
                    status, body, ctype = (500 if ctype == "broken" else 404), b"no", "text/plain"
                etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    status = 304
                with site.lock:
                    site.requests.append((self.path, status))
                self.send_response(status)
                if status == 304:
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def find(self, slug: str) -> dict:
        return next(s for s in self.stories if s["slug"] == slug)

    def resolve(self, path: str):
        if path == "/feed.xml":
            return self.feed(), "application/rss+xml"
        if path.startswith("/stories/") and path.endswith(".html"):
            slug = path[len("/stories/"):-len(".html")]
            if slug in self.broken:
                return None, "broken"
            for s in self.stories:
                if s["slug"] == slug:
                    return page(s), "text/html; charset=utf-8"
        return None, None

    def feed(self) -> bytes:
        items = []
        for s in sorted(self.stories, key=lambda s: s["date"], reverse=True):
            link = f"{self.url}/stories/{s['slug']}.html"
            items.append(f"<item><title>{escape(s['title'])}</title><link>{link}</link>"
                         f"<guid isPermaLink='false'>valley-times-{s['slug']}</guid>"
                         f"<category>{s['category']}</category>"
                         f"<pubDate>{format_datetime(s['date'])}</pubDate>"
                         f"<description>{escape(s['paragraphs'][0])}</description></item>")
        return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>The Valley Times"
                f"</title><link>{self.url}/</link><description>News</description>{''.join(items)}"
                "</channel></rss>").encode("utf-8")


def share_model_cut(cache_dir, models_dir) -> None:
    """Point a test's clip cache at a models/ directory shared by the session, so the Piper
    model is cut once, not once per test (the clips stay per test)."""
    import os

    os.makedirs(cache_dir, exist_ok=True)
    link = os.path.join(cache_dir, "models")
    if not os.path.lexists(link):
        os.symlink(models_dir, link)


def audioed_cmd(*args) -> list[str]:
    import sys

    return [sys.executable, "-m", "audioed", *map(str, args)]
