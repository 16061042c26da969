"""Reading, metadata and attribution measured on real articles from many publishers.

Prints figures, asserts nothing. Nothing measured here is in the repository (the pages are the
publishers'); fetch them once and pass their folders:

    # Mozilla Readability's test pages (source.html, expected.html, expected-metadata.json per page)
    bash benchmarks/fetch_corpora.sh readability   # into .corpora/readability
    # PolNeAR (attributions in standoff form; no licence stated: use it, never commit it)
    bash benchmarks/fetch_corpora.sh polnear       # into .corpora/polnear
    # scrapinghub's article-extraction-benchmark (181 pages, html/ID.html.gz + ground-truth.json)
    bash benchmarks/fetch_corpora.sh aeb           # into .corpora/aeb
    bash benchmarks/fetch_corpora.sh traf          # trafilatura's evaluation set, into .corpora/traf
    bash benchmarks/fetch_corpora.sh postlight     # Postlight Parser's test pages, into .corpora/postlight
    bash benchmarks/fetch_corpora.sh fundus        # fundus's parser test pages, into .corpora/fundus
    bash benchmarks/fetch_corpora.sh wcxb          # WCXB (CC-BY-4.0), into .corpora/wcxb
    bash benchmarks/fetch_corpora.sh gn1           # L3S-GN1 (L3S: research use only), into .corpora/gn1
    bash benchmarks/fetch_corpora.sh chaos         # ir-research-data (research purpose only), into .corpora/irdata

Commands:

    python benchmarks/reading_eval.py flatten PAGES_DIR FLAT_DIR
        Each page's rendered text (document.body.innerText in headless Chromium, JavaScript off,
        every request but the page itself blocked), blocks separated by blank lines, written to
        FLAT_DIR/NAME.txt. Each source.html is served as the UTF-8 it is stored in (a page's stale
        charset declaration is not obeyed; since session 32). Needs Debian's `chromium` and `pip install playwright`.
    python benchmarks/reading_eval.py pages PAGES_DIR [--flat=FLAT_DIR] [--formats=html,text] [--only=a,b] [--show=N]
        HTML input (and flattened text with --flat), per page and in total: title exact after
        whitespace and quote-mark normalization; every byline author found (surnames) on the
        pages whose expected metadata has a byline; site name as publisher on the pages that
        declare one; share of the expected article's word 4-grams narrated; share of narrated
        words outside the expected article: over the body, and (since session 15) over everything
        narrated of the story's words, the intro's dek and the body. trafilatura's own extraction
        is scored beside ours.
    python benchmarks/reading_eval.py aeb AEB_DIR [--flat=FLAT_DIR] [--flatten] [--ids=0-7] [--formats=html,text] [--show=N] [--with-url]
        scrapinghub's article-extraction-benchmark: each page read as HTML (and its flattened text
        from FLAT_DIR/ID.txt), scored against the hand-checked articleBody like `pages` (4-gram
        recall, narrated words outside the article, F1), trafilatura beside; figures for all pages
        and for the halves by id (0-7: tune on it; 8-f: held out). Also the episode title against
        the headline the page declares (JSON-LD headline, else og:title, else the first <h1>),
        exact or without the site's part; the publisher against the site name the page declares
        (og:site_name, else JSON-LD publisher.name; pages declaring none are not counted). Authors:
        every person the page's markup declares (benchmarks/reading_authors.py: JSON-LD author, else
        meta name=author, else rel=author) and the input shows is found (surnames, as `pages`), on
        the pages with one; "another name given" counts pages where an author found is none of the
        declared. The flattened text is read without the page's URL, as the CLI reads a saved text
        (since session 13; --with-url gives it, a clue to the site's name and headline). --flatten first writes the flattened texts (the same
        Chromium innerText as `flatten`, each page served at its own address, UTF-8).
    python benchmarks/reading_eval.py polnear POLNEAR_DIR [--split=dev|train|train-a|train-b] [--show=N]
        Direct quotations (the quoted parts, three words or more, of PolNeAR's attribution
        contents: benchmarks/polnear_gold.py; the first annotator's file where two annotated an article) found by the script's quote
        detector: F1 (found = a detected quote covers at least half of the gold quotation's
        words), speaker accuracy on the quotes found (surname compared), and the share of gold
        quotes with a named speaker that are found and credited right; session 14's scorer is
        printed beside (reading_quotes.SCORERS; --each-fix adds each session-15 fix alone). The `test` split is
        refused: it is kept for final judgment. train-a / train-b are train's halves by a hash of
        the article id (reading_quotes.train_part): read train-a's misses, take train-b as figures.
    python benchmarks/reading_eval.py gum GUM_DIR [--show=N]
        The same measures on GUM's 24 Wikinews news documents (benchmarks/reading_gum.py), and
        their chapter titles against the subheadings GUM marks.
    python benchmarks/reading_eval.py traf TRAF_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--show=N] [--half=dev|held|deva|devb] [--with-url]
        trafilatura's 990 evaluation pages (held out), scored by their snippets as trafilatura scores
        them, title and authors against its truth: benchmarks/reading_traf.py says what and how.
    python benchmarks/reading_eval.py postlight POSTLIGHT_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--half=a|b] [--show=N] [--with-url]
        Postlight Parser's 170 test pages (news and magazine sites, 139 publishers), scored against
        the title, author, date and content's first words its tests expect, else the page's own
        markup; the site name against the declared one (benchmarks/reading_postlight.py says what
        and how). Half a to look at and tune on, half b for figures.
    python benchmarks/reading_eval.py fundus FUNDUS_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--half=a|b] [--show=N] [--with-url]
        fundus's parser test pages (about 260 news pages, about 200 publishers, 40 countries, 2023-2026),
        scored against the article each publisher's hand-written parser extracts: body like `aeb`,
        title, authors, date, site name (benchmarks/reading_fundus.py says what and how). Half a to
        look at and tune on, half b for figures.
    python benchmarks/reading_eval.py wcxb WCXB_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--half=a|b|test] [--show=N] [--with-url]
        WCXB's article pages (2025, one page a domain mostly), scored by its with/without snippets as
        `traf`, its main content as `aeb`, title, author, date and the declared site name
        (benchmarks/reading_wcxb.py says what and how). Half a to look at and tune on, half b for
        figures, test held (the lead's, once a session; --show refused).
    python benchmarks/reading_eval.py gn1 GN1_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--half=a|test] [--show=N] [--with-url]
        L3S-GN1's news articles (2008, 408 sites, annotated by hand), its full text scored as `aeb`,
        its headline as the title, the declared site name (benchmarks/reading_gn1.py says what and
        how). Half a (a third of the publishers) to look at and tune on, test held (the lead's).
    python benchmarks/reading_eval.py chaos CHAOS_DIR [--flat=FLAT_DIR] [--flatten] [--formats=html,text] [--half=a|test] [--show=N] [--with-url]
        ir-research-data's chaos set (.corpora/irdata/Extraction/chaos-all: 2017, 360 news pages, about 240
        sites, the article copied out by hand), scored as `gn1`: body as `aeb`, the gold's headline as the
        title (benchmarks/reading_chaos.py says what and how). Halves by publisher as `gn1`; test held.
    python benchmarks/reading_eval.py chapters AEB_DIR [--flat=FLAT_DIR] [--ids=0-7] [--show=1]
        Chapter titles on the article-extraction benchmark's pages (benchmarks/reading_chapters.py).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from urllib.parse import quote

import ftfy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reader_eval  # noqa: E402  (the scorers the older benchmarks already define)
import reader_generality  # noqa: E402
from flatten import flatten_pages  # noqa: E402

BODY_ROLES = ("narrator", "quote")


# ---------------------------------------------------------------- shared measures

# soft hyphens and zero-width marks are no word boundary (reading_traf.snippet_key drops them too)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def toks(text: str) -> list[str]:
    # NFC: a letter with its accent as a separate mark ("u" + U+0308, macOS's way) is one word character, as "ü" is
    return re.findall(r"\w+", unicodedata.normalize("NFC", _INVISIBLE.sub("", text or "")).lower().replace("’", "'"))


def grams(ws: list[str], n: int = 4) -> set[tuple]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)} if len(ws) >= n else ({tuple(ws)} if ws else set())


def repaired_truth(value):
    """A truth's strings with their mojibake repaired ("â€˜Put it on" -> "‘Put it on"): some truths were
    annotated on a page whose UTF-8 had been read as Windows-1252 (GN1 9 of 621 pages, WCXB 7 of 968), and the
    listener should hear the writer's words, as the reader now gives them (`decoding.repair_mojibake`)."""
    if isinstance(value, str):
        return ftfy.fix_encoding(value)
    if isinstance(value, list):
        return [repaired_truth(v) for v in value]
    if isinstance(value, dict):
        return {k: repaired_truth(v) for k, v in value.items()}
    return value


