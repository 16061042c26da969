"""Train the story-end model (audioed/read/storyend.py) and choose it by cross-validation over pages.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py extract CACHE.pkl   # reads the tuning pages
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py cv CACHE.pkl        # group 5-fold, variants
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py fit CACHE.pkl C THRESHOLD  # writes the JSON
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/train_storyend.py shipped CACHE.pkl   # the JSON as it is, same counts

(CACHE.pkl outside the checkout: it holds the pages' text. Kept: `fit CACHE.pkl 0.1 0.7`.)
Neighbours: WINDOW=N and KEEP=N set the model's window for `cv` / `shipped` / `fit`; DROP=a,b leaves
features out of the trained model; TRAIN=traf,readability,aeb,fundus names the sources a model is fitted
on (`cv`, `fit`; every source is scored). Folds are by publisher (`group`: the address's host, Readability's
folder without its number, fundus's publisher), so a publisher's pages are never on both sides.
SOURCES=wcxbw (environment, `extract`) reads only the sources named; `merge OUT.pkl A.pkl B.pkl` joins two
caches.

Training pages (looked-at sets only): trafilatura deva (labels: the blocks holding "with" / "without"
snippets, matched as benchmarks/traf_oracle.py matches them), Readability's flattened pages and aeb ids
0-7 (labels: a block of 4+ words is the story's when half its word 4-grams are in the expected text), and
(since session 27) fundus half a (the same, its words split as `reading_postlight.words`; the expected
text is the sections' subheadings and paragraphs; a block of the summary, the standfirst the reader keeps
as the dek, is left unlabelled). Since session 30 WCXB half a twice: "wcxb" labelled by its "with" /
"without" snippets as traf's, "wcxbw" (read only when SOURCES names it) by its main content's words as
Readability's; both grouped by the address's host, so the two copies of a page share a fold.
A candidate (a narrated block near the run's end) is "over" (1) when no story block is narrated from
it down and a furniture block is, "not over" (0) when a story block is narrated from it down; else it
is left out. Never devb, Postlight b, aeb 8-f, fundus b or held. (Postlight a's truth is the content's first
13 words: no label near the story's end.)
"""

from __future__ import annotations

import collections
import json
import os
import pickle
import re
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


SOURCES = ("traf", "readability", "aeb", "fundus", "wcxb", "postlight")


def extract(cache: Path, postlight: bool = False) -> None:
    """`postlight`: Postlight half a too (its truth is the content's first words: labels for the start only).
    SOURCES=a,b (environment) reads only those sources (a cache to merge with `merge`)."""
    sources = [x for x in os.environ.get("SOURCES", ",".join(SOURCES)).split(",") if x]
    pages = []
    corp = ROOT / ".corpora"
    if "traf" in sources:
        for name, _url, _html, item in traf_pages(corp / "traf", half="deva"):
            src = corp / "flat-traf" / f"{name}.txt"
            if src.exists():
                pages.append(snippet_page("traf", name, src.read_text(encoding="utf-8"), item, host(_url) or name))
    if "wcxb" in sources:
        from reading_wcxb import wcxb_pages
        for wp in wcxb_pages(corp / "wcxb", half="a"):
            src = corp / "flat-wcxb" / f"{wp['name']}.txt"
            if src.exists() and src.read_text(encoding="utf-8").strip():
                pages.append(snippet_page("wcxb", wp["name"], src.read_text(encoding="utf-8"), wp["item"],
                                          host(wp["url"]) or wp["name"]))
    if "wcxbw" in sources:  # (WCXB again, labelled by its main content's words as Readability's: a variant)
        from reading_wcxb import wcxb_pages
        from reading_postlight import words
        for wp in wcxb_pages(corp / "wcxb", half="a"):
            src = corp / "flat-wcxb" / f"{wp['name']}.txt"
            if src.exists() and src.read_text(encoding="utf-8").strip():
                pages.append(expected_page("wcxbw", wp["name"], src.read_text(encoding="utf-8"), wp["body"],
                                           group=host(wp["url"]) or wp["name"], tok=words))
    rd = corp / "readability" / "test" / "test-pages"
    for folder in sorted(rd.iterdir()) if "readability" in sources else ():
        src = corp / "flat-readability" / f"{folder.name}.txt"
        if not src.exists():
            continue
        body = expected_body((folder / "expected.html").read_text(encoding="utf-8"))
        pages.append(expected_page("readability", folder.name, src.read_text(encoding="utf-8"), body,
                                   group=re.sub(r"-\d+$", "", folder.name)))
    from reading_aeb import aeb_pages
    for pid, _url, _html, body in aeb_pages(corp / "aeb", "0-7") if "aeb" in sources else ():
        src = corp / "flat-aeb" / f"{pid}.txt"
        if src.exists():
            pages.append(expected_page("aeb", pid, src.read_text(encoding="utf-8"), body, group=host(_url) or pid))
    from reading_fundus import fundus_pages, page_half, publisher
    from reading_postlight import words
    for fp in fundus_pages(corp / "fundus") if "fundus" in sources else ():
        src = corp / "flat-fundus" / f"{fp['name']}.txt"
        if page_half(fp["name"]) == "a" and src.exists() and src.read_text(encoding="utf-8").strip():
            pages.append(expected_page("fundus", fp["name"], src.read_text(encoding="utf-8"), fp["body"],
                                       group=publisher(fp["name"]), tok=words, aside=fp["summary"]))
    if postlight and "postlight" in sources:
        import reading_postlight as rp
        for case in rp.postlight_cases(corp / "postlight"):
            src = corp / "flat-postlight" / f"{case['name']}.txt"
            if rp.page_half(case["name"]) == "a" and src.exists() and len(words(case.get("content") or "")) >= 3:
                pages.append(start_page(case, src.read_text(encoding="utf-8"), rp.publisher(case["name"])))
    pages = [p for p in pages if p]
    cache.write_bytes(pickle.dumps(pages))
    print(collections.Counter(p["src"] for p in pages))


