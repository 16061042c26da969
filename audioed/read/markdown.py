"""Markdown with optional YAML front matter (title, author(s), date, publisher, description)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import yaml

from audioed.errors import InputError
from audioed.model import Article
from audioed.read.build import RawBlock, build_article
from audioed.read.metadata import Meta, parse_date, split_names

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


_EMBED_TAGS = re.compile(r"<(?:iframe|script|style|video|audio|embed|object|svg|canvas)\b", re.IGNORECASE)
_TAG_IN_CODE = re.compile(r"</?([A-Za-z][\w-]*)[^<>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # CommonMark, plus the two GitHub extensions articles use: tables and ~~struck~~ text.
    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _inline(node) -> str:
    """An inline node's words as plain text: links keep their words, images their alt text,
    code spans their content, inline HTML is dropped."""
    if node.type == "text":
        return node.content
    if node.type == "code_inline":  # "`<code>` tags" is said "code tags"
        return _TAG_IN_CODE.sub(r"\1", node.content)
    if node.type in ("softbreak", "hardbreak"):
        return " "
    if node.type == "html_inline":
        return ""
    return "".join(_inline(c) for c in node.children)


def _text(node) -> str:
    return " ".join(_inline(node).split())


def _paragraph(inline, quote: bool) -> list[RawBlock]:
    """A paragraph; one that starts with an image alone on its line is the image's alt text
    and, below it, the caption (an italic line under an image)."""
    parts = inline.children
    first_line = next((k for k, c in enumerate(parts) if c.type in ("softbreak", "hardbreak")), len(parts))
    head = [c for c in parts[:first_line] if not (c.type == "text" and not c.content.strip())]
    if len(head) == 1 and head[0].type == "image":
        out = [RawBlock(_text(head[0]) or "image", hint="caption")]
        caption = " ".join("".join(_inline(c) for c in parts[first_line + 1:]).split())
        if caption:
            out.append(RawBlock(caption, hint="caption"))
        return out
    return [RawBlock(_text(inline), blockquote=quote)]


def _table(table, quote: bool) -> list[RawBlock]:
    """A table read row by row, each row one paragraph of "header: cell" pairs ("Team: Ravens;
    Wins: 10; Losses: 4."): a listener cannot glance back at the column heads, so every cell
    is said with its own. Empty cells are left out; a column without a head is said bare."""
    rows = [[_text(cell.children[0]) if cell.children else "" for cell in tr.children]
            for section in table.children for tr in section.children]
    if not rows:
        return []
    heads, out = rows[0], []
    body = rows[1:] if any(heads) else rows  # a table without heads: each row its cells
    if not any(heads):
        heads = []
    for row in body:
        pairs = [f"{heads[k]}: {cell}" if k < len(heads) and heads[k] else cell
                 for k, cell in enumerate(row) if cell]
        if pairs:
            text = "; ".join(pairs)
            out.append(RawBlock(text if text[-1] in ".!?" else text + ".", blockquote=quote))
    return out


def _html_block(html: str) -> list[RawBlock]:
    """Raw HTML in Markdown: comments are the author's notes, not text; an embedded player or
    script is listed as a skipped embed; any other markup keeps its words."""
    html = _COMMENT.sub("", html)
    if not html.strip():
        return []
    if _EMBED_TAGS.search(html):
        return [RawBlock(" ".join(html.split()), hint="embed")]
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return [RawBlock(text)] if text else []


def _blocks(node, quote: bool = False) -> list[RawBlock]:
    out: list[RawBlock] = []
    for child in node.children:
        kind = child.type
        if kind == "heading":
            out.append(RawBlock(_text(child.children[0]), hint="heading"))
        elif kind == "paragraph":
            out += _paragraph(child.children[0], quote)
        elif kind in ("fence", "code_block"):
            # Code is not narrated; it stays listed as a skipped embed.
            out.append(RawBlock(child.content, hint="embed"))
        elif kind == "table":
            out += _table(child, quote)
        elif kind == "html_block":
            out += _html_block(child.content)
        elif kind != "hr":  # lists, list items (nested ones too), quotations: their blocks
            out += _blocks(child, quote or kind == "blockquote")
    return out


def markdown_blocks(body: str) -> list[RawBlock]:
    """Blocks of a Markdown body: headings, paragraphs (each list item's, at any depth),
    quotations, table rows, image captions, and code as skipped embeds."""
    from markdown_it.tree import SyntaxTreeNode

    return _blocks(SyntaxTreeNode(_parser().parse(body.replace("\r\n", "\n"))))


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
