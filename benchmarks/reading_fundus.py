"""fundus's parser test pages (flairNLP/fundus, MIT; the pages are their publishers'): about 260
news pages from about 200 publishers in 40 countries, saved 2023-2026, each with the article its
hand-written parser extracts (title, authors, publishing date, the summary and the body's
sections: subheadings and paragraphs). Read as flattened text (and as HTML):

    bash benchmarks/fetch_corpora.sh fundus      # into .corpora/fundus
    python benchmarks/reading_eval.py fundus .corpora/fundus --flat=FLAT_DIR --flatten [--force]
    python benchmarks/reading_eval.py fundus .corpora/fundus [--flat=FLAT_DIR] [--formats=html,text]
        [--half=a|b] [--show=N] [--with-url]
    python benchmarks/reading_eval.py fundus .corpora/fundus --flat=FLAT_DIR --chapters --half=a|b [--show=1]
        (chapter titles against the expected sections' subheadings: benchmarks/reading_chapters.py)

Pages: tests/resources/parser/test_data/CC/PUBLISHER_YYYY_MM_DD.html.gz, named CC-PUBLISHER_... here;
their addresses are in CC/meta.info. A publisher's PUBLISHER.json holds one expected article per
parser version ("V1", "V1_1", ...); a page's is the version whose title the page's HTML holds, else
the one at the page's place in date order (`fundus_pages`).

Scored like `aeb` (reading_aeb.py), each page's words split by reading_postlight.words (Chinese,
Japanese and Korean characters one word each): the body figure is the expected sections'
subheadings and paragraphs against the narrated body (4-gram recall, narrated words outside, F1);
the narrated figure adds the summary (the standfirst, which the reader keeps as the intro's dek)
to the truth and the intro's dek to what is heard. Title = the expected title (whitespace and
quote marks normalized, a site's part allowed: reading_eval.title_ok); authors = every expected
author the flattened text shows, by surname; date = the expected publishing day (fundus gives UTC
or the page's offset: one day off is counted apart); site = the name the page's markup declares.

Halves (`page_half`): a or b by a hash of the publisher's name, so a publisher's pages fall
together. Tune and look at pages (--show lists half a's only) on a; b is for figures only.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import time
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flatten import flatten_at_address  # noqa: E402
from reading_aeb import page_headlines  # noqa: E402
from reading_authors import shown_in  # noqa: E402
from reading_eval import (authors_found, byline_names, f1, heard_runs, measure_trafilatura, narrated_runs,  # noqa: E402
                          norm_title, score_text, title_ok, toks)
from reading_postlight import one_day_off, words  # noqa: E402
from reading_traf import declared_site, page_language, site_close, site_counts, site_right  # noqa: E402

DATA = Path("tests/resources/parser/test_data")


def page_half(name: str) -> str:
    """"a" or "b": the first byte of the SHA-256 of the page's publisher (CC-PUBLISHER), even = a."""
    return "a" if hashlib.sha256(publisher(name).encode("utf-8")).digest()[0] % 2 == 0 else "b"


def publisher(name: str) -> str:
    return re.sub(r"_\d{4}_\d{2}_\d{2}$", "", name)


def tuning_texts(root: Path, flat: Path):
    """(page, flattened text) for each half a page whose flattened text is not empty: the pages an analysis
    script may open (half b is for figures)."""
    for page in fundus_pages(root):
        src = flat / f"{page['name']}.txt"
        if page_half(page["name"]) == "a" and src.exists():
            text = src.read_text(encoding="utf-8")
            if text.strip():
                yield page, text


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()).lower()


def fundus_pages(root: Path) -> list[dict]:
    """Every test page (sorted by name) with its url, html and expected article: dicts with name,
    url, html, title, authors, date (YYYY-MM-DD or None), summary (list of paragraphs), body (the
    sections' subheadings and paragraphs, in order)."""
    if not (root / DATA).is_dir():
        sys.exit(f"{root}: no fundus test pages in {DATA} (bash benchmarks/fetch_corpora.sh fundus)")
    out = []
    for cc in sorted(p for p in (root / DATA).iterdir() if p.is_dir()):
        meta = json.loads((cc / "meta.info").read_text(encoding="utf-8")) if (cc / "meta.info").exists() else {}
        for truth_file in sorted(cc.glob("*.json")):
            versions = list(json.loads(truth_file.read_text(encoding="utf-8")).values())
            files = sorted(cc.glob(f"{truth_file.stem}_????_??_??.html.gz"))
            for k, path in enumerate(files):
                with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
                    html = f.read()
                text = _text(html)
                fits = [v for v in versions if " ".join((v.get("title") or "").lower().split()) in text]
                v = fits[0] if len(fits) == 1 else versions[min(k, len(versions) - 1)]
                body = v.get("body") or {}
                lines = [x for s in body.get("sections", []) for x in s.get("headline", []) + s.get("paragraphs", [])]
                name = f"{cc.name}-{path.name.removesuffix('.html.gz')}"
                out.append(dict(name=name, url=(meta.get(path.name) or {}).get("url"), html=html,
                                title=" ".join((v.get("title") or "").split()) or None,
                                authors=[a for a in v.get("authors") or [] if isinstance(a, str)],
                                date=(v.get("publishing_date") or "")[:10] or None,
                                summary=[x for x in body.get("summary", []) if x.strip()],
                                body=[x for x in lines if x.strip()],
                                subheads=[x for s in body.get("sections", []) for x in s.get("headline", [])
                                          if x.strip()]))
    return out


