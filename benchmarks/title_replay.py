"""The episode title on trafilatura's DEVA pages (flattened text; the quarter whose pages may be
read since session 13, reading_traf.page_quarter), fast: `record` reads each deva page
once and keeps what `build._mark_title` is given (blocks, kinds, metadata, the story's run);
`replay` runs only `_mark_title` on them (2 s instead of minutes) and prints the title figures the
`traf` benchmark prints for --half=deva (empty pages fall out),
with --diff=OLD.json each page whose title changed since OLD. For choosing between variants of the
headline rules; the benchmark's figures are the ones to report. Only the deva quarter is read, unless
`record --half=devb`: a devb cache replays as totals, and --diff against it counts the pages moved
(up, down, other) without naming any (devb is for figures only).
Each page is read without its address, as the benchmark reads flattened text (--with-url gives it).
`record-aeb` records scrapinghub's pages (`--ids=0-7`, the tuning half, replays page by page;
`--ids=8-f`, the held-out stand-in, replays as totals and counts moved only, as devb does) and
`record-pages` the Readability test pages (title = the expected title), and `record-postlight`
Postlight's pages (`--half=a` replays page by page, `--half=b`, held out, as totals and counts moved
only; title = the test's title where its test gives one, "any" = the page's headlines or that title),
and `record-fundus` fundus's pages (`--half=a` page by page, `--half=b` as totals; title = the parser's
title, "any" = it or the page's headlines, as the `fundus` benchmark counts), and `record-wcxb` WCXB's articles
(`--half=a` page by page, `--half=b` as totals; title = the truth's, "any" = it or the page's headlines), and
`record-gn1` L3S-GN1's half a (title = the benchmark's headline, "any" = it, the marked runs or the page's headlines),
and `record-chaos` ir-research-data's chaos set, half a (title = the gold's headline, "any" = it or the page's
headlines), for the same replay.

    PYTHONHASHSEED=0 python benchmarks/title_replay.py record TRAF_DIR FLAT_DIR CACHE.pkl [--with-url] [--half=devb]
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-aeb AEB_DIR FLAT_DIR CACHE.pkl --ids=0-7
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-pages READ_DIR FLAT_DIR CACHE.pkl
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-postlight POSTLIGHT_DIR FLAT_DIR CACHE.pkl --half=a
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-fundus FUNDUS_DIR FLAT_DIR CACHE.pkl --half=a
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-wcxb WCXB_DIR FLAT_DIR CACHE.pkl --half=a
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-gn1 GN1_DIR FLAT_DIR CACHE.pkl --half=a
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-chaos CHAOS_DIR FLAT_DIR CACHE.pkl --half=a
    PYTHONHASHSEED=0 python benchmarks/title_replay.py replay CACHE.pkl OUT.json [--diff=OLD.json]
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_replay  # noqa: E402
from reading_aeb import aeb_pages, page_headlines  # noqa: E402
from reading_eval import page_names, title_ok  # noqa: E402
from reading_traf import page_language  # noqa: E402

from audioed.read import build  # noqa: E402


def _keep(spy: reading_replay.Spy, _article, html: str, item: dict) -> dict | None:
    if spy.args is None:  # an empty page: nothing to replay
        return None
    return dict(args=spy.args, heads=page_headlines(html), english=page_language(html)[0],
                want=(item.get("title") or "").strip())


def _keep_wanted(spy: reading_replay.Spy, _article, _html, wanted: tuple) -> dict | None:
    """For the sets whose truth the caller reads (headlines, wanted title); no language recorded."""
    heads, want = wanted
    return None if spy.args is None else dict(args=spy.args, heads=heads, english=None, want=want)


def record(root: Path, flat: Path, out: Path, with_url: bool = False, half: str = "deva") -> None:
    n = reading_replay.record(build, "_mark_title", root, flat, out, _keep, half=half, with_url=with_url)
    print(f"{n} {half} pages recorded")


def record_aeb(root: Path, flat: Path, out: Path, ids: str) -> None:
    """scrapinghub's pages: the tuning half (0-7) replays page by page, 8-f (the held-out stand-in)
    as totals; the wanted title is the declared headline, any of the page's headlines counts too."""
    if ids not in ("0-7", "8-f"):
        sys.exit("--ids: 0-7 or 8-f")
    items = ((pid, url, None, (heads, heads[0] if heads else ""))
             for pid, url, html, _ in aeb_pages(root, ids) for heads in [page_headlines(html)])
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, _keep_wanted),
                            f"aeb {ids}", out)
    print(f"{n} aeb {ids} pages recorded")


