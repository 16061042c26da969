"""Train the story-start model (audioed/read/storystart.py) and choose it by cross-validation over pages.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storystart.py extract CACHE.pkl   # reads the tuning pages
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storystart.py ceiling CACHE.pkl   # what a start can do
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storystart.py cv CACHE.pkl        # group 5-fold, variants
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storystart.py fit CACHE.pkl C THRESHOLD [DROP_BELOW]

(CACHE.pkl outside the checkout: it holds the pages' text. Shipped (storystart.json, session 22):
`fit CACHE.pkl 0.1 0.8 0.1`; session 30's `TRAIN=traf,readability,aeb,fundus,postlight,wcxbw fit CACHE.pkl 0.1 0.7 0.1`
was tried and not shipped (docs/reading.md, fml30).)

The cache is train_storyend's (each page as the rules leave it, both models switched off: the start model
runs just before the end's), with short blocks' labels added. Pages: trafilatura deva, Readability
flattened, aeb ids 0-7, and since session 27 fundus half a and Postlight half a (its truth is the content's
first words: that block is the story's, the blocks above it furniture, the rest unlabelled), since session
30 WCXB half a ("wcxb" by snippets; "wcxbw" by main-content words, with SOURCES=wcxbw); never devb,
Postlight b, aeb 8-f, fundus b or held. Folds and TRAIN= as train_storyend's (by publisher). A candidate block's label: the story's
when it holds more "with" than "without" snippets (traf) or half its word 4-grams are in the expected
text (4+ words; Readability, aeb), furniture when it holds "without" snippets only, is a block of 4+ words
not in the expected text or a block of 1-3 words whose words are not in it; else left out. Two models are
fitted, "up" on the blocks above the first narrated one, "down" on the first narrated ones.
"""

from __future__ import annotations

import collections
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import toks  # noqa: E402
from traf_oracle import covered  # noqa: E402
from train_storyend import train as _train  # noqa: E402
import train_storyend  # noqa: E402

from audioed.read import storystart  # noqa: E402
from audioed.read.story import BODY  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audioed" / "read" / "storystart.json"
USE = list(storystart.FEATURES)


def extract(cache: Path) -> None:
    """train_storyend's cache, each Readability / aeb page also with its short blocks (1-3 words) found or
    not in the expected text: one not found is furniture (a date line, a counter)."""
    real = train_storyend.expected_page

    def with_short(src, name, text, body, **kw):
        page = real(src, name, text, body, **kw)
        tok = kw.get("tok", toks)
        if page and page["state"]:
            want = " " + " ".join(tok(" ".join(list(body) + list(kw.get("aside", ()))))) + " "
            texts = [rb.text for rb in page["state"][0]]
            page["short"] = {k: (" " + " ".join(tok(t)) + " ") in want
                             for k, t in enumerate(texts) if 0 < len(tok(t)) < 4}
        return page
    train_storyend.expected_page = with_short
    start = storystart.mark_story_start
    storystart.mark_story_start = lambda *a, **k: None  # (the pages as the rules leave them, no start model)
    try:
        train_storyend.extract(cache, postlight=True)
    finally:
        train_storyend.expected_page = real
        storystart.mark_story_start = start


def story_labels(p: dict) -> dict[int, bool | None]:
    if "w_occ" in p:  # (traf, WCXB: snippets)
        w_in = collections.Counter(k for occ in p["w_occ"] for k in covered(occ))
        wo_in = collections.Counter(k for occ in p["wo_occ"] for k in covered(occ))
        return {k: (True if w_in[k] > wo_in[k] else False if wo_in[k] else None) for k in range(p["n"])}
    lab = dict(enumerate(p["story"]))
    # (a short block found in the expected text may be chance, "Share" in any article: only "not found" counts)
    lab.update({k: False for k, found in p.get("short", {}).items() if not found})
    return lab


def load(cache: Path) -> list[dict]:
    pages = pickle.loads(cache.read_bytes())
    for p in pages:
        p["cands"] = storystart.candidates(*p["state"]) if p["state"] else []
        p["lab"] = story_labels(p)
    return pages


def matrix(pages, part=None):
    """Candidates with a label (`part`: "up" the blocks above the first narrated one, "down" the narrated)."""
    X, y, g = [], [], []
    for n, p in enumerate(pages):
        if train_storyend.TRAIN and p["src"] not in train_storyend.TRAIN:
            continue
        for i, f in p["cands"]:
            lab = p["lab"].get(i)
            if lab is None or (part == "up" and f["narrated"]) or (part == "down" and not f["narrated"]):
                continue
            X.append([f[k] for k in USE])
            y.append(float(lab))
            g.append(n)
    return np.array(X, float), np.array(y, float), np.array(g)


def train(X, y, C, pw=1.0):
    return _train(X, y, C, pw, names=USE)


def decide(p: dict, model: dict) -> tuple[list[int], list[int]]:
    if not p["state"]:
        return [], []
    return storystart.decide(p["state"][0], p["state"][1], p["cands"], model)


