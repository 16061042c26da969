"""Postlight Parser's test pages (formerly Mercury), read as HTML and as flattened text: news and
magazine pages from publishers no session tuned on, with hand-written expectations.

    bash benchmarks/fetch_corpora.sh postlight     # into .corpora/postlight (fixtures/, src/extractors/custom/)
    python benchmarks/reading_eval.py postlight .corpora/postlight --flat=FLAT_DIR --flatten [--force]
    python benchmarks/reading_eval.py postlight .corpora/postlight [--flat=FLAT_DIR] [--formats=html,text]
        [--half=a|b] [--show=N] [--with-url]

Every page of fixtures/ (FIXTURE.html; NAME is the file's name without ".html", "DOMAIN" or
"DOMAIN--what") is one page, counted once however many tests read it. Its truth, where a test
gives one (`parse_test`: src/extractors/custom/DOMAIN/index.test.js, the page's URL and the
literal values its asserts expect): the title, the author, date_published (Postlight's, in UTC),
the dek, and the content's first words (13, Postlight's `excerptContent`). Where the test gives
none, the page's own markup: the declared headline (reading_aeb.page_headlines), the declared
authors (reading_authors.declared_authors), the declared publication date (`declared_date`). The
site name is always the declared one (reading_traf.declared_site), scored right, wrong or none
as reading_traf.site_counts does. No test gives the whole body, so the body is scored by its
start only (`start_check`): whether the content's first words are heard (narrated: the intro's
dek or the body), and whether the narration starts at them (nothing heard before them, at most
nine of the thirteen skipped).

The fixtures are not the pages as served: Postlight saved them after its own clean-up (meta
tags renamed, every script, JSON-LD included, style and form removed; `restore_meta` puts the meta
tags back, the rest is lost), so the flattened text lacks forms and inline styles, and the HTML
reader has no JSON-LD.

--flatten writes each page's Chromium innerText (flatten.flatten_pages: the page served at the
URL its test names, else at a stand-in address; every other request aborted) to FLAT_DIR/NAME.txt.
The flattened text is read without the page's address, as the CLI reads a saved text (--with-url
gives it).

Halves (`page_half`): a or b by a hash of the publisher's domain (`publisher`: the registrable
part, so www.nytimes.com and its other fixtures, money.cnn.com and www.cnn.com, fall together).
Tune and look at pages (--show lists half a's only) on a; b is for figures. Every figure is
printed for all pages, half a and half b, each split into articles and other pages (`page_kind`:
og:type article or a JSON-LD Article type) and into English and other languages
(reading_traf.page_language).
"""

from __future__ import annotations

import hashlib
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flatten import flatten_at_address  # noqa: E402
from page_markup import json_ld_nodes, page_doc  # noqa: E402
from reading_aeb import page_headlines  # noqa: E402
from reading_authors import declared_authors, shown_in  # noqa: E402
from reading_eval import (authors_found, byline_names, grams, heard_runs, narrated_runs, norm_title,  # noqa: E402
                          title_ok, toks)
from reading_traf import declared_site, page_language, site_close, site_counts, site_right  # noqa: E402

# the asserted values read, by the name the test gives them (Postlight's result's field, or the
# content's first words under the names its tests use)
_FIELDS = {"title": "title", "author": "author", "date_published": "date", "dek": "dek",
           "first13": "content", "first3": "content", "text": "content"}
_STRING = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`""", re.S)


def js_literal(src: str, pos: int) -> tuple[str | None, bool]:
    """The value of the JavaScript expression at `pos` when it is string literals joined by "+"
    (a template literal without ${...} counts), or null: (value, True); anything else: (None,
    False)."""
    m = re.compile(r"\s*null\b").match(src, pos)
    if m:
        return None, True
    parts = []
    while True:
        m = re.compile(r"\s*(" + _STRING.pattern + r")", re.S).match(src, pos)
        if not m:
            return None, False
        raw = m.group(1)
        if raw[0] == "`" and "${" in raw:
            return None, False
        parts.append(_unescape_js(raw[1:-1]))
        pos = m.end()
        plus = re.compile(r"\s*\+\s*").match(src, pos)
        if not plus:
            break
        pos = plus.end()
    return ("".join(parts), True) if re.compile(r"\s*[,)]").match(src, pos) else (None, False)


def _unescape_js(s: str) -> str:
    def one(m):
        c = m.group(1)
        if c.startswith("u{"):
            return chr(int(c[2:-1], 16))
        if c[0] in "ux":
            return chr(int(c[1:], 16))
        if c == "\n":  # a line continuation
            return ""
        return {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(c, c)
    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", one, s, flags=re.S)


def _blank_strings(js: str) -> str:
    """The source with every string's and comment's content blanked (the same length), for
    counting braces."""
    pat = re.compile(r"//[^\n]*|/\*.*?\*/|" + _STRING.pattern, re.S)
    return pat.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1]
                   if len(m.group(0)) > 1 else m.group(0), js)


