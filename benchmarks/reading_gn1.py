"""L3S-GN1 (Kohlschuetter, Fankhauser, Nejdl, "Boilerplate Detection using Shallow Text Features",
WSDM 2010; L3S's licence: research use only; the pages are their publishers'): 621 English news
articles from 408 web sites, sampled from Google News in the first half of 2008, each annotated by
hand in a copy of the page: <span class="x-nc-selN"> around each text block, 1 headline, 2 full
text, 3 supplemental (captions...), 4 related content, 5 comments, 0 (and no span) not content.
The copy read here is the one converted to single HTML files (github.com/geodrome/page-signal,
L3S-GN1-20100130203947-00001/{original,annotated}/UUID.html and url-mapping.txt; the repository
states no licence of its own: used, never committed).

    bash benchmarks/fetch_corpora.sh gn1        # into .corpora/gn1
    python benchmarks/reading_eval.py gn1 .corpora/gn1 --flat=FLAT_DIR --flatten [--half=a|test] [--force]
    python benchmarks/reading_eval.py gn1 .corpora/gn1 [--flat=FLAT_DIR] [--formats=html,text] [--half=a]
        [--show=N] [--with-url] [--no-trafilatura] [--only=UUID,UUID]

The halves (`page_half`): by the first byte of the SHA-256 of the publisher's domain (the page's
host without its subdomains: `publisher_domain`), a multiple of 3 = "a" (about a third of the
domains: tune and look at pages), else "test" (held: the lead's, once a session; --show and --only
refused, and scored only when asked by name). A publisher's pages fall together (news.com.au has 12,
the icnetwork.co.uk papers share one template under several hosts).

The truth (`gn1_truth`, from the annotated copy): the text blocks of each label in reading order,
a paragraph ending at every block-level element and <br> (the 2008 pages often split paragraphs by
<br><br> inside one cell), and at a change of label; blocks the annotators marked invisible
(x-nc-invisible), scripts and styles left out. The annotated copy lost many characters outside
Latin-1 (curly quotes, dashes, pound signs became "?"): a block with a "?" takes the original page's
text where that text matches it with each "?" standing for any one character (`restore_marks`; a
headline "Camilla?s ?cursed? cruise" is the page's "Camilla’s ‘cursed’ cruise"), else stays as it is.

Scoring, per format (audioed on the original HTML with the page's address; on the flattened text
without it, --with-url gives it; trafilatura.extract on the HTML with its evaluation's settings):
- body: the full text (label 2) against the narrated body as `aeb` scores it (4-gram recall mean,
  narrated words outside the full text, F1; captions, label 3, are neither wanted nor excused);
- title = the headline (label 1; where the annotators marked two or more runs, a dek or a section
  name beside it, the run sharing most words with the page's <title>: `pick_headline`), and =
  any of the page's headlines (every label-1 run, JSON-LD headline, og:title, <h1>s);
- site: the name the page's markup declares (reading_traf.declared_site), right / wrong / none as
  `traf` (few 2008 pages declare one). The corpus gives no authors and no dates.
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flatten import flatten_at_address  # noqa: E402
from reading_aeb import page_headlines  # noqa: E402
from reading_eval import f1, norm_title, repaired_truth, score_text, title_ok, toks  # noqa: E402
from reading_postlight import words  # noqa: E402
from reading_traf import declared_site, page_language, site_counts  # noqa: E402

from audioed.read.html import _XML_DECLARATION  # noqa: E402

HALVES = ("a", "test")
SUBDIR = "L3S-GN1-20100130203947-00001"

# second-level labels under a country code that a publisher registers beneath (news.bbc.co.uk -> bbc.co.uk)
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "govt", "nic", "gen", "ltd", "plc", "info", "news"}
# elements whose text runs inline: every other element (and <br>) ends a paragraph
_INLINE = {"a", "span", "b", "i", "em", "strong", "font", "u", "small", "big", "sup", "sub", "abbr", "cite", "q",
           "code", "tt", "s", "strike", "acronym", "label", "nobr", "wbr", "ins", "del", "mark", "img"}
_SKIP = {"script", "style", "noscript", "head", "title", "select", "option", "textarea"}
_LABEL = re.compile(r"x-nc-sel(\d)")


def publisher_domain(url: str | None) -> str:
    """The page's host without its subdomains: the last two labels, three under a country code's
    second level (www.theage.com.au -> theage.com.au, icbirmingham.icnetwork.co.uk -> icnetwork.co.uk)."""
    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    parts = host.split(".")
    keep = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-keep:])


def page_half(domain: str) -> str:
    """"a" when the first byte of the SHA-256 of the publisher's domain is a multiple of 3 (about a
    third of the domains), else "test" (held)."""
    return "a" if hashlib.sha256(domain.encode("utf-8")).digest()[0] % 3 == 0 else "test"


def url_mapping(root: Path) -> dict[str, str]:
    """UUID -> the page's address (url-mapping.txt: "<urn:uuid:UUID>\\tURL" a line)."""
    path = root / SUBDIR / "url-mapping.txt"
    if not path.exists():
        sys.exit(f"{root}: no L3S-GN1 url-mapping.txt (bash benchmarks/fetch_corpora.sh gn1)")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, url = line.partition("\t")
        if m := re.fullmatch(r"<urn:uuid:([0-9a-f-]+)>", key.strip()):
            out[m.group(1)] = url.strip()
    return out


