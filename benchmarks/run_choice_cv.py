"""Out-of-fold test of a learned choice among candidate story runs (frun18, session 25), on the pickle
`run_choice.py --dump` writes for traf deva: per page, each candidate other than the reader's run gets
features (its shape and position against the reader's run's) and the label "holds more story than the
reader's run" (tp - fp of the "with" / "without" snippets wholly inside it). A logistic model
(train_storyend.train) is fitted on 10 folds of pages; the run is overridden by the candidate of highest
probability when that is over a threshold. Prints per threshold the overrides right and wrong and the
run-level tp / fp they move.

    .venv/bin/python benchmarks/run_choice_cv.py .scratch/frun18-deva.pkl

Analysis only: nothing here is a reading rule.
"""

from __future__ import annotations

import math
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_storyend  # noqa: E402

from audioed.read import story  # noqa: E402
from audioed.read.cleanup import is_sentence  # noqa: E402
from audioed.read.metadata import is_date_line  # noqa: E402
from audioed.read.prose import word_count  # noqa: E402

NAMES = ["bias", "log_sum", "share", "log_blocks", "prose_blocks", "top_block_share", "position", "rank",
         "dated_above", "headline_above", "comment_lines", "mean_words", "sentence_share", "first_prose"]


def features(p: dict, c: tuple[int, int], rank: int) -> list[float]:
    raw, sc = p["raw"], p["scores"]
    inside = range(c[0], c[1] + 1)
    total = sum(max(x, 0.0) for x in sc) or 1.0
    s = sum(sc[i] for i in inside)
    prose = [i for i in inside if sc[i] > 0]
    top = max((sc[i] for i in prose), default=0.0)
    above = range(max(0, c[0] - 6), c[0])
    comm = sum(story.comments_header(raw[i]) or story._signed(raw[i]) or bool(story._REPLY.match(raw[i]))
               for i in range(max(0, c[0] - 3), c[1] + 1))
    firsts = [i for i, x in enumerate(sc) if x >= 20]
    return [1.0, math.log1p(max(s, 0.0)), s / total, math.log(len(inside)), len(prose) / len(inside),
            top / s if s > 0 else 0.0, c[0] / len(raw), float(rank),
            float(any(is_date_line(raw[i]) for i in above)),
            float(any(story.headline_shaped(raw[i]) for i in range(max(0, c[0] - 3), c[0]))),
            float(comm), sum(word_count(raw[i]) for i in prose) / max(1, len(prose)),
            sum(is_sentence(raw[i]) for i in prose) / max(1, len(prose)),
            float(bool(firsts) and firsts[0] >= c[0])]


def rows(pages):
    X, y, g, eff = [], [], [], []
    for n, p in enumerate(pages):
        run = p["run"]
        kad = [c for c in p["cands"]]
        fr = features(p, run, kad.index(run) if run in kad else 0)
        net_r = p["lab"][p["cands"].index(run)]
        for k, (c, lab) in enumerate(zip(p["cands"], p["lab"])):
            if c == run:
                continue
            f = features(p, c, k)
            X.append([1.0] + [a - b for a, b in zip(f[1:], fr[1:])] + f[1:])
            y.append(float(lab[0] - lab[1] > net_r[0] - net_r[1]))
            g.append(n)
            eff.append((lab[0] - net_r[0], lab[1] - net_r[1]))
    return np.array(X), np.array(y), np.array(g), eff


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit("usage: run_choice_cv.py DUMP.pkl (the file run_choice.py --dump writes)")
    pages = pickle.loads(Path(argv[0]).read_bytes())
    X, y, g, eff = rows(pages)
    names = ["bias"] + [f"d_{k}" for k in NAMES[1:]] + NAMES[1:]
    print(f"{len(y)} candidate rows, {int(y.sum())} better than the reader's run, {len(set(g[y == 1]))} pages")
    for C in (0.1, 1.0, 10.0):
        prob = np.zeros(len(y))
        for fold in range(10):
            test = g % 10 == fold
            m = train_storyend.train(X[~test], y[~test], C, names=names)
            w = np.array([m["weights"][k] for k in names])
            mean = np.array([m["mean"][k] for k in names])
            scale = np.array([m["scale"][k] for k in names])
            prob[test] = 1 / (1 + np.exp(-np.clip(((X[test] - mean) / scale) @ w, -30, 30)))
        for th in (0.5, 0.7, 0.8, 0.9):
            right = wrong = dtp = dfp = 0
            for n in set(g):
                idx = np.where(g == n)[0]
                best = idx[np.argmax(prob[idx])]
                if prob[best] < th:
                    continue
                right += int(y[best])
                wrong += int(not y[best])
                dtp += eff[best][0]
                dfp += eff[best][1]
            print(f"C {C:5} th {th}: overrides right {right} wrong {wrong}; run-level tp {dtp:+d} fp {dfp:+d}")


if __name__ == "__main__":
    main(sys.argv[1:])
