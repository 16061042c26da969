"""follow's parts on plain data and a real local HTTP server: sources (RSS with full content,
Atom, sitemaps, directories), filters, the fetcher (conditional GET, retries, size limit,
user agent), the SQLite state, intervals; and a directory followed with --limit and --match."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from audioed import __version__
from audioed.cli import main
from audioed.errors import InputError, NetworkError
from audioed.read.fetch import FetchOptions, Fetcher
from audioed.pipeline.follow import FollowOptions, parse_interval, wanted
from audioed.pipeline.sources import Entry, list_entries
from audioed.pipeline.state import State
from conftest import SHORT_ARTICLE

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>Full</title><link>https://news.example/a</link><guid>a-1</guid><category>Politics</category>
<content:encoded><![CDATA[<p>The whole story is here.</p><p>And more of it.</p>]]></content:encoded></item>
<item><title>Link only</title><link>/b</link><category>Sport</category></item>
<item><title>No identity</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
<entry><title>One</title><id>urn:one</id><link href="https://news.example/one"/><updated>2026-01-01T00:00:00Z</updated>
<summary>Teaser only.</summary></entry></feed>"""


def test_rss_items_keep_guid_content_and_categories(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(RSS, encoding="utf-8")
    entries = list_entries(str(f), Fetcher())
    assert [e.key for e in entries] == ["a-1", "/b"]  # an item with neither guid nor link is skipped
    assert "The whole story is here." in entries[0].content and entries[0].categories == ["Politics"]
    assert entries[0].url == "https://news.example/a" and entries[1].url is None  # relative, no base


def test_atom_entries_without_content_are_fetched_by_link(tmp_path):
    f = tmp_path / "atom.xml"
    f.write_text(ATOM, encoding="utf-8")
    [e] = list_entries(str(f), Fetcher())
    assert (e.key, e.url, e.content) == ("urn:one", "https://news.example/one", None)


def test_directory_and_not_a_feed(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (d / "notes.json").write_text("{}", encoding="utf-8")
    assert [e.path.name for e in list_entries(str(d), Fetcher())] == ["a.txt"]
    bad = tmp_path / "page.bin"
    bad.write_bytes(b"\x00\x01 hello")
    with pytest.raises(InputError, match="not an RSS or Atom feed, a sitemap or a directory"):
        list_entries(str(bad), Fetcher())


def test_filters_by_category_and_url_pattern():
    e = Entry(key="k", source="s", url="https://news.example/politics/x", categories=["Politics"])
    assert wanted(e, FollowOptions(render=None, categories=("politics",)))
    assert not wanted(e, FollowOptions(render=None, categories=("Sport",)))
    assert wanted(e, FollowOptions(render=None, match=("*/politics/*",)))
    assert not wanted(e, FollowOptions(render=None, match=("*/sport/*",)))


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("1h", 3600), ("2", 2), ("1.5h", 5400)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "fifteen", "15 minutes", "-1h"])
def test_bad_intervals(text):
    with pytest.raises(InputError, match="not an interval"):
        parse_interval(text)


def test_state_gives_distinct_slugs_to_same_headlines(tmp_path):
    with State(tmp_path) as st:
        for key in ("a", "b", "c"):
            st.seen(key, "src", None, "Weather")
        assert [st.claim_slug(k, "weather") for k in ("a", "b", "c")] == ["weather", "weather-2", "weather-3"]
        assert st.claim_slug("b", "something-else") == "weather-2"  # an item keeps its slug
        st.failed("c", "HTTP 500")
        assert st.counts() == {"new": 2, "failed": 1} and st.get("c").attempts == 1


class _Server:
    """A scripted HTTP server: `answers[path]` is a list of (status, headers, body), one per request."""

    def __init__(self):
        self.answers, self.seen = {}, []
        srv = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                srv.seen.append((self.path, dict(self.headers)))
                status, headers, body = srv.answers[self.path].pop(0)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = _Server()
    yield s
    s.close()


def test_fetcher_sends_validators_and_keeps_the_body_on_304(server, tmp_path):
    server.answers["/p"] = [(200, {"ETag": '"v1"', "Last-Modified": "Mon, 01 Dec 2026 10:00:00 GMT"}, b"page one"),
                            (304, {}, b"")]
    with State(tmp_path) as st:
        f = Fetcher(st, FetchOptions(retries=0))
        first, second = f.get(server.url + "/p"), f.get(server.url + "/p")
    assert (first.body, first.changed) == (b"page one", True)
    assert (second.body, second.changed) == (b"page one", False)
    headers = server.seen[1][1]
    assert headers["If-None-Match"] == '"v1"' and headers["If-Modified-Since"].startswith("Mon, 01 Dec 2026")
    assert server.seen[0][1]["User-Agent"] == f"audioed/{__version__} (+https://pypi.org/project/audioed/)"


