"""One hash of what the reader makes of every flattened page of the tuning corpora, to tell whether a
change moves any output at all (a refactor, a defect fix) without listing pages.

    PYTHONHASHSEED=0 python benchmarks/parse_hash.py [CORPORA]   # CORPORA defaults to .corpora

Reads CORPORA/flat-aeb, flat-readability and flat-postlight (made by `reading_eval.py ... --flatten` /
`flatten`; see docs/reading.md) and prints the page count and a SHA-256 over each page's title and
block kinds and texts (a page the reader refuses counts by its error's type). Prints no page's name, so
the held-out halves inside (aeb 8-f, Postlight b) are only counted.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from audioed.read import parse

FOLDERS = ("flat-aeb", "flat-readability", "flat-postlight")


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else ".corpora")
    files = [f for d in FOLDERS for f in sorted((root / d).glob("*.txt"))]
    if not files:
        print(f"parse_hash: no flattened pages under {root} ({', '.join(FOLDERS)})", file=sys.stderr)
        return 1
    h = hashlib.sha256()
    for f in files:
        try:
            a = parse(f.read_text(encoding="utf-8"), fmt="text")
            h.update(repr((a.title, [(b.kind, b.text) for b in a.blocks])).encode())
        except Exception as e:  # (a refused page is part of the output: its error's type is hashed)
            h.update(repr(type(e).__name__).encode())
    print(len(files), h.hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
