"""Where the expected article's words went, in flattened Readability pages: each expected block not
fully narrated is traced to the flattened block holding most of its missing 4-grams, and classed by
that block's kind and its place against the story's run (before / in / after; "absent": the text
does not hold it). Prints pages by recall lost, then a tally (sum over pages of the recall lost).

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/recall_causes.py PAGES_DIR FLAT_DIR [NAME,NAME...]
"""

import collections
import sys
from pathlib import Path

import reading_eval as RE
from story_watch import watch_story_span

from audioed.read import read_article
from audioed.script import build_script


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    root, flat = Path(argv[0]), Path(argv[1])
    only = argv[2].split(",") if len(argv) > 2 else None
    seen = watch_story_span()  # the run the reader found
    pages, tally = [], collections.Counter()
    for name in RE.page_names(root, only):
        src = flat / f"{name}.txt"
        body = [b for b in RE.expected_body((root / name / "expected.html").read_text(encoding="utf-8")) if b.strip()]
        try:
            article = read_article(src, fmt="text")
        except Exception as e:  # an empty flattened page
            print(f"{name}: {e}")
            continue
        narrated = RE.heard_runs(build_script(article))
        recall = RE.score_text(narrated, body)[0]
        have = set().union(*(RE.grams(RE.toks(t)) for t in narrated)) if narrated else set()
        kind = {}
        for b in article.blocks:
            kind.setdefault(b.index, b.kind)
        span, raw = seen["span"], seen["raw"]
        held = [RE.grams(RE.toks(rb.text)) for rb in raw]
        need = len(RE.grams(RE.toks(" ".join(body)))) or 1
        lost = []
        for b in body:
            miss = RE.grams(RE.toks(b)) - have
            if not miss:
                continue
            holders = collections.Counter({i: len(miss & g) for i, g in enumerate(held) if miss & g})
            if holders:
                i = holders.most_common(1)[0][0]
                where = "none" if span is None else "before" if i < span[0] else "after" if i > span[1] else "in"
                cls, at = f"{kind.get(i, '?')}/{where}", f"#{i}"
            else:
                cls, at = "absent", ""
            lost.append((len(miss), cls, at, b[:100]))
            tally[cls] += len(miss) / need
        pages.append((1 - recall, name, span, len(raw), lost))
    for loss, name, span, n, lost in sorted(pages, reverse=True):
        if loss >= 0.005:
            print(f"{loss:.3f} {name} span={span} of {n} blocks")
            for k, cls, at, t in sorted(lost, reverse=True)[:8]:
                print(f"     {k:4d} {cls:18s} {at:6s} {t}")
    print(f"tally (recall lost, summed over pages; / {len(pages)} = the mean's share):")
    for cls, v in tally.most_common():
        print(f"  {cls:20s} {v:.3f}  ({v / max(len(pages), 1):.4f})")


if __name__ == "__main__":
    main(sys.argv[1:])
