"""Train the story-end model (audioed/read/storyend.py) and choose it by cross-validation over pages.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py extract CACHE.pkl   # reads the tuning pages
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py cv CACHE.pkl        # group 5-fold, variants
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py fit CACHE.pkl C THRESHOLD  # writes the JSON
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py shipped CACHE.pkl   # the JSON as it is, same counts

(CACHE.pkl outside the checkout: it holds the pages' text. Kept: `fit CACHE.pkl 0.1 0.7`.)
Neighbours: WINDOW=N and KEEP=N set the model's window for `cv` / `shipped` / `fit`; DROP=a,b leaves
features out of the trained model.

Training pages (looked-at sets only): trafilatura deva (labels: the blocks holding "with" / "without"
snippets, matched as benchmarks/traf_oracle.py matches them), Readability's flattened pages and aeb ids
0-7 (labels: a block of 4+ words is the story's when half its word 4-grams are in the expected text).
A candidate (a narrated block near the run's end) is "over" (1) when no story block is narrated from
it down and a furniture block is, "not over" (0) when a story block is narrated from it down; else it
is left out. Never devb, Postlight b, aeb 8-f or held.
"""

from __future__ import annotations

import collections
import json
import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import BODY_ROLES, expected_body, grams, toks  # noqa: E402
from reading_traf import snippet_key, traf_pages  # noqa: E402
from traf_oracle import covered, occurrences  # noqa: E402

from audioed.read import parse, storyend  # noqa: E402
from audioed.script import build_script  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audioed" / "read" / "storyend.json"


def read_page(text: str, name: str):
    """(raw block texts, the blocks, kinds and run the model would see, narrated block indexes) as the
    reader reads the flattened text, the model switched off."""
    seen = {}

    def spy(raw, kinds, span, scores=None):
        seen["raw"] = [rb.text for rb in raw]
        seen["state"] = (list(raw), list(kinds), span)
    real = storyend.mark_story_end
    storyend.mark_story_end = spy
    try:
        article = parse(text, fmt="text", source=name, url=None)
        script = build_script(article)
    finally:
        storyend.mark_story_end = real
    chosen = {ln.paragraph for _, ln in script.lines() if ln.role in BODY_ROLES and ln.paragraph is not None}
    return seen.get("raw", []), seen.get("state"), chosen


def extract(cache: Path) -> None:
    pages = []
    corp = ROOT / ".corpora"
    for name, _url, _html, item in traf_pages(corp / "traf", half="deva"):
        src = corp / "flat-traf" / f"{name}.txt"
        if not src.exists():
            continue
        try:
            raw, state, chosen = read_page(src.read_text(encoding="utf-8"), name)
        except Exception as e:  # (a page the reader refuses, as the benchmark counts it: not a candidate)
            print(f"skipped {name}: {e}", file=sys.stderr)
            continue
        keys = [snippet_key(b) for b in raw]
        w_occ = [occurrences(snippet_key(w), keys) for w in item["with"]]
        wo_occ = [occurrences(snippet_key(w), keys) for w in item["without"]]
        pages.append(dict(src="traf", name=name, state=state, chosen=chosen, w_occ=w_occ, wo_occ=wo_occ,
                          n=len(raw)))
    rd = corp / "readability" / "test" / "test-pages"
    for folder in sorted(rd.iterdir()):
        src = corp / "flat-readability" / f"{folder.name}.txt"
        if not src.exists():
            continue
        body = expected_body((folder / "expected.html").read_text(encoding="utf-8"))
        pages.append(expected_page("readability", folder.name, src.read_text(encoding="utf-8"), body))
    from reading_aeb import aeb_pages
    for pid, _url, _html, body in aeb_pages(corp / "aeb", "0-7"):
        src = corp / "flat-aeb" / f"{pid}.txt"
        if src.exists():
            pages.append(expected_page("aeb", pid, src.read_text(encoding="utf-8"), body))
    pages = [p for p in pages if p]
    cache.write_bytes(pickle.dumps(pages))
    print(collections.Counter(p["src"] for p in pages))


def expected_page(src: str, name: str, text: str, body: list[str]) -> dict | None:
    try:
        raw, state, chosen = read_page(text, name)
    except Exception as e:  # (a page the reader refuses: not a candidate)
        print(f"skipped {name}: {e}", file=sys.stderr)
        return None
    want = grams(toks(" ".join(body)))
    story, nwords = [], []
    for t in raw:
        g = grams(toks(t))
        nwords.append(len(toks(t)))
        story.append(None if len(toks(t)) < 4 else len(g & want) >= len(g) / 2)
    return dict(src=src, name=name, state=state, chosen=chosen, story=story, words=nwords, n=len(raw))


def load(cache: Path) -> list[dict]:
    """The cached pages, their candidates computed again (features change without reading the pages)."""
    storyend.WINDOW = int(os.environ.get("WINDOW", storyend.WINDOW))
    storyend.KEEP = int(os.environ.get("KEEP", storyend.KEEP))
    pages = pickle.loads(cache.read_bytes())
    for p in pages:
        p["cands"] = storyend.candidates(*p["state"]) if p["state"] else []
    return pages


