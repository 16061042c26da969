"""WCXB, the Web Content eXtraction Benchmark (github.com/Murrough-Foley/web-content-extraction-benchmark,
CC-BY-4.0; the pages are their publishers'): 2,008 pages from 1,613 domains saved in 2025, each with a
human-reviewed truth (title, author, publishing day, the main content as plain text, and 3-8 word
snippets a good extraction must hold, `with`, or must not, `without`). Only its article pages are
read here (page_type "article" in metadata.json): the other types (forums, products, listings...)
are not audioed's job.

    bash benchmarks/fetch_corpora.sh wcxb        # into .corpora/wcxb
    python benchmarks/reading_eval.py wcxb .corpora/wcxb --flat=FLAT_DIR --flatten [--half=a|b|test] [--force]
    python benchmarks/reading_eval.py wcxb .corpora/wcxb [--flat=FLAT_DIR] [--formats=html,text] [--half=a|b]
        [--show=N] [--with-url] [--no-trafilatura] [--only=ID,ID]

The split (`page_half`): the test split's articles are "test", held: never scored by helpers, and
--show is refused on them (as polnear refuses its test split); the lead runs it once a session.
The dev split's articles fall in "a" (tune and look at pages) or "b" (figures only, pages never
opened) by the first byte of the SHA-256 of the page's domain (metadata.json), even = a, as
reading_fundus.page_half hashes a publisher's name: a domain's pages fall together. The dev split
is metadata.json's: the corpus's dev/ folder also holds 139 pages (82 articles) that metadata.json
puts in the test split, byte for byte the copies in test/ (v1.0): they are test's, never dev's.
Without --half, a and b are scored (test only when asked by name); --flatten without --half
flattens every article of both splits.

Scoring, per format (audioed on the HTML with the page's address; on the flattened text without it,
as a saved text is read, --with-url gives it; trafilatura.extract on the HTML with the settings of
trafilatura's own evaluation, as `traf`):
- snippets: WCXB's with/without lists counted as `traf` counts trafilatura's (reading_traf.snippet_counts:
  a `with` found is a true positive, missing a false negative, a `without` found a false positive), over
  the narrated body, and over the intro's dek and body ("narrated"); precision, recall, F1 over the sums;
- body: the truth's main_content (its paragraphs) against the narrated body as `aeb` and `fundus` score
  it (4-gram recall mean, narrated words outside the article, F1; words split by reading_postlight.words);
- title = the truth's title (reading_eval.title_ok: normalized, a site's part allowed), and = one of the
  page's headlines (the truth's title, JSON-LD headline, og:title, <h1>s: reading_aeb.page_headlines);
- authors: the truth's author string read as a byline (reading_eval.byline_names: split on ",", "and",
  "&"), every person the input shows found by surname (reading_eval.authors_found); "another name given"
  counts pages where a name read is none of the truth's;
- date: the truth's publish_date, right (same day) / wrong (another day; one day off counted apart) / none;
- site: WCXB declares none; scored against the name the page's markup declares (reading_traf.declared_site),
  right / wrong / none as `traf`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flatten import flatten_at_address  # noqa: E402
from reading_aeb import page_headlines  # noqa: E402
from reading_authors import shown_in  # noqa: E402
from reading_fundus import page_sources, read_scored, show_wrong, wrong_fields  # noqa: E402
from reading_eval import (authors_found, byline_names, f1, norm_title, repaired_truth,  # noqa: E402
                          score_text, title_ok, toks)
from reading_postlight import one_day_off, words  # noqa: E402
from reading_traf import (date_counts, declared_site, page_language, prf, site_close, site_counts,  # noqa: E402
                          site_right, snippet_counts)

HALVES = ("a", "b", "test")


def page_half(split: str, domain: str) -> str:
    """"test" for the test split; in the dev split "a" or "b": the first byte of the SHA-256 of the
    page's domain, even = a (a domain's pages fall together)."""
    if split != "dev":
        return "test"
    return "a" if hashlib.sha256(domain.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def page_ids(root: Path, half: str | None = None, kinds=("article",)) -> list[tuple[str, str, str]]:
    """(id, split, half) of the pages of type `kinds` (metadata.json), in `half` (None: a, b and test),
    by id. A page's split is metadata.json's (dev/ holds copies of 139 test pages)."""
    meta_path = root / "metadata.json"
    if not meta_path.exists():
        sys.exit(f"{root}: no WCXB metadata.json (bash benchmarks/fetch_corpora.sh wcxb)")
    files = json.loads(meta_path.read_text(encoding="utf-8"))["files"]
    out = []
    for pid, m in sorted(files.items()):
        h = page_half(m["split"], m.get("domain") or "")
        if m.get("page_type") in kinds and half in (None, h) and (root / m["split"] / "html" / f"{pid}.html.gz").exists():
            out.append((pid, m["split"], h))
    return out


def wcxb_page(root: Path, pid: str, split: str, half: str) -> dict:
    """One page: id, half, url, html and its truth (title, author string, authors' names, date,
    body paragraphs, with, without)."""
    truth = json.loads((root / split / "ground-truth" / f"{pid}.json").read_text(encoding="utf-8"))
    gt = repaired_truth(truth.get("ground_truth") or {})
    with gzip.open(root / split / "html" / f"{pid}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
        html = f.read()
    author = gt.get("author") if isinstance(gt.get("author"), str) else None
    return dict(name=pid, half=half, url=truth.get("url"), html=html,
                title=" ".join((gt.get("title") or "").split()) or None,
                author=author, authors=byline_names(author),
                date=(gt.get("publish_date") or "")[:10] or None,
                body=[p.strip() for p in (gt.get("main_content") or "").split("\n") if p.strip()],
                item={"with": list(gt.get("with") or []), "without": list(gt.get("without") or [])})


def wcxb_pages(root: Path, half: str | None = None, only: list[str] | None = None):
    """The article pages of `half` (None: a and b), read one at a time."""
    for pid, split, h in page_ids(root, half):
        if (half is None and h == "test") or (only and pid not in only):
            continue
        yield wcxb_page(root, pid, split, h)


def measure(page: dict, source: str, fmt: str, with_url: bool) -> dict:
    t0 = time.perf_counter()
    article, heard, narrated, error = read_scored(page, source, fmt, with_url, page["half"])
    got, authors, got_site, got_date = (article.title, article.authors, article.publisher, article.date) if article \
        else (error, [], None, None)
    recall, leaked, total, runs, missing = score_text(heard, page["body"], words)
    n_recall, n_leaked, n_total = score_text(narrated, page["body"], words)[:3]
    heads = [h for h in [page["title"]] + page_headlines(page["html"]) if h]
    # the truth's people the input shows (a flattened text without the byline bounds what can be read)
    shown = shown_in(page["authors"], source) if fmt == "text" else page["authors"]
    lines = {norm_title(x) for x in source.splitlines()} if fmt == "text" else set()
    return dict(
        counts=snippet_counts(" ".join(heard), page["item"]), n_counts=snippet_counts(" ".join(narrated), page["item"]),
        heard=" ".join(heard), recall=recall, leaked=leaked, narrated=total, runs=runs, missing=missing,
        n_recall=n_recall, n_leaked=n_leaked, n_narrated=n_total,
        title=title_ok(got, page["title"])[1] if page["title"] else None, got_title=got, want_title=page["title"],
        any_head=any(title_ok(got, h)[1] for h in heads) if heads else None,
        reachable=(norm_title(page["title"]) in lines) if fmt == "text" and page["title"] else None,
        authors=authors_found(authors, shown) if shown else None, got_authors=authors, want_authors=shown,
        other_author=bool(shown) and any(not set(toks(a)) & set(toks(" ".join(page["authors"]))) for a in authors),
        date=(got_date == page["date"]) if page["date"] else None, got_date=got_date, want_date=page["date"],
        got_site=got_site, want_site=declared_site(page["html"]), url=page["url"], error=error is not None,
        seconds=time.perf_counter() - t0)


def evaluation_extract(html: str) -> str:
    """trafilatura.extract with the settings of trafilatura's own evaluation (as `traf`); wcxb and gn1."""
    import trafilatura

    return trafilatura.extract(html, fast=False, include_comments=False, include_tables=True,
                               include_formatting=False) or ""


