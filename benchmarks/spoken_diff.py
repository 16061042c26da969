"""Which spoken lines does a normalization change alter? Lists them, before and after.

Scripts each article (default: the reference article, ../shared/corpus/
propublica-border-patrol.txt) with `audioed script --json` at a git revision (default main)
and in the working tree, and prints every line whose `spoken` text differs, with its text.
Also times normalize() on the article's lines in the working tree (CPU time: first run with
the import, then best of 5).

    python benchmarks/spoken_diff.py [--ref main] [ARTICLE...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from script_json_compare import CORPUS, ROOT, script_json  # noqa: E402

REFERENCE = CORPUS / "propublica-border-patrol.txt"


def spoken_lines(script: str) -> list[dict]:
    data = json.loads(script)
    return [line for section in data["sections"] for line in section["lines"]]


def normalize_seconds(lines: list[dict]) -> tuple[float, float]:
    """(first run including the import and the word tables, best of 5 after), CPU seconds: the
    machine is shared, so wall time says more about the neighbours than about the rules."""
    t0 = time.process_time()
    from audioed.script.normalize import normalize
    for line in lines:
        normalize(line["text"])
    first = time.process_time() - t0
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for line in lines:
            normalize(line["text"])
        best = min(best, time.process_time() - t0)
    return first, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main", help="git revision to compare against (default main)")
    ap.add_argument("articles", nargs="*", type=Path)
    args = ap.parse_args()
    articles = [a.resolve() for a in args.articles] or [REFERENCE]
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.ref],
                       check=True)
        try:
            for article in articles:
                before, after = script_json(old, article), script_json(ROOT, article)
                if before.startswith("<exit") or after.startswith("<exit"):
                    print(f"error: {article}: {before[:200]} {after[:200]}")
                    return 1
                b, a = spoken_lines(before), spoken_lines(after)
                changed = [(x, y) for x, y in zip(b, a) if x["spoken"] != y["spoken"]]
                print(f"{article.name}: {len(a)} lines, {len(changed)} spoken differently"
                      + ("" if len(a) == len(b) else f" (line count {len(b)} -> {len(a)})"))
                for x, y in changed:
                    print(f"  paragraph {y['paragraph']}: {y['text']}\n    before: {x['spoken']}\n"
                          f"    after:  {y['spoken']}")
                first, best = normalize_seconds(a)
                print(f"  normalize() on its {len(a)} lines (working tree, CPU): first {first * 1000:.0f} ms"
                      f" with import and tables, then {best * 1000:.1f} ms (best of 5)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