def parse_test(js: str) -> list[dict]:
    """What one index.test.js expects of each page it reads: a dict per fixture read, with the
    fixture's NAME, the page's url, and title, author, date, dek, content (the content's first
    words) where an assert gives a literal for them (null read as ""). Tests are segmented by the
    calls (describe, it, test) directly inside the file's outer describe: a fixture's URL and
    asserts are those of its segment (a segment reading several fixtures is cut at each read)."""
    code = _blank_strings(js)
    depth, starts = 0, []
    for m in re.finditer(r"[{}]|\b(?:describe|it|test)\s*\(", code):
        tok = m.group(0)
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 1:
            starts.append(m.start())
    bounds = list(zip(starts, starts[1:] + [len(js)]))
    preamble = js[:starts[0]] if starts else js
    default_url = _url_in(preamble)
    out = []
    for lo, hi in bounds:
        reads = list(re.finditer(r"readFileSync\(\s*['\"`](?:\./)?fixtures/([^'\"`]+?)\.html['\"`]", js[lo:hi]))
        for k, m in enumerate(reads):
            a = lo if k == 0 else lo + js.rfind("\n", lo, lo + m.start()) - lo
            b = hi if k == len(reads) - 1 else lo + js.rfind("\n", lo, lo + reads[k + 1].start())
            seg = js[a:b]
            case = {"name": m.group(1), "url": _url_in(seg) or default_url}
            for f in re.finditer(r"assert\.(?:equal|strictEqual)\(\s*(\w+)\s*,", seg):
                key = _FIELDS.get(f.group(1))
                if key and key not in case:
                    value, ok = js_literal(seg, f.end())
                    if ok:
                        case[key] = "" if value is None else " ".join(value.split())
            out.append(case)
    return out


def _url_in(seg: str) -> str | None:
    m = re.search(r"\b(?:url|uri)\s*=\s*['\"`](https?://[^'\"`\s]+)['\"`]"
                  r"|\bparse\(\s*['\"`](https?://[^'\"`\s]+)['\"`]", seg)
    return (m.group(1) or m.group(2)) if m else None


# ---------------------------------------------------------------- the corpus

_SECOND_LEVEL = {"co", "com", "ne", "or", "ac", "ad", "go", "gov", "org", "net", "edu", "gob"}


def publisher(name: str) -> str:
    """The publisher's domain a fixture's NAME ("www.nytimes.com--feature") belongs to: its host's
    registrable part ("nytimes.com"; "bbc.co.uk", "asahi.com"; three labels under a country's
    co, com, ne, or, ac, ad, go, gov, org, net, edu, gob)."""
    host = name.split("--")[0].lower()
    labels = host.split(".")
    n = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-n:])


def page_half(name: str) -> str:
    """"a" or "b": the first byte of the SHA-256 of the page's publisher (`publisher`), even = a.
    Fixed by the domain alone, so a publisher's pages are all in one half."""
    return "a" if hashlib.sha256(publisher(name).encode("utf-8")).digest()[0] % 2 == 0 else "b"


