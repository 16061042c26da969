"""Why the episode title misses one of the page's headlines, on a `title_replay.py` cache (session 23,
fhead19): for each page whose pick is none of its headlines, the nearest line over the story's run that
matches one, and the first reason `masthead.headline_scores` does not score it ("candidate, outscored"
when it does: a ranking miss). Held-out caches (devb, Postlight b, aeb 8-f) print totals only.
`--where` (session 26, fhead24) adds, for the ranking misses, where the right line stands against the pick
and the run, and whether it was the best-scoring line that a later step of `headline_above` moved away
from; and, over every page with a scored candidate, whether the pick is the best-scoring line.

    PYTHONHASHSEED=0 python benchmarks/title_causes.py CACHE.pkl [--names] [--show] [--where] [--title] [NAME_PART ...]
"""
import copy
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_replay  # noqa: E402
from reading_eval import title_ok  # noqa: E402

from audioed.read import build  # noqa: E402
from audioed.read import masthead as M  # noqa: E402
from audioed.read.metadata import is_date_line  # noqa: E402
from audioed.read.story import BODY  # noqa: E402

if len(sys.argv) < 2 or sys.argv[1].startswith("--"):
    sys.exit("usage: title_causes.py CACHE.pkl [--names] [--show] [--where] [--title] [NAME_PART ...]")
if not Path(sys.argv[1]).is_file():
    sys.exit(f"{sys.argv[1]}: no such cache (benchmarks/title_replay.py writes one)")
pages, half = reading_replay.load(Path(sys.argv[1]))
held = half in reading_replay.HELD_OUT
show = "--show" in sys.argv and not held
names = "--names" in sys.argv and not held
only = [] if held else [o for o in sys.argv[2:] if not o.startswith("--")]
by_title = "--title" in sys.argv


def reason(raw, kinds, span, w, scored) -> str:
    """The first reason line w is no scored candidate (or "candidate, outscored")."""
    t = " ".join(raw[w].text.split())
    checks = [
        (w in scored, "candidate, outscored"),
        (w < span[0] - M.FAR_REACH, "beyond FAR_REACH"),
        (w < span[0] - M.HEADLINE_REACH and M._credit_straight_under(raw, w) is None, "40-60 over, no credit"),
        (w > span[0], "inside/below the run's opening"),
        (kinds[w] not in BODY + ("byline",), f"kind {kinds[w]}"),
        (M.byline_shaped(t), "byline shape"),
        (is_date_line(t), "date line"),
        (M._section_pair(t), "section pair"),
        (M.headline_like(t), "shares no word"),
        (M.headline_like(t, least=1), "one or two words"),
        (t.endswith(".") and M.headline_like(t[:-1]), "full stop at its end"),
        (len(t.split()) > 25, "over 25 words"),
        (t[:1].islower(), "opens lower-case"),
        (bool(re.search(r"[,;:]$", t)), "ends , ; :"),
    ]
    return next((why for hit, why in checks if hit), "not headline-shaped: other")


def classify(p: dict) -> tuple[str, str, list[int]] | None:
    """(cause, the pick, the lines matching a headline) for a page whose pick misses; None if it hits."""
    raw, kinds, meta, span = copy.deepcopy(p["args"])
    got = build._mark_title(raw, kinds, meta, span) or "(none)"
    heads = p["heads"]
    if by_title:  # the wanted title alone (the benchmark's "title" figure); "any ok" when the pick is another headline
        if not p["want"] or title_ok(got, p["want"])[1]:
            return None
        other = "any ok / " if any(title_ok(got, h)[1] for h in heads) else "wrong / "
        heads = [p["want"]]
    elif not heads or any(title_ok(got, h)[1] for h in heads):
        return None
    else:
        other = ""
    found = _classify(p, heads, got)
    return (other + found[0],) + found[1:]


def _classify(p: dict, heads: list[str], got: str) -> tuple[str, str, list[int]]:
    raw, kinds, meta, span = copy.deepcopy(p["args"])
    if meta.title or not span or span[0] == 0:
        return "declared title / no run / run at top", got, []
    hs = [i for i, rb in enumerate(raw) if any(title_ok(rb.text, h)[1] for h in heads)]
    if not hs:
        joined = [i for i in range(len(raw) - 1)
                  if any(title_ok(raw[i].text + " " + raw[i + 1].text, h)[1] for h in heads)]
        return ("split over two lines" if joined else "no line is a headline"), got, joined
    above = [w for w in hs if w <= span[0]]  # the nearest matching line over the run decides
    scored = {i for _, i in M.headline_scores(raw, kinds, span)}
    return reason(raw, kinds, span, max(above) if above else min(hs), scored), got, hs


