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
`record-pages` the Readability test pages (title = the expected title), for the same replay.

    PYTHONHASHSEED=0 python benchmarks/title_replay.py record TRAF_DIR FLAT_DIR CACHE.pkl [--with-url] [--half=devb]
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-aeb AEB_DIR FLAT_DIR CACHE.pkl --ids=0-7
    PYTHONHASHSEED=0 python benchmarks/title_replay.py record-pages READ_DIR FLAT_DIR CACHE.pkl
    PYTHONHASHSEED=0 python benchmarks/title_replay.py replay CACHE.pkl OUT.json [--diff=OLD.json]
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_aeb import aeb_pages, page_headlines  # noqa: E402
from reading_eval import page_names, title_ok  # noqa: E402
from reading_traf import page_language, traf_pages  # noqa: E402

from audioed.read import build, parse  # noqa: E402


_HALF = "__half__"  # the cache's key naming the quarter it holds


def _recorded(items, flat: Path, with_url: bool = False) -> dict:
    """What `build._mark_title` is given for each (name, url, headlines, English?, wanted title)
    whose flattened text FLAT/name.txt exists (an empty page has nothing to replay)."""
    seen: dict = {}
    real = build._mark_title

    def spy(raw, kinds, meta, span=None):
        seen["args"] = copy.deepcopy((raw, kinds, meta, span))
        return real(raw, kinds, meta, span)

    build._mark_title = spy
    pages = {}
    try:
        for name, url, heads, english, want in items:
            if not (flat / f"{name}.txt").exists():
                continue
            seen.clear()
            try:
                parse((flat / f"{name}.txt").read_text(encoding="utf-8"), fmt="text", source=name,
                      url=url if with_url else None)  # read as a saved text is, without the address
            except Exception:  # an empty page: nothing to replay
                pass
            if "args" in seen:
                pages[name] = dict(args=seen["args"], heads=heads, english=english, want=want)
    finally:
        build._mark_title = real
    return pages


def record(root: Path, flat: Path, out: Path, with_url: bool = False, half: str = "deva") -> None:
    if half not in ("deva", "devb"):
        sys.exit("--half: deva or devb (the held half is never read)")
    pages = _recorded(((name, url, page_headlines(html), page_language(html)[0], (item.get("title") or "").strip())
                       for name, url, html, item in traf_pages(root, half=half)), flat, with_url)
    pages[_HALF] = half
    out.write_bytes(pickle.dumps(pages))
    print(f"{len(pages) - 1} {half} pages recorded")


def record_aeb(root: Path, flat: Path, out: Path, ids: str) -> None:
    """scrapinghub's pages: the tuning half (0-7) replays page by page, 8-f (the held-out stand-in)
    as totals; the wanted title is the declared headline, any of the page's headlines counts too."""
    if ids not in ("0-7", "8-f"):
        sys.exit("--ids: 0-7 or 8-f")
    pages = _recorded(((pid, url, heads, None, heads[0] if heads else "")
                       for pid, url, html, _ in aeb_pages(root, ids) for heads in [page_headlines(html)]), flat)
    pages[_HALF] = f"aeb {ids}"
    out.write_bytes(pickle.dumps(pages))
    print(f"{len(pages) - 1} aeb {ids} pages recorded")


def record_pages(root: Path, flat: Path, out: Path) -> None:
    """The Readability test pages: the wanted title is the expected one (the benchmark's title figure)."""
    def items():
        for name in page_names(root, None):
            want = json.loads((root / name / "expected-metadata.json").read_text(encoding="utf-8")).get("title") or ""
            yield name, None, [want] if want else [], None, want
    pages = _recorded(items(), flat)
    pages[_HALF] = "readability"
    out.write_bytes(pickle.dumps(pages))
    print(f"{len(pages) - 1} Readability pages recorded")


def replay(cache: Path, out: Path, old: Path | None) -> None:
    rows = {}
    pages = pickle.loads(cache.read_bytes())
    half = pages.pop(_HALF, "deva")  # (caches recorded before --half hold deva)
    for name, p in pages.items():
        raw, kinds, meta, span = copy.deepcopy(p["args"])
        got = build._mark_title(raw, kinds, meta, span) or "(none)"
        rows[name] = dict(got=got, english=p["english"],
                          title=title_ok(got, p["want"])[1] if p["want"] else None,
                          any=any(title_ok(got, h)[1] for h in p["heads"]) if p["heads"] else None)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    for part, keep in ((f"{half} all", lambda r: True), (f"{half} English", lambda r: r["english"])):
        rs = [r for r in rows.values() if keep(r)]
        if not rs:  # (the language is recorded for traf's pages only)
            continue
        t, a = [r["title"] for r in rs if r["title"] is not None], [r["any"] for r in rs if r["any"] is not None]
        wanted = "declared headline" if half.startswith("aeb") else "expected title" if half == "readability" \
            else "evaldata title"
        print(f"{part}: title = {wanted} {sum(t)}/{len(t)} | = one of the page's headlines {sum(a)}/{len(a)}")
    if old:
        before = json.loads(old.read_text(encoding="utf-8"))
        if half in ("devb", "aeb 8-f"):  # held-out pages are never named: how many moved, up or down
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
    elif args[:1] == ["replay"] and len(args) == 3:
        replay(Path(args[1]), Path(args[2]), Path(opts["diff"]) if opts.get("diff") else None)
    else:
        sys.exit(__doc__)
