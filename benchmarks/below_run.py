"""The story's closing half below the reader's run (fsplit2, session 25): on traf deva, per page, the best
run below the run (Kadane over the BELOW_REACH blocks under it, WEIGHT of score at least) with what a rule
joining it would read: the gap's length and whether a header stands in it (a link-list or comments header,
`story.HEADER_COST`), a date line within 6 blocks over it, a headline-shaped line right over it (2 blocks),
an opening "mid-thought" (lower case, or a pronoun or connective), topic words of five letters or more
(`story._TOPIC_WORD`) and capitalised names it shares with the run, and its label: the "with" / "without"
snippets wholly inside it (traf_oracle.occurrences on the raw blocks).

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/below_run.py TRAF_DIR FLAT_DIR --half=deva [--pages]

Prints the counts; --pages lists deva's candidates and the "with" snippets lost below the run (their block,
the run's end). Deva only: it names pages. Analysis only: nothing here is a reading rule.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import heard_runs  # noqa: E402
from reading_traf import snippet_key, traf_pages  # noqa: E402
from story_watch import watch_story_span  # noqa: E402
from traf_oracle import covered, occurrences  # noqa: E402

from audioed.read import parse, story  # noqa: E402
from audioed.read.metadata import is_date_line  # noqa: E402
from audioed.script import build_script  # noqa: E402

BELOW_REACH, WEIGHT = 60, 30
_MID = re.compile(r"^[\"“„‘(]?(?:[a-zäöüß]|(?i:but|and|yet|meanwhile|still|however|aber|doch|und|dennoch|jedoch|"
                  r"trotzdem|er|sie|es|he|she|they|it|this|that|these|those|so)\b)")
_NAME = re.compile(r"(?<=\s)([A-ZÄÖÜ][\w’'-]{3,})")


def _words(raw, a: int, b: int, pattern) -> set[str]:
    return {w.lower() for i in range(a, b + 1) for w in pattern.findall(raw[i].text)}


def below(raw, scores, span) -> dict | None:
    """The best run under the reader's run and what a joining rule would read of it."""
    lo = span[1] + 1
    found = story._densest(scores[lo:lo + BELOW_REACH])
    if found is None:
        return None
    a, b = found[0] + lo, found[1] + lo
    if sum(scores[a:b + 1]) < WEIGHT:
        return None
    gap = range(lo, a)
    upper, lower = _words(raw, *span, story._TOPIC_WORD), _words(raw, a, b, story._TOPIC_WORD)
    return dict(run=(a, b), weight=sum(scores[a:b + 1]), gap=len(gap),
                header=any(scores[i] <= -story.HEADER_COST or story.thread_header(raw[i].text)
                           or story.comments_header(raw[i].text) for i in gap),
                dated=any(is_date_line(raw[j].text) for j in range(max(lo, a - 6), a)),
                headed=any(story.headline_shaped(raw[j].text) and scores[j] < 0 for j in range(max(lo, a - 2), a)),
                mid=bool(_MID.match(raw[a].text)),
                shared=len(upper & lower), share=len(upper & lower) / max(1, len(lower)),
                names=len(_words(raw, *span, _NAME) & _words(raw, a, b, _NAME)))


def main(argv: list[str]) -> None:
    opts = {a[2:].partition("=")[0]: a[2:].partition("=")[2] or True for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2 or opts.get("half") != "deva":
        sys.exit(__doc__)
    show = bool(opts.get("pages"))
    seen = watch_story_span()
    counts = {"pages": 0, "lost below": 0, "candidates": 0, "no header between": 0, "with inside": 0,
              "without inside": 0, "the brief's guards pass (no header, date, headline; mid-thought)": 0}
    for name, _url, _html, item in traf_pages(Path(args[0]), half="deva"):
        src = Path(args[1]) / f"{name}.txt"
        if not src.exists():
            continue
        text = src.read_text(encoding="utf-8")
        seen["span"] = None
        try:
            body = snippet_key(" ".join(heard_runs(build_script(parse(text, fmt="text", source=name, url=None)))))
        except Exception:
            continue
        raw, span = seen["raw"], seen["span"]
        if raw is None or span is None:
            continue
        counts["pages"] += 1
        keys = [snippet_key(rb.text) for rb in raw]
        for w in (snippet_key(s) for s in item["with"]):
            blk = covered(occurrences(w, keys))
            if w not in body and blk and min(blk) > span[1]:
                counts["lost below"] += 1
                if show:
                    print(f"lost {name} run {span} block {min(blk)}: {raw[min(blk)].text[:80]!r}")
        cand = below(raw, story.block_scores(raw), span)
        if cand is None:
            continue
        a, b = cand["run"]
        w_in = sum(any(all(a <= k <= b for k in covered([o])) for o in occurrences(snippet_key(s), keys))
                   for s in item["with"])
        wo_in = sum(any(all(a <= k <= b for k in covered([o])) for o in occurrences(snippet_key(s), keys))
                    for s in item["without"])
        counts["candidates"] += 1
        if cand["header"]:
            continue
        counts["no header between"] += 1
        counts["with inside"] += w_in
        counts["without inside"] += wo_in
        passes = not (cand["dated"] or cand["headed"]) and cand["mid"]
        counts["the brief's guards pass (no header, date, headline; mid-thought)"] += passes
        if show:
            flags = " ".join(k for k in ("dated", "headed", "mid") if cand[k])
            print(f"cand {name[:40]:40} run {span} below {cand['run']} gap {cand['gap']} weight {cand['weight']:.0f} "
                  f"shared {cand['shared']} ({cand['share']:.2f}) names {cand['names']} {flags} with {w_in} "
                  f"without {wo_in}{' PASS' if passes else ''}")
    for k, v in counts.items():
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