def norm_title(s: str | None, fold: bool = True) -> str:
    """Whitespace and quote marks normalized, case kept aside (unless not `fold`)."""
    s = unicodedata.normalize("NFKC", _INVISIBLE.sub("", s or ""))
    s = re.sub(r"[‘’‚‛′`´]", "'", s)
    s = re.sub(r"[“”„‟″«»]", '"', s)
    s = re.sub(r"[–—‐‑]", "-", s)
    return " ".join(s.split()).strip().lower() if fold else " ".join(s.split())


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+|\s*_\s*")


def title_ok(got: str | None, want: str | None) -> tuple[bool, bool]:
    """(exact, exact or the expected <title> without its site-name parts): readability keeps
    "Story | eHow"; an episode's title is the story's "Story"."""
    if not want:
        return False, False
    g, w = norm_title(got), norm_title(want)
    if g == w:
        return True, True
    parts = _TITLE_SEP.split(w)
    heads = {" - ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
             if (i, j) != (0, len(parts)) and (i == 0 or j == len(parts))}
    return False, any(g == h or g == norm_title(h) for h in heads)


_ROLE_WORDS = re.compile(r"\b(?:edited|staff|writer|reporter|editor|correspondent|contributor|columnist|senior|"
                         r"photographer|producer|published|updated|posted)\b", re.IGNORECASE)