def measure_trafilatura(page: dict) -> dict:
    """trafilatura.extract with its evaluation's settings (as `traf`), scored by snippets and by 4-grams."""
    text = evaluation_extract(page["html"])
    recall, leaked, total = score_text([p for p in text.split("\n") if p.strip()], page["body"], words)[:3]
    return dict(counts=snippet_counts(text, page["item"]), recall=recall, leaked=leaked, narrated=total, half=page["half"])


def summary(rows: list[dict], label: str) -> None:
    def share(key):
        got = [r[key] for r in rows if r.get(key) is not None]
        return f"{sum(got)}/{len(got)} ({sum(got) / len(got):.1%})" if got else "-"

    def body(prefix):
        rec = sum(r[prefix + "recall"] for r in rows) / len(rows)
        leaked, total = sum(r[prefix + "leaked"] for r in rows), sum(r[prefix + "narrated"] for r in rows)
        return (f"4-gram recall mean {rec:.3f} | words outside the article {leaked}/{total} "
                f"({leaked / max(total, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(total, 1)):.3f}")

    def snippets(key):
        p, r, f = prf([x[key] for x in rows])
        tp, fp, fn = (sum(x[key][i] for x in rows) for i in range(3))
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})"

    line = f"{label}: {len(rows)} pages | snippets {snippets('counts')} | body {body('')}"
    if "title" not in rows[0]:  # trafilatura: the text's figures only
        print(line, flush=True)
        return
    right, wrong, none = date_counts(rows)
    off = sum(not r["date"] and one_day_off(r.get("got_date"), r["want_date"]) for r in rows if r.get("date") is not None)
    sr, sw, sn = site_counts(rows)
    close = sum(bool(r.get("got_site")) and site_close(r["got_site"], r["want_site"], r.get("url")) and not site_right(
        r["got_site"], r["want_site"]) for r in rows if r.get("want_site"))
    line += f" | title = truth {share('title')}, = one of the page's headlines {share('any_head')}"
    if any(r.get("reachable") is not None for r in rows):
        line += f"; the truth's title a line of the text {share('reachable')}"
    line += (f" | authors found {share('authors')}, another name given on "
             f"{sum(r['other_author'] for r in rows if r.get('authors') is not None)}"
             f" | date right {right} wrong {wrong} ({off} one day off) none {none} of {right + wrong + none}"
             f" | site name right {sr} wrong {sw} ({close} close) none {sn} of {sr + sw + sn} declaring one")
    if errors := sum(r["error"] for r in rows):
        line += f" | {errors} pages the reader refused"
    print(line)
    print(f"  {label}: narrated (intro dek + body): snippets {snippets('n_counts')} | body {body('n_')}", flush=True)