def page_sources(page: dict, formats: list[str], flat: Path | None) -> list[tuple[str, str]]:
    """(format, source) of a page to score: its HTML, and its flattened text when there is one. Shared by
    fundus, wcxb and gn1."""
    todo = [("html", page["html"])] if "html" in formats else []
    if flat and "text" in formats and (flat / f"{page['name']}.txt").exists():
        todo.append(("text", (flat / f"{page['name']}.txt").read_text(encoding="utf-8")))
    return todo


def read_scored(page: dict, source: str, fmt: str, with_url: bool, half: str):
    """(article, heard, narrated, error) of one page read as the CLI reads it (flattened text without its
    address unless `with_url`). A page that raises scores nothing: one broken page must not hide the
    others' figures; its error is printed naming only a page of half a. Shared by fundus, wcxb and gn1."""
    from audioed.read import parse
    from audioed.script import build_script

    try:
        article = parse(source, fmt=fmt, source=page["name"], url=None if fmt == "text" and not with_url else page["url"])
        script = build_script(article)
        return article, heard_runs(script), narrated_runs(script), None
    except Exception as e:  # noqa: BLE001 - (see above)
        error = f"error: {type(e).__name__}: {e}"[:100]
        print(f"{fmt} {page['name'] if half == 'a' else 'a page of half ' + half}: {error.replace(page['name'], '...')}")
        return None, [], [], error


def measure(page: dict, source: str, fmt: str, with_url: bool) -> dict:
    t0 = time.perf_counter()
    article, heard, narrated, error = read_scored(page, source, fmt, with_url, page_half(page["name"]))
    got, authors, got_site, got_date = (article.title, article.authors, article.publisher, article.date) if article \
        else (error, [], None, None)
    recall, leaked, total, runs, missing = score_text(heard, page["body"], words)
    n_recall, n_leaked, n_total = score_text(narrated, page["summary"] + page["body"], words)[:3]
    heads = [h for h in [page["title"]] + page_headlines(page["html"]) if h]
    want_authors = [n for a in page["authors"] for n in byline_names(a)]
    # the expected people the input shows (an outlet named as author, "Associated Press", is kept:
    # a byline the page prints is the byline)
    shown = shown_in(want_authors, source) if fmt == "text" else want_authors
    lines = {norm_title(x) for x in source.splitlines()} if fmt == "text" else set()
    want_site = declared_site(page["html"])
    return dict(
        recall=recall, leaked=leaked, narrated=total, runs=runs, missing=missing,
        n_recall=n_recall, n_leaked=n_leaked, n_narrated=n_total,
        title=title_ok(got, page["title"])[1] if page["title"] else None, got_title=got, want_title=page["title"],
        any_head=any(title_ok(got, h)[1] for h in heads) if heads else None,
        reachable=(norm_title(page["title"]) in lines) if fmt == "text" and page["title"] else None,
        authors=authors_found(authors, shown) if shown else None, got_authors=authors, want_authors=shown,
        other_author=bool(shown) and any(not set(toks(a)) & set(toks(" ".join(want_authors))) for a in authors),
        date=(got_date == page["date"]) if page["date"] else None, got_date=got_date, want_date=page["date"],
        got_site=got_site, want_site=want_site, error=error is not None, seconds=time.perf_counter() - t0)


def summary(rows: list[dict], label: str) -> None:
    def share(key):
        got = [r[key] for r in rows if r.get(key) is not None]
        return f"{sum(got)}/{len(got)} ({sum(got) / len(got):.1%})" if got else "-"

    def body(prefix):
        rec = sum(r[prefix + "recall"] for r in rows) / len(rows)
        leaked, total = sum(r[prefix + "leaked"] for r in rows), sum(r[prefix + "narrated"] for r in rows)
        return (f"4-gram recall mean {rec:.3f} | words outside the article {leaked}/{total} "
                f"({leaked / max(total, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(total, 1)):.3f}")

    pubs = len({publisher(r["page"]) for r in rows})
    dated = [r for r in rows if r.get("date") is not None]
    right = sum(r["date"] for r in dated)
    none = sum(not r["date"] and not r.get("got_date") for r in dated)
    off = sum(not r["date"] and one_day_off(r.get("got_date"), r["want_date"]) for r in dated)
    sr, sw, sn = site_counts(rows)
    close = sum(bool(r.get("got_site")) and site_close(r["got_site"], r["want_site"], r.get("url")) and not site_right(
        r["got_site"], r["want_site"]) for r in rows if r.get("want_site"))
    line = (f"{label}: {len(rows)} pages, {pubs} publishers | body {body('')} | title = expected {share('title')}, "
            f"= one of the page's headlines {share('any_head')}")
    if any(r.get("reachable") is not None for r in rows):
        line += f"; the expected title a line of the text {share('reachable')}"
    line += (f" | authors found {share('authors')}, another name given on "
             f"{sum(r['other_author'] for r in rows if r.get('authors') is not None)}"
             f" | date right {right} wrong {len(dated) - right - none} ({off} one day off) none {none} of {len(dated)}"
             f" | site name right {sr} wrong {sw} ({close} close) none {sn} of {sr + sw + sn} declaring one")
    if errors := sum(r["error"] for r in rows):
        line += f" | {errors} pages the reader refused"
    print(line)
    print(f"  {label}: narrated (summary + body against intro dek + body): {body('n_')}", flush=True)


