"""Read stage: an article (text, HTML or Markdown file, or URL) -> Article.

The work is done by the readers package (format detection, clean-up rules, metadata); this
module keeps the stage's entry point where the pipeline and users expect it.
"""

from __future__ import annotations

from pathlib import Path

from .readers import load_source, parse, read_article
from .readers.text import parse_text

__all__ = ["read_article", "read_text", "parse_text", "parse"]


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError that says why it cannot be read."""
    text, _ = load_source(path)
    return text