def show_misses(rows: list[dict], pages: dict[str, dict], n: int) -> None:
    """Half a's pages with a miss: what was wrong, up to N snippets, leaks and missing paragraphs a page."""
    from reading_traf import snippet_key

    for r in rows:
        if r["half"] != "a":  # (b's and test's pages are never printed)
            continue
        tp, fp, fn, _ = r["counts"]
        bad = wrong_fields(r)
        print(f"{r['format']:<4} {r['page']} {'en' if r['english'] else '  '} tp {tp} fp {fp} fn {fn} rec {r['recall']:.3f} "
              f"leak {r['leaked']:>4}/{r['narrated']:<5} {' '.join(bad)}")
        show_wrong(r, bad)
        item, heard = pages[r["page"]]["item"], snippet_key(r["heard"])
        for w in [w for w in item["with"] if snippet_key(w) not in heard][:n]:
            print(f"       missed: {w[:120]}")
        for w in [w for w in item["without"] if snippet_key(w) in heard][:n]:
            print(f"       leaked: {w[:120]}")
        for run in r["runs"][:n]:
            print(f"       outside: {run}")
        for m in r["missing"][:n]:
            print(f"       missing: {m}")


def held_opts(args: list[str], opts: dict, halves: tuple[str, ...], figures_only: tuple[str, ...] = ()):
    """(root, flat dir, half, --only's pages) of a corpus whose "test" half is held: --half must be one of
    `halves`; test's pages are never shown or picked (--show, --only), a figures-only half's never
    shown. Shared by wcxb and gn1."""
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    half = opts.get("half")
    if half not in (None, *halves):
        sys.exit(f"--half is {', '.join(halves[:-1])} or {halves[-1]}")
    if half == "test" and (opts.get("show") or opts.get("only")):
        sys.exit("the test split is held: its pages are never shown (--show, --only)")
    if half in figures_only and opts.get("show"):
        sys.exit(f"half {half} is for figures only: --show lists half a's pages")
    return root, flat, half, opts["only"].split(",") if opts.get("only") else None


