"""trafilatura's evaluation set, read as HTML and as flattened text. Held out: nobody tunes on it;
it stands for publishers we do not have (the issue's final judgment).

    bash benchmarks/fetch_corpora.sh traf     # into .corpora/traf (tests/evaldata.json, tests/eval, tests/cache)
    python benchmarks/reading_eval.py traf .corpora/traf --flat=FLAT_DIR --flatten [--force]
    python benchmarks/reading_eval.py traf .corpora/traf [--flat=FLAT_DIR] [--formats=html,text] [--only=a,b]
        [--show=N] [--progress] [--no-trafilatura] [--half=dev|held|deva|devb] [--with-url]

990 pages (437 .de, 240 .com; many blogs) from trafilatura's tests/evaldata.json: per page a
few snippets that must be in the main text ("with") and a few that must not ("without"), and on
851 a title and an author. --flatten writes each page's Chromium innerText to FLAT_DIR/NAME.txt
(flatten.flatten_pages, the page served at its own address; NAME is the file's name
without ".html"). Scoring, per format (audioed on the HTML with the page's URL; audioed on the
flattened text with the URL; trafilatura.extract on the HTML with its evaluation's settings; for
flattened text the baseline "every block of 12+ words"):

- snippets, counted as trafilatura's tests/eval_common.py counts them (a "with" snippet found in
  the text: true positive, missing: false negative; a "without" snippet found: false positive),
  over the narrated body (narrator and quote lines, as `aeb` scores), both sides normalized
  (soft hyphens, NFKC, punctuation dropped, whitespace; case kept); precision, recall and
  F1 over the summed counts. Since session 15 also over everything narrated of the story's
  words ("narrated": the intro's dek, often the story's lede, and the body; the title and the
  credit line left out, reading_eval.narrated_runs says why), printed after the body's figure. trafilatura is also scored with its own matching (whitespace only), the
  figure its docs/evaluation.rst publishes;
- title = the evaldata title (`title_ok`, as `pages` and `aeb` compare), and = one of the
  headlines the page gives (reading_aeb.page_headlines: JSON-LD, og:title, <h1>); for flattened
  text also how often the evaldata title is a line of the text at all;
- authors: the people the evaldata author names (a list, or joined by ";", " / ", "und", "et"; each read as a byline
  by reading_eval.byline_names: 2 to 5 capitalised words, so a login name or a desk is none),
  every one sharing a name word with those found (reading_eval.authors_found, as `pages`
  compares bylines); pages naming no one are not counted;
- date = the evaldata date (728 pages give one): the episode's date (`Article.date`) on the same
  day; pages with no date in evaldata are not counted (a date read where the page has none is
  not scored). Printed as right of scored, then right, wrong (another day) and none (no date
  read): a wrong date misleads a listener, a missing one does not.

A fixed split (`page_half`: the first byte of the SHA-256 of the page's name, even = dev): 489
pages "dev", 501 "held". Tune and look at pages (--show, benchmarks/traf_causes.py) on dev only;
report held. --half=dev|held reads that half only; without it the figures are printed for all
pages and for each half. The dev half is split again the same way (`page_quarter`, the second
byte: even = "deva", odd = "devb"): since session 13 rules are written while looking at deva
pages, and kept only if devb (figures only, pages never read) moves too; session 12 showed that
only a quarter of a dev gain reached held when one half was both read and scored.
The flattened text is read without the page's address, as `audioed script story.txt` reads a
saved text (the reference article carries none, and the CLI takes none for a file); --with-url
gives it (session 12's figures: the headline on 81.4% of dev pages with it, 67.7% without).

Each figure for all pages and for English ones (a guess from the words: `page_language`; the
<html lang> attribute is wrong on many pages). --show=N lists the N
pages with most snippets wrong per format and those snippets (to look at, never to tune on).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_aeb import page_headlines  # noqa: E402
from flatten import flatten_at_address  # noqa: E402
from reading_eval import (authors_found, byline_names, heard_runs, narrated_runs, norm_title, site_close,  # noqa: E402
                          site_key,
                          title_ok, toks)


def snippet_key(text: str) -> str:
    """A text or snippet as snippets are matched: soft hyphens dropped, NFKC (`norm_title`), then
    every punctuation mark dropped and whitespace collapsed, case kept as trafilatura keeps it
    (folded, a "without" snippet is found in a line that only shares its words). Punctuation
    out: the script voices a quotation without its marks, nor the stop or comma around them
    ("Als „Faust im Samthandschuh“" is narrator "Als", quote "Faust im Samthandschuh"; "...sin
    restricciones”." is heard "...sin restricciones"): 33 of the 246 dev "with" snippets missed
    were heard (session 11)."""
    s = norm_title(re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text or ""), fold=False)
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def snippet_counts(text: str | None, item: dict, key=snippet_key) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) as trafilatura's tests/eval_common.py counts them: a `with` snippet in the
    text is a true positive, else a false negative; a `without` snippet in it is a false positive,
    else a true negative. `key` normalizes both sides (trafilatura's own: whitespace only)."""
    t = key(text or "")
    tp = sum(1 for w in item["with"] if key(w) in t)
    fp = sum(1 for w in item["without"] if key(w) in t)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def prf(counts: list[tuple[int, int, int, int]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over summed counts (micro-averaged, as trafilatura reports them)."""
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * tp / max(2 * tp + fp + fn, 1)


def naive_body(text: str) -> str:
    """The baseline for flattened text: every paragraph (block) of 12 words or more."""
    return "\n".join(b for b in re.split(r"\n\s*\n", text) if len(b.split()) >= 12)


_EN = set("the of and to in is that for it with was on as be by this are at from have has".split())


def page_language(html: str) -> tuple[bool, str | None]:
    """(English, the <html lang> attribute's primary tag). English is guessed from the page's
    text (scripts and styles out, tags stripped): 8% or more of its words are the commonest English
    function words (English pages here have 10-25%, others under 5%). The attribute is not used to
    decide: many German and Spanish pages here declare "en" (a theme's default)."""
    m = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", html[:5000], re.IGNORECASE)
    ws = toks(re.sub(r"<[^>]+>", " ", re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)))
    return bool(ws) and sum(w in _EN for w in ws) / len(ws) >= 0.08, m.group(1).lower() if m else None


def traf_authors(given) -> list[str]:
    """The people an evaldata author names: a list, or names joined by "; " (trafilatura's way), by
    " / " or by "und"/"et" as well as "and" (session 12: "Lars Fischer und Alina Schadwinkel" was one
    name, found when either was), each read as a byline (`byline_names`)."""
    parts = given if isinstance(given, list) else re.split(r"\s*;\s*|\s+/\s+|\s+(?:und|et)\s+", given or "")
    return [n for a in parts for n in byline_names(a)]


def page_half(name: str) -> str:
    """"dev" or "held": a page's half of the fixed split, from its file name alone (not chosen by
    any result; 489 dev, 501 held)."""
    return "dev" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def page_quarter(name: str) -> str:
    """A page's part: "deva" or "devb" inside the dev half (the second byte of the same hash), else
    "held"."""
    if page_half(name) == "held":
        return "held"
    return "deva" if hashlib.sha256(name.encode("utf-8")).digest()[1] % 2 == 0 else "devb"


def traf_pages(root: Path, only: list[str] | None = None, half: str | None = None) -> list[tuple[str, str, str, dict]]:
    """(name, url or None, html, evaldata item) for every page of TRAF_DIR/tests/evaldata.json whose file
    is in tests/cache or tests/eval, name being the file's name without ".html" (`half`: that half's
    pages only, the others not read at all). Pages are decoded
    the way trafilatura's own evaluation does (trafilatura.utils.decode_file: gzip, then the
    declared or guessed charset), as many are not UTF-8."""
    from trafilatura.utils import decode_file

    tests = root / "tests" if (root / "tests").is_dir() else root
    data = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for url, item in sorted(data.items(), key=lambda kv: kv[1]["file"]):
        name = item["file"].removesuffix(".html")
        part = page_quarter(name) if half in ("deva", "devb") else page_half(name)
        if (only and name not in only) or (half and part != half):
            continue
        path = next((p for p in (tests / "cache" / item["file"], tests / "eval" / item["file"]) if p.is_file()), None)
        if path is None:
            continue
        # 36 keys are no address ("hard::NAME.html"), one is "xhttps://...", one ends in a space
        m = re.search(r"https?://\S+", url)
        out.append((name, m.group(0) if m else None, decode_file(path.read_bytes()), item))
    return out


def declared_site(html: str) -> str | None:
    """The site name the page declares in its own markup (the truth for the publisher, as the
    Readability pages' siteName is): og:site_name, else JSON-LD publisher.name or isPartOf.name,
    else meta application-name."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for v in tree.xpath('//meta[@property="og:site_name" or @name="og:site_name"]/@content'):
        if v.strip():
            return " ".join(v.split())
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            for key in ("publisher", "isPartOf"):
                v = item.get(key) if isinstance(item, dict) else None
                v = v[0] if isinstance(v, list) and v else v
                if isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip():
                    return " ".join(v["name"].split())
    for v in tree.xpath('//meta[@name="application-name"]/@content'):
        if v.strip():
            return " ".join(v.split())
    return None


def site_right(got: str | None, want: str) -> bool:
    """Is `got` the declared name `want`, or one part of it where the page declares its name with a
    tagline ("Frollein Herr | Fashion, Beauty ...", "MIXED.de - News zu VR"): the same after
    site_key (case, punctuation, spaces, "www.", a leading "The", a domain suffix aside)."""
    parts = [want, *re.split(r"\s+[|–—-]\s+", want)]
    return bool(site_key(got)) and any(site_key(got) == site_key(p) for p in parts)


def site_counts(rows: list[dict]) -> tuple[int, int, int]:
    """Over the pages that declare a site name: the publisher read is that name (right: the same
    or one of its parts by site_right), another name (wrong: worse than none), no publisher (none)."""
    scored = [x for x in rows if x.get("want_site")]
    right = sum(site_right(x.get("got_site"), x["want_site"]) for x in scored)
    none = sum(not x.get("got_site") for x in scored)
    return right, len(scored) - right - none, none


def cmd_traf(args: list[str], opts: dict) -> None:
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    only = opts["only"].split(",") if opts.get("only") else None
    half = opts.get("half")
    if half not in (None, "dev", "held", "deva", "devb"):
        sys.exit("--half is dev, held, deva or devb")
    pages = traf_pages(root, only, half)
    if opts.get("flatten"):
        if not flat:
            sys.exit("--flatten needs --flat=FLAT_DIR")
        # a page with no address is served at a stand-in one (read later with none)
        flatten_at_address(((name, url, html) for name, url, html, _ in pages), flat, opts, progress=_progress)
        return
    from audioed.read import parse
    from audioed.script import build_script

    formats = opts.get("formats", "html,text").split(",")
    show = int(opts.get("show", 0))
    rows: dict[str, list[dict]] = {k: [] for k in ("html", "text", "trafilatura", "trafilatura raw", "baseline")}
    for name, url, html, item in _progress(pages) if opts.get("progress") else pages:
        heads = page_headlines(html)
        want_title = (item.get("title") or "").strip()
        want_authors = traf_authors(item.get("author"))
        source = (flat / f"{name}.txt").read_text(encoding="utf-8") if flat and (flat / f"{name}.txt").exists() else None
        english, declared = page_language(html)
        want_site = declared_site(html)
        base = dict(page=name, english=english, lang=declared, half=page_half(name), quarter=page_quarter(name))
        todo = [("html", html, "html")] if "html" in formats else []
        if source is not None and "text" in formats:
            todo.append(("text", source, "text"))
            rows["baseline"].append(dict(base, counts=snippet_counts(naive_body(source), item)))
        for label, src, fmt in todo:
            t0 = time.perf_counter()
            try:
                article = parse(src, fmt=fmt, source=name,
                                url=None if fmt == "text" and not opts.get("with-url") else url)
                script = build_script(article)
                body, got, authors = " ".join(heard_runs(script)), article.title, article.authors
                narrated = " ".join(narrated_runs(script))
            except Exception as e:  # one broken page must not hide the others' figures (it scores nothing)
                article = None
                body, narrated, got, authors = "", "", f"error: {type(e).__name__}: {e}"[:100], []
                print(f"{label} {name}: {got}")
            lines = {norm_title(x) for x in src.splitlines()} if fmt == "text" else set()
            r = dict(base, counts=snippet_counts(body, item), body=body, got_title=got, want_title=want_title,
                     n_counts=snippet_counts(narrated, item),
                     title=title_ok(got, want_title)[1] if want_title else None,
                     any_head=any(title_ok(got, h)[1] for h in heads) if heads else None,
                     # the evaldata title as a line of its own in the flattened text (an upper bound)
                     reachable=norm_title(want_title) in lines if fmt == "text" and want_title else None,
                     authors=authors_found(authors, want_authors) if want_authors else None,
                     got_authors=authors, want_authors=want_authors,
                     date=(article is not None and article.date == item["date"][:10]) if item.get("date") else None,
                     got_site=article.publisher if article is not None else None, want_site=want_site, url=url,
                     # the declared name as a line of its own in the flattened text (an upper bound)
                     site_line=norm_title(want_site) in lines if fmt == "text" and want_site else None,
                     got_date=article.date if article is not None else None, want_date=item.get("date"), seconds=time.perf_counter() - t0,
                     error=got.startswith("error: "))
            rows[label].append(r)
        if "html" in formats and not opts.get("no-trafilatura"):
            import trafilatura

            # trafilatura's canonical evaluation settings (its tests/eval_common.py EXTRACT_OPTS, fast=False)
            text = trafilatura.extract(html, fast=False, include_comments=False, include_tables=True,
                                       include_formatting=False)
            rows["trafilatura"].append(dict(base, counts=snippet_counts(text, item)))
            rows["trafilatura raw"].append(dict(base, counts=snippet_counts(
                text, item, key=lambda s: " ".join(s.split()))))
    if show:
        show_worst(rows, pages, show)
    halves = ["dev", "deva", "devb"] if half == "dev" else [half] if half else [None, "dev", "deva", "devb", "held"]
    for label, rs in rows.items():
        for h in halves:
            for part, keep in (("all", lambda r: True), ("English", lambda r: r["english"])):
                if sel := [r for r in rs if keep(r) and h in (None, r["half"], r["quarter"])]:
                    traf_summary(sel, label, f"{h} {part}" if h else part)


def _progress(items: list):
    """The items, printing how far the run is every 25 (a flattening of 990 pages takes a while)."""
    import time

    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if i % 25 == 0:
            print(f"-- {i}/{len(items)} pages, {time.perf_counter() - t0:.0f} s", flush=True)
        yield item


def traf_summary(rows: list[dict], label: str, part: str) -> None:
    p, r, f = prf([x["counts"] for x in rows])
    tp, fp, fn, tn = (sum(x["counts"][i] for x in rows) for i in range(4))
    name = {"html": "audioed html", "text": "audioed text", "trafilatura": "trafilatura.extract html",
            "trafilatura raw": "trafilatura.extract html, its own matching (whitespace only)",
            "baseline": "baseline text (every block of 12+ words)"}[label]
    en = sum(x["lang"] == "en" for x in rows)
    line = (f"{name} | {part}: {len(rows)} pages" + (f" ({en} declare <html lang=en>)" if part.endswith("English") else "")
            + f" | snippets precision {p:.3f} recall {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn} tn {tn})")
    if "n_counts" in rows[0]:  # the body alone is the figure before, as sessions before 15 compared it
        n = [x["n_counts"] for x in rows]
        line += " | narrated (intro dek + body) P {:.3f} R {:.3f} F1 {:.3f}".format(*prf(n))
        line += " (tp {} fp {} fn {})".format(*(sum(c[i] for c in n) for i in range(3)))
    for key, what in (("title", "title = evaldata title"), ("any_head", "= one of the page's headlines"),
                      ("reachable", "evaldata title a line of the text"), ("authors", "evaldata authors found"), ("date", "date = evaldata date")):
        got = [x[key] for x in rows if x.get(key) is not None]
        if got:
            line += f" | {what} {sum(got)}/{len(got)} ({sum(got) / len(got):.1%})"
            if key == "date":  # a wrong date misleads a listener, a missing one does not: both counted
                line += " (right {} wrong {} none {})".format(*date_counts(rows))
    if any(x.get("want_site") for x in rows):
        right, wrong, none = site_counts(rows)
        lines = sum(bool(x.get("site_line")) for x in rows)
        close = sum(bool(x.get("got_site")) and site_close(x["got_site"], x["want_site"], x.get("url")) and not site_right(
            x["got_site"], x["want_site"]) for x in rows if x.get("want_site"))
        line += (f" | site name right {right} wrong {wrong} none {none} of {right + wrong + none} declaring one"
                 f" ({close} of the wrong as a listener hears it)")
        if any(x.get("site_line") is not None for x in rows):
            line += f" ({lines} show it as a line)"
    if errors := sum(x.get("error", False) for x in rows):
        line += f" | {errors} pages the reader refused"
    print(line, flush=True)


def date_counts(rows: list[dict]) -> tuple[int, int, int]:
    """Over the pages whose evaldata gives a date: read on the same day (right), another day
    (wrong), no date read (none)."""
    scored = [x for x in rows if x.get("date") is not None]
    right = sum(x["date"] for x in scored)
    none = sum(not x["date"] and not x.get("got_date") for x in scored)
    return right, len(scored) - right - none, none


def show_worst(rows: dict[str, list[dict]], pages: list, n: int) -> None:
    """The N pages with the most snippets wrong (missed + leaked), per format, with those snippets."""
    items = {name: item for name, _, _, item in pages}
    for label in ("html", "text"):
        worst = sorted(rows[label], key=lambda r: (-(r["counts"][1] + r["counts"][2]), r["page"]))[:n]
        for r in worst:
            item, body = items[r["page"]], snippet_key(r["body"])
            print(f"{label:<4} {r['page'][:50]:<50} {'en' if r['english'] else '':<3}tp {r['counts'][0]} fp {r['counts'][1]} "
                  f"fn {r['counts'][2]}" + ("" if r["title"] is not False else
                                            f" title {r['got_title']!r} / want {r['want_title']!r}")
                  + ("" if r["date"] is not False else f" date {r['got_date']!r} / want {r['want_date']!r}"))
            for w in item["with"]:
                if snippet_key(w) not in body:
                    print(f"       missed: {w[:120]}")
            for w in item["without"]:
                if snippet_key(w) in body:
                    print(f"       leaked: {w[:120]}")