def byline_names(byline: str | None) -> list[str]:
    """The people an expected byline names: "By Jane Doe and John Roe, Staff Writers" -> their names."""
    if not byline or not byline.strip():
        return []
    b = " ".join(byline.split())
    b = re.sub(r"^\s*(?:by|written by|posted by|from|par|von|por)\s*:?\s+", "", b, flags=re.IGNORECASE)
    b = re.sub(r"\b(?:by)\s+", ",", b, flags=re.IGNORECASE)
    out = []
    for part in re.split(r"\s*(?:,|;|\||\band\b|&|\n|•|·| - | — )\s*", b):
        if re.match(r"^(?:MA|MD|MS|PhD|RN|MPH)\b", part):
            continue  # a degree after the name, not a name
        ws = [w for w in re.findall(r"[A-ZÀ-Þ][\w'’.-]*", part) if not _ROLE_WORDS.fullmatch(w)]
        if 2 <= len(ws) <= 5 and len(part.split()) <= 6 and not re.search(r"\d", part):
            out.append(" ".join(ws))
    return out


def authors_found(authors: list[str], want: list[str]) -> bool:
    """Each expected name shares a name word with the authors found (its surname, or its given name
    where the byline glues the outlet on: "Kelli Miller WebMD Health News")."""
    have = set(toks(" ".join(authors)))
    return all(any(w in have for w in toks(n) if len(w) > 2) for n in want) if want else False


def site_key(s: str | None) -> str:
    """A site's name however it is written: "The Hill", "TheHill", "thehill.com", "POLYGRAPH.info"."""
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", (s or "").strip().lower())
    s = re.sub(r"\.(?:com|org|net|info|[a-z]{2})(?:\.[a-z]{2})?/?$", "", s)
    return re.sub(r"\W+", "", s).removeprefix("the")


def site_close(got: str | None, want: str | None, url: str | None = None) -> bool:
    """A listener's match (printed beside the strict one): the same name, or with a section's or an edition's
    word more ("BuzzFeed News" for BuzzFeed, "RT" for RT International, "Yahoo" for Yahoo!ニュース); one name
    the initials of the other's words ("NZZ", "DW" for Deutsche Welle); the name read in capitals and written
    whole in the declared one ("SRF" in "Schweizer Radio und Fernsehen (SRF)", not "POLITICO Caucus" for
    POLITICO: words read on are the reader's); the page's address's name, as the whole name read ("Lacrux" at
    lacrux.com) or, where the declared name has no Latin letter, as a word of it ("The Yomiuri Shimbun" at
    yomiuri.co.jp for 読売新聞オンライン)."""
    short, long = sorted((site_key(got), site_key(want)), key=len)
    if bool(short) and long.startswith(short) and long[len(short):] in (
            "", "news", "international", "online", "blog", "magazine", "ニュース") and (len(short) >= 2 or short == long):
        return True
    if not got or not want:
        return False
    if any(site_key(a) == initials(b) for a, b in ((got, want), (want, got))):
        return True
    # (not a section's or an edition's word alone: "NEWS" in "ABC News", "ONLINE" in "ZEIT ONLINE")
    if re.fullmatch(r"[A-Z0-9][A-Z0-9.&!！-]+", got.strip()) and re.search(r"[A-Z]{2}", got) and _within(
            site_words(got), site_words(want)) and not set(site_words(got)) <= _SECTION_WORDS:
        return True
    name = address_name(url)
    # (a blog platform's address names the platform, not the blog: "Medium" at medium.com/harbor-watch)
    return name not in _PLATFORMS and len(name) >= 3 and (site_key(got) == name or (
        name in site_words(got) and not re.search(r"[A-Za-z]", want)))