def page_ids(root: Path, half: str | None = None) -> list[tuple[str, str, str]]:
    """(uuid, url, half) of the pages with both copies, in `half` (None: a and test), by uuid."""
    urls = url_mapping(root)
    out = []
    for pid, url in sorted(urls.items()):
        h = page_half(publisher_domain(url))
        if half in (None, h) and (root / SUBDIR / "original" / f"{pid}.html").exists() \
                and (root / SUBDIR / "annotated" / f"{pid}.html").exists():
            out.append((pid, url, h))
    return out


def _document(html: str):
    """The page's element tree, or None for a page with no elements (lxml refuses an empty document, and
    decoded text that still declares its encoding: 6 of the original pages do, so their marks went unrestored)."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None


def gn1_truth(annotated: str) -> dict[int, list[str]]:
    """The annotated copy's text blocks by label (0-5), as paragraphs in reading order (none for an empty copy)."""
    doc = _document(annotated)
    if doc is None:
        return {n: [] for n in range(6)}
    pieces: list[tuple[int, str] | None] = []  # (label, text), None at a paragraph's end

    def walk(el, label: int) -> None:
        if not isinstance(el.tag, str):  # a comment or processing instruction
            return
        tag, classes = el.tag.lower(), (el.get("class") or "").split()
        if tag in _SKIP or "x-nc-invisible" in classes:
            return
        if tag == "span" and (m := next((_LABEL.fullmatch(c) for c in classes if _LABEL.fullmatch(c)), None)):
            label = int(m.group(1))
        block = tag not in _INLINE
        if block:
            pieces.append(None)
        if el.text:
            pieces.append((label, el.text))
        for child in el:
            walk(child, label)
            if child.tail:
                pieces.append((label, child.tail))
        if block:
            pieces.append(None)

    walk(doc, 0)
    out: dict[int, list[str]] = {n: [] for n in range(6)}
    label, run = None, []
    for piece in pieces + [None]:
        if piece is not None and not piece[1].strip():  # the space between two tags, in whatever run is open
            if label is not None:
                run.append(" ")
            continue
        if piece is None or piece[0] != label:
            # the pieces keep their own spaces: a block split by <b> or <a> is one run of words
            if label is not None and (text := " ".join("".join(run).split())):
                out[label].append(text)
            label, run = (None, []) if piece is None else (piece[0], [])
        if piece is not None:
            run.append(piece[1])
    return out


def page_text(html: str) -> str:
    """The original page's text, whitespace folded (scripts and all: only searched)."""
    doc = _document(html)
    return "" if doc is None else " ".join(doc.text_content().split())


def restore_marks(block: str, text: str) -> str:
    """The block with the characters the annotated copy turned into "?" taken back from the original
    page's text: the first place that text matches the block, each "?" any one character."""
    if "?" not in block:
        return block
    pattern = r"\s*".join(".".join(re.escape(part) for part in word.split("?")) for word in block.split())
    m = re.search(pattern, text)
    return m.group(0) if m else block


def page_title(html: str) -> str:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return " ".join(m.group(1).split()) if m else ""


