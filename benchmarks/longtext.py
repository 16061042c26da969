"""Build a long article (~15,000 words) from distinct real text, for benchmarks.

The corpus articles come first, then prose paragraphs from Python's own language
reference (pydoc_data, shipped with every CPython), so every sentence is distinct and
the clip cache cannot make repeats free.
"""

from __future__ import annotations

import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _prose_paragraphs():
    from pydoc_data.topics import topics

    for name in sorted(topics):
        for para in re.split(r"\n\s*\n", topics[name]):
            lines = para.splitlines()
            # Keep flowing prose: no indented code, no tables or rules, sentences that end.
            if any(l.startswith((" ", "\t", ">>>", "*", "-", "=", "+")) for l in lines):
                continue
            text = " ".join(l.strip() for l in lines)
            if len(text.split()) >= 25 and text.endswith(".") and "::" not in text:
                yield text


def long_article(words: int = 15000) -> str:
    """Title, byline, then paragraphs until about `words` words."""
    parts = ["A Long Read Built From Real Text", "By Benchmark Desk"]
    seen = set()
    count = 0
    sources = [CORPUS / "propublica-border-patrol.txt",
               *sorted(CORPUS.glob("*/source.txt"))]
    paragraphs = []
    for src in sources:
        paragraphs += [" ".join(p.split()) for p in re.split(r"\n\s*\n", src.read_text(encoding="utf-8"))
                       if len(p.split()) >= 20]
    paragraphs += list(_prose_paragraphs())
    for p in paragraphs:
        if p in seen:
            continue
        seen.add(p)
        parts.append(p)
        count += len(p.split())
        if count >= words:
            break
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    text = long_article()
    print(text)
