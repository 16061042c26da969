"""A learned final choice among the headline's scored candidates (session 27, fheadrank): can it carry
to sets no rule was tuned on? On `title_replay.py` caches of the five tuning sets (traf deva, Postlight a,
Readability, aeb 0-7, fundus a), each page's candidates are `masthead.headline_scores`'s lines plus the
rules' pick (`headline_above`), each with shape, place and post-score-step features; a conditional logit
(softmax over a page's candidates, L2, Newton steps) is fitted and judged end to end: `headline_above`
is replaced by the model's pick and `build._mark_title` replayed, the title scored as `title_replay.py`
scores it ("one of the page's headlines"). Folds: by publisher over all five sets (5 folds), and
leave-one-set-out. Never give it a figures-only cache (devb, Postlight b, aeb 8-f, fundus b): `frozen`
replays one with weights fixed beforehand, totals only.

    PYTHONHASHSEED=0 python benchmarks/train_headrank.py cv SET=CACHE.pkl ...
    PYTHONHASHSEED=0 python benchmarks/train_headrank.py fit OUT.json SET=CACHE.pkl ...
    PYTHONHASHSEED=0 python benchmarks/train_headrank.py frozen MODEL.json VARIANT CACHE.pkl
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
import sys
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_replay  # noqa: E402
from reading_eval import title_ok  # noqa: E402

from audioed.read import build, byline  # noqa: E402
from audioed.read import masthead as M  # noqa: E402
from audioed.read.metadata import is_date_line  # noqa: E402

STEPS = ["is_rule_pick", "is_climbed", "is_far", "not_scored"]  # what the post-score steps say
FEATURES = ["rel_score", "log_score", "is_best", "log_rank", "above_run", "log_to_run", "in_run",
            "above_best", "below_best", "log_to_best", "log_words", "short4", "long15", "ends_stop",
            "ends_qx", "colon", "credit_straight_under", "credit_under", "by_under", "credit_over",
            "in_list", "menu_to_run", "printed2", "printed3", "caption", "prose_under", "head_over",
            "head_under", "byline_kind", "nearest_run", "topmost"] + STEPS


def features(raw, kinds, span) -> tuple[list[int], np.ndarray, int | None]:
    """(candidate blocks, their feature rows, the rules' pick) of one page as `headline_above` sees it."""
    rule = M.headline_above(raw, kinds, span)
    scored = M.headline_scores(raw, kinds, span)
    score = {i: s for s, i in scored}
    cands = sorted(set(score) | ({rule} if rule is not None else set()))
    if not cands:
        return [], np.zeros((0, len(FEATURES))), rule
    climbed = M._headline_above(raw, kinds, span) if scored else None
    far = M._far_masthead(raw, kinds, span)
    top = max(score.values()) if score else 1.0
    best = M.best_line(scored)[1] if scored else rule
    order = {i: r for r, (_, i) in enumerate(sorted(scored, key=lambda x: (-x[0], x[1])))}
    printed = M.printed_lines(raw)
    s0 = span[0]
    above = [i for i in score if i < s0]
    rows = []
    for i in cands:
        t = " ".join(raw[i].text.split())
        n = M._size(t)
        s = score.get(i, 0.0)
        f = dict(
            rel_score=s / top if top else 0.0, log_score=math.log1p(s), is_best=float(i == best),
            log_rank=math.log1p(order.get(i, len(order))), above_run=float(i < s0),
            log_to_run=math.log1p(max(0, s0 - i)), in_run=float(i >= s0),
            above_best=float(i < best), below_best=float(i > best), log_to_best=math.log1p(abs(i - best)),
            log_words=math.log1p(n), short4=float(n <= 4), long15=float(n >= 15),
            ends_stop=float(bool(re.search(r"\.[\"”’']?$", t))), ends_qx=float(bool(re.search(r"[?!][\"”’']?$", t))),
            colon=float(":" in t[:-1]),
            credit_straight_under=float(M._credit_straight_under(raw, i) is not None),
            credit_under=float(M._credit_under(raw, i) is not None),
            by_under=float(M._by_under(raw, i, span) is not None),
            credit_over=float(i > 0 and bool(is_date_line(raw[i - 1].text) or byline.by_line(raw[i - 1].text))),
            in_list=float(M._in_list(raw, i)),
            menu_to_run=float(i < s0 and M._list_between(raw, i, s0, least=3)),
            printed2=float(printed[M._key(raw[i].text)] >= 2), printed3=float(printed[M._key(raw[i].text)] >= 3),
            caption=float(n >= 10 and M._caption_shaped(raw, kinds, i)),
            prose_under=float(i + 1 < len(raw) and M.prose_block(raw[i + 1].text)),
            head_over=float(i > 0 and M.headline_like(raw[i - 1].text)),
            head_under=float(i + 1 < len(raw) and M.headline_like(raw[i + 1].text)),
            byline_kind=float(kinds[i] == "byline"),
            nearest_run=float(bool(above) and i == max(above)), topmost=float(bool(score) and i == min(score)),
            is_rule_pick=float(i == rule), is_climbed=float(i == climbed), is_far=float(i == far),
            not_scored=float(i not in score))
        rows.append([f[k] for k in FEATURES])
    return cands, np.array(rows), rule


def publisher(set_name: str, name: str) -> str:
    """The group a page's fold follows: its publisher where the name tells it."""
    if set_name == "deva":
        return "deva:" + name.rsplit(".", 1)[0]
    if set_name == "rd":
        return "rd:" + re.sub(r"-\d+$", "", name)
    if set_name == "fa":
        return "fa:" + re.sub(r"_\d{4}_\d{2}_\d{2}$", "", name)
    return f"{set_name}:{name}"  # Postlight's names are hosts; aeb's one page each


def load(specs: list[str], figures_only: bool = False) -> list[dict]:
    """The pages of SET=CACHE.pkl caches with their candidates; a figures-only cache (`reading_replay.HELD_OUT`)
    only when `figures_only` (`frozen`), never to fit or fold on."""
    pages = []
    for spec in specs:
        set_name, sep, path = spec.partition("=")
        if not sep or not Path(path).is_file():
            sys.exit(f"{spec}: want SET=CACHE.pkl, a cache `title_replay.py` recorded")
        cached, half = reading_replay.load(Path(path))
        if half in reading_replay.HELD_OUT and not figures_only:
            sys.exit(f"{path}: {half} is figures only: never fit or folded on (`frozen` replays it as totals)")
        for name, p in cached.items():
            raw, kinds, meta, span = copy.deepcopy(p["args"])
            row = dict(set=set_name, name=name, group=publisher(set_name, name), p=p, cands=[], X=None, y=None)
            if span and not meta.title:
                cands, X, _ = features(raw, kinds, span)
                y = np.array([any(title_ok(raw[i].text, h)[1] for h in p["heads"]) for i in cands], dtype=float)
                row.update(cands=cands, X=X, y=y)
            pages.append(row)
    return pages


def two(p: dict) -> np.ndarray:
    """The rows of the best-scoring line and the rules' pick (the "best or rules" variants choose between them)."""
    return (p["X"][:, FEATURES.index("is_best")] + p["X"][:, FEATURES.index("is_rule_pick")]) > 0


def fit(pages: list[dict], cols: list[int], C: float, pair: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A conditional logit over pages with a right candidate: (weights, means, scales) on columns `cols`."""
    rows = [(p["X"][two(p)] if pair else p["X"], p["y"][two(p)] if pair else p["y"])
            for p in pages if p["X"] is not None and len(p["cands"]) > 1]
    rows = [(X, y) for X, y in rows if len(y) > 1 and y.any() and not y.all()]
    allX = np.vstack([X[:, cols] for X, _ in rows])
    mu, sd = allX.mean(0), allX.std(0) + 1e-6
    Xs = [(X[:, cols] - mu) / sd for X, _ in rows]
    Ys = [y / y.sum() for _, y in rows]
    w = np.zeros(len(cols))
    lam = 1.0 / C
    for _ in range(30):
        g, H = lam * w, lam * np.eye(len(cols))
        for X, y in zip(Xs, Ys):
            z = X @ w
            q = np.exp(z - z.max())
            q /= q.sum()
            m = q @ X
            g -= (y @ X - m)
            H += (X * q[:, None]).T @ X - np.outer(m, m)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w, mu, sd


def choose(p: dict, model, cols: list[int], margin: float, pair: bool = False) -> int | None:
    """The model's pick on a page: its best candidate, or the rules' pick unless the best beats it by `margin`."""
    if not p["cands"]:
        return None
    w, mu, sd = model
    z = ((p["X"][:, cols] - mu) / sd) @ w
    if pair:
        z = np.where(two(p), z, -np.inf)
    k = int(np.argmax(z))
    rule = [j for j, i in enumerate(p["cands"]) if p["X"][j, FEATURES.index("is_rule_pick")]]
    if rule and z[k] - z[rule[0]] < margin:
        k = rule[0]
    return p["cands"][k]


_SEEN: dict = {}


def replay_ok(p: dict, pick: int | None, use_model: bool) -> bool | None:
    """Is the episode title one of the page's headlines when `headline_above` returns `pick`?"""
    key = (id(p), pick, use_model)
    if key not in _SEEN:
        _SEEN[key] = _replay_ok(p, pick, use_model)
    return _SEEN[key]


def _replay_ok(p: dict, pick: int | None, use_model: bool) -> bool | None:
    heads = p["p"]["heads"]
    if not heads:
        return None
    raw, kinds, meta, span = copy.deepcopy(p["p"]["args"])
    real = M.headline_above
    if use_model:
        M.headline_above = lambda *a, **k: pick
    try:
        got = build._mark_title(raw, kinds, meta, span) or "(none)"
    finally:
        M.headline_above = real
    return any(title_ok(got, h)[1] for h in heads)


ALL = [FEATURES.index(f) for f in FEATURES]
SMALL = [FEATURES.index(f) for f in ("rel_score", "is_rule_pick", "is_climbed", "credit_straight_under", "log_to_run",
                                     "short4", "menu_to_run", "nearest_run", "above_best", "log_to_best")]
VARIANTS = {  # name: (columns, C, margin[, best-or-rules only])
    "best or rules": (ALL, 1.0, 0.0, True),
    "best or rules C0.1": (ALL, 0.1, 0.0, True),
    "all": ([FEATURES.index(f) for f in FEATURES], 1.0, 0.0),
    "all C0.1": ([FEATURES.index(f) for f in FEATURES], 0.1, 0.0),
    "all margin1": ([FEATURES.index(f) for f in FEATURES], 1.0, 1.0),
    "all margin2": ([FEATURES.index(f) for f in FEATURES], 1.0, 2.0),
    "no steps": ([FEATURES.index(f) for f in FEATURES if f not in STEPS], 1.0, 0.0),
    "no steps C0.1": ([FEATURES.index(f) for f in FEATURES if f not in STEPS], 0.1, 0.0),
    "all C0.01": (ALL, 0.01, 0.0),
    "small": (SMALL, 1.0, 0.0),
    "small C0.1": (SMALL, 0.1, 0.0),
}


def fixed_picks(pages: list[dict]) -> dict[str, dict[int, int | None]]:
    """Two references with no learning: the best-scoring line (no post-score step), and an oracle taking a
    right candidate whenever there is one (the ceiling of any choice among these candidates)."""
    best, oracle = {}, {}
    rb = FEATURES.index("is_best")
    rp = FEATURES.index("is_rule_pick")
    for p in pages:
        if not p["cands"]:
            continue
        best[id(p)] = next((i for j, i in enumerate(p["cands"]) if p["X"][j, rb]), None)
        right = [i for j, i in enumerate(p["cands"]) if p["y"][j]]
        rule = next((i for j, i in enumerate(p["cands"]) if p["X"][j, rp]), None)
        oracle[id(p)] = rule if rule in right or not right else right[0]
    return {"best score (no steps)": best, "oracle among candidates": oracle}


def table(pages: list[dict], picks: dict[str, dict[int, int | None]]) -> None:
    sets = list(dict.fromkeys(p["set"] for p in pages))
    base = {id(p): replay_ok(p, None, False) for p in pages}
    print(f"{'variant':24s} " + " ".join(f"{s:>12s}" for s in sets) + "   total (up/down)")
    cells, tot = [], 0
    for s in sets:
        sel = [p for p in pages if p["set"] == s and base[id(p)] is not None]
        cells.append(f"{sum(base[id(p)] for p in sel):5d}/{len(sel):<6d}")
        tot += sum(base[id(p)] for p in sel)
    print(f"{'rules (main)':24s} " + " ".join(cells) + f"   {tot}")
    for v, pk in picks.items():
        cells, tot, up, down = [], 0, 0, 0
        for s in sets:
            sel = [p for p in pages if p["set"] == s and base[id(p)] is not None]
            ok = [replay_ok(p, pk[id(p)], True) if p["cands"] else base[id(p)] for p in sel]
            u = sum(1 for p, o in zip(sel, ok) if o and not base[id(p)])
            d = sum(1 for p, o in zip(sel, ok) if base[id(p)] and not o)
            cells.append(f"{sum(ok):4d} +{u}-{d}".rjust(12))
            tot, up, down = tot + sum(ok), up + u, down + d
        print(f"{v:24s} " + " ".join(cells) + f"   {tot} (+{up}/-{down})", flush=True)


def fold_schemes(pages: list[dict]) -> dict[str, Callable[[dict], int]]:
    """The two ways pages are held out: five folds by publisher (a hash of the group), and one set at a time."""
    sets = list(dict.fromkeys(p["set"] for p in pages))
    fold = {g: hashlib.sha256(g.encode()).digest()[0] % 5 for g in sorted({p["group"] for p in pages})}
    return {"5 folds by publisher": lambda p: fold[p["group"]], "leave one set out": lambda p: sets.index(p["set"])}


def out_of_fold(pages: list[dict], label: str, part: Callable[[dict], int], variants: dict) -> None:
    """Each variant (columns, C, margin[, best-or-rules only]) fitted without a part and judged on it, as a table."""
    print(f"== {label}")
    picks = {}
    for v, (cols, C, margin, *pair) in variants.items():
        pk = {}
        for k in sorted({part(p) for p in pages}):
            model = fit([p for p in pages if part(p) != k], cols, C, bool(pair))
            for p in pages:
                if part(p) == k:
                    pk[id(p)] = choose(p, model, cols, margin, bool(pair))
        picks[v] = pk
    table(pages, picks)


def cv(specs: list[str]) -> None:
    pages = load(specs)
    print("== references")
    table(pages, fixed_picks(pages))
    for label, part in fold_schemes(pages).items():
        out_of_fold(pages, label, part, VARIANTS)
    print("== in sample (all five sets)")
    table(pages, {v: {id(p): choose(p, m, cols, margin, bool(pair)) for p in pages}
                  for v, (cols, C, margin, *pair) in VARIANTS.items() for m in [fit(pages, cols, C, bool(pair))]})


def fit_out(out: Path, specs: list[str]) -> None:
    pages = load(specs)
    res = {}
    for v, (cols, C, margin, *pair) in VARIANTS.items():
        w, mu, sd = fit(pages, cols, C, bool(pair))
        res[v] = dict(features=[FEATURES[c] for c in cols], weights=list(w), means=list(mu), scales=list(sd),
                      margin=margin, pair=bool(pair))
        print(v)
        for f, x in sorted(zip(res[v]["features"], w), key=lambda t: -abs(t[1])):
            print(f"   {f:24s} {x:+.3f}")
    out.write_text(json.dumps(res, indent=1))


def frozen(model_file: Path, variant: str, cache: Path) -> None:
    """One figures-only cache replayed with weights fixed beforehand: totals and counts moved only."""
    if not model_file.is_file():
        sys.exit(f"{model_file}: no model (`fit` writes one)")
    models = json.loads(model_file.read_text())
    if variant not in models:
        sys.exit(f"{variant}: not in {model_file} ({', '.join(models)})")
    m = models[variant]
    cols = [FEATURES.index(f) for f in m["features"]]
    model = (np.array(m["weights"]), np.array(m["means"]), np.array(m["scales"]))
    pages = load([f"x={cache}"], figures_only=True)
    base = [replay_ok(p, None, False) for p in pages]
    new = [replay_ok(p, choose(p, model, cols, m["margin"], m["pair"]), True) if p["cands"] else b for p, b in zip(pages, base)]
    sel = [(b, n) for b, n in zip(base, new) if b is not None]
    print(f"{cache.name} {variant}: rules {sum(b for b, _ in sel)}/{len(sel)} -> model {sum(n for _, n in sel)}/{len(sel)}"
          f" (up {sum(1 for b, n in sel if n and not b)}, down {sum(1 for b, n in sel if b and not n)})")


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["cv"] and len(a) > 1:
        cv(a[1:])
    elif a[:1] == ["fit"] and len(a) > 2:
        fit_out(Path(a[1]), a[2:])
    elif a[:1] == ["frozen"] and len(a) == 4:
        frozen(Path(a[1]), a[2], Path(a[3]))
    else:
        sys.exit(__doc__)
