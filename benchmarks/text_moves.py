"""What a flattened-text reading change does to what the listener hears (session 35), and where to look for
what a listener should not hear: the script of every tuning page (title, authors, and each narrated line with
its role), written once per code, then compared line by line or searched.

    PYTHONHASHSEED=0 python benchmarks/text_moves.py dump OUT.jsonl [--sets=SET,...]
    python benchmarks/text_moves.py diff BEFORE.jsonl AFTER.jsonl
    python benchmarks/text_moves.py scan DUMP.jsonl [KIND]
    python benchmarks/text_moves.py recur DUMP.jsonl [--least=2]

Each page is read as the CLI reads a saved text (without its address), from the flattened folders under
`--corpora` (default .corpora; see docs/reading.md for making them). Tuning sets only: WCXB a, GN1 a, chaos a,
fundus a, Readability, traf deva, Postlight a and aeb 0-7 (1,358 pages; the last two since session 47); no held half
is ever read here. `diff` prints each page whose title, authors or narration moved, with the lines gone (-) and come
(+). `scan` counts narrated lines of listener-facing shapes (click instructions, e-mail addresses, photo credits,
script notices, lines heard twice) and with a KIND prints them. `recur` (session 36) lists the short narrated lines
heard on two pages or more, most pages first: a line a platform, a wire or a paywall prints into every page it serves
recurs across publishers. Run `dump` from each checkout (its own code) into files outside the shared corpora. About 8
minutes a dump.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TUNING = ("wcxba", "gn1a", "chaosa", "fundusa", "read", "deva", "postlighta", "aeb07")

# Shapes a listener should rarely hear; most hits are still the story's own ("click on the icon" in a how-to).
SHAPES = {
    "click": re.compile(r"(?i)\b(?:click|tap)(?:ing)? (?:here|on|the (?:link|button|image|arrow))|\bscroll (?:down|up)\b"),
    "email": re.compile(r"\S+@\S+\.\w+"),
    "credit": re.compile(r"(?i)\b(?:getty images|shutterstock|ap photo|photograph:|image:|credit:)"),
    "script": re.compile(r"(?i)\bjavascript\b.{0,40}\b(?:enabled?|disabled|turned on|required|aktivier)"),
    "advert": re.compile(r"(?i)^\W*(?:advertisement|sponsored content|this advertisement)"),
}
TWICE_WORDS = 12  # (a line of this many words heard twice on a page is a page or box printed twice)


def _pages(sets: tuple[str, ...], corpora: Path):
    """(set, name, flattened file) of each tuning page of `sets` that has a flattened text."""
    import reading_chaos
    import reading_fundus
    import reading_gn1
    import reading_postlight
    import reading_traf
    import reading_wcxb

    lists = {
        "wcxba": ("flat-wcxb", lambda: [p for p, _, _ in reading_wcxb.page_ids(corpora / "wcxb", "a")]),
        "gn1a": ("flat-gn1", lambda: [p for p, _, _ in reading_gn1.page_ids(corpora / "gn1", "a")]),
        "chaosa": ("flat-chaos", lambda: [p for p, _, _ in reading_chaos.page_ids(
            corpora / "irdata" / "Extraction" / "chaos-all", "a")]),
        "fundusa": ("flat-fundus", lambda: [f.stem for f in sorted((corpora / "flat-fundus").glob("*.txt"))
                                            if reading_fundus.page_half(f.stem) == "a"]),
        "read": ("flat-readability", lambda: [f.stem for f in sorted((corpora / "flat-readability").glob("*.txt"))]),
        "deva": ("flat-traf", lambda: [f.stem for f in sorted((corpora / "flat-traf").glob("*.txt"))
                                       if reading_traf.page_quarter(f.stem) == "deva"]),
        "postlighta": ("flat-postlight", lambda: [f.stem for f in sorted((corpora / "flat-postlight").glob("*.txt"))
                                                  if reading_postlight.page_half(f.stem) == "a"]),
        "aeb07": ("flat-aeb", lambda: [f.stem for f in sorted((corpora / "flat-aeb").glob("*.txt"))
                                       if f.stem[:1] in "01234567"]),
    }
    for s in sets:
        folder, names = lists[s]
        for name in names():
            f = corpora / folder / f"{name}.txt"
            if f.is_file():
                yield s, name, f


def read(text: str) -> dict:
    """One saved text read as the CLI reads it: the title, the authors and each narrated line (role and text);
    a refused page is its error's type."""
    from audioed.read import parse
    from audioed.script import build_script

    try:
        script = build_script(parse(text, fmt="text"))
    except Exception as e:  # noqa: BLE001 - a page that raises is one more outcome to compare, as in html_moves
        return {"error": type(e).__name__}
    return dict(title=script.title, authors=script.authors,
                lines=[[line.role, line.text] for _, line in script.lines()])


