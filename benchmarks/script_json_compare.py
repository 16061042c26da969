"""Compare `audioed script --json` between a git revision and the working tree.

Used to show that a refactoring leaves the episode script unchanged: every article under
../shared/corpus (and any paths given) is scripted by both, and the JSON compared.

    python benchmarks/script_json_compare.py --ref HEAD~1 [ARTICLE...]
    python benchmarks/script_json_compare.py --old-bin ../main/.venv/bin/audioed [ARTICLE...]

(--old-bin runs another checkout's installed `audioed` instead of making a git worktree. Articles
may be text or HTML files.)

    python benchmarks/script_json_compare.py --old-bin ../main/.venv/bin/audioed --time 10 [ARTICLE]

times the whole command (wall) on the first article instead: old and new runs interleaved, N
each, in the same minutes; prints each side's median and range and the ratio of the medians.
The new side is this checkout's `.venv/bin/audioed`. On a shared machine compare the ratio.

Prints one line per article (same / DIFFERENT with the first differing line) and exits 1 when
any differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_articles() -> list[Path]:
    if not CORPUS.is_dir():
        sys.exit(f"error: corpus not found at {CORPUS}")
    return sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*/source.txt")])


def script_json(tree: Path, article: Path, command: list[str] | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([*(command or [sys.executable, "-m", "audioed"]), "script", str(article), "--json"],
                         capture_output=True, text=True, env=env, cwd=tree)
    if out.returncode:
        return f"<exit {out.returncode}: {out.stderr.strip()}>"
    return out.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="HEAD", help="git revision to compare against (default HEAD)")
    ap.add_argument("--old-bin", type=Path, help="an `audioed` executable to compare against instead of --ref")
    ap.add_argument("--time", type=int, metavar="N", help="time N interleaved runs of each (needs --old-bin)")
    ap.add_argument("articles", nargs="*", type=Path)
    args = ap.parse_args()
    articles = [a.resolve() for a in args.articles] or corpus_articles()
    if args.time:
        if not args.old_bin:
            sys.exit("error: --time needs --old-bin")
        return timing(args.old_bin.resolve(), ROOT / ".venv" / "bin" / "audioed", articles[0], args.time)
    if args.old_bin:
        old_bin = args.old_bin.resolve()
        return report(articles, lambda a: script_json(old_bin.parent.parent.parent, a, [str(old_bin)]))
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.ref], check=True)
        try:
            return report(articles, lambda a: script_json(old, a))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)


def timing(old_bin: Path, new_bin: Path, article: Path, n: int) -> int:
    walls: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(n):
        for side, exe in (("old", old_bin), ("new", new_bin)):
            start = time.perf_counter()
            subprocess.run([str(exe), "script", str(article), "--json"], stdout=subprocess.DEVNULL, check=True)
            walls[side].append(time.perf_counter() - start)
    for side, w in walls.items():
        print(f"{side}: median {statistics.median(w):.2f} s, range {min(w):.2f}-{max(w):.2f} s "
              f"({', '.join(f'{x:.2f}' for x in w)})")
    print(f"new/old (medians): {statistics.median(walls['new']) / statistics.median(walls['old']):.2f}")
    return 0


def report(articles: list[Path], before_of) -> int:
    differ = 0
    for article in articles:
        before, after = before_of(article), script_json(ROOT, article)
        if before == after:
            print(f"same       {article}")
            continue
        differ += 1
        first = next((line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
                      if line[:1] in "+-" and line[:3] not in ("+++", "---")), "")
        print(f"DIFFERENT  {article}: {first[:160]}")
    print(f"{len(articles) - differ}/{len(articles)} the same")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
