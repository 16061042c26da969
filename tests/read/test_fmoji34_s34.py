"""Mojibake is repaired before reading (session 34, fmoji34: read/decoding.py `repair_mojibake`, ftfy's encoding
fix): a page or an export whose UTF-8 was read as Windows-1252 or Latin-1 upstream ("Investorâ€™s Guide") is read
as it was written, from a file, from a page given as text or HTML, and from a URL served with the wrong charset;
text with the same letters used as letters stays as it is. Made-up story; docs/reading.md "Mojibake repaired
before reading, session 34"."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from audioed.read import parse, read_article
from audioed.read.decoding import repair_mojibake
from audioed.script import build_script

TITLE = "A DIY Investor’s Guide to Retirement Calculators"
STORY = [
    "Like most investors, I want to know when and how I can retire — and I don’t want to guess at it.",
    "In the first part of this guide I explored calculators of all stripes: simple, complex, spartan and "
    "beautiful, and I explained what each one “knows” about a saver’s future.",
    "This time I tried five of them with the same numbers, from a spending plan of $60,000 a year to a "
    "portfolio that pays out 4% of its value, and compared what they promised.",
    "The results were closer than I expected. Every one of them said the plan would last thirty years, "
    "though two of them wanted a bigger cushion before they would say so.",
]
ARTICLE = "\n\n".join([TITLE, "By Jo Lee", *STORY]) + "\n"


def _windows_1252(text: str) -> str:
    """The text as a CMS shows it after reading its UTF-8 as Windows-1252 ("don’t" -> "donâ€™t"; the five bytes
    Windows-1252 leaves undefined kept as Latin-1's, as browsers and CMSes read it)."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _latin_1(text: str) -> str:
    """The text as read with Latin-1: C1 control characters where Windows-1252 has its punctuation."""
    return text.encode("utf-8").decode("latin-1")


def _heard(article) -> str:
    return " ".join(line.text for section in build_script(article).sections for line in section.lines)


@pytest.mark.parametrize("damage", [_windows_1252, _latin_1])
def test_a_damaged_export_is_read_as_written(tmp_path, damage):
    path = tmp_path / "story.txt"
    path.write_bytes(damage(ARTICLE).encode("utf-8"))
    article = read_article(path)
    heard = _heard(article)
    assert article.title == TITLE
    assert "I don’t want to guess at it" in heard and "“knows” about a saver’s future" in heard
    assert "â" not in heard


def test_a_page_given_as_html_is_read_as_written():
    html = (f"<html><head><meta charset='utf-8'><title>{_windows_1252(TITLE)}</title></head><body>"
            f"<h1>{_windows_1252(TITLE)}</h1><p class='byline'>By Jo Lee</p>"
            + "".join(f"<p>{_windows_1252(p)}</p>" for p in STORY) + "</body></html>")
    article = parse(html, fmt="html")
    assert article.title == TITLE
    assert "I don’t want to guess at it" in _heard(article)


def test_text_with_such_letters_as_letters_is_unchanged():
    # Portuguese, French, German and Danish letters, a dash beside an accent, a pound sign: nothing to repair.
    text = ("São Paulo — ação e reação. Café–bar in Zürich: naïve “Ærøskøbing” prices, £5 each. "
            "Ã is a letter of Portuguese too: ÃO in capitals, and â at a word's end: pâ.")
    assert repair_mojibake(text) == text
    assert repair_mojibake(ARTICLE) == ARTICLE


class _WrongCharset(BaseHTTPRequestHandler):
    """Serves the story's UTF-8 labelled as Latin-1, as a misconfigured server does."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = ("<!doctype html><html><head><title>" + TITLE + "</title></head><body><h1>" + TITLE + "</h1>"
                + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=iso-8859-1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_page_served_with_the_wrong_charset_is_read_as_written():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _WrongCharset)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        article = read_article(f"http://127.0.0.1:{server.server_address[1]}/story")
    finally:
        server.shutdown()
    assert article.title == TITLE
    assert "I don’t want to guess at it" in _heard(article)