def dump(out: Path, sets: tuple[str, ...], corpora: Path) -> int:
    warnings.filterwarnings("ignore")  # (dateutil's time zones: one line a page)
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for s, name, path in _pages(sets, corpora):
            f.write(json.dumps(dict(key=f"{s}/{name}", **read(path.read_text(encoding="utf-8"))),
                               ensure_ascii=False) + "\n")
            n += 1
    return n


def load(path: Path) -> dict[str, dict]:
    return {row["key"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def diff(before: dict, after: dict) -> list[str]:
    """Each moved page: its title if it moved, its authors if they moved, and the narrated lines gone and come."""
    out, moved = [], Counter()
    for key, a in before.items():
        b = after.get(key, {})
        if a == b:
            continue
        moved[key.split("/", 1)[0]] += 1
        out.append(f"== {key}")
        for field in ("title", "authors", "error"):
            if a.get(field) != b.get(field):
                out.append(f"   {field}: {a.get(field)!r} -> {b.get(field)!r}")
        old = [f"{r}| {t}" for r, t in a.get("lines", [])]
        new = [f"{r}| {t}" for r, t in b.get("lines", [])]
        out += [f"   {d[:160]}" for d in difflib.unified_diff(old, new, lineterm="", n=0)
                if not d.startswith(("---", "+++", "@@"))]
    out.append("pages moved: " + (", ".join(f"{s} {n}" for s, n in sorted(moved.items())) or "none")
               + f" of {len(before)}")
    return out


def scan(rows: dict, kind: str | None = None) -> list[str]:
    """Narrated lines of each listener-facing shape (`SHAPES`, and "twice": a long line heard again on its page),
    counted as lines and pages; with `kind`, the lines of that shape."""
    hits: dict[str, list[str]] = {k: [] for k in (*SHAPES, "twice")}
    for key, row in rows.items():
        seen = set()
        for role, text in row.get("lines", []):
            if role in ("intro", "outro"):
                continue
            for k, shape in SHAPES.items():
                if shape.search(text):
                    hits[k].append(f"{key}  {role}| {text[:140]}")
            said = " ".join(re.findall(r"\w+", text.lower()))
            if len(said.split()) >= TWICE_WORDS:
                if said in seen:
                    hits["twice"].append(f"{key}  {role}| {text[:140]}")
                seen.add(said)
    if kind:
        return hits.get(kind, [f"no kind {kind!r}: one of {', '.join(hits)}"])
    return [f"{k}: {len(v)} lines on {len({h.split('  ', 1)[0] for h in v})} pages" for k, v in hits.items()]


RECUR_WORDS = 12  # a line a platform prints is short: a notice, a label, a frame's credit


def recur(rows: dict, least: int = 2) -> list[str]:
    """Short narrated lines heard on `least` pages or more (digits folded: "20 article limit" and "10 ..." are one),
    most pages first, with up to four of the pages. A line a service prints into every page it serves (a wire's
    reprint notice, a paywall's box, a player's error) recurs across publishers; a story's line does not."""
    pages: dict[str, set[str]] = {}
    for key, row in rows.items():
        for role, text in row.get("lines", []):
            said = re.sub(r"\d+", "0", " ".join(text.lower().split()))
            if role not in ("intro", "outro") and len(said.split()) <= RECUR_WORDS:
                pages.setdefault(said, set()).add(key)
    common = sorted(((len(v), k, sorted(v)) for k, v in pages.items() if len(v) >= least), key=lambda x: (-x[0], x[1]))
    return [f"{n:4}  {line}  [{', '.join(keys[:4])}]" for n, line, keys in common]


def _dump_at(path: str) -> dict:
    if not Path(path).is_file():
        sys.exit(f"{path}: no such dump (text_moves.py dump writes one)")
    return load(Path(path))


def main(argv: list[str]) -> None:
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    args = [a for a in argv if not a.startswith("--")]
    if len(args) == 2 and args[0] == "dump":
        sets = tuple(opts.get("sets", ",".join(TUNING)).split(","))
        if unknown := [s for s in sets if s not in TUNING]:
            sys.exit(f"unknown set {unknown[0]!r}: one of {', '.join(TUNING)} (tuning sets only)")
        print(f"{dump(Path(args[1]), sets, Path(opts.get('corpora', '.corpora')))} pages")
    elif len(args) == 3 and args[0] == "diff":
        print("\n".join(diff(_dump_at(args[1]), _dump_at(args[2]))))
    elif len(args) in (2, 3) and args[0] == "scan":
        print("\n".join(scan(_dump_at(args[1]), args[2] if len(args) == 3 else None)))
    elif len(args) == 2 and args[0] == "recur":
        if not opts.get("least", "2").isdigit():
            sys.exit(f"--least={opts['least']}: a number of pages")
        print("\n".join(recur(_dump_at(args[1]), int(opts.get("least", "2")))))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