def labels(p: dict) -> list[int | None]:
    out = []
    if p["src"] == "traf":
        w_in = collections.Counter(k for occ in p["w_occ"] for k in covered(occ))
        wo_in = collections.Counter(k for occ in p["wo_occ"] for k in covered(occ))
        story = {k: (True if w_in[k] > wo_in[k] else False if wo_in[k] else None) for k in range(p["n"])}
    else:
        story = dict(enumerate(p["story"]))
    for i, _f in p["cands"]:
        after = [story.get(k) for k in p["chosen"] if k >= i]
        out.append(0 if any(s is True for s in after) else 1 if any(s is False for s in after) else None)
    return out


USE = [k for k in storyend.FEATURES if k not in os.environ.get("DROP", "").split(",")]


def matrix(pages):
    X, y, g = [], [], []
    for n, p in enumerate(pages):
        for (i, f), lab in zip(p["cands"], labels(p)):
            if lab is None:
                continue
            X.append([f[k] for k in USE])
            y.append(lab)
            g.append(n)
    return np.array(X, float), np.array(y, float), np.array(g)


def train(X, y, C: float, pos_weight: float = 1.0, names: list[str] | None = None):
    """L2-penalised logistic regression on standardised columns; the weights named by `names` (USE)."""
    names = USE if names is None else names
    mean, scale = X.mean(0), X.std(0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    w = np.zeros(Z.shape[1])
    sw = np.where(y == 1, pos_weight, 1.0)
    for _ in range(300):  # Newton steps on the L2-penalised log loss (bias not penalised)
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -30, 30)))
        reg = np.ones_like(w) / C
        reg[0] = 0.0
        grad = Z.T @ (sw * (p - y)) + reg * w
        H = (Z * (sw * p * (1 - p))[:, None]).T @ Z + np.diag(reg + 1e-6)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return dict(mean=dict(zip(names, mean.tolist())), scale=dict(zip(names, scale.tolist())),
                weights=dict(zip(names, w.tolist())))


def page_effect(p: dict, cut: int | None) -> tuple:
    """What cutting at `cut` does: traf (tp lost, fp removed); others (story words lost, other words removed)."""
    if cut is None:
        return (0, 0)
    gone = {k for k in p["chosen"] if k >= cut}
    if p["src"] == "traf":
        def n(occs, chosen):
            return sum(any(all(k in chosen for k in range(a, b + 1)) for a, b in occ) for occ in occs)
        kept = p["chosen"] - gone
        return (n(p["w_occ"], p["chosen"]) - n(p["w_occ"], kept), n(p["wo_occ"], p["chosen"]) - n(p["wo_occ"], kept))
    lost = sum(p["words"][k] for k in gone if p["story"][k])
    removed = sum(p["words"][k] for k in gone if p["story"][k] is False)
    return (lost, removed)


def first_cut(p: dict, model: dict) -> int | None:
    return next((i for i, f in p["cands"] if storyend.probability(f, model) >= model["threshold"]), None)


VARIANTS = [(0.1, 1.0), (1.0, 1.0), (0.1, 0.5), (1.0, 0.5), (0.03, 1.0), (0.3, 1.0)]


def effects(pages: list[dict], model_of) -> str:
    """Each source's story lost, furniture removed and pages cut, with `model_of(n)` the model for page n."""
    tot = collections.defaultdict(lambda: [0, 0, 0])
    for n, p in enumerate(pages):
        cut = first_cut(p, model_of(n))
        a, b = page_effect(p, cut)
        tot[p["src"]][0] += a
        tot[p["src"]][1] += b
        tot[p["src"]][2] += cut is not None
    return " | ".join(f"{s} lost {v[0]} removed {v[1]} cut {v[2]}" for s, v in sorted(tot.items()))


def cv(cache: Path) -> None:
    pages = load(cache)
    rng = np.random.default_rng(0)
    fold = rng.permutation(len(pages)) % 5
    for C, pw in VARIANTS:
        models = [train(*matrix([p for p, f in zip(pages, fold) if f != k])[:2], C, pw) for k in range(5)]
        for th in (0.6, 0.65, 0.7, 0.75, 0.8):
            print(f"C {C} pw {pw} th {th}: " + effects(pages, lambda n: dict(models[fold[n]], threshold=th)), flush=True)


def shipped(cache: Path) -> None:
    """The shipped weights (storyend.json) on the cached candidates: no fold, so in-sample for the pages
    it was trained on; compare with `cv`'s out-of-fold lines."""
    pages = load(cache)
    model = json.loads(OUT.read_text(encoding="utf-8"))
    _, y, _ = matrix(pages)
    print(f"candidates labelled {len(y)}, over {int(y.sum())}")
    print("shipped: " + effects(pages, lambda n: model))


def fit(cache: Path, C: float, th: float, pw: float = 1.0) -> None:
    pages = load(cache)
    X, y, _ = matrix(pages)
    model = train(X, y, C, pw)
    model["threshold"] = th
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, w in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"{k:<22} {w:+.3f}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 2 else ""
    if cmd == "extract":
        extract(Path(sys.argv[2]))
    elif cmd == "cv":
        cv(Path(sys.argv[2]))
    elif cmd == "shipped":
        shipped(Path(sys.argv[2]))
    elif cmd == "fit" and len(sys.argv) > 4:
        fit(Path(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]) if len(sys.argv) > 5 else 1.0)
    else:
        sys.exit(__doc__)