def page_kind(html: str) -> str:
    """"news" when the page declares itself an article (og:type article, or a JSON-LD Article,
    NewsArticle, BlogPosting, Report...), else "other" (a comic, a code page, a trial, a video)."""
    doc = page_doc(html)
    if doc is None:
        return "other"
    if any(t.strip().lower() == "article" for t in doc.xpath('//meta[@property="og:type"]/@content')):
        return "news"
    for node in json_ld_nodes(doc):
        kinds = node.get("@type")
        for k in kinds if isinstance(kinds, list) else [kinds]:
            if isinstance(k, str) and re.search(r"Article|BlogPosting|Report", k):
                return "news"
    return "other"


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def declared_date(html: str) -> str | None:
    """The publication day (YYYY-MM-DD) the page's markup declares: a JSON-LD datePublished, else
    meta article:published_time (or name=date, pubdate, publishdate, dc.date, sailthru.date,
    parsely-pub-date), else an itemprop=datePublished's content or datetime, else the first
    <time datetime>."""
    doc = page_doc(html)
    if doc is None:
        return None
    found = [n["datePublished"] for n in json_ld_nodes(doc) if isinstance(n.get("datePublished"), str)]
    found += doc.xpath('//meta[@property="article:published_time" or @name="article:published_time"]/@content')
    found += doc.xpath('//meta[@name="date" or @name="pubdate" or @name="publishdate" or @name="dc.date" '
                       'or @name="DC.date" or @name="sailthru.date" or @name="parsely-pub-date"]/@content')
    found += doc.xpath('//*[@itemprop="datePublished"]/@content | //*[@itemprop="datePublished"]/@datetime')
    found += doc.xpath("//time/@datetime")[:1]
    for v in found:
        m = _DAY.search(v or "")
        if m:
            return m.group(0)
    return None


def postlight_cases(root: Path) -> list[dict]:
    """Every fixture page once (sorted by NAME), its test's expectations merged (the first test
    reading it wins a field): dicts with name, url (None when no test names one) and the fields
    `parse_test` gives."""
    truth: dict[str, dict] = {}
    for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
        for case in parse_test(test.read_text(encoding="utf-8")):
            have = truth.setdefault(case["name"], {})
            for k, v in case.items():
                if have.get(k) is None:
                    have[k] = v
    names = sorted(p.name.removesuffix(".html") for p in (root / "fixtures").glob("*.html"))
    return [dict(truth.get(n, {}), name=n, url=truth.get(n, {}).get("url")) for n in names]


def page_html(root: Path, name: str) -> str:
    """The fixture decoded as trafilatura's evaluation decodes pages (declared or guessed charset),
    its meta tags as the publisher wrote them (`restore_meta`)."""
    from trafilatura.utils import decode_file

    return restore_meta(decode_file((root / "fixtures" / f"{name}.html").read_bytes()))


_META = re.compile(r"<meta\b[^>]*>", re.I)


def restore_meta(html: str) -> str:
    """Postlight saved its fixtures after its own clean-up (normalizeMetaTags: every meta tag's
    content attribute renamed value, property renamed name; scripts, JSON-LD among them, styles and
    forms removed). The meta tags are put back: value is content again, and a name with a colon
    (og:title, article:published_time) is given as property too. What was removed stays lost."""
    def one(m):
        tag = m.group(0)
        if re.search(r"\scontent\s*=", tag, re.I) or not re.search(r"\svalue\s*=", tag, re.I):
            return tag
        tag = re.sub(r"(\s)value(\s*=)", r"\1content\2", tag, count=1, flags=re.I)
        name = re.search(r"\sname\s*=\s*([\"'])([\w.-]+:[^\"']*)\1", tag, re.I)
        if name and not re.search(r"\sproperty\s*=", tag, re.I):
            tag = tag[:5] + f' property="{name.group(2)}"' + tag[5:]
        return tag
    return _META.sub(one, html)


# ---------------------------------------------------------------- scoring

_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f])")


def words(text: str) -> list[str]:
    """`toks`, with Chinese, Japanese and Korean characters each a word (those languages put no
    space between words: a whole sentence would be one)."""
    return [w for t in toks(text) for w in (_CJK.split(t) if _CJK.search(t) else [t]) if w]


def start_check(content: str | None, body: list[str], narrated: list[str]) -> dict | None:
    """The content's first words (the test's, up to 13) against what is heard. heard: half or more
    of their 4-grams are in the narrated text (intro dek and body; Postlight's text glues or splits
    a word here and there, "T he"); start: the narration's first words (of the body, or of the dek
    and body) are among them, so nothing is heard before the content and at most all but four of
    its first words are skipped (a dateline dropped, say); before: body words heard before the first of them (None: not found)."""
    want = words(content)
    if len(want) < 3:
        return None
    need = grams(want)
    said, body_ws = words(" ".join(narrated)), words(" ".join(body))
    heard = len(need & grams(said)) / len(need) >= 0.5
    first = [tuple(ws[:4]) for ws in (body_ws, said) if len(ws) >= 4]
    before = next((i for i in range(len(body_ws) - 3) if tuple(body_ws[i:i + 4]) in need), None)
    return dict(heard=heard, start=any(g in need for g in first), before=before)


