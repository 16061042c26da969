"""Listener noise of `audioed check`, whole file vs paragraph by paragraph, on episodes kept by
check_wer.py (`--keep DIR`): for each seed, how many script words are misheard in one render
only (raw or normalized) where the two renders are the same audio.

    python benchmarks/check_wer_noise.py ARTICLE DIR [--seeds 1-5] [--quotes voice]

DIR/{raw,normalized}-K/ must hold the reports of both transcriptions of the same episodes:
check.json or rescore-whole.json (one piece: `check_wer.py` before pieces, or `--rescore
--whole`) and rescore-pieces.json (`--rescore`). Where normalization left a sentence alone it
is the same audio in both renders; where it left a whole paragraph alone the paragraph is the
same audio up to MP3 coding and a sub-sample shift (its place in the episode moved), and,
transcribed in pieces cut at paragraphs, it is heard alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from check_wer import changed_words  # noqa: E402


def missed(report: dict) -> set[int]:
    return {m["ref_index"] + k for m in report["misses"] for k in range(len(m["expected"].split()))}


def load(d: Path, kind: str) -> dict | None:
    names = ["rescore-pieces.json"] if kind == "pieces" else ["rescore-whole.json", "check.json"]
    for name in names:
        if (d / name).is_file():
            report = json.loads((d / name).read_text("utf-8"))
            if kind == "pieces" or report.get("segments", 1) == 1:
                return report
    return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("keep", type=Path)
    ap.add_argument("--seeds", default="1-5")
    ap.add_argument("--quotes", default="voice")
    args = ap.parse_args(argv)
    lo, hi = map(int, args.seeds.split("-"))
    flags, para = changed_words(args.article, args.quotes)
    same_sentence = [not f for f in flags]
    same_paragraph = [not p for p in para]
    print(f"{args.article}: {len(flags)} words; {sum(same_sentence)} in sentences normalization left "
          f"alone, {sum(same_paragraph)} in paragraphs it left alone")
    for kind in ("whole", "pieces"):
        rows = []
        for seed in range(lo, hi + 1):
            r = load(args.keep / f"raw-{seed}", kind)
            n = load(args.keep / f"normalized-{seed}", kind)
            if r is None or n is None:
                continue
            a, b = missed(r), missed(n)
            one = a ^ b
            rows.append((seed, r["wer"], n["wer"],
                         sum(flags[i] for i in a), sum(flags[i] for i in b),
                         sum(same_sentence[i] for i in one), sum(same_paragraph[i] for i in one)))
        if not rows:
            continue
        print(f"{kind}:")
        for seed, rw, nw, ca, cb, s1, p1 in rows:
            print(f"  seed {seed}: WER raw {rw:.4f} normalized {nw:.4f} ({nw - rw:+.4f}); changed "
                  f"sentences misheard raw {ca} normalized {cb}; misheard in one render only: "
                  f"{s1} words of unchanged sentences, {p1} of unchanged paragraphs")
        k = len(rows)
        mean = lambda j: sum(row[j] for row in rows) / k  # noqa: E731
        better = sum(row[2] < row[1] for row in rows)
        print(f"  mean: WER raw {mean(1):.4f} normalized {mean(2):.4f} ({mean(2) - mean(1):+.4f}, "
              f"better {better}/{k}); changed sentences raw {mean(3):.1f} normalized {mean(4):.1f}; "
              f"one render only: {mean(5):.1f} (unchanged sentences), {mean(6):.1f} (unchanged paragraphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