_PLATFORMS = {"medium", "blogspot", "wordpress", "substack", "tumblr", "github", "wixsite", "typepad", "livejournal",
              "ghost", "weebly", "hatenablog", "note", "ameblo", "livedoor"}
_SECTION_WORDS = {"the", "news", "international", "online", "blog", "magazine", "daily", "new"}


def site_words(s: str) -> list[str]:
    """A name's words, lower case, punctuation between them ("The Yomiuri Shimbun" -> the, yomiuri, shimbun)."""
    return re.findall(r"\w+", s.lower())


def _within(short: list[str], long: list[str]) -> bool:
    """`short`'s words a run of `long`'s, `long` the longer."""
    n = len(short)
    return 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def initials(s: str) -> str:
    """The first letters of a name's capitalised words, a bracket and a domain aside ("Neue Zürcher Zeitung" ->
    "nzz", "Schweizer Radio und Fernsehen (SRF)" -> "srf"); "" for a name of fewer than two such words."""
    s = re.sub(r"\([^)]*\)|\.(?:com|de|org|net)\b", " ", s)
    caps = [w[0] for w in re.findall(r"\w+", s) if w[0].isupper()]
    return "".join(caps).lower() if len(caps) >= 2 else ""


def address_name(url: str | None) -> str:
    """The name an address is registered under, hyphens out: "https://www.nikkan-gendai.com/..." ->
    "nikkangendai", "yomiuri.co.jp" -> "yomiuri", "docs.docker.com" -> "docker"; "" without one."""
    m = re.match(r"(?:https?://)?([^/:?#\s]+)", (url or "").strip().lower())
    labels = m.group(1).split(".") if m else []
    if len(labels) < 2:
        return ""
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"):
        labels = labels[:-1]  # a second-level one: .co.jp, .com.au
    return labels[-1].replace("-", "")


def leak_count(texts: list[str], page_grams: set[tuple], tok=toks) -> tuple[int, int, list[str]]:
    """(narrated words none of whose 4-grams is in the expected text, narrated words, leaking runs);
    `tok` splits a text into words."""
    leaked = total = 0
    runs: list[str] = []
    for text in texts:
        ws = tok(text)
        total += len(ws)
        if not ws:
            continue
        if len(ws) < 4:
            bad = [not any(tuple(ws) == g[:len(ws)] for g in page_grams)] * len(ws)
        else:
            ok = [False] * len(ws)
            for i in range(len(ws) - 3):
                if tuple(ws[i:i + 4]) in page_grams:
                    ok[i:i + 4] = [True] * 4
            bad = [not o for o in ok]
        leaked += sum(bad)
        if any(bad):
            runs.append(" ".join(w for w, b in zip(ws, bad) if b)[:160])
    return leaked, total, runs


def heard_runs(script, roles=BODY_ROLES) -> list[str]:
    """Consecutive body lines of one paragraph joined, as a listener hears them."""
    return reader_eval.heard_runs(script, roles)


def narrated_runs(script) -> list[str]:
    """The story's words a listener hears: the dek the intro reads (a lede taken as the dek is heard
    there, not in the body), then the body (`heard_runs`). The intro's title and credit line are left
    out: the truths hold the headline on few pages (Readability 13 of 127, aeb 9 of 181, 2 of traf
    deva's 705 "with" snippets) and never the credit line, which the script writes itself."""
    intro = script.sections[0].lines if script.sections else []
    dek = [l.text for l in intro if l.role == "intro" and script.dek and l.text == script.dek]
    return dek[:1] + heard_runs(script)


