"""scrapinghub's article-extraction benchmark (181 real pages, hand-checked article bodies),
read as HTML and as flattened text: `python benchmarks/reading_eval.py aeb AEB_DIR [--flat=FLAT_DIR] ...`
(reading_eval.py's docstring says every option). Ids 0-7 are the half rules may be tuned on;
ids 8-f are held out, the stand-in for publishers we do not have."""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_markup import json_ld_nodes, page_doc  # noqa: E402
from reading_authors import declared_authors, shown_in  # noqa: E402
from flatten import flatten_pages  # noqa: E402
from reading_eval import (authors_found, f1, heard_runs, measure_trafilatura, narrated_line,  # noqa: E402
                          narrated_runs, norm_title, repaired_truth, score_text, site_close, site_key,
                          title_ok, toks)


def aeb_pages(root: Path, ids: str | None) -> list[tuple[str, str, str, list[str]]]:
    """(id, url, html, expected body lines) for the benchmark's pages whose id starts with a
    character in the range `ids` ("0-7": the tuning half; "8-f": the held-out half)."""
    import gzip

    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    lo, _, hi = (ids or "0-f").partition("-")
    out = []
    for pid in sorted(truth):
        if not (lo <= pid[0] <= (hi or lo)):
            continue
        path = root / "html" / f"{pid}.html.gz"
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            html = f.read()
        body = [b for b in truth[pid]["articleBody"].split("\n") if b.strip()]
        out.append((pid, truth[pid].get("url") or f"https://example.invalid/{pid}", html, body))
    return out


def declared_headline(html: str) -> str | None:
    """The page's own headline, where its markup declares one: a JSON-LD headline, else
    og:title, else the first <h1>. Read here independently of audioed's reader."""
    return next(iter(page_headlines(html)), None)


def page_headlines(html: str) -> list[str]:
    """Every headline the page gives, declared one first: JSON-LD headline, og:title, then the
    <h1>s. A page's visible <h1> often differs from the headline its markup declares for search
    engines, and flattened text has only the visible one."""
    doc = page_doc(html)
    if doc is None:
        return []
    # JSON-LD strings often carry HTML entities ("&#8217;")
    out = [" ".join(unescape(n["headline"]).split()) for n in json_ld_nodes(doc)
           if isinstance(n.get("headline"), str) and n["headline"].strip()][:1]
    out += [" ".join(c.split()) for c in doc.xpath('//meta[@property="og:title"]/@content')[:1] if c.strip()]
    out += [t for t in (" ".join(h1.text_content().split()) for h1 in doc.xpath("//h1")) if t]
    return repaired_truth(out)


def declared_site(html: str) -> str | None:
    """The site's name as its markup declares it: og:site_name, else a JSON-LD publisher's name,
    without a tagline after " | " or " - " ("LinkNaija | Nigeria's popular news platform").
    Read here independently of audioed's reader (the held-out check of the flattened-text site name)."""
    doc = page_doc(html)
    if doc is None:
        return None
    names = [unescape(" ".join(c.split())) for c in doc.xpath('//meta[@property="og:site_name"]/@content') if c.strip()]
    for node in json_ld_nodes(doc):
        pub = node.get("publisher")
        names += [" ".join(unescape(p["name"]).split()) for p in (pub if isinstance(pub, list) else [pub])
                  if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()]
    return re.split(r"\s+[|–—-]\s+", names[0])[0] if names else None