def record_pages(root: Path, flat: Path, out: Path) -> None:
    """The Readability test pages: the wanted title is the expected one (the benchmark's title figure)."""
    def items():
        for name in page_names(root, None):
            want = json.loads((root / name / "expected-metadata.json").read_text(encoding="utf-8")).get("title") or ""
            yield name, None, None, ([want] if want else [], want)
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items(), flat, _keep_wanted),
                            "readability", out)
    print(f"{n} Readability pages recorded")


def record_postlight(root: Path, flat: Path, out: Path, half: str) -> None:
    """Postlight's pages of one half: the wanted title is the test's (the benchmark's "test's title"
    figure), the headlines the page's own and the test's title (its "one of the page's headlines")."""
    from reading_postlight import page_half, page_html, postlight_cases

    if half not in ("a", "b"):
        sys.exit("--half: a or b")
    items = ((c["name"], None, None, (heads + [c["title"]] if c.get("title") else heads, c.get("title") or ""))
             for c in postlight_cases(root) if page_half(c["name"]) == half
             for heads in [page_headlines(page_html(root, c["name"]))])
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, _keep_wanted),
                            f"postlight {half}", out)
    print(f"{n} Postlight half {half} pages recorded")


def record_fundus(root: Path, flat: Path, out: Path, half: str) -> None:
    """fundus's pages of one half: the wanted title is the parser's, the headlines it and the page's own."""
    from reading_fundus import fundus_pages, page_half

    if half not in ("a", "b"):
        sys.exit("--half: a or b")
    items = ((p["name"], None, None, ([h for h in [p["title"]] + page_headlines(p["html"]) if h], p["title"] or ""))
             for p in fundus_pages(root) if page_half(p["name"]) == half)
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, _keep_wanted),
                            f"fundus {half}", out)
    print(f"{n} fundus half {half} pages recorded")


def record_wcxb(root: Path, flat: Path, out: Path, half: str) -> None:
    """WCXB's articles of one half: the wanted title is the truth's, the headlines it and the page's own
    (the `wcxb` benchmark's two title figures); `--half=a` replays page by page, `b` as totals only."""
    from reading_wcxb import wcxb_pages

    if half not in ("a", "b"):
        sys.exit("--half: a or b (the test split is held)")
    items = ((p["name"], None, None, ([h for h in [p["title"]] + page_headlines(p["html"]) if h], p["title"] or ""))
             for p in wcxb_pages(root, half))
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, _keep_wanted),
                            f"wcxb {half}", out)
    print(f"{n} WCXB half {half} pages recorded")


def record_gn1(root: Path, flat: Path, out: Path, half: str, corpus: str = "gn1") -> None:
    """L3S-GN1's pages of half a (the test half is held): the wanted title is the headline the `gn1`
    benchmark picks, the headlines it, every marked headline run and the page's own. With corpus="chaos"
    ir-research-data's chaos set the same way (its one headline the gold's)."""
    if half != "a":
        sys.exit("--half: a (the test half is held)")
    if corpus == "chaos":
        from reading_chaos import chaos_pages as pages
    else:
        from reading_gn1 import gn1_pages as pages
    items = ((p["name"], None, None, ([h for h in [p["title"]] + p["heads"] + page_headlines(p["html"]) if h],
                                      p["title"] or ""))
             for p in pages(root, half))
    n = reading_replay.save(reading_replay.spy_pages(build, "_mark_title", items, flat, _keep_wanted),
                            f"{corpus} {half}", out)
    print(f"{n} {'GN1' if corpus == 'gn1' else 'chaos'} half {half} pages recorded")


