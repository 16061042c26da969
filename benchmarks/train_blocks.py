"""Fit the learned block scorer (audioed/read/blockmodel.py) on flattened training pages and say,
cross-validated by page, whether its second opinion beats the hand rules' verdict.

    python benchmarks/train_blocks.py READABILITY_PAGES FLAT_READABILITY AEB_DIR FLAT_AEB [--write] [--cache=FILE]

Training pages: Mozilla Readability's test pages (flattened) and the scrapinghub benchmark's ids
0-7 only; ids 8-f are held out and never read here. Each block is labelled by its word 4-grams:
article when most of its words are in the page's expected text (the benchmark's own leak test).
The figures printed are simulated on blocks (kept blocks' 4-grams against the truth), which
is close to, not the same as, the benchmark's narrated-script figure. --write stores the model fit
on every training page in audioed/read/blockmodel.json (coefficients and thresholds only).
"""

from __future__ import annotations

import json
import pickle
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading_aeb import aeb_pages  # noqa: E402
from reading_eval import expected_body, grams, leak_count, page_names, toks  # noqa: E402

from audioed.read import blockmodel, build  # noqa: E402

FOLDS = 5
L2 = 1.0


def capture(parse_one) -> tuple | None:
    """Run the reader with the learned review replaced by a recorder: (texts, kinds, span)."""
    got: list = []

    def record(raw, kinds, span, model=None):
        got.append(([rb.text for rb in raw], list(kinds), span, blockmodel.features(raw, kinds, span)))
    build.review_blocks = record
    try:
        parse_one()
    except Exception as e:  # one unreadable page must not stop the others
        print(f"  skipped: {type(e).__name__}: {e}"[:120], file=sys.stderr)
    finally:
        build.review_blocks = blockmodel.review
    return got[0] if got else None


def page_rows(texts: list[str], kinds: list[str], span, rows, body: list[str]) -> dict:
    need = set().union(*(grams(toks(b)) for b in body)) if body else set()
    truth = grams(toks(" ".join(body)))
    leak, size, have = [], [], []
    for t in texts:
        leaked, total, _ = leak_count([t], truth)
        leak.append(leaked)
        size.append(total)
        have.append(grams(toks(t)) & need)
    return dict(texts=texts, X=np.array(rows, dtype=float), kept=np.array([k in blockmodel.BODY for k in kinds]),
                reviewed=np.array([k in blockmodel.REVIEWED for k in kinds]), span=span,
                leak=np.array(leak), size=np.array(size), have=have, need=len(need),
                y=np.array([s > 0 and l < s / 2 for l, s in zip(leak, size)], dtype=float))


