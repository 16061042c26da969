"""Where the narrated words outside the expected article are, in flattened pages: each narrated body
block's words outside the article, placed against the article's own blocks on the page (before the
first block that is mostly the article's, after the last, or in between), with its kind and the
story's run. Prints pages by words outside (the blocks, with their place), then a tally by place.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/outside_causes.py pages PAGES_DIR FLAT_DIR [NAME,NAME...]
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/outside_causes.py aeb AEB_DIR FLAT_DIR [IDS]   # IDS: 0-7
"""

import collections
import sys
from pathlib import Path

import reading_eval as RE
from reading_aeb import aeb_pages
from story_watch import watch_story_span

from audioed.read import parse
from audioed.read.story import BODY


def pages(argv: list[str]):
    """(name, flattened text, url, expected body lines) of the corpus named."""
    which, root, flat = argv[0], Path(argv[1]), Path(argv[2])
    if which == "aeb":
        for pid, url, _, body in aeb_pages(root, argv[3] if len(argv) > 3 else None):
            if (flat / f"{pid}.txt").exists():
                yield pid, (flat / f"{pid}.txt").read_text(encoding="utf-8"), url, body
        return
    for name in RE.page_names(root, argv[3].split(",") if len(argv) > 3 else None):
        body = [b for b in RE.expected_body((root / name / "expected.html").read_text(encoding="utf-8")) if b.strip()]
        yield name, (flat / f"{name}.txt").read_text(encoding="utf-8"), None, body


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[0] not in ("pages", "aeb"):
        sys.exit(__doc__)
    seen = watch_story_span()  # the run the reader found
    out, tally = [], collections.Counter()
    for name, text, url, body in pages(argv):
        try:
            article = parse(text, fmt="text", source=name, url=url)
        except Exception as e:  # an empty flattened page
            print(f"{name}: {e}")
            continue
        truth = RE.grams(RE.toks(" ".join(body)))
        rows = []  # (index, kind, words, words outside, text)
        for b in article.blocks:
            if b.kind in BODY:
                bad, total, _ = RE.leak_count([b.text], truth)
                rows.append((b.index, b.kind, total, bad, b.text))
        own = [i for i, _, total, bad, _ in rows if total >= 8 and bad <= total / 2]
        first, last = (own[0], own[-1]) if own else (None, None)
        leaks = []
        for i, kind, total, bad, t in rows:
            if not bad:
                continue
            where = "none" if first is None else "before" if i < first else "after" if i > last else "in"
            tally[where] += bad
            leaks.append((i, where, kind, bad, t))
        out.append((sum(x[3] for x in leaks), name, seen.get("span"), leaks))
    for total, name, span, leaks in sorted(out, key=lambda x: -x[0]):
        if total:
            print(f"{total:5d} {name} run={span}")
            for i, where, kind, bad, t in leaks:
                print(f"     #{i:<4d} {where:6s} {kind:9s} {bad:4d} {' '.join(t.split())[:110]}")
    print("words outside by place:", dict(tally.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
