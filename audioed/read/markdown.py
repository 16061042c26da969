"""Markdown with optional YAML front matter (title, author(s), date, publisher, description)."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from audioed.errors import InputError
from audioed.model import Article
from audioed.read.build import Meta, RawBlock, build_article, parse_date, split_names

_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group("yaml")) or {}
    except yaml.YAMLError as e:
        raise InputError(f"front matter is not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of fields")
    return data, text[m.end():]


def _field(data: dict, *names):
    for n in names:
        for k, v in data.items():
            if str(k).lower() == n and v not in (None, ""):
                return v
    return None


def meta_from_front_matter(data: dict) -> Meta:
    authors = _field(data, "authors", "author", "byline")
    if isinstance(authors, str):
        authors = split_names(re.sub(r"^by\s+", "", authors, flags=re.IGNORECASE))
    elif isinstance(authors, list):
        authors = [str(a.get("name", "") if isinstance(a, dict) else a).strip() for a in authors]
    date = _field(data, "date", "published", "pubdate")
    if isinstance(date, (dt.date, dt.datetime)):
        date = date.strftime("%Y-%m-%d")
    elif date is not None:
        date = parse_date(str(date))
    text = lambda v: " ".join(str(v).split()) if v is not None else None  # noqa: E731
    return Meta(title=text(_field(data, "title", "headline")),
                dek=text(_field(data, "dek", "description", "subtitle", "summary", "standfirst")),
                authors=[a for a in (authors or []) if a], publisher=text(_field(data, "publisher", "site", "source")),
                date=date, url=text(_field(data, "url", "canonical", "link")),
                language=text(_field(data, "language", "lang")))


def strip_inline(text: str) -> str:
    """Markdown inline markup -> plain text (links keep their words, images their alt text)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return " ".join(text.split())


def markdown_blocks(body: str) -> list[RawBlock]:
    """Blocks of a Markdown body: headings, paragraphs, quotations, list items, image captions."""
    out: list[RawBlock] = []
    body = re.sub(r"<!--.*?-->", "", body, flags=re.DOTALL)
    body = re.sub(r"^(```|~~~).*?^\1[^\n]*$", "", body, flags=re.DOTALL | re.MULTILINE)
    for chunk in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")):
        lines = [ln.rstrip() for ln in chunk.strip("\n").split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if re.match(r"^(?:[-*_]\s*){3,}$", first):
            continue  # a thematic break
        if re.match(r"^#{1,6}\s", first):
            out.append(RawBlock(strip_inline(first.lstrip("#").strip().rstrip("#")), hint="heading"))
            if len(lines) > 1:
                out.append(RawBlock(strip_inline(" ".join(lines[1:]))))
            continue
        if len(lines) >= 2 and re.match(r"^(=+|-+)\s*$", lines[1].strip()):
            out.append(RawBlock(strip_inline(first), hint="heading"))
            continue
        if all(ln.lstrip().startswith(">") for ln in lines):
            # A line holding only ">" separates paragraphs of one quotation.
            para: list[str] = []
            for ln in lines + [">"]:
                inner = re.sub(r"^\s*>\s?", "", ln)
                if inner.strip():
                    para.append(inner)
                elif para:
                    out.append(RawBlock(strip_inline(" ".join(para)), blockquote=True))
                    para = []
            continue
        if re.match(r"^!\[[^\]]*\]\([^)]*\)\s*$", first):
            alt = re.match(r"^!\[([^\]]*)\]", first).group(1)
            out.append(RawBlock(alt or "image", hint="caption"))
            if len(lines) > 1:  # an italic line under the image is its caption
                out.append(RawBlock(strip_inline(" ".join(lines[1:])), hint="caption"))
            continue
        if re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", first):
            item: list[str] = []
            for ln in lines:
                if re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", ln) and item:
                    out.append(RawBlock(strip_inline(" ".join(item))))
                    item = []
                item.append(re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", ln))
            out.append(RawBlock(strip_inline(" ".join(item))))
            continue
        out.append(RawBlock(strip_inline(" ".join(ln.strip() for ln in lines))))
    return out


def parse_markdown(text: str, *, source: str | None = None) -> Article:
    data, body = split_front_matter(text.replace("\r\n", "\n").lstrip("\ufeff"))
    meta = meta_from_front_matter(data)
    meta.structured = True
    blocks = markdown_blocks(body)
    # The first top-level heading is the headline when the front matter names none.
    if blocks and blocks[0].hint == "heading" and (meta.title is None or blocks[0].text == meta.title):
        meta.title = meta.title or blocks[0].text
        blocks[0].hint = "title"
    return build_article(blocks, meta, source=source)