def cmd_aeb(args: list[str], opts: dict) -> None:
    from audioed.read import parse
    from audioed.script import build_script

    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    formats = opts.get("formats", "html,text").split(",")
    show = int(opts.get("show", 0))
    pages = aeb_pages(root, opts.get("ids"))
    if opts.get("flatten"):
        if not flat:
            sys.exit("--flatten needs --flat=FLAT_DIR")
        flatten_pages(((pid, url, html) for pid, url, html, _ in pages), flat, opts)
    rows: dict[str, list[dict]] = {"html": [], "text": [], "trafilatura": []}
    for pid, url, html, body in pages:
        heads = page_headlines(html)
        want = heads[0] if heads else None
        declared = declared_authors(html)
        want_site = declared_site(html)
        todo = [("html", html, "html")] if "html" in formats else []
        if flat and "text" in formats and (flat / f"{pid}.txt").exists():
            todo.append(("text", (flat / f"{pid}.txt").read_text(encoding="utf-8"), "text"))
        for label, source, fmt in todo:
            t0 = time.perf_counter()
            try:
                # the flattened text alone, as a file with no address is read (--with-url gives it)
                article = parse(source, fmt=fmt, source=pid, url=None if fmt == "text" and not opts.get("with-url") else url)
                script = build_script(article)
                recall, leaked, total, runs, missing = score_text(heard_runs(script), body)
                narrated = score_text(narrated_runs(script), body)[:3]
                got, got_site, authors = article.title, article.publisher, article.authors
            except Exception as e:  # one broken page must not hide the others' figures
                recall, leaked, total, runs, missing, got = 0.0, 0, 0, [], [], f"error: {type(e).__name__}: {e}"[:100]
                got_site, authors, narrated = None, [], (0.0, 0, 0)
            lines = {norm_title(x) for x in source.splitlines()} if fmt == "text" else set()
            r = dict(page=pid, recall=recall, leaked=leaked, narrated=total, runs=runs, missing=missing,
                     **dict(zip(("n_recall", "n_leaked", "n_narrated"), narrated)),
                     title=title_ok(got, want)[1] if want else None, got_title=got, want_title=want,
                     any_head=any(title_ok(got, h)[1] for h in heads) if heads else None,
                     # a headline the flattened text has at all, as a line of its own
                     reachable=any(norm_title(h) in lines for h in heads) if fmt == "text" and heads else None,
                     site=site_key(got_site) == site_key(want_site) if want_site else None,
                     site_close=site_close(got_site, want_site, url) if want_site else None,
                     # the declared name written in the flattened text at all (an upper bound)
                     site_in=want_site.lower() in source.lower() if fmt == "text" and want_site else None,
                     seconds=time.perf_counter() - t0)
            # the declared people the flattened text shows: found (surnames), and names given that are none of them
            shown = shown_in(declared, source) if fmt == "text" else declared
            r.update(authors=authors_found(authors, shown) if shown else None,
                     other_author=bool(shown) and any(not set(toks(a)) & set(toks(" ".join(declared))) for a in authors))
            rows[label].append(r)
            if show:
                print(f"{label:<4} {pid[:12]} rec {recall:.3f} leak {leaked:>4}/{total:<5}"
                      + ("" if r["title"] is not False else f" title {got!r} / want {want!r}")
                      + ("" if r["site"] is not False else f" site {got_site!r} / want {want_site!r}"))
                if r["authors"] is False or r["other_author"]:
                    print(f"       authors {authors} / declared {shown}")
                for run in runs[:show]:
                    print(f"       leak: {run}")
                for m in missing[:show]:
                    print(f"       missing: {m}")
        if "html" in formats:
            t = measure_trafilatura(html, body)
            t["page"] = pid
            rows["trafilatura"].append(t)
    for label in ("html", "text", "trafilatura"):
        for half, keep in (("all", "0123456789abcdef"), ("ids 0-7", "01234567"), ("ids 8-f", "89abcdef")):
            part = [r for r in rows[label] if r["page"][0] in keep]
            if part:
                aeb_summary(part, f"{'audioed ' + label if label != 'trafilatura' else 'trafilatura.extract'} {half}")


def aeb_summary(rows: list[dict], label: str) -> None:
    rec = statistics.mean(r["recall"] for r in rows)
    leaked, narrated = sum(r["leaked"] for r in rows), sum(r["narrated"] for r in rows)
    line = (f"{label}: {len(rows)} pages | 4-gram recall mean {rec:.3f} | narrated words outside the article "
            f"{leaked}/{narrated} ({leaked / max(narrated, 1):.2%}) | F1 {f1(rec, 1 - leaked / max(narrated, 1)):.3f}")
    titled = [r["title"] for r in rows if r.get("title") is not None]
    if titled:
        line += f" | title = declared headline {sum(titled)}/{len(titled)} ({sum(titled) / len(titled):.1%})"
        anyh = [r["any_head"] for r in rows if r.get("any_head") is not None]
        line += f", = one of the page's headlines (JSON-LD, og:title, <h1>) {sum(anyh)}/{len(anyh)} ({sum(anyh) / len(anyh):.1%})"
        reach = [r["reachable"] for r in rows if r.get("reachable") is not None]
        if reach:
            line += f"; one of them is a line of the text on {sum(reach)}/{len(reach)}"
    sites = [r["site"] for r in rows if r.get("site") is not None]
    if sites:  # pages declaring no site name (og:site_name, JSON-LD publisher) are not counted
        line += f" | site name = declared {sum(sites)}/{len(sites)} ({sum(sites) / len(sites):.1%}"
        line += f"; {sum(bool(r.get('site_close')) for r in rows)} as a listener hears it)"
        within = [r["site_in"] for r in rows if r.get("site_in") is not None]
        if within:
            line += f", declared name in the text on {sum(within)}"
    found = [r["authors"] for r in rows if r.get("authors") is not None]
    if found:
        other = sum(r["other_author"] for r in rows if r.get("authors") is not None)
        line += (f" | authors = declared authors (JSON-LD, meta, rel=author; people the input shows) "
                 f"{sum(found)}/{len(found)} ({sum(found) / len(found):.1%}), another name given on {other}")
    print(line)
    if "n_recall" in rows[0]:  # the body alone is the figure above, as sessions before 15 compared it
        print(f"  {label}: {narrated_line(rows)}")