def pick_headline(runs: list[str], title: str) -> str | None:
    """The label-1 run sharing most words (two or more) with the page's <title>, the first on a tie;
    else the first run of three words or more, else the first: where the annotators marked a section
    name ("Football News") or a dek as headline too, the headline is the title's."""
    if not runs:
        return None
    want = set(toks(title))
    best = max(runs, key=lambda r: (len(set(toks(r)) & want), -runs.index(r)))
    if len(set(toks(best)) & want) >= 2:
        return best
    return next((r for r in runs if len(toks(r)) >= 3), runs[0])


def gn1_page(root: Path, pid: str, url: str, half: str) -> dict:
    """One page: id, half, url, the original html and its truth (headline, headline runs, body paragraphs)."""
    html = (root / SUBDIR / "original" / f"{pid}.html").read_text(encoding="utf-8", errors="replace")
    truth = gn1_truth((root / SUBDIR / "annotated" / f"{pid}.html").read_text(encoding="utf-8", errors="replace"))
    text = page_text(html)
    heads, body = (repaired_truth([restore_marks(b, text) for b in truth[n]]) for n in (1, 2))
    return dict(name=pid, half=half, url=url, domain=publisher_domain(url), html=html,
                title=pick_headline(heads, page_title(html)), heads=heads, body=body)


def gn1_pages(root: Path, half: str | None = None, only: list[str] | None = None):
    """The pages of `half` (None: a only; test is scored only when asked by name), one at a time."""
    for pid, url, h in page_ids(root, half or "a"):
        if not only or pid in only:
            yield gn1_page(root, pid, url, h)


def measure(page: dict, source: str, fmt: str, with_url: bool) -> dict:
    from reading_fundus import read_scored

    t0 = time.perf_counter()
    article, heard, narrated, error = read_scored(page, source, fmt, with_url, page["half"])
    got, got_site = (article.title, article.publisher) if article else (error, None)
    recall, leaked, total, runs, missing = score_text(heard, page["body"], words)
    n_recall, n_leaked, n_total = score_text(narrated, page["body"], words)[:3]
    heads = [h for h in page["heads"] + page_headlines(page["html"]) if h]
    lines = {norm_title(x) for x in source.splitlines()} if fmt == "text" else set()
    return dict(
        recall=recall, leaked=leaked, narrated=total, runs=runs, missing=missing,
        n_recall=n_recall, n_leaked=n_leaked, n_narrated=n_total,
        title=title_ok(got, page["title"])[1] if page["title"] else None, got_title=got, want_title=page["title"],
        any_head=any(title_ok(got, h)[1] for h in heads) if heads else None,
        reachable=(norm_title(page["title"]) in lines) if fmt == "text" and page["title"] else None,
        got_site=got_site, want_site=declared_site(page["html"]), url=page["url"], error=error is not None,
        seconds=time.perf_counter() - t0)


def measure_trafilatura(page: dict) -> dict:
    """trafilatura.extract with its evaluation's settings (as `traf`), scored by 4-grams."""
    from reading_wcxb import evaluation_extract

    text = evaluation_extract(page["html"])
    recall, leaked, total = score_text([p for p in text.split("\n") if p.strip()], page["body"], words)[:3]
    return dict(recall=recall, leaked=leaked, narrated=total, half=page["half"])


def body_line(rows: list[dict], prefix: str = "") -> str:
    rec = sum(r[prefix + "recall"] for r in rows) / len(rows)
    leaked, total = sum(r[prefix + "leaked"] for r in rows), sum(r[prefix + "narrated"] for r in rows)
    return (f"4-gram recall mean {rec:.3f} | words outside the article {leaked}/{total} "
            f"({leaked / max(total, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(total, 1)):.3f}")


def summary(rows: list[dict], label: str) -> None:
    def share(key):
        got = [r[key] for r in rows if r.get(key) is not None]
        return f"{sum(got)}/{len(got)} ({sum(got) / len(got):.1%})" if got else "-"

    line = f"{label}: {len(rows)} pages | body {body_line(rows)}"
    if "title" not in rows[0]:  # trafilatura: the body's figures only
        print(line, flush=True)
        return
    sr, sw, sn = site_counts(rows)
    line += f" | title = headline {share('title')}, = one of the page's headlines {share('any_head')}"
    if any(r.get("reachable") is not None for r in rows):
        line += f"; the headline a line of the text {share('reachable')}"
    line += f" | site name right {sr} wrong {sw} none {sn} of {sr + sw + sn} declaring one"
    if errors := sum(r["error"] for r in rows):
        line += f" | {errors} pages the reader refused"
    print(line)
    print(f"  {label}: narrated (intro dek + body): body {body_line(rows, 'n_')}", flush=True)


