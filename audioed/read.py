"""Read stage: an article file -> Article (metadata and classified blocks).

A first, simple reader for flattened page text: blank-line separated blocks, the first
title-like block as the title, "By NAME" or a trailing author bio for the author, and a
few clean-up rules for page furniture. The article issue deepens this stage.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .model import Article, Block

_BLOCK_SPLIT = re.compile(r"\n\s*\n")
_BYLINE = re.compile(r"^by\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                     r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$",
                     re.IGNORECASE)
_BIO = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}) is an? "
                  r"(?:[\w-]+\s+){0,3}(?:reporter|writer|editor|correspondent|journalist|"
                  r"columnist|photographer)\b(?:[^.]*?\b(?:at|for|with)\s+(?P<org>[A-Z][\w&.’' -]+?))?[.,]")
_CHROME_WORDS = {"close", "comment", "donate", "email", "facebook", "instagram", "twitter",
                 "whatsapp", "youtube", "rss", "search", "print", "menu", "share", "subscribe",
                 "mastodon", "messenger", "podcast", "newsletter", "login", "sign"}
_CREDIT_IN_PARENS = re.compile(r"\([^()]*/[^()]*\)\s*$")
_MEDIA_LABEL = re.compile(r"(^|\.\s)(Image|Photo|Video|Audio):\s")
_EMBED = re.compile(r"^(Map|Chart|Graphic|Interactive):\s.*\bClick\b", re.IGNORECASE | re.DOTALL)


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError that says why it cannot be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1's printable range and what CMS exports use.
        return data.decode("cp1252", errors="replace")


def _is_chrome(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    if not words:
        return True
    lowered = [w.lower() for w in words]
    hits = sum(w in _CHROME_WORDS for w in lowered)
    if hits >= 3 and not re.search(r"[.!?][\"”’]?\s+[A-Z]", text.split("\n")[0]):
        return True
    return bool(re.match(r"^(Latest Stories from|Current site|Donate Now|Join us|Read more|"
                         r"Share this|Follow us|Sign up)", text, re.IGNORECASE))


def _classify(text: str, author_names: set[str]) -> str:
    if _is_chrome(text):
        return "chrome"
    if _EMBED.match(text):
        return "embed"
    if _CREDIT_IN_PARENS.search(text) or _MEDIA_LABEL.search(text):
        return "caption"
    if re.match(r"^(This (story|article) was (co-)?published|Correction:)", text):
        return "credit"
    if re.match(r"^Portrait of ", text) or text in author_names or _BIO.match(text):
        return "bio"
    return "paragraph"


def _is_title_like(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 20 and "\n" not in text and not text.rstrip().endswith((".", ",", ";"))


def parse_text(text: str, *, source: str | None = None) -> Article:
    """Build an Article from flattened page text."""
    raw_blocks = [b.strip() for b in _BLOCK_SPLIT.split(text.strip())]
    raw_blocks = [b for b in raw_blocks if b]
    if not raw_blocks or not any(re.search(r"\w", b) for b in raw_blocks):
        raise InputError(f"{source or 'article'}: is empty (no text to narrate)")

    authors: list[str] = []
    publisher = None
    for b in raw_blocks:
        m = _BYLINE.match(" ".join(b.split()))
        if m and not authors:
            authors = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if n.strip()]
        m = _BIO.match(" ".join(b.split()))
        if m:
            if not authors:
                authors = [m.group("name")]
            if m.group("org") and not publisher:
                publisher = m.group("org").strip()
    names = set(authors)

    blocks: list[Block] = []
    title = None
    dek = None
    credits: list[str] = []
    for i, b in enumerate(raw_blocks):
        flat = " ".join(b.split())
        kind = _classify(b, names)
        if kind == "paragraph" and _BYLINE.match(flat):
            kind = "byline"
        elif kind == "paragraph" and title is None and _is_title_like(b):
            kind, title = "title", flat
        elif kind == "paragraph" and title is not None and dek is None and blocks \
                and blocks[-1].kind == "title" and 15 <= len(flat.split()) <= 60:
            kind, dek = "dek", flat
        if kind in ("credit", "bio") and not (kind == "bio" and (flat in names or flat.startswith("Portrait of "))):
            credits.append(flat)
        blocks.append(Block(index=i, kind=kind, text=flat))

    if title is None:
        first = next((bl for bl in blocks if bl.kind == "paragraph"), None)
        title = " ".join(first.text.split()[:12]) if first else (Path(source).stem if source else "Untitled")
    if not any(bl.kind in ("paragraph", "heading") for bl in blocks):
        raise InputError(f"{source or 'article'}: has no paragraphs to narrate")
    return Article(title=title, dek=dek, authors=authors, publisher=publisher, blocks=blocks,
                   credits=credits, source=source)


def read_article(source: str | Path) -> Article:
    """Read stage entry point: a file path -> Article."""
    return parse_text(read_text(source), source=str(source))