def load(args: list[str]) -> list[tuple[str, str, dict]]:
    from audioed.read import parse, read_article

    rpages, rflat, aroot, aflat = map(Path, args[:4])
    pages = []
    for name in page_names(rpages, None):
        src = rflat / f"{name}.txt"
        if not src.exists():
            continue
        body = expected_body((rpages / name / "expected.html").read_text(encoding="utf-8"))
        got = capture(lambda: read_article(src, fmt="text"))
        if got:
            pages.append(("readability", name, page_rows(*got, body)))
    for pid, url, _, body in aeb_pages(aroot, "0-7"):
        src = aflat / f"{pid}.txt"
        if not src.exists():
            continue
        text = src.read_text(encoding="utf-8")
        got = capture(lambda: parse(text, fmt="text", source=pid, url=url))
        if got:
            pages.append(("aeb 0-7", pid, page_rows(*got, body)))
    return pages


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict:
    """L2 logistic regression on standardized features, by Newton's method (a few steps)."""
    mean, scale = X.mean(0), X.std(0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    beta = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(Z @ beta, -30, 30)))
        g = Z.T @ (w * (p - y)) + reg * beta
        H = (Z * (w * p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return dict(mean=mean.tolist(), scale=scale.tolist(), coef=beta[:-1].tolist(), bias=float(beta[-1]))


def fit_split(train: list[dict]) -> dict:
    """One regression for the blocks the rules keep, one for those they drop."""
    out = {}
    for key, want in (("kept", True), ("dropped", False)):
        X = np.vstack([pg["X"][pg["kept"] == want] for pg in train])
        y = np.concatenate([pg["y"][pg["kept"] == want] for pg in train])
        w = np.concatenate([weights(pg)[pg["kept"] == want] for pg in train])
        out[key] = fit(X, y, w)
    return out


def predict_split(model: dict, pg: dict) -> np.ndarray:
    return np.where(pg["kept"], predict(model["kept"], pg["X"]), predict(model["dropped"], pg["X"]))


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    z = ((X - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["coef"]) + model["bias"]
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def decide(pg: dict, p: np.ndarray, drop_below: float, keep_above: float, reach: int) -> np.ndarray:
    """The kept blocks after the review (the rule blockmodel.review applies)."""
    lo, hi = pg["span"]
    idx = np.arange(len(p))
    if len(p) < blockmodel.MIN_BLOCKS:
        return pg["kept"]
    near = (idx >= lo - reach) & (idx <= hi + reach) & pg["reviewed"]
    kept = pg["kept"].copy()
    kept[near & kept & (p < drop_below)] = False
    prose = (pg["X"][:, 2] > 0) & (pg["X"][:, 0] >= blockmodel.KEEP_WORDS_LOG)
    kept[near & ~pg["kept"] & pg["reviewed"] & prose & (p > keep_above)] = True
    return kept


def figures(pages: list, kept_of) -> tuple[float, float, float]:
    """(mean page recall, share of narrated words outside the article, F1), simulated on blocks."""
    recalls, leaked, narrated = [], 0, 0
    for _, _, pg in pages:
        kept = kept_of(pg)
        have = set().union(*(pg["have"][i] for i in np.flatnonzero(kept))) if kept.any() else set()
        recalls.append(len(have) / pg["need"] if pg["need"] else 1.0)
        leaked += int(pg["leak"][kept].sum())
        narrated += int(pg["size"][kept].sum())
    r, out = float(np.mean(recalls)), leaked / max(narrated, 1)
    return r, out, 2 * r * (1 - out) / (r + 1 - out)


# What a block weighs in the fit: its words (the benchmark counts words), only near the story's run
# (where the review acts; the menus far from it are easy and would dominate the fit).
WEIGHT, TRAIN_REACH = "words", 10


def weights(pg: dict) -> np.ndarray:
    w = (pg["size"] if WEIGHT == "words" else np.log1p(pg["size"])).astype(float)
    lo, hi = pg["span"]
    idx = np.arange(len(w))
    return w * ((idx >= lo - TRAIN_REACH) & (idx <= hi + TRAIN_REACH) & pg["reviewed"])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].partition("=")[::2] for a in sys.argv[1:] if a.startswith("--"))
    cache = Path(opts["cache"]) if opts.get("cache") else None
    global WEIGHT, TRAIN_REACH, L2
    WEIGHT, TRAIN_REACH, L2 = opts.get("weight", WEIGHT), int(opts.get("train-reach", TRAIN_REACH)), float(opts.get("l2", L2))
    if cache and cache.exists():
        pages = pickle.loads(cache.read_bytes())
    else:
        pages = load(args)
        if cache:
            cache.write_bytes(pickle.dumps(pages))
    print(f"{len(pages)} training pages, {sum(len(pg['y']) for _, _, pg in pages)} blocks")
    # Cross-validation by page: a page's blocks are all in one fold (a stable hash of its name).
    fold = {name: zlib.crc32(name.encode()) % FOLDS for _, name, _ in pages}
    oof: dict[str, np.ndarray] = {}
    for f in range(FOLDS):
        train = [pg for _, name, pg in pages if fold[name] != f]
        model = fit_split(train)
        for _, name, pg in pages:
            if fold[name] == f:
                oof[name] = predict_split(model, pg)
    y = np.concatenate([pg["y"] for _, _, pg in pages])
    p = np.concatenate([oof[name] for _, name, _ in pages])
    rule = np.concatenate([pg["kept"] for _, _, pg in pages])
    w = np.concatenate([pg["size"] for _, _, pg in pages])
    rev = np.concatenate([pg["reviewed"] for _, _, pg in pages])
    near = np.concatenate([weights(pg) > 0 for _, _, pg in pages])
    print(f"blocks near the story's run {int(near.sum())}; their words wrongly decided: rules "
          f"{int(w[near & (rule != (y > 0))].sum())}, model at 0.5 (cross-validated) {int(w[near & ((p > 0.5) != (y > 0))].sum())}")
    corpora = sorted({c for c, _, _ in pages})
    before = {c: figures([x for x in pages if x[0] == c], lambda pg: pg["kept"]) for c in corpora}
    for c in corpora:
        print(f"  rules   {c:<12} recall {before[c][0]:.3f} outside {before[c][1]:.2%} F1 {before[c][2]:.3f}")
    best = None
    for reach in (0, 3, 10, 1000):
        for lo in (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5):
            for hi in (1.01, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5):
                after = {c: figures([x for x in pages if x[0] == c],
                                    lambda pg, c=c: decide(pg, oof_of(pages, oof, pg), lo, hi, reach)) for c in corpora}
                gain = min(after[c][2] - before[c][2] for c in corpora)  # both corpora must gain
                if best is None or gain > best[0] + 1e-9:
                    best = (gain, lo, hi, reach, after)
    gain, lo, hi, reach, after = best
    print(f"best review (cross-validated): drop below {lo}, keep above {hi}, reach {reach}: worst-corpus F1 gain {gain:+.4f}")
    for c in corpora:
        print(f"  model   {c:<12} recall {after[c][0]:.3f} outside {after[c][1]:.2%} F1 {after[c][2]:.3f}")
    model = fit_split([pg for _, _, pg in pages])
    for key in ("kept", "dropped"):
        print(f"  {key} blocks' regression, largest standardized coefficients:")
        for name, c in sorted(zip(blockmodel.NAMES, model[key]["coef"]), key=lambda x: -abs(x[1]))[:10]:
            print(f"    {name:<16} {c:+.3f}")
    if "write" in opts:
        model.update(drop_below=lo, keep_above=hi, reach=reach, names=list(blockmodel.NAMES),
                     fit_on="Mozilla Readability test pages (flattened) + scrapinghub article-extraction-benchmark ids 0-7 "
                            "(flattened); ids 8-f never read", cv_gain=round(gain, 4))
        rounded = json.loads(json.dumps(model), parse_float=lambda x: round(float(x), 6))
        blockmodel.WEIGHTS.write_text(json.dumps(rounded, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {blockmodel.WEIGHTS}")


def oof_of(pages: list, oof: dict, pg: dict) -> np.ndarray:
    return next(oof[name] for _, name, q in pages if q is pg)


if __name__ == "__main__":
    main()
