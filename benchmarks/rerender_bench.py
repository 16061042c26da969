"""Re-render benchmark: cold render, unchanged re-render, and a re-render after editing one paragraph.

    .venv/bin/python benchmarks/rerender_bench.py [--article FILE] [--repeat N]

Works on a copy of the article with a fresh clip cache, and prints wall times, their share of
the cold render, and how many clips each run synthesized and took from the cache (from
`render --json`). The edit changes one sentence of one paragraph (the first sentence with a
number in it gets a word added), so only that paragraph's clips should be made again.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def render(article: Path, out: Path, cache: Path) -> tuple[float, dict]:
    env = {**os.environ, "AUDIOED_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "audioed", "render", str(article), "-o", str(out), "--json"],
                          capture_output=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"render failed: {proc.stderr.decode()[-2000:]}")
    return wall, json.loads(proc.stdout)


def edit_one_paragraph(text: str) -> str:
    """`text` with one word added to the first body sentence that has a number in it."""
    for m in re.finditer(r"[^\n]*\b(\d[\d,]*) ([a-z]+)[^\n]*", text):
        if len(m.group(0)) > 200:  # a body paragraph, not a date line or a caption
            i = m.start(1)
            return text[:i] + "about " + text[i:]
    raise SystemExit("no paragraph to edit found")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--article", type=Path, default=CORPUS / "propublica-border-patrol.txt")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each kind (best kept)")
    args = ap.parse_args()
    best: dict[str, tuple[float, dict]] = {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="audioed-rerender-") as tmp:
            work = Path(tmp)
            article = work / args.article.name
            text = args.article.read_text(encoding="utf-8")
            article.write_text(text, encoding="utf-8")
            runs = {}
            runs["cold"] = render(article, work / "out", work / "cache")
            runs["unchanged"] = render(article, work / "out", work / "cache")
            article.write_text(edit_one_paragraph(text), encoding="utf-8")
            runs["one paragraph edited"] = render(article, work / "out", work / "cache")
            for name, run in runs.items():
                if name not in best or run[0] < best[name][0]:
                    best[name] = run
    cold = best["cold"][0]
    print(f"{'run':<22} {'wall s':>7} {'of cold':>8} {'synthesized':>12} {'cached':>7}")
    for name, (wall, result) in best.items():
        print(f"{name:<22} {wall:>7.2f} {wall / cold:>7.1%} {result['clips_synthesized']:>12} "
              f"{result['clips_cached']:>7}")


if __name__ == "__main__":
    main()