def measure(name: str, url: str | None, html: str, source: str, fmt: str, case: dict, with_url: bool) -> dict:
    from audioed.read import parse
    from audioed.script import build_script

    t0 = time.perf_counter()
    error = None
    try:
        article = parse(source, fmt=fmt, source=name, url=None if fmt == "text" and not with_url else url)
        script = build_script(article)
        body, narrated = heard_runs(script), narrated_runs(script)
        got, authors, got_site, got_date = article.title, article.authors, article.publisher, article.date
    except Exception as e:  # one broken page must not hide the others' figures
        error = f"error: {type(e).__name__}: {e}"[:100]
        # half b's pages are never named (figures only)
        print(f"{fmt} {name if page_half(name) == 'a' else 'a page of half b'}: {error.replace(name, '...')}")
        body, narrated, got, authors, got_site, got_date = [], [], error, [], None, None
    heads = page_headlines(html)
    want_title = case.get("title") or (heads[0] if heads else None)
    if case.get("author") is not None:
        want_authors, author_from = byline_names(case["author"]), "test"
    else:
        want_authors, author_from = declared_authors(html), "page"
    want_date = (case.get("date") or "")[:10] or declared_date(html)
    want_site = declared_site(html)
    lines = {norm_title(x) for x in source.splitlines()} if fmt == "text" else set()
    return dict(
        title=title_ok(got, want_title)[1] if want_title else None, title_from="test" if case.get("title") else "page",
        got_title=got, want_title=want_title,
        any_head=any(title_ok(got, h)[1] for h in heads + [case.get("title") or ""] if h) if want_title else None,
        reachable=(norm_title(want_title) in lines) if fmt == "text" and want_title else None,
        authors=authors_found(authors, want_authors) if want_authors else None, author_from=author_from,
        authors_shown=bool(shown_in(want_authors, source)) if fmt == "text" and want_authors else None,
        other_author=bool(want_authors) and any(not set(toks(a)) & set(toks(" ".join(want_authors))) for a in authors),
        got_authors=authors, want_authors=want_authors,
        date=(got_date == want_date) if want_date else None, date_from="test" if case.get("date") else "page",
        got_date=got_date, want_date=want_date,
        got_site=got_site, want_site=want_site,
        body_start=start_check(case.get("content"), body, narrated), error=error is not None,
        seconds=time.perf_counter() - t0)


def one_day_off(a: str | None, b: str | None) -> bool:
    """Two YYYY-MM-DD days one apart (Postlight gives dates in UTC: a page's local day may be either)."""
    from datetime import date

    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) == 1
    except (TypeError, ValueError):
        return False


def summary(rows: list[dict], label: str) -> None:
    def share(key, keep=lambda r: True):
        got = [r[key] for r in rows if r.get(key) is not None and keep(r)]
        return f"{sum(got)}/{len(got)} ({sum(got) / len(got):.1%})" if got else "-"

    pubs = len({publisher(r["page"]) for r in rows})
    line = (f"{label}: {len(rows)} pages, {pubs} publishers | title = test's title "
            f"{share('title', lambda r: r['title_from'] == 'test')}, = declared headline (no test title) "
            f"{share('title', lambda r: r['title_from'] == 'page')}, either {share('title')}; "
            f"= one of the page's headlines {share('any_head')}")
    if any(r.get("reachable") is not None for r in rows):
        line += f"; the wanted title a line of the text {share('reachable')}"
    line += (f" | authors found: test's {share('authors', lambda r: r['author_from'] == 'test')}, declared "
             f"{share('authors', lambda r: r['author_from'] == 'page')}, another name given on "
             f"{sum(r['other_author'] for r in rows if r.get('authors') is not None)}")
    if any(r.get("authors_shown") is not None for r in rows):
        line += f" (the text shows one of them on {share('authors_shown')})"
    dated = [r for r in rows if r.get("date") is not None]
    right = sum(r["date"] for r in dated)
    none = sum(not r["date"] and not r.get("got_date") for r in dated)
    off = sum(not r["date"] and one_day_off(r.get("got_date"), r["want_date"]) for r in dated)
    line += (f" | date right {right} wrong {len(dated) - right - none} ({off} one day off) none {none} of "
             f"{len(dated)} (test's {sum(r['date_from'] == 'test' for r in dated)})")
    sr, sw, sn = site_counts(rows)
    close = sum(bool(r.get("got_site")) and site_close(r["got_site"], r["want_site"], r.get("url")) and not site_right(
        r["got_site"], r["want_site"]) for r in rows if r.get("want_site"))
    line += f" | site name right {sr} wrong {sw} ({close} close) none {sn} of {sr + sw + sn} declaring one"
    starts = [r["body_start"] for r in rows if r.get("body_start")]
    if starts:
        n = len(starts)
        before = [s["before"] for s in starts if not s["start"] and s["before"]]
        line += (f" | content's first words heard {sum(s['heard'] for s in starts)}/{n} "
                 f"({sum(s['heard'] for s in starts) / n:.1%}), narration starts at them {sum(s['start'] for s in starts)}/{n} "
                 f"({sum(s['start'] for s in starts) / n:.1%}; {len(before)} start before them, median "
                 f"{statistics.median(before) if before else 0:.0f} words)")
    if errors := sum(r["error"] for r in rows):
        line += f" | {errors} pages the reader refused"
    print(line, flush=True)


