"""URLs as input: `audioed script URL` / `render URL` fetch the page from a real local HTTP server."""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from audioed.cli import main
from audioed.errors import InputError, NetworkError
from audioed.read import read_article
from audioed.read.fetch import USER_AGENT, fetch_page

PAGE = """<!doctype html><html lang="en"><head><title>Harbor ferry plan approved | Bay Times</title>
<meta property="og:site_name" content="Bay Times"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Harbor ferry plan approved</h1>
<p class="byline">By Ana Ruiz</p>
<p>The city council on Tuesday approved a plan to run a ferry across the harbor, ending a debate that has
lasted three years and divided the waterfront neighborhoods.</p>
<p>The first boats are expected next spring, officials said, and fares will match the bus.</p>
</body></html>"""

seen_agents: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/story":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 300_000 + b"</p>")
        elif self.path == "/image":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n")
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_script_of_a_url_reads_the_page_as_html(server):
    r = CliRunner().invoke(main, ["script", f"{server}/story", "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["title"] == "Harbor ferry plan approved"
    assert s["authors"] == ["Ana Ruiz"] and s["publisher"] == "Bay Times"
    assert s["url"] == f"{server}/story"  # the page's address is the episode's link
    body = " ".join(l["text"] for sec in s["sections"] for l in sec["lines"] if l["role"] in ("narrator", "quote"))
    assert body.startswith("The city council on Tuesday") and "Ana Ruiz" not in body and "Home" not in body
    assert seen_agents[-1] == USER_AGENT


def test_redirect_is_followed_and_the_final_address_kept(server):
    text, final = fetch_page(f"{server}/old")
    assert "Harbor ferry plan approved" in text and final == f"{server}/story"
    assert read_article(f"{server}/old").url == f"{server}/story"


@pytest.mark.parametrize("path, error, words", [
    ("/missing", NetworkError, "HTTP 404"),
    ("/loop", NetworkError, "redirects"),
    ("/image", InputError, "image/png"),
])
def test_bad_answers_are_one_line_errors(server, path, error, words):
    with pytest.raises(error, match=words):
        fetch_page(server + path)


def test_size_limit(server):
    with pytest.raises(InputError, match="over the limit"):
        fetch_page(f"{server}/big", max_bytes=100_000)


def test_offline_is_a_one_line_cli_error(server, tmp_path):
    with socket.socket() as s:  # a port nobody listens on: what "offline" looks like to a client
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(main, ["script", f"http://127.0.0.1:{port}/story"])
    assert r.exit_code != 0
    assert r.output.strip().count("\n") == 0 and "could not connect" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["render", f"{server}/missing", "-o", str(tmp_path / "out")])
    assert r.exit_code != 0 and "HTTP 404" in r.output and "no such file" not in r.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.mp3"))


def test_minimal_html_title_and_byline_heard_once(tmp_path):
    """Issue 18: an <h1> title and a <p class="byline"> are metadata, never glued to the first paragraph."""
    page = tmp_path / "a.html"
    page.write_text("<html><body><h1>Harbor ferry plan approved</h1><p class=\"byline\">By Ana Ruiz</p>"
                    "<p>The city council on Tuesday approved a plan to run a ferry across the harbor.</p>"
                    "<p>The first boats are expected next spring, officials said.</p></body></html>",
                    encoding="utf-8")
    r = CliRunner().invoke(main, ["script", str(page), "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["title"] == "Harbor ferry plan approved" and s["authors"] == ["Ana Ruiz"]
    lines = [l for sec in s["sections"] for l in sec["lines"]]
    body = [l["text"] for l in lines if l["role"] in ("narrator", "quote")]
    assert body[0].startswith("The city council") and not any("Ana Ruiz" in t or "Harbor ferry" in t for t in body)