def show_lines(p: dict, hs: list[int]) -> None:
    raw, kinds, _, span = copy.deepcopy(p["args"])
    sc = {i: s for s, i in M.headline_scores(raw, kinds, span)}
    near = set(range(max(0, hs[0] - 5), min(len(raw), hs[0] + 6))) | set(range(max(0, span[0] - 2), span[0] + 2))
    for j in sorted(k for k in near if k < len(raw)):
        mark = ("W" if j in hs else " ") + ("S" if j == span[0] else " ")
        s = f"{sc[j]:6.2f}" if j in sc else "      "
        print(f"{mark} {j:4d} {kinds[j][:9]:9s} {s} | {' '.join(raw[j].text.split())[:110]}")


counts: Counter = Counter()
for name, p in pages.items():
    if only and not any(o in name for o in only):
        continue
    found = classify(p)
    if found is None:
        continue
    why, got, hs = found
    counts[why] += 1
    if names or show:
        print("=" * 90)
        want = p["want"] if by_title else p["heads"][0]  # (--title: a page may have a title and no headline)
        print(f"[{why}] {name} | want: {want[:80]!r} | got: {got[:80]!r} | at {hs}")
    if show and hs and p["args"][3]:
        show_lines(p, hs)
for why, n in counts.most_common():
    print(f"{n:4d}  {why}")
print("total", sum(counts.values()))


def where(p: dict) -> list[str] | None:
    """Classes of one page against its best-scoring line: ["pick = best" | "best right, pick wrong" | ...],
    and for a ranking miss the right line's place against the pick and the run; None without candidates."""
    raw, kinds, meta, span = copy.deepcopy(p["args"])
    got = build._mark_title(raw, kinds, meta, span) or "(none)"
    pick = next((i for i, k in enumerate(kinds) if k == "title"), None)
    raw, kinds, meta, span = copy.deepcopy(p["args"])
    if meta.title or not span or span[0] == 0 or not p["heads"] or pick is None:
        return None
    scored = M.headline_scores(raw, kinds, span)
    if not scored:
        return None
    best = M.best_line(scored)[1]
    ok = lambda i: any(title_ok(raw[i].text, h)[1] for h in p["heads"])  # noqa: E731
    out = ["pick = best" if pick == best else f"best {'right' if ok(best) else 'wrong'}, pick {'right' if ok(pick) else 'wrong'}"]
    right = [i for _, i in scored if ok(i)]
    if right and not ok(pick):
        w = min(right, key=lambda i: abs(i - pick))
        d = w - pick
        out.append("right line " + ("straight above" if d == -1 else "2-6 above" if -6 <= d < 0 else "over 6 above"
                                    if d < 0 else "straight below" if d == 1 else "2-6 below" if d <= 6 else "over 6 below")
                   + " the pick")
        out.append("pick " + ("at or in the run" if pick >= span[0] else "1-3 over the run" if span[0] - pick <= 3
                              else "4-8 over the run" if span[0] - pick <= 8 else "over 8 over the run"))
        out.append("right line " + ("1-3 over the run" if span[0] - w <= 3 else "4-8 over the run"
                                    if span[0] - w <= 8 else "over 8 over the run"))
        out.append("a menu (3 labels) between the two" if M._list_between(raw, min(w, pick), max(w, pick), least=3)
                   else "no menu between the two")
    return out


if "--where" in sys.argv:
    wc: Counter = Counter()
    for name, p in pages.items():
        if only and not any(o in name for o in only):
            continue
        found = where(p)
        for c in found or []:
            wc[c] += 1
        if names and found and len(found) > 1:
            print(f"  {name[:50]}: {'; '.join(found)}")
    print("-- where (pages with a scored candidate; ranking misses only for the right line's place):")
    for c, n in sorted(wc.items()):
        print(f"{n:4d}  {c}")