def show_misses(rows: list[dict], n: int) -> None:
    """Half a's pages with a miss (title, authors, date, site, start), up to N of them."""
    shown = 0
    for r in rows:
        if r["half"] != "a":
            continue
        s = r.get("body_start") or {}
        bad = [k for k in ("title", "authors", "date") if r.get(k) is False]
        if r.get("want_site") and not site_right(r.get("got_site"), r["want_site"]):
            bad.append("site")
        if s and not s["start"]:
            bad.append("start" if s["heard"] else "content")
        if not bad or shown >= n:
            continue
        shown += 1
        print(f"{r['format']:<4} {r['page']:<45} {r['kind']:<5} {'en' if r['english'] else '':<2} {' '.join(bad)}")
        if "title" in bad:
            print(f"       title {r['got_title']!r} / want {r['want_title']!r} ({r['title_from']})")
        if "authors" in bad:
            print(f"       authors {r['got_authors']} / want {r['want_authors']} ({r['author_from']})")
        if "date" in bad:
            print(f"       date {r['got_date']!r} / want {r['want_date']!r} ({r['date_from']})")
        if "site" in bad:
            print(f"       site {r['got_site']!r} / declared {r['want_site']!r}")
        if s and not s["start"]:
            print(f"       content {'heard, ' + str(s['before']) + ' words before it' if s['heard'] else 'not heard'}")


def cmd_postlight(args: list[str], opts: dict) -> None:
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    half = opts.get("half")
    if half not in (None, "a", "b"):
        sys.exit("--half is a or b")
    cases = [c for c in postlight_cases(root) if not half or page_half(c["name"]) == half]
    if opts.get("only"):
        cases = [c for c in cases if c["name"] in opts["only"].split(",")]
    if opts.get("flatten"):
        if not flat:
            sys.exit("--flatten needs --flat=FLAT_DIR")
        flatten_at_address(((c["name"], c["url"], page_html(root, c["name"])) for c in cases), flat, opts)
        return
    formats = opts.get("formats", "html,text").split(",")
    rows: dict[str, list[dict]] = {"html": [], "text": []}
    for c in cases:
        html = page_html(root, c["name"])
        english, _ = page_language(html)
        base = dict(page=c["name"], half=page_half(c["name"]), kind=page_kind(html), english=english)
        todo = [("html", html)] if "html" in formats else []
        if flat and "text" in formats and (flat / f"{c['name']}.txt").exists():
            todo.append(("text", (flat / f"{c['name']}.txt").read_text(encoding="utf-8")))
        for fmt, source in todo:
            r = measure(c["name"], c["url"], html, source, fmt, c, bool(opts.get("with-url")))
            rows[fmt].append(dict(base, format=fmt, url=c["url"], **r))
    if opts.get("show"):
        for fmt in ("html", "text"):
            show_misses(rows[fmt], int(opts["show"]))
    for fmt, rs in rows.items():
        for h in ([half] if half else [None, "a", "b"]):
            for part, keep in (("all", lambda r: True), ("articles", lambda r: r["kind"] == "news"),
                               ("other pages", lambda r: r["kind"] != "news"), ("English", lambda r: r["english"]),
                               ("other languages", lambda r: not r["english"])):
                if sel := [r for r in rs if keep(r) and h in (None, r["half"])]:
                    summary(sel, f"audioed {fmt} | {'half ' + h if h else 'both halves'} {part}")
