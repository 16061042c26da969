"""Which pages an HTML reading change moves (session 32): the reader's title, authors, publisher, dek and
narrated text (a hash of what `reading_fundus.read_scored` scores) of every page of a set of corpora, written
once per code and compared. For rules whose benchmark totals may hide pages moving both ways.

    PYTHONHASHSEED=0 python benchmarks/html_moves.py dump OUT.json [--sets=read,aeb07,fundusa,wcxba,gn1a,chaosa]
    PYTHONHASHSEED=0 python benchmarks/html_moves.py dump OUT.json --sets=held
    python benchmarks/html_moves.py diff BEFORE.json AFTER.json

Each page is read as the benchmarks read HTML (with its address where the corpus gives one). The tuning sets
(Readability, aeb 0-7, fundus a, WCXB a, GN1 a, chaos a) are listed page by page. `--sets=held` reads the
held-out halves (WCXB test, GN1 test, chaos test; the lead's) keyed by position only, with whether the title is
the truth's, and `diff` counts their moves (up, down, other) without naming any page. Run `dump` from each
checkout (its own code) into files outside the shared corpora.
"""

from __future__ import annotations

import hashlib
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import page_names, title_ok  # noqa: E402

TUNING = ("read", "aeb07", "fundusa", "wcxba", "gn1a", "chaosa")
HELD = ("wcxb test", "gn1 test", "chaos test")
FIELDS = ("title", "right", "authors", "publisher", "dek", "script", "error")


def _pages(sets: tuple[str, ...], corpora: Path):
    """(set, key, html, url, wanted title) for each page of `sets`; a held page's key is its position."""
    import reading_aeb
    import reading_chaos
    import reading_fundus
    import reading_gn1
    import reading_wcxb

    chaos = corpora / "irdata" / "Extraction" / "chaos-all"
    if "read" in sets:
        root = corpora / "readability" / "test" / "test-pages"
        for name in page_names(root, None):
            yield "read", name, (root / name / "source.html").read_text(encoding="utf-8", errors="replace"), None, None
    if "aeb07" in sets:
        for pid, url, html, _ in reading_aeb.aeb_pages(corpora / "aeb", "0-7"):
            yield "aeb07", pid, html, url, None
    if "fundusa" in sets:
        for p in reading_fundus.fundus_pages(corpora / "fundus"):
            if reading_fundus.page_half(p["name"]) == "a":
                yield "fundusa", p["name"], p["html"], p.get("url"), p.get("title")
    held = {"wcxba": (reading_wcxb.wcxb_pages, corpora / "wcxb", "a"),
            "gn1a": (reading_gn1.gn1_pages, corpora / "gn1", "a"),
            "chaosa": (reading_chaos.chaos_pages, chaos, "a"),
            "wcxb test": (reading_wcxb.wcxb_pages, corpora / "wcxb", "test"),
            "gn1 test": (reading_gn1.gn1_pages, corpora / "gn1", "test"),
            "chaos test": (reading_chaos.chaos_pages, chaos, "test")}
    for name, (pages, root, half) in held.items():
        if name in sets:
            for i, p in enumerate(pages(root, half)):
                yield name, str(i) if name in HELD else p["name"], p["html"], p.get("url"), p.get("title")


def read(html: str, url: str | None, want: str | None, half: str = "a", name: str = "page") -> dict:
    """One page read as the benchmarks read HTML (`reading_fundus.read_scored`; a refused page's error type is
    one more outcome to compare); `half` other than "a" keeps a refusal's message from naming the page."""
    from reading_fundus import read_scored

    a, _, narrated, error = read_scored(dict(name=name, url=url), html, "html", True, half)
    if a is None:
        return {"error": error.split(":")[1].strip()}
    out = dict(title=a.title, authors=a.authors, publisher=a.publisher, dek=a.dek,
               script=hashlib.sha1("\n".join(narrated).encode()).hexdigest()[:12])
    if want:
        out["right"] = bool(a.title) and bool(title_ok(a.title, want)[1])
    return out


def dump(out: Path, sets: tuple[str, ...], corpora: Path) -> dict:
    warnings.filterwarnings("ignore")  # (dateutil's time zones: one line a page)
    rows = {f"{s}/{key}": read(html, url, want, "test" if s in HELD else "a", key)
            for s, key, html, url, want in _pages(sets, corpora)}
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    return rows


def diff(before: dict, after: dict) -> list[str]:
    """One line a moved tuning page and field; the held sets' moves as counts only."""
    lines, tuning, held = [], Counter(), Counter()
    for key in before:
        s = key.split("/", 1)[0]
        a, b = before[key], after.get(key, {})
        moved = [f for f in FIELDS if a.get(f) != b.get(f)]
        if not moved:
            continue
        if s in HELD:
            held[s, {(True, False): "down", (False, True): "up"}.get((a.get("right"), b.get("right")), "other")] += 1
            continue
        tuning[s] += 1
        lines += [f"{key}  {f}: {str(a.get(f))[:90]!r} -> {str(b.get(f))[:90]!r}" for f in moved]
    lines.append("tuning pages moved: " + (", ".join(f"{s} {n}" for s, n in sorted(tuning.items())) or "none"))
    lines.append("held pages moved: " + (", ".join(f"{s} {k} {n}" for (s, k), n in sorted(held.items())) or "none"))
    return lines


def main(argv: list[str]) -> None:
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    args = [a for a in argv if not a.startswith("--")]
    if len(args) == 2 and args[0] == "dump":
        wanted = opts.get("sets", ",".join(TUNING))
        sets = HELD if wanted == "held" else tuple(wanted.split(","))
        unknown = [s for s in sets if s not in TUNING + HELD]
        if unknown:
            sys.exit(f"unknown set {unknown[0]!r}: one of {', '.join(TUNING)} or held")
        rows = dump(Path(args[1]), sets, Path(opts.get("corpora", ".corpora")))
        print(f"{len(rows)} pages")
    elif len(args) == 3 and args[0] == "diff":
        for path in args[1:]:
            if not Path(path).is_file():
                sys.exit(f"{path}: no such dump (html_moves.py dump writes one)")
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args[1:])
        print("\n".join(diff(before, after)))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