def snippet_page(src: str, name: str, text: str, item: dict, group: str) -> dict | None:
    """A page whose truth is "with" / "without" snippets (traf, WCXB): where each lies among the blocks."""
    try:
        raw, state, chosen = read_page(text, name)
    except Exception as e:  # (a page the reader refuses, as the benchmark counts it: not a candidate)
        print(f"skipped {name}: {e}", file=sys.stderr)
        return None
    keys = [snippet_key(b) for b in raw]
    w_occ = [occurrences(snippet_key(w), keys) for w in item["with"]]
    wo_occ = [occurrences(snippet_key(w), keys) for w in item["without"]]
    return dict(src=src, name=name, state=state, chosen=chosen, w_occ=w_occ, wo_occ=wo_occ, n=len(raw), group=group)


def host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return m.group(1).lower() if m else None


def expected_page(src: str, name: str, text: str, body: list[str], group: str | None = None, tok=toks,
                  aside: list[str] = ()) -> dict | None:
    """`aside`: expected text that is neither story nor furniture here (fundus's summary: the dek)."""
    try:
        raw, state, chosen = read_page(text, name)
    except Exception as e:  # (a page the reader refuses: not a candidate)
        print(f"skipped {name}: {e}", file=sys.stderr)
        return None
    want = grams(tok(" ".join(body)))
    other = grams(tok(" ".join(aside))) if aside else set()
    story, nwords = [], []
    for t in raw:
        g = grams(tok(t))
        nwords.append(len(tok(t)))
        lab = None if len(tok(t)) < 4 else len(g & want) >= len(g) / 2
        story.append(None if lab is False and len(g & other) >= len(g) / 2 else lab)
    return dict(src=src, name=name, state=state, chosen=chosen, story=story, words=nwords, n=len(raw),
                group=group or name)


def start_page(case: dict, text: str, group: str) -> dict | None:
    """A Postlight page: the first block holding half the content's first words' 4-grams is the story's,
    every block above it furniture (the title, dek and byline are no candidates), the rest unknown."""
    from reading_postlight import words
    try:
        raw, state, chosen = read_page(text, case["name"])
    except Exception as e:  # (a page the reader refuses: not a candidate)
        print(f"skipped {case['name']}: {e}", file=sys.stderr)
        return None
    want = grams(words(case["content"]))
    first = next((k for k, t in enumerate(raw) if len(grams(words(t)) & want) >= len(want) / 2), None)
    if first is None:
        return None
    story = [False if k < first else True if k == first else None for k in range(len(raw))]
    return dict(src="postlight", name=case["name"], state=state, chosen=chosen, story=story,
                words=[len(words(t)) for t in raw], n=len(raw), group=group)


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
    if "w_occ" in p:  # (traf, WCXB: snippets)
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


TRAIN = [x for x in os.environ.get("TRAIN", "").split(",") if x]


def matrix(pages):
    X, y, g = [], [], []
    for n, p in enumerate(pages):
        if TRAIN and p["src"] not in TRAIN:
            continue
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
    if "w_occ" in p:
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


def folds(pages: list[dict], k: int = 5) -> list[int]:
    """Each page's fold, a publisher's pages in one fold (the groups shuffled with seed 0)."""
    groups = sorted({p.get("group", p["name"]) for p in pages})
    of = dict(zip(groups, np.random.default_rng(0).permutation(len(groups)) % k))
    return [int(of[p.get("group", p["name"])]) for p in pages]


def cv(cache: Path) -> None:
    pages = load(cache)
    fold = folds(pages)
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
    elif cmd == "merge" and len(sys.argv) > 3:
        Path(sys.argv[2]).write_bytes(pickle.dumps([p for a in sys.argv[3:] for p in pickle.loads(Path(a).read_bytes())]))
    elif cmd == "shipped":
        shipped(Path(sys.argv[2]))
    elif cmd == "fit" and len(sys.argv) > 4:
        fit(Path(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]) if len(sys.argv) > 5 else 1.0)
    else:
        sys.exit(__doc__)
