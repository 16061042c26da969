"""A page's own markup, read independently of audioed's reader: the truth the benchmarks
compare audioed's headline, site name and authors with (reading_aeb.py, reading_authors.py)."""

from __future__ import annotations

import json
import re


def page_doc(html: str):
    """The page's lxml tree, or None when it cannot be parsed."""
    import lxml.html

    try:
        # The text is already decoded (UTF-8): given bytes, lxml would guess Latin-1 for a page
        # that declares no charset and garble the headline; an XML declaration must go first.
        return lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    except Exception:
        return None


def json_ld_nodes(doc) -> list[dict]:
    """Every object in the page's JSON-LD scripts, in document order, each before what it holds."""
    nodes: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            nodes.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for script in doc.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            walk(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    return nodes