def test_fetcher_retries_with_backoff_then_gives_up(server):
    server.answers["/flaky"] = [(503, {}, b"busy"), (429, {"Retry-After": "0"}, b"slow"), (200, {}, b"ok")]
    started = time.monotonic()
    assert Fetcher(None, FetchOptions(retries=2, backoff=0.2)).get(server.url + "/flaky").body == b"ok"
    assert time.monotonic() - started >= 0.2  # waited before the first retry (Retry-After: 0 for the second)
    server.answers["/down"] = [(503, {}, b"busy")] * 2
    with pytest.raises(InputError, match="HTTP 503"):
        Fetcher(None, FetchOptions(retries=1, backoff=0.01)).get(server.url + "/down")


def test_fetcher_refuses_an_oversized_body_and_a_dead_host(server):
    server.answers["/big"] = [(200, {}, b"x" * 5000)]
    with pytest.raises(InputError, match="over the limit"):
        Fetcher(None, FetchOptions(retries=0, max_bytes=1000)).get(server.url + "/big")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens once closed
    with pytest.raises(NetworkError, match="after 2 attempts"):
        Fetcher(None, FetchOptions(retries=1, backoff=0.01, timeout=2)).get(f"http://127.0.0.1:{port}/")


def test_follow_a_directory_with_limit_and_match(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, town in (("a-one.txt", "Ashford"), ("b-two.txt", "Brookvale"), ("skip-three.txt", "Cedar Point")):
        (d / name).write_text(f"{town} Council Meets\n\nBy Ann Lee\n\nThe {town} council met on Monday evening "
                              f"to discuss the budget for next year.\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["feed", "init", str(out), "--title", "Council Audio", "--owner-email",
                                  "desk@news.example", "--base-url", "http://x.example/"])
    assert r.exit_code == 0, r.output
    args = ["follow", str(d), "-o", str(out), "--once", "--cast", "fast", "--quotes", "plain",
            "--jobs", "1", "--match", "*/[ab]-*", "--limit", "1", "--json"]
    first = json.loads(CliRunner().invoke(main, args, catch_exceptions=False).stdout)
    assert [(i["key"].rsplit("/", 1)[1], i["outcome"]) for i in first["items"]] == [("a-one.txt", "new")]
    second = json.loads(CliRunner().invoke(main, args, catch_exceptions=False).stdout)
    assert [(i["key"].rsplit("/", 1)[1], i["outcome"]) for i in second["items"]] == [
        ("a-one.txt", "unchanged"), ("b-two.txt", "new")]
    assert sorted(p.name for p in out.glob("*.mp3")) == ["ashford-council-meets.mp3", "brookvale-council-meets.mp3"]


def test_follow_without_a_base_url_says_how_to_set_one(tmp_path):
    r = CliRunner().invoke(main, ["follow", str(tmp_path), "-o", str(tmp_path / "out"), "--once"])
    assert r.exit_code == 1 and "error: follow keeps a feed" in r.output and "audioed feed init" in r.output


def test_once_and_every_exclude_each_other(tmp_path):
    r = CliRunner().invoke(main, ["follow", str(tmp_path), "--once", "--every", "15m"])
    assert r.exit_code == 2


def test_sitemap_index_and_urlset_over_http(server):
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = (f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{server.url}/news.xml</loc></sitemap>'
             f'</sitemapindex>').encode()
    urlset = (f'<?xml version="1.0"?><urlset {ns}><url><loc>{server.url}/a.html</loc><lastmod>2026-12-01</lastmod>'
              f'</url><url><loc>/b.html</loc></url><url><loc>mailto:x@y.z</loc></url></urlset>').encode()
    server.answers["/sitemap.xml"] = [(200, {"Content-Type": "application/xml"}, index)]
    server.answers["/news.xml"] = [(200, {"Content-Type": "application/xml"}, urlset)]
    entries = list_entries(server.url + "/sitemap.xml", Fetcher(None, FetchOptions(retries=0)))
    # Relative locations resolve against the sitemap's URL; non-web ones are dropped.
    assert [e.url for e in entries] == [server.url + "/a.html", server.url + "/b.html"]
    assert all(e.key == e.url and e.source == server.url + "/news.xml" for e in entries)


def test_pages_keep_validators_not_bodies_in_the_state(server, tmp_path):
    server.answers["/page"] = [(200, {"ETag": '"p1"'}, b"<p>story</p>"), (304, {}, b"")]
    with State(tmp_path) as st:
        f = Fetcher(st, FetchOptions(retries=0))
        first = f.get(server.url + "/page", keep_body=False)
        assert st.http_get(server.url + "/page") == ('"p1"', None, None)  # the caller keeps the page
        second = f.get(server.url + "/page", keep_body=False, copy=first.body)
    assert (second.body, second.changed) == (b"<p>story</p>", False)
    assert server.seen[1][1]["If-None-Match"] == '"p1"'