def cmd_wcxb(args: list[str], opts: dict) -> None:
    root, flat, half, only = held_opts(args, opts, HALVES, figures_only=("b",))
    if opts.get("flatten"):
        if not flat:
            sys.exit("--flatten needs --flat=FLAT_DIR")
        # every article of both splits (the lead scores test once a session), a's first; nothing is scored
        todo = sorted(page_ids(root, half), key=lambda t: (HALVES.index(t[2]), t[0]))
        todo = [t for t in todo if not only or t[0] in only]
        print(f"{len(todo)} article pages to flatten", flush=True)
        flatten_at_address(((pid, p["url"], p["html"]) for pid, split, h in todo
                            for p in [wcxb_page(root, pid, split, h)]), flat, opts, progress=_progress)
        return
    formats = opts.get("formats", "html,text").split(",")
    show = int(opts.get("show", 0))
    rows: dict[str, list[dict]] = {"html": [], "text": []}
    trafilatura: list[dict] = []
    kept: dict[str, dict] = {}
    blank = 0
    for p in wcxb_pages(root, half, only):
        english, _ = page_language(p["html"])
        for fmt, source in page_sources(p, formats, flat):
            if not source.strip():  # a page that shows nothing without its scripts: no one would read it
                blank += 1
                continue
            r = measure(p, source, fmt, bool(opts.get("with-url")))
            rows[fmt].append(dict(r, page=p["name"], half=p["half"], english=english, format=fmt))
        if "html" in formats and not opts.get("no-trafilatura"):
            trafilatura.append(measure_trafilatura(p))
        if show and p["half"] == "a":
            kept[p["name"]] = dict(item=p["item"])
    if blank:
        print(f"{blank} flattened pages left out: empty (the page shows nothing without its scripts)")
    if show:
        for fmt in ("html", "text"):
            show_misses(rows[fmt], kept, show)
    halves = [half] if half else ["a", "b"]
    for fmt, rs in rows.items():
        for h in halves:
            for part, keep in (("all", lambda r: True), ("English", lambda r: r["english"])):
                sel = [r for r in rs if keep(r) and r["half"] == h]
                if sel and (part == "all" or len(sel) < sum(r["half"] == h for r in rs)):  # (English: when not all)
                    summary(sel, f"audioed {fmt} | half {h} {part}")
    for h in halves:
        if sel := [t for t in trafilatura if t["half"] == h]:
            summary(sel, f"trafilatura.extract html | half {h} all")


def _progress(items):
    """The items, printing how far the run is every 25."""
    items = list(items) if not isinstance(items, list) else items
    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if i % 25 == 0:
            print(f"-- {i}/{len(items)} pages, {time.perf_counter() - t0:.0f} s", flush=True)
        yield item