def wrong_fields(r: dict) -> list[str]:
    """The metadata a page's row got wrong: title, authors, date (False, not None), site (declared, not right)."""
    bad = [k for k in ("title", "authors", "date") if r.get(k) is False]
    if r.get("want_site") and not site_right(r.get("got_site"), r["want_site"]):
        bad.append("site")
    return bad


def show_wrong(r: dict, bad: list[str]) -> None:
    """What was read against what was wanted, for each wrong field (and authors when another name was given)."""
    if "title" in bad:
        print(f"       title {r['got_title']!r} / want {r['want_title']!r}")
    if "authors" in bad or r["other_author"]:
        print(f"       authors {r['got_authors']} / want {r['want_authors']}")
    if "date" in bad:
        print(f"       date {r['got_date']!r} / want {r['want_date']!r}")
    if "site" in bad:
        print(f"       site {r['got_site']!r} / declared {r['want_site']!r}")


def show_misses(rows: list[dict], n: int) -> None:
    """Half a's pages with a miss, up to N lines of leaks and misses a page."""
    for r in rows:
        if r["half"] != "a":
            continue
        bad = wrong_fields(r)
        print(f"{r['format']:<4} {r['page']:<40} rec {r['recall']:.3f} leak {r['leaked']:>4}/{r['narrated']:<5} "
              f"{'en' if r['english'] else '':<2} {' '.join(bad)}")
        show_wrong(r, bad)
        for run in r["runs"][:n]:
            print(f"       leak: {run}")
        for m in r["missing"][:n]:
            print(f"       missing: {m}")


def cmd_fundus(args: list[str], opts: dict) -> None:
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    half = opts.get("half")
    if half not in (None, "a", "b"):
        sys.exit("--half is a or b")
    pages = [p for p in fundus_pages(root) if not half or page_half(p["name"]) == half]
    if opts.get("only"):
        pages = [p for p in pages if p["name"] in opts["only"].split(",")]
    if opts.get("chapters"):  # chapter titles against the sections' subheadings (reading_chapters.py)
        if not half:
            sys.exit("--chapters needs --half=a or --half=b")
        from reading_chapters import fundus_chapters
        return fundus_chapters(pages, flat, opts)
    if opts.get("flatten"):
        if not flat:
            sys.exit("--flatten needs --flat=FLAT_DIR")
        flatten_at_address(((p["name"], p["url"], p["html"]) for p in pages), flat, opts)
        return
    formats = opts.get("formats", "html,text").split(",")
    rows: dict[str, list[dict]] = {"html": [], "text": []}
    trafilatura: list[dict] = []
    blank = 0
    for p in pages:
        english, _ = page_language(p["html"])
        for fmt, source in page_sources(p, formats, flat):
            if not source.strip():  # a page that shows nothing without its scripts: no one would read it
                blank += 1
                continue
            r = measure(p, source, fmt, bool(opts.get("with-url")))
            rows[fmt].append(dict(r, page=p["name"], half=page_half(p["name"]), english=english, format=fmt, url=p["url"]))
        if "html" in formats:
            trafilatura.append(dict(measure_trafilatura(p["html"], p["body"], words), half=page_half(p["name"])))
    if blank:
        print(f"{blank} flattened pages left out: empty (the page shows nothing without its scripts)")
    if opts.get("show"):
        for fmt in ("html", "text"):
            show_misses(rows[fmt], int(opts["show"]))
    for fmt, rs in rows.items():
        for h in ([half] if half else [None, "a", "b"]):
            for part, keep in (("all", lambda r: True), ("English", lambda r: r["english"]),
                               ("other languages", lambda r: not r["english"])):
                if sel := [r for r in rs if keep(r) and h in (None, r["half"])]:
                    summary(sel, f"audioed {fmt} | {'half ' + h if h else 'both halves'} {part}")
    for h in ([half] if half else [None, "a", "b"]):
        if sel := [t for t in trafilatura if h in (None, t["half"])]:
            rec = sum(t["recall"] for t in sel) / len(sel)
            leaked, total = sum(t["leaked"] for t in sel), sum(t["narrated"] for t in sel)
            print(f"trafilatura.extract | {'half ' + h if h else 'both halves'} all: {len(sel)} pages | body 4-gram "
                  f"recall mean {rec:.3f} | words outside the article {leaked}/{total} ({leaked / max(total, 1):.2%}) "
                  f"| F1 {f1(rec, 1 - leaked / max(total, 1)):.3f}")
