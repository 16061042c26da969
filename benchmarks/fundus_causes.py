"""Where fundus half a's unheard story words went, and which stage of the reader dropped them.

Each expected paragraph (or subheading) with 4-grams not heard is traced to the flattened block holding
most of them (the block as the run was found, before any stage rewrote it); that block's place against
the story's run (above / in / below, or "none": no run), its final kind, and the stage of `build_article`
that last took it out of the body (classify: `cleanup.classify` or the format's hint; else the stage's
name, e.g. `mark_outside_story`, `storyend.mark_story_end`; "heard": the block is narrated, the words are
cut out of it or it is heard as the dek; "absent": no block of the text holds them). Half a only (the
tuning half). Prints the pages under RECALL (default 0.95) with their lost paragraphs, then the tallies
in lost 4-grams (about words).

    PYTHONHASHSEED=0 python benchmarks/fundus_causes.py .corpora/fundus .corpora/flat-fundus [RECALL] [NAME,...]
"""

from __future__ import annotations

import collections
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import grams, heard_runs, score_text  # noqa: E402
from reading_fundus import tuning_texts  # noqa: E402
from reading_postlight import words  # noqa: E402

from audioed.read import (build, furniture, ingredients, insets, lede, notices, parse, storyend,  # noqa: E402
                          storystart, subheads, tail)
from audioed.read.story import BODY  # noqa: E402
from audioed.script import build_script  # noqa: E402

STAGES_IN_BUILD = ("_strip_stray_lines", "_mark_title", "find_byline", "mark_outside_story", "_mark_highlights",
                   "_mark_box_above_lede", "_mark_dek", "_mark_tail", "mark_pull_quotes")
STAGES_IN_MODULES = ((furniture, "mark_furniture"), (tail, "mark_tail"), (subheads, "mark_headings"),
                     (lede, "mark_opening"), (lede, "mark_after_dek"), (furniture, "mark_credited_captions"),
                     (insets, "mark_insets"), (ingredients, "mark_quantities"), (notices, "mark_disclosures"),
                     (storystart, "mark_story_start"), (storyend, "mark_story_end"), (tail, "mark_second_piece"),
                     (tail, "mark_closing_lines"), (tail, "mark_announced"))

state: dict = {}


def _note(kinds: list[str], stage: str) -> None:
    """Blocks that left the body since the last look are the stage's."""
    last = state.get("last")
    for i, k in enumerate(kinds):
        before = last[i] if last is not None else None
        if before is None:
            if k not in BODY:
                state["who"][i] = "classify"
        elif before in BODY and k not in BODY:
            state["who"][i] = stage
        elif before not in BODY and k in BODY:
            state["who"].pop(i, None)
    state["last"] = list(kinds)


def _wrap(fn, stage):
    @functools.wraps(fn)
    def spy(*args, **kw):
        kinds = args[1]
        _note(kinds, "between stages (" + stage + ")")
        out = fn(*args, **kw)
        _note(kinds, stage)
        return out
    return spy


def install() -> None:
    for name in STAGES_IN_BUILD:
        setattr(build, name, _wrap(getattr(build, name), name))
    for mod, name in STAGES_IN_MODULES:
        setattr(mod, name, _wrap(getattr(mod, name), f"{mod.__name__.rsplit('.', 1)[-1]}.{name}"))
    found = build.story_span

    def span_spy(raw, scores=None, lists=True):
        span = found(raw, scores, lists=lists)
        if lists:  # (the body's run; the masthead's, without the story's lists, is asked after it: row 80)
            state["span"], state["texts"], state["raw"] = span, [rb.text for rb in raw], raw
        return span
    build.story_span = span_spy


def missed(page: dict, text: str) -> tuple[object, float, list[tuple[int, int | None, str]]]:
    """Read `text` with the spies on; the article, its recall, and each expected paragraph not all heard as
    (4-grams missing, the index of the page block holding most of them or None, the paragraph)."""
    state.clear()
    state.update(who={}, last=None, span=None, texts=[])
    article = parse(text, fmt="text", source=page["name"])
    heard = heard_runs(build_script(article))
    recall = score_text(heard, page["body"], words)[0]
    have = set().union(*(grams(words(t)) for t in heard)) if heard else set()
    held = [grams(words(t)) for t in state["texts"]]
    out = []
    for para in page["body"]:
        miss = grams(words(para)) - have
        if miss:
            holders = collections.Counter({i: len(miss & g) for i, g in enumerate(held) if miss & g})
            out.append((len(miss), holders.most_common(1)[0][0] if holders else None, para))
    return article, recall, out


def trace(page: dict, text: str) -> tuple[float, list[tuple]]:
    article, recall, items = missed(page, text)
    final = {}
    for b in article.blocks:
        final.setdefault(b.index, b.kind)
    span = state["span"]
    lost = []
    for n, i, para in items:
        if i is None:
            lost.append((n, "absent", "-", "-", None, para))
            continue
        where = "none" if span is None else "above" if i < span[0] else "below" if i > span[1] else "in"
        kind = final.get(i, "?")
        who = "heard" if kind in BODY else state["who"].get(i, "?")
        lost.append((n, where, kind, who, i, para))
    return recall, lost


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    root, flat = Path(argv[0]), Path(argv[1])
    try:
        under = float(argv[2]) if len(argv) > 2 else 0.95
    except ValueError:
        sys.exit(f"RECALL is a number, not {argv[2]!r}")
    only = argv[3].split(",") if len(argv) > 3 else None
    install()
    by_where, by_who, by_both, pages = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for page, text in tuning_texts(root, flat):
        if only and page["name"] not in only:
            continue
        recall, lost = trace(page, text)
        if recall >= under:
            continue
        pages += 1
        print(f"{page['name']}  recall {recall:.3f}  run {state['span']} of {len(state['texts'])} blocks")
        for n, where, kind, who, i, para in lost:
            print(f"   {n:>4}  {where:<5} #{i if i is not None else '-':<4} {kind:<10} {who:<32} {para[:90]!r}")
            by_where[where] += n
            by_who[who] += n
            by_both[(where, who)] += n
    print(f"\n{pages} pages under {under}")
    for title, tally in (("place", by_where), ("stage", by_who), ("place and stage", by_both)):
        print(f"lost 4-grams by {title}:")
        for key, n in tally.most_common():
            print(f"   {n:>6}  {key}")


if __name__ == "__main__":
    main(sys.argv[1:])