def narrated_line(rows: list[dict]) -> str:
    """The body figures (recall mean, outside words, F1) over `narrated_runs`, from the rows' n_* keys."""
    rec = statistics.mean(r["n_recall"] for r in rows)
    leaked, narrated = sum(r["n_leaked"] for r in rows), sum(r["n_narrated"] for r in rows)
    return (f"narrated (intro dek + body): 4-gram recall mean {rec:.3f} | words outside the article "
            f"{leaked}/{narrated} ({leaked / max(narrated, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(narrated, 1)):.3f}")


# ---------------------------------------------------------------- Readability test pages

def expected_body(html: str) -> list[str]:
    """The expected article's blocks, without figures and captions (skipped on purpose)."""
    return reader_generality.expected_body(html).split("\n")


def page_names(root: Path, only: list[str] | None) -> list[str]:
    names = sorted(p.name for p in root.iterdir() if (p / "source.html").exists())
    return [n for n in names if n in only] if only else names


def score_text(narrated: list[str], body: list[str], tok=toks) -> tuple[float, int, int, list[str], list[str]]:
    need = set().union(*(grams(tok(b)) for b in body)) if body else set()
    have: set[tuple] = set()
    for t in narrated:
        have |= grams(tok(t))
    recall = len(need & have) / len(need) if need else 1.0
    leaked, total, runs = leak_count(narrated, grams(tok(" ".join(body))), tok)
    missing = [b[:120] for b in body if (g := grams(tok(b))) and len(g & have) / len(g) < 0.5]
    return recall, leaked, total, runs, missing


def measure_page(source: Path, meta: dict, body: list[str], fmt: str | None) -> dict:
    from audioed.read import read_article
    from audioed.script import build_script

    t0 = time.perf_counter()
    article = read_article(source, fmt=fmt)
    script = build_script(article)
    recall, leaked, total, runs, missing = score_text(heard_runs(script), body)
    n_recall, n_leaked, n_total, _, _ = score_text(narrated_runs(script), body)
    want = byline_names(meta.get("byline"))
    site = meta.get("siteName")
    strict, title = title_ok(article.title, meta.get("title"))
    return dict(title=title, title_strict=strict, chapters=[s.title for s in script.sections[1:]
                                                            if any(l.role in BODY_ROLES for l in s.lines)],
                got_title=article.title, want_title=meta.get("title"),
                byline=authors_found(article.authors, want) if want else None, authors=article.authors, want=want,
                site=(site_key(article.publisher) == site_key(site)) if site else None,
                site_close=site_close(article.publisher, site) if site else None,
                got_site=article.publisher, want_site=site,
                # the day only: the page's time zone is not the reader's concern
                date=article.date == meta["publishedTime"][:10] if meta.get("publishedTime") else None,
                got_date=article.date, want_date=meta.get("publishedTime"),
                recall=recall, leaked=leaked, narrated=total, runs=runs, missing=missing,
                n_recall=n_recall, n_leaked=n_leaked, n_narrated=n_total, seconds=time.perf_counter() - t0, **(in_text(source, meta, want) if fmt == "text" else {}))


def in_text(source: Path, meta: dict, want: list[str]) -> dict:
    """Whether the flattened text has the expected metadata at all: the title as a line of its
    own, every byline name's words, the site name. Many test pages give a title only in <head>,
    which a page's rendered text never shows: this bounds what any reader of the text can get."""
    text = source.read_text(encoding="utf-8", errors="replace")
    words, flat = set(toks(text)), norm_title(text)
    site = meta.get("siteName")
    return dict(title_in_text=any(title_ok(line, meta.get("title"))[1] for line in text.splitlines() if line.strip()),
                byline_in_text=all(any(w in words for w in toks(n) if len(w) > 2) for n in want) if want else None,
                site_in_text=norm_title(site) in flat if site else None)


