"""Read stage: an article source (text, HTML or Markdown file, or a URL) -> Article.

The format is chosen from the content, not only the extension: a page that starts like HTML
is HTML whatever its name, front matter or Markdown headings make Markdown, else flat text.
"""

from __future__ import annotations

import re
from pathlib import Path

from audioed.errors import InputError
from audioed.model import Article
from audioed.read.decoding import clean_controls, decode, repair_text
from audioed.read.fetch import fetch_page, is_url
from audioed.read.html import parse_html
from audioed.read.markdown import parse_markdown
from audioed.read.metadata import Meta
from audioed.read.text import parse_text

__all__ = ["read_article", "read_text", "parse", "detect_format", "load_source", "parse_text", "parse_html", "parse_markdown"]

_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|div|p|section)\b",
                   re.IGNORECASE | re.DOTALL)
_MD_SIGNS = re.compile(r"^(?:#{1,6}\s+\S|>\s|\s*[-*+]\s+\S|```)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*", re.MULTILINE)


def detect_format(text: str, name: str | None = None) -> str:
    """"html", "markdown" or "text", from the content first and the file name second."""
    head = text.lstrip("\ufeff")[:4096]
    markup = len(re.findall(r"</(?:p|div|h\d|li|span|a|body|html|article|section)>", text, re.IGNORECASE))
    if _HTML.match(head) or markup >= 3:
        return "html"
    if re.match(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", head, re.DOTALL):
        return "markdown"
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in (".html", ".htm", ".xhtml") and markup:
        return "html"
    if suffix in (".md", ".markdown", ".mdown", ".mkd"):
        return "markdown"
    if len(_MD_SIGNS.findall(text)) >= 3 and re.search(r"^#{1,6}\s+\S", text, re.MULTILINE):
        return "markdown"
    return "text"


def load_source(source: str | Path) -> tuple[str, str | None]:
    """(text, url): a file's text, or a fetched page for an http(s) URL."""
    s = str(source)
    if is_url(s):
        page, final = fetch_page(s)
        return clean_controls(repair_text(page)), final
    p = Path(s)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{s}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{s}: is a directory, not an article file") from None
    except OSError as e:
        raise InputError(f"{s}: cannot read ({e.strerror or e})") from None
    return decode(data, s), None


def parse(text: str, *, fmt: str | None = None, source: str | None = None, url: str | None = None) -> Article:
    """Parse article text in the given (or detected) format."""
    text = repair_text(text)  # (text given as such; a file's or a page's was repaired when decoded, and again is a no-op)
    fmt = fmt or detect_format(text, source)
    if fmt == "html":
        return parse_html(text, source=source, url=url)
    if fmt == "markdown":
        return parse_markdown(text, source=source)
    if fmt == "text":  # a page's address, when known, helps name its site
        return parse_text(text, source=source, meta=Meta(url=url) if url else None)
    raise InputError(f"unknown article format {fmt!r} (expected text, html or markdown)")


def read_article(source: str | Path, *, fmt: str | None = None, url: str | None = None) -> Article:
    """Read stage entry point: a path or URL -> Article. `url`: where a saved page was published
    (a fetched page's own address wins); its words help find the headline and the site's name."""
    text, fetched = load_source(source)
    if not text.strip():
        raise InputError(f"{source}: is empty (no text to narrate)")
    return parse(text, fmt=fmt, source=str(source), url=fetched or url)


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError that says why it cannot be read."""
    text, _ = load_source(path)
    return text
