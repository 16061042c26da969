"""The authors a page's HTML declares, read independently of audioed's reader, to score the
authors audioed finds in the page's flattened text (`reading_eval.py aeb`).

The article-extraction benchmark has no byline truth; its pages' markup names the authors:
JSON-LD `author` (names, or `@id` references resolved in the page's graph), else
`<meta name="author">`, else the first `rel="author"` link's text (later ones are often
teasers' writers). Only people count: "By TOM KRISHER, AP Auto Writer" -> "Tom Krisher"; an
outlet or a desk ("Reuters", "News Nation", "Science X staff", "The Associated Press") is none.
"""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_markup import json_ld_nodes, page_doc  # noqa: E402

_ORG_WORDS = set("""
news press staff team editorial editors reports report associated media bureau desk inc ltd agency admin
contributors contributor network wire service services group online magazine daily times post journal
""".split())
_PARTICLES = {"de", "da", "van", "von", "del", "la", "le", "bin", "al", "di", "du", "der", "den", "ter", "dos", "das"}
_DEGREE = re.compile(r"^(?:MA|MS|MD|PhD|RN|RD|RDN|MPH|MBA|Jr|Sr)\.?$", re.IGNORECASE)


def people_named(name: str, outlets: set[str]) -> list[str]:
    """The people a declared author names, in title case (an outlet, a desk, a login name, a
    URL are none): "By MEG KINNARD and ERRIN HAINES, Associated Press" -> both names."""
    n = " ".join(unescape(name or "").split())
    if not n or re.search(r"https?:|www\.|@|\d", n):
        return []
    n = re.sub(r"^(?:\w+\s+)?by\s+", "", n, flags=re.IGNORECASE)  # "By X", "Analysis by X"
    # roles and outlets after the name: "X, AP Writer", "X | NJ.com", "X - Staff Writer", "X. Sputnik"
    n = re.split(r"\s*(?:,|\||\s[-–—]\s|(?<=[a-z]{2})\.\s)\s*", n)[0].strip()
    return [p for p in (person(x, outlets) for x in re.split(r"\s+(?:and|&)\s+", n)) if p]


def person(n: str, outlets: set[str]) -> str | None:
    """The name `n` in its usual case when it is a person's: two to five capitalised words."""
    ws = n.split()
    if not 2 <= len(ws) <= 5 or n.lower() in outlets or ws[0].lower() == "the":
        return None
    for w in ws:
        if w.lower() in _PARTICLES:
            continue
        if not re.match(r"^[A-ZÀ-Þ]", w) or w.lower().strip(".") in _ORG_WORDS or _DEGREE.match(w):
            return None
    return n.title() if n.isupper() else n


def _names(node, ids: dict) -> list[str]:
    """The names a JSON-LD author value gives: a string, a Person, an @id, or a list of them."""
    if isinstance(node, list):
        return [n for x in node for n in _names(x, ids)]
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        if "name" not in node and node.get("@id") in ids:
            node = ids[node["@id"]]
        name = node.get("name")
        kind = str(node.get("@type") or node.get("type") or "person").lower()
        if isinstance(name, str) and "organization" not in kind:
            return [name]
    return []


def declared_authors(html: str) -> list[str]:
    """The people the page's markup declares as its authors (see the module's docstring)."""
    doc = page_doc(html)
    if doc is None:
        return []
    nodes = json_ld_nodes(doc)
    ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and "name" in n}
    outlets = {" ".join(str(n["name"]).lower().split()) for n in nodes
               if isinstance(n.get("name"), str) and "organization" in str(n.get("@type", "")).lower()}
    outlets |= {c.strip().lower() for c in doc.xpath('//meta[@property="og:site_name"]/@content')}

    def people(names: list[str]) -> list[str]:
        out = []
        for name in names:
            out += [p for p in people_named(name, outlets) if p not in out]
        return out

    # The article's author, not a comment's or a review's (their nodes are typed so).
    typed = [n for n in nodes if "author" in n and re.search(r"article|posting|report|webpage",
                                                               str(n.get("@type", "")), re.IGNORECASE)]
    for node in typed or [n for n in nodes if "author" in n and not re.search(
            r"comment|review|answer", str(n.get("@type", "")), re.IGNORECASE)]:
        found = people(_names(node["author"], ids))
        if found:
            return found
    found = people(doc.xpath('//meta[@name="author"]/@content'))
    if found:
        return found
    rel = [" ".join(a.text_content().split()) for a in doc.xpath('//a[@rel="author"]')]
    return people([r for r in rel if r][:1])


def shown_in(names: list[str], text: str) -> list[str]:
    """The names the flattened text shows (case and spacing aside)."""
    flat = " ".join(text.lower().split())
    return [n for n in names if " ".join(n.lower().split()) in flat]