def show_misses(rows: list[dict], n: int) -> None:
    """Half a's pages: what was wrong, up to N runs heard outside the article and paragraphs missed a page."""
    for r in rows:
        if r["half"] != "a":  # (test's pages are never printed)
            continue
        print(f"{r['format']:<4} {r['page']} {r['domain']:<24} rec {r['recall']:.3f} leak {r['leaked']:>4}/{r['narrated']:<5}"
              f"{'' if r['english'] else ' not-en'}{' title' if r['title'] is False else ''}")
        if r["title"] is False:
            print(f"       title {r['got_title']!r} / want {r['want_title']!r}")
        for run in r["runs"][:n]:
            print(f"       outside: {run}")
        for m in r["missing"][:n]:
            print(f"       missing: {m}")


def cmd_gn1(args: list[str], opts: dict) -> None:
    from reading_wcxb import held_opts
    root, flat, half, only = held_opts(args, opts, HALVES)
    if opts.get("flatten"):
        return flatten_held(page_ids(root, half), only, lambda pid: (root / SUBDIR / "original" / f"{pid}.html").read_text(
            encoding="utf-8", errors="replace"), flat, opts)
    score_pages(gn1_pages(root, half, only), flat, half, opts)


def flatten_held(ids: list[tuple[str, str, str]], only: list[str] | None, html_of, flat: Path | None, opts: dict) -> None:
    """Flattens the pages `ids` lists ((id, address, half), all of both halves without --half: the lead scores test
    once a session), a's first, each page's html given by `html_of(id)`; nothing is scored. Shared by gn1 and chaos."""
    if not flat:
        sys.exit("--flatten needs --flat=FLAT_DIR")
    todo = sorted(ids, key=lambda t: (HALVES.index(t[2]), t[0]))
    todo = [t for t in todo if not only or t[0] in only]
    print(f"{len(todo)} pages to flatten", flush=True)
    flatten_at_address(((pid, url, html_of(pid)) for pid, url, h in todo), flat, opts, progress=_progress)


def score_pages(pages, flat: Path | None, half: str | None, opts: dict) -> None:
    """Reads and scores the pages (dicts as `gn1_page` gives) in each format, prints the figures of `half`
    (None: a), trafilatura's beside on the HTML, and with --show half a's misses. Shared by gn1 and chaos."""
    from reading_fundus import page_sources

    formats = opts.get("formats", "html,text").split(",")
    show = int(opts.get("show", 0))
    rows: dict[str, list[dict]] = {"html": [], "text": []}
    trafilatura: list[dict] = []
    blank = untitled = 0
    for p in pages:
        english, _ = page_language(p["html"])
        untitled += p["title"] is None
        for fmt, source in page_sources(p, formats, flat):
            if not source.strip():  # a page that shows nothing without its scripts: no one would read it
                blank += 1
                continue
            r = measure(p, source, fmt, bool(opts.get("with-url")))
            rows[fmt].append(dict(r, page=p["name"], domain=p["domain"], half=p["half"], english=english, format=fmt))
        if "html" in formats and not opts.get("no-trafilatura"):
            trafilatura.append(measure_trafilatura(p))
    if blank:
        print(f"{blank} flattened pages left out: empty (the page shows nothing without its scripts)")
    if untitled:
        print(f"{untitled} pages have no headline marked (their title is not scored)")
    if show:
        for fmt in ("html", "text"):
            show_misses(rows[fmt], show)
    h = half or "a"
    for fmt, rs in rows.items():
        for part, keep in (("all", lambda r: True), ("English", lambda r: r["english"])):
            sel = [r for r in rs if keep(r)]
            if sel and (part == "all" or len(sel) < len(rs)):  # (English: when not all)
                summary(sel, f"audioed {fmt} | half {h} {part}")
    if trafilatura:
        summary(trafilatura, f"trafilatura.extract html | half {h} all")


def _progress(items):
    """The items, printing how far the run is every 25."""
    items = list(items) if not isinstance(items, list) else items
    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if i % 25 == 0:
            print(f"-- {i}/{len(items)} pages, {time.perf_counter() - t0:.0f} s", flush=True)
        yield item
