"""ir-research-data's chaos set (Utomo and Leu, github.com/MSVCode/ir-research-data, Extraction/chaos-all;
its terms: "Only for research purpose"; the pages are their publishers'): 360 news pages saved in 2017
from Google searches on 36 query words, about 240 web sites, each with the article a person copied
out of it. Measured here, never committed, and no shipped weights are trained on it.

    bash benchmarks/fetch_corpora.sh chaos      # into .corpora/irdata
    python benchmarks/reading_eval.py chaos .corpora/irdata/Extraction/chaos-all --flat=FLAT_DIR --flatten [--half=a|test]
    python benchmarks/reading_eval.py chaos .corpora/irdata/Extraction/chaos-all [--flat=FLAT_DIR] [--formats=html,text]
        [--half=a|test] [--show=N] [--with-url] [--no-trafilatura] [--only=ID,ID]

A page is html/ID.htm (or .html) and gold/ID.txt, ID "WORD (N)". Its address is the one its markup
declares (`page_address`: the canonical link, og:url, parsely-link or twitter:url, the first absolute
one); a page that declares none is left out (its publisher, so its half, is unknown).

The halves as GN1's (reading_gn1.page_half on reading_gn1.publisher_domain of the address): "a" (about
a third of the publishers: tune and look at pages), "test" (held: the lead's, once a session; --show
and --only refused, and scored only when asked by name).

The truth (`chaos_truth`): the gold file decoded as the CLI decodes a file (UTF-8, else Windows-1252:
most are), its first non-empty line the headline, each further non-empty line a paragraph of the body.

Scoring as `gn1` (reading_gn1.score_pages): the body as `aeb` scores it (4-gram recall mean, narrated
words outside the article, F1), title = the headline, "any" = the headline or one of the page's own
(JSON-LD headline, og:title, <h1>s), on flattened text whether the headline is a line of it; the
declared site name; trafilatura.extract with its evaluation's settings beside on the HTML.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_gn1 import HALVES, _document, flatten_held, page_half, publisher_domain, score_pages  # noqa: E402

from audioed.read.decoding import decode  # noqa: E402

SUFFIXES = (".htm", ".html")
# where a page declares its own address, in the order trusted
_ADDRESS = ('//link[translate(@rel, "CANONICAL", "canonical") = "canonical"]/@href',
            '//meta[@property = "og:url" or @name = "og:url"]/@content',
            '//meta[@name = "parsely-link"]/@content',
            '//meta[@name = "twitter:url" or @property = "twitter:url"]/@content')


def read_file(path: Path) -> str:
    """A page's or gold's text, decoded as the CLI decodes a file (UTF-8, else Windows-1252)."""
    return decode(path.read_bytes(), path.name)


def page_address(html: str) -> str | None:
    """The first absolute address the page declares for itself (a relative canonical link is passed over)."""
    doc = _document(html)
    if doc is None:
        return None
    found = (u.strip() for xpath in _ADDRESS for u in doc.xpath(xpath))
    return next((u for u in found if u.lower().startswith(("http://", "https://"))), None)


@cache
def page_index(root: Path) -> tuple[tuple[str, str | None, str | None], ...]:
    """(id, address, half) of every page with a gold file, by id; address and half None where the page
    declares no address."""
    if not (root / "html").is_dir() or not (root / "gold").is_dir():
        sys.exit(f"{root}: no html/ and gold/ (bash benchmarks/fetch_corpora.sh chaos; "
                 "then .corpora/irdata/Extraction/chaos-all)")
    out = []
    for path in sorted(p for p in (root / "html").iterdir() if p.suffix in SUFFIXES):
        if (root / "gold" / f"{path.stem}.txt").exists():
            url = page_address(read_file(path))
            out.append((path.stem, url, page_half(publisher_domain(url)) if url else None))
    return tuple(out)


def page_ids(root: Path, half: str | None = None) -> list[tuple[str, str, str]]:
    """(id, address, half) of the pages with an address in `half` (None: a and test)."""
    return [(pid, url, h) for pid, url, h in page_index(root) if url and half in (None, h)]


def html_path(root: Path, pid: str) -> Path:
    return next(p for s in SUFFIXES if (p := root / "html" / f"{pid}{s}").exists())


def chaos_truth(text: str) -> tuple[str | None, list[str]]:
    """(headline, body paragraphs) of a gold file's text: its first non-empty line, then the others."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    return (lines[0], lines[1:]) if lines else (None, [])


def chaos_page(root: Path, pid: str, url: str, half: str) -> dict:
    """One page: id, half, url, publisher, the html and its truth (headline, body paragraphs)."""
    title, body = chaos_truth(read_file(root / "gold" / f"{pid}.txt"))
    return dict(name=pid, half=half, url=url, domain=publisher_domain(url), html=read_file(html_path(root, pid)),
                title=title, heads=[title] if title else [], body=body)


def chaos_pages(root: Path, half: str | None = None, only: list[str] | None = None):
    """The pages of `half` (None: a only; test is scored only when asked by name), one at a time."""
    for pid, url, h in page_ids(root, half or "a"):
        if not only or pid in only:
            yield chaos_page(root, pid, url, h)


def half_counts(root: Path) -> str:
    """How many pages and publishers each half has, and how many pages declare no address."""
    ids = page_ids(root)
    parts = [f"half {h}: {sum(t[2] == h for t in ids)} pages, "
             f"{len({publisher_domain(t[1]) for t in ids if t[2] == h})} publishers" for h in HALVES]
    return "; ".join(parts) + f"; {len(page_index(root)) - len(ids)} pages declare no address (left out)"


def cmd_chaos(args: list[str], opts: dict) -> None:
    from reading_wcxb import held_opts
    root, flat, half, only = held_opts(args, opts, HALVES)
    print(half_counts(root), flush=True)
    if opts.get("flatten"):
        return flatten_held(page_ids(root, half), only, lambda pid: read_file(html_path(root, pid)), flat, opts)
    score_pages(chaos_pages(root, half, only), flat, half, opts)
