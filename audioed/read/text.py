"""Flattened page text: a web page's visible text, blocks separated by blank lines."""

from __future__ import annotations

import re

from audioed.model import Article
from audioed.read.build import RawBlock, build_article
from audioed.read.metadata import Meta

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


def split_blocks(text: str) -> list[str]:
    """Blank-line separated blocks; a file with one paragraph per line and no blank lines is split by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [b.strip() for b in _BLANK.split(text) if b.strip()]
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(blocks) <= 2 and len(lines) >= 8:
        return [ln.strip() for ln in lines]
    return blocks


def parse_text(text: str, *, source: str | None = None, meta: Meta | None = None) -> Article:
    return build_article([RawBlock(b) for b in split_blocks(text)], meta or Meta(), source=source)