def page_headings(html: str) -> list[str]:
    """The expected article's subheadings (h2-h6), normalized as titles are."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    return [norm_title(" ".join(h.text_content().split())) for h in tree.iter("h2", "h3", "h4", "h5", "h6")]


def title_kinds(titles: list[str], headings: list[str]) -> dict:
    """Chapter titles that are the page's own subheadings (a clipped one counts), numbered parts, other."""
    kinds = {"heading": 0, "part": 0, "other": 0}
    for t in titles:
        key = norm_title(t)
        if key and any(h.startswith(key) for h in headings):
            kinds["heading"] += 1
        elif re.fullmatch(r"Part \d+|Story", t):
            kinds["part"] += 1
        else:
            kinds["other"] += 1
    used = sum(any(h.startswith(norm_title(t)) and norm_title(t) for t in titles) for h in headings)
    return dict(kinds, headings=len(headings), headings_used=used)


def measure_trafilatura(html: str, body: list[str], tok=toks) -> dict:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    recall, leaked, total, _, _ = score_text([p for p in text.split("\n") if p.strip()], body, tok)
    return dict(recall=recall, leaked=leaked, narrated=total)


def summary(rows: list[dict], label: str) -> None:
    n = len(rows)
    by = [r["byline"] for r in rows if r["byline"] is not None]
    st = [r["site"] for r in rows if r["site"] is not None]
    rec = [r["recall"] for r in rows]
    leaked, narrated = sum(r["leaked"] for r in rows), sum(r["narrated"] for r in rows)
    print(f"{label}: {n} pages | title exact {sum(r['title'] for r in rows)}/{n} "
          f"({sum(r['title'] for r in rows) / n:.1%}; {sum(r.get('title_strict', False) for r in rows)} with the "
          f"site's part too) | byline authors found {sum(by)}/{len(by)} "
          f"({sum(by) / max(len(by), 1):.1%}) | site name as publisher {sum(st)}/{len(st)} "
          f"({sum(st) / max(len(st), 1):.1%}; {sum(bool(r.get('site_close')) for r in rows)} as a listener hears it)"
          + (f" | date = publishedTime {sum(dt)}/{len(dt)}" if (dt := [r["date"] for r in rows
                                                                    if r.get("date") is not None]) else ""))
    if "title_in_text" in rows[0]:
        tt = sum(r.get("title_in_text", False) for r in rows)
        bt = [r["byline_in_text"] for r in rows if r.get("byline_in_text") is not None]
        stt = [r["site_in_text"] for r in rows if r.get("site_in_text") is not None]
        print(f"  {'':<{len(label)}}  in the text at all: title as a line {tt}/{n} ({tt / n:.1%}), byline names "
              f"{sum(bt)}/{len(bt)} ({sum(bt) / max(len(bt), 1):.1%}), site name {sum(stt)}/{len(stt)} "
              f"({sum(stt) / max(len(stt), 1):.1%})")
    print(f"  {'':<{len(label)}}  4-gram recall mean {statistics.mean(rec):.3f} | narrated words outside the "
          f"article {leaked}/{narrated} ({leaked / max(narrated, 1):.2%}) | F1 "
          f"{f1(statistics.mean(rec), 1 - leaked / max(narrated, 1)):.3f}"
          + (f" | {sum(r['seconds'] for r in rows):.1f} s" if "seconds" in rows[0] else ""))
    print(f"  {'':<{len(label)}}  {narrated_line(rows)}")
    k = {x: sum(r.get(x, 0) for r in rows) for x in ("heading", "part", "other", "headings", "headings_used")}
    print(f"  {'':<{len(label)}}  chapter titles: {k['heading']} the page's subheadings, {k['part']} numbered "
          f"parts, {k['other']} other (phrases, false headings) | expected subheadings used as titles "
          f"{k['headings_used']}/{k['headings']}")


