"""How much a choice among candidate story runs could gain on traf deva (frun18, session 25): per page,
the run the reader keeps (`story_span`, Kadane plus its rules), Kadane's plain run, and the next-best
disjoint runs (Kadane again with the runs found masked, up to CANDIDATES in all), each labelled by the
"with" / "without" snippets wholly inside it (traf_oracle.occurrences on the raw blocks).

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/run_choice.py TRAF_DIR FLAT_DIR --half=deva [--pages] [--dump=FILE.pkl]

Prints how many pages hold their "with" snippets in a candidate other than the reader's run, and what
an oracle choice among the candidates would move (run-level tp - fp: whole runs heard, no choice
inside). --pages lists deva's pages (never devb's or held's). --dump pickles the candidates' features
and labels for a ranker. Analysis only: nothing here is a reading rule.
"""

from __future__ import annotations

import collections
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_traf import snippet_key, traf_pages  # noqa: E402
from story_watch import watch_story_span  # noqa: E402
from traf_oracle import occurrences  # noqa: E402

from audioed.read import parse, story  # noqa: E402
from audioed.read.text import split_blocks  # noqa: E402

CANDIDATES = 5
MASK = -1e9


def candidates(scores: list[float]) -> list[tuple[int, int]]:
    """Kadane's run, then Kadane again with every run found masked: disjoint runs, best first."""
    s = list(scores)
    out = []
    while len(out) < CANDIDATES:
        span = story._densest(s)
        if span is None:
            break
        out.append(span)
        for i in range(span[0], span[1] + 1):
            s[i] = MASK
    return out


def inside(occ: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(span[0] <= a and b <= span[1] for a, b in occ)


def main(argv: list[str]) -> None:
    opts = {a[2:].partition("=")[0]: a[2:].partition("=")[2] or True for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    half = opts.get("half")
    if len(args) != 2 or half != "deva":
        sys.exit(__doc__)
    show = bool(opts.get("pages"))
    root, flat = Path(args[0]), Path(args[1])
    seen = watch_story_span()
    counts = collections.Counter()
    dump = []
    for name, _url, _html, item in traf_pages(root, half=half):
        src = flat / f"{name}.txt"
        if not src.exists():
            continue
        text = src.read_text(encoding="utf-8")
        seen["span"] = seen["raw"] = None
        try:
            parse(text, fmt="text", source=name, url=None)
        except Exception:
            continue
        raw, run = seen["raw"], seen["span"]
        if raw is None or run is None:
            counts["pages without a run"] += 1
            continue
        keys = [snippet_key(b.text) for b in raw]
        if [b.text for b in raw] != split_blocks(text):
            counts["pages whose raw blocks differ from split_blocks"] += 1
        w_occ = [occurrences(snippet_key(w), keys) for w in item["with"]]
        wo_occ = [occurrences(snippet_key(w), keys) for w in item["without"]]
        scores = story.block_scores(raw)
        cands = candidates(scores)
        if run not in cands:
            cands = [run] + cands
        lab = [(sum(inside(o, c) for o in w_occ), sum(inside(o, c) for o in wo_occ)) for c in cands]
        mine = lab[cands.index(run)]
        best = max(range(len(cands)), key=lambda k: (lab[k][0] - lab[k][1], k == cands.index(run)))
        counts["pages"] += 1
        counts["with snippets found in blocks"] += sum(bool(o) for o in w_occ)
        counts["with inside the reader's run"] += mine[0]
        counts["with inside the best candidate"] += lab[best][0]
        if cands[best] != run:
            # the best candidate overlaps the reader's run only when the run is a rule's reshaping of it
            counts["pages: another candidate holds more story (tp - fp)"] += 1
            counts["  oracle gain, tp"] += lab[best][0] - mine[0]
            counts["  oracle gain, fp"] += lab[best][1] - mine[1]
            if mine[0] == 0:
                counts["  of which the reader's run holds no 'with' snippet"] += 1
            if show:
                print(f"{name}: run {run} {mine} -> {cands[best]} {lab[best]}; cands {list(zip(cands, lab))}")
        dump.append({"name": name, "run": run, "cands": cands, "lab": lab, "raw": [b.text for b in raw],
                     "hints": [b.hint for b in raw], "scores": scores})
    for k, v in counts.items():
        print(f"{v:6d}  {k}")
    if opts.get("dump"):
        Path(opts["dump"]).write_bytes(pickle.dumps(dump))


if __name__ == "__main__":
    main(sys.argv[1:])