def replay(cache: Path, out: Path, old: Path | None) -> None:
    rows = {}
    pages, half = reading_replay.load(cache)
    for name, p in pages.items():
        raw, kinds, meta, span = copy.deepcopy(p["args"])
        got = build._mark_title(raw, kinds, meta, span) or "(none)"
        rows[name] = dict(got=got, english=p["english"],
                          title=title_ok(got, p["want"])[1] if p["want"] else None,
                          any=any(title_ok(got, h)[1] for h in p["heads"]) if p["heads"] else None)
    reading_replay.write_rows(out, rows)
    for part, keep in ((f"{half} all", lambda r: True), (f"{half} English", lambda r: r["english"])):
        rs = [r for r in rows.values() if keep(r)]
        if not rs:  # (the language is recorded for traf's pages only)
            continue
        t, a = [r["title"] for r in rs if r["title"] is not None], [r["any"] for r in rs if r["any"] is not None]
        wanted = "declared headline" if half.startswith("aeb") else "expected title" if half == "readability" \
            else "test's title" if half.startswith("postlight") else "parser's title" if half.startswith("fundus") \
            else "WCXB's title" if half.startswith("wcxb") else "GN1's headline" if half.startswith("gn1") \
            else "the gold's headline" if half.startswith("chaos") \
            else "evaldata title"
        print(f"{part}: title = {wanted} {sum(t)}/{len(t)} | = one of the page's headlines {sum(a)}/{len(a)}")
    if old:
        before = reading_replay.read_rows(old)
        if half in reading_replay.HELD_OUT:  # held-out pages are never named: how many moved, up or down
            moved = [(before[n]["any"], r["any"]) for n, r in rows.items() if n in before and before[n]["got"] != r["got"]]
            up, down = sum(1 for b, a in moved if a and not b), sum(1 for b, a in moved if b and not a)
            print(f"{half}: {len(moved)} titles changed; any headline up {up}, down {down}, other {len(moved) - up - down}")
            return
        for name, r in rows.items():
            b = before.get(name)
            if b and b["got"] != r["got"]:
                mark = lambda x: ("T" if x["title"] else "-") + ("A" if x["any"] else "-")  # noqa: E731
                print(f"{mark(b)}->{mark(r)} {name[:40]}: {b['got'][:60]!r} -> {r['got'][:60]!r}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    if args[:1] == ["record"] and len(args) == 4:
        record(Path(args[1]), Path(args[2]), Path(args[3]), with_url="--with-url" in sys.argv,
               half=opts.get("half", "deva"))
    elif args[:1] == ["record-aeb"] and len(args) == 4 and opts.get("ids"):
        record_aeb(Path(args[1]), Path(args[2]), Path(args[3]), opts["ids"])
    elif args[:1] == ["record-pages"] and len(args) == 4:
        record_pages(Path(args[1]), Path(args[2]), Path(args[3]))
    elif args[:1] == ["record-postlight"] and len(args) == 4 and opts.get("half"):
        record_postlight(Path(args[1]), Path(args[2]), Path(args[3]), opts["half"])
    elif args[:1] == ["record-fundus"] and len(args) == 4 and opts.get("half"):
        record_fundus(Path(args[1]), Path(args[2]), Path(args[3]), opts["half"])
    elif args[:1] == ["record-wcxb"] and len(args) == 4 and opts.get("half"):
        record_wcxb(Path(args[1]), Path(args[2]), Path(args[3]), opts["half"])
    elif args[:1] == ["record-gn1"] and len(args) == 4 and opts.get("half"):
        record_gn1(Path(args[1]), Path(args[2]), Path(args[3]), opts["half"])
    elif args[:1] == ["record-chaos"] and len(args) == 4 and opts.get("half"):
        record_gn1(Path(args[1]), Path(args[2]), Path(args[3]), opts["half"], corpus="chaos")
    elif args[:1] == ["replay"] and len(args) == 3:
        replay(Path(args[1]), Path(args[2]), Path(opts["diff"]) if opts.get("diff") else None)
    else:
        sys.exit(__doc__)