def f1(r: float, p: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def cmd_pages(args: list[str], opts: dict) -> None:
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    show = int(opts.get("show", 0))
    only = opts["only"].split(",") if opts.get("only") else None
    formats = opts.get("formats", "html,text").split(",")
    rows = {"html": [], "text": [], "trafilatura": []}
    for name in page_names(root, only):
        folder = root / name
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected_html = (folder / "expected.html").read_text(encoding="utf-8")
        body, headings = expected_body(expected_html), page_headings(expected_html)
        html = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
        todo = [("html", folder / "source.html", "html")] if "html" in formats else []
        if flat and "text" in formats and (flat / f"{name}.txt").exists():
            todo.append(("text", flat / f"{name}.txt", "text"))
        for label, src, fmt in todo:
            try:
                r = measure_page(src, meta, body, fmt)
            except Exception as e:  # one broken page must not hide the others' figures
                r = dict(title=False, byline=False if byline_names(meta.get("byline")) else None,
                         site=False if meta.get("siteName") else None, recall=0.0, leaked=0, narrated=0,
                         n_recall=0.0, n_leaked=0, n_narrated=0,
                         runs=[], missing=[], seconds=0.0, got_title=f"error: {type(e).__name__}: {e}"[:100],
                         want_title=meta.get("title"), authors=[], want=[], got_site=None,
                         want_site=meta.get("siteName"), date=False if meta.get("publishedTime") else None)
            r["page"] = name
            r.update(title_kinds(r.get("chapters", []), headings))
            rows[label].append(r)
            if show or only:
                flags = " ".join(k for k in ("title", "byline", "site", "date") if r.get(k) is False)
                print(f"{label:<4} {name:<34} rec {r['recall']:.3f} leak {r['leaked']:>4}/{r['narrated']:<5} "
                      f"{('BAD ' + flags) if flags else ''}")
                if r["title"] is False:
                    print(f"       title {r['got_title']!r} / want {r['want_title']!r}")
                if r["byline"] is False:
                    print(f"       authors {r['authors']} / want {r['want']}")
                if r.get("date") is False:
                    print(f"       date {r.get('got_date')!r} / want {r.get('want_date')!r}")
                if r["site"] is False:
                    print(f"       site {r['got_site']!r} / want {r['want_site']!r}")
                if r.get("other"):
                    print(f"       chapters {r['chapters']}")
                for run in r["runs"][:show]:
                    print(f"       leak: {run}")
                for m in r["missing"][:show]:
                    print(f"       missing: {m}")
        if "html" in formats:
            t = measure_trafilatura(html, body)
            t["page"] = name
            rows["trafilatura"].append(t)
    for label in ("html", "text"):
        if rows[label]:
            summary(rows[label], f"audioed {label}")
    tr = rows["trafilatura"]
    if not tr:
        return
    rec = statistics.mean(r["recall"] for r in tr)
    leaked, narrated = sum(r["leaked"] for r in tr), sum(r["narrated"] for r in tr)
    print(f"trafilatura.extract on the HTML: 4-gram recall mean {rec:.3f} | words outside the article "
          f"{leaked}/{narrated} ({leaked / max(narrated, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(narrated, 1)):.3f}")


# ---------------------------------------------------------------- flattening in Chromium

def cmd_flatten(args: list[str], opts: dict) -> None:
    root, out = Path(args[0]), Path(args[1])
    only = opts["only"].split(",") if opts.get("only") else None
    # Served as the UTF-8 the fixtures are (as `pages` reads them), not from disk under their declared charset:
    # qq's stale "gb2312" made Chromium read its Chinese as mojibake.
    flatten_pages(((name, f"https://example.invalid/{quote(name)}",
                    (root / name / "source.html").read_text(encoding="utf-8", errors="replace"))
                   for name in page_names(root, only)), out, opts)


def main() -> None:
    argv = sys.argv[1:]
    if not argv or argv[0] not in ("pages", "flatten", "polnear", "gum", "chapters", "aeb", "traf", "postlight", "fundus",
                                        "wcxb", "gn1", "chaos"):
        sys.exit(__doc__)
    opts, args = {}, []
    for a in argv[1:]:
        if a.startswith("--"):
            k, _, v = a[2:].partition("=")
            opts[k] = v or True
        else:
            args.append(a)
    if "help" in opts or not args:  # every command reads a corpus directory
        sys.exit(__doc__)
    if argv[0] == "flatten" and "flat" in opts:
        args.append(opts["flat"])
    # each in its own module: GUM's CoNLL-U, chapter titles, quote and speaker scoring (shared with
    # `gum`), scrapinghub's article-extraction benchmark, trafilatura's evaluation set, Postlight's test pages
    own = {"gum": "reading_gum", "chapters": "reading_chapters", "polnear": "reading_quotes",
           "aeb": "reading_aeb", "traf": "reading_traf", "postlight": "reading_postlight",
           "fundus": "reading_fundus", "wcxb": "reading_wcxb", "gn1": "reading_gn1",
           "chaos": "reading_chaos"}
    if argv[0] in own:
        return getattr(__import__(own[argv[0]]), f"cmd_{argv[0]}")(args, opts)
    {"pages": cmd_pages, "flatten": cmd_flatten}[argv[0]](args, opts)


if __name__ == "__main__":
    main()
