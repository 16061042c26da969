"""The story's date on trafilatura's DEVA pages (flattened text), fast: `record` reads each deva page
once and keeps what `story_date.story_date` is given (blocks, kinds, the story's run, `updates`) and
what else the reader's date takes (the machine date); `replay` runs only the date on them (seconds
instead of minutes) and prints right / wrong / none as the `traf` benchmark counts them, with
--diff=OLD.json each deva page whose date changed since OLD, and with --show each deva page's miss
with its date candidates (the lines that hold a date, their index, kind and distance from the
headline). For choosing between variants of the date rules; the benchmark's figures are the ones to
report. `record --half=devb` keeps a devb cache that replays as totals only (devb is for figures
only: no page named, no candidate shown). Each page is read without its address, as the benchmark
reads flattened text.

    PYTHONHASHSEED=0 python benchmarks/date_replay.py record TRAF_DIR FLAT_DIR CACHE.pkl [--half=devb]
    PYTHONHASHSEED=0 python benchmarks/date_replay.py replay CACHE.pkl OUT.json [--diff=OLD.json] [--show]
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_replay  # noqa: E402

from audioed.read import build, dates  # noqa: E402
from audioed.read import story_date as story_date_module  # noqa: E402


def _keep(spy: reading_replay.Spy, article, _html: str, item: dict) -> dict:
    got = article.date if article is not None else None  # an empty page: no date
    # (what the reader took when story_date gave nothing: a machine date on January 1st)
    return dict(args=spy.args, got=got, want=item["date"][:10],
                fallback=got if spy.args is not None and spy.result is None else None)


def record(root: Path, flat: Path, out: Path, half: str = "deva") -> None:
    n = reading_replay.record(build, "story_date", root, flat, out, _keep, half=half,
                              wanted=lambda item: bool(item.get("date")))
    print(f"{n} {half} pages with an evaldata date recorded")


def _date(p: dict) -> str | None:
    """The reader's date for a recorded page: `story_date` now, unless the page's date came from
    elsewhere when it was recorded (a machine date story_date was not asked for, or no call at all)."""
    if p["args"] is None:
        return p["got"]
    raw, kinds, span, updates = copy.deepcopy(p["args"])
    return story_date_module.story_date(raw, kinds, span, updates) or p["fallback"]


def candidates(p: dict) -> list[str]:
    """The page's lines holding a date: index, kind, distance from the headline, days read, text."""
    raw, kinds, span, _ = p["args"]
    at = next((i for i, k in enumerate(kinds) if k == "title"), None)
    out = [f"    title at {at}: {raw[at].text[:90]!r}" if at is not None else "    no title",
           f"    span {span}"]
    for i, rb in enumerate(raw):
        found = dates.find_dates(" ".join(rb.text.split()))
        if found:
            tag = "D" if dates.is_date_line(rb.text) else " "
            rel = f"{i - at:+d}" if at is not None else "?"
            out.append(f"    {i:4d} {rel:>5} {kinds[i][:9]:<9} {tag} {','.join(d for *_, d in found)[:40]:<22} "
                       f"{' '.join(rb.text.split())[:110]!r}")
    return out


def replay(cache: Path, out: Path, old: Path | None, show: bool) -> None:
    pages, half = reading_replay.load(cache)
    rows = {name: dict(got=_date(p), want=p["want"]) for name, p in pages.items()}
    reading_replay.write_rows(out, rows)
    right = sum(r["got"] == r["want"] for r in rows.values())
    none = sum(r["got"] is None for r in rows.values())
    print(f"{half}: date right / wrong / none {right} / {len(rows) - right - none} / {none} (of {len(rows)})")
    if old:
        before = reading_replay.read_rows(old)
        moved = [(n, before[n]["got"], r["got"], r["want"]) for n, r in rows.items() if n in before and before[n]["got"] != r["got"]]
        if half != "deva":
            print(f"{len(moved)} pages moved")
            return
        for n, was, now, want in moved:
            print(f"  {n}: {was} -> {now} (want {want})")
    if show and half == "deva":
        for n, r in rows.items():
            if r["got"] != r["want"]:
                print(f"{n}: got {r['got']} want {r['want']}")
                if pages[n]["args"] is not None:
                    print("\n".join(candidates(pages[n])))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in sys.argv[1:] if a.startswith("--"))
    if args[0] == "record":
        record(Path(args[1]), Path(args[2]), Path(args[3]), half=opts.get("half", "deva"))
    else:
        replay(Path(args[1]), Path(args[2]), Path(opts["diff"]) if "diff" in opts else None, "show" in opts)