def page_effect(p: dict, add: list[int], drop: list[int]) -> tuple[int, int]:
    """traf: (tp change, fp change); others: (story words gained, other words gained), negatives = lost."""
    if not add and not drop:
        return (0, 0)
    new = (p["chosen"] | set(add)) - set(drop)
    if "w_occ" in p:
        def n(occs, chosen):
            return sum(any(all(k in chosen for k in range(a, b + 1)) for a, b in occ) for occ in occs)
        return (n(p["w_occ"], new) - n(p["w_occ"], p["chosen"]), n(p["wo_occ"], new) - n(p["wo_occ"], p["chosen"]))
    lab = p["lab"]
    st = sum(p["words"][k] for k in new if lab.get(k)) - sum(p["words"][k] for k in p["chosen"] if lab.get(k))
    ot = sum(p["words"][k] for k in new if lab.get(k) is False) - \
        sum(p["words"][k] for k in p["chosen"] if lab.get(k) is False)
    return (st, ot)


def effects(pages, model_of) -> str:
    tot = collections.defaultdict(lambda: [0, 0, 0, 0])
    for n, p in enumerate(pages):
        add, drop = decide(p, model_of(n))
        a, b = page_effect(p, add, drop)
        t = tot[p["src"]]
        t[0] += a
        t[1] += b
        t[2] += bool(add)
        t[3] += bool(drop)
    return " | ".join(f"{s} story {v[0]:+d} other {v[1]:+d} (pages up {v[2]} down {v[3]})"
                      for s, v in sorted(tot.items()))


def ceiling(cache: Path) -> None:
    """Best move per page among the candidates (up to a block, down past leading blocks), never worse."""
    pages = load(cache)
    tot = collections.defaultdict(lambda: [0, 0])
    for p in pages:
        heard = [i for i, k in enumerate(p["state"][1]) if k in BODY] if p["state"] else []
        if not heard:
            continue
        ups = sorted((i for i, _ in p["cands"] if i < heard[0]), reverse=True)
        best = (0, 0)
        for u in range(len(ups) + 1):
            for d in range(min(storystart.DOWN, len(heard) - 1) + 1):
                a, b = page_effect(p, ups[:u], heard[:d])
                if a >= 0 and b <= 0 and (a - b) > (best[0] - best[1]):
                    best = (a, b)
        tot[p["src"]][0] += best[0]
        tot[p["src"]][1] += best[1]
    _, y, _ = matrix(pages)
    print(f"candidates labelled {len(y)}, story {int(y.sum())}")
    print("ceiling: " + " | ".join(f"{s} story {v[0]:+d} other {v[1]:+d}" for s, v in sorted(tot.items())))


VARIANTS = [(0.1, 1.0), (1.0, 1.0), (0.03, 1.0)]


def fit_parts(pages, C, pw=1.0) -> dict:
    return {part: train(*matrix(pages, part)[:2], C, pw) for part in ("up", "down")}


def cv(cache: Path) -> None:
    pages = load(cache)
    fold = train_storyend.folds(pages)
    for C, pw in VARIANTS:
        models = [fit_parts([p for p, f in zip(pages, fold) if f != k], C, pw) for k in range(5)]
        for th in (0.5, 0.6, 0.7, 0.8, 0.9):
            for db in (None, 0.05, 0.1, 0.2):
                print(f"C {C} th {th} drop {db}: " + effects(
                    pages, lambda n: dict(models[fold[n]], threshold=th, drop_below=db)), flush=True)


def shipped(cache: Path) -> None:
    """The shipped weights (storystart.json) on the cached candidates, no fold (in-sample for the pages they
    were trained on); compare with `cv`'s out-of-fold lines."""
    pages = load(cache)
    model = json.loads(OUT.read_text(encoding="utf-8"))
    for part in ("up", "down"):
        _, y, _ = matrix(pages, part)
        print(f"{part}: candidates labelled {len(y)}, story {int(y.sum())}")
    print("shipped: " + effects(pages, lambda n: model))


def fit(cache: Path, C: float, th: float, db: float | None) -> None:
    pages = load(cache)
    model = fit_parts(pages, C)
    model["threshold"] = th
    model["drop_below"] = db
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print("in-sample: " + effects(pages, lambda n: model))
    for part in ("up", "down"):
        print(part + ": " + ", ".join(f"{k} {w:+.2f}" for k, w in
                                      sorted(model[part]["weights"].items(), key=lambda kv: -abs(kv[1]))))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 2 else ""
    if cmd == "extract":
        extract(Path(sys.argv[2]))
    elif cmd == "ceiling":
        ceiling(Path(sys.argv[2]))
    elif cmd == "cv":
        cv(Path(sys.argv[2]))
    elif cmd == "shipped":
        shipped(Path(sys.argv[2]))
    elif cmd == "fit" and len(sys.argv) > 4:
        fit(Path(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]),
            float(sys.argv[5]) if len(sys.argv) > 5 else None)
    else:
        sys.exit(__doc__)
