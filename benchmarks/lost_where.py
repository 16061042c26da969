"""Where lost story text sits against the reader's run, and what stopped the run or dropped it (frecall27,
session 27). Two tuning sets: traf DEVA's missed "with" snippets (counted one each) and fundus half a's
expected paragraphs with unheard 4-grams (counted in 4-grams). Each lost item is traced to the flattened
block holding it (as the run was found, before any stage rewrote it) and classed:

- "absent": no block of the text holds it; "heard": its block is narrated (words cut, or heard as the dek);
- "inside": in the run, its block given a kind that is not the story's, by the stage that last did
  (`fundus_causes`' stage spies: `mark_outside_story`, `storyend.mark_story_end`, `tail.mark_tail` ...);
- "above" / "below": outside the run, with the distance and what stands between the run's edge and it: the
  lowest-scoring block between (its shape: a date line, a link-list or comments header, known furniture by
  its `cleanup.classify` kind, a headline-shaped line, a short line, a list item, markup), or "adjacent"
  when the lost block is the run's next block (then it is its own shape that stopped the run);
- "another run": the run holds none of the page's lost-or-heard story (a page whose run is on other text).

For the blocks outside the run it also prints the evidence a rule could read (`--evidence`): the lost
block's own score and shape, whether it is a sentence, whether prose of the story lies on its far side too
(a sandwich), whether the run's edge is mid-sentence (no closing stop, or a lower-case opening), and the
topic words (five letters or more) it shares with the run.

    PYTHONHASHSEED=0 python benchmarks/lost_where.py deva TRAF_DIR FLAT_DIR [--evidence]
    PYTHONHASHSEED=0 python benchmarks/lost_where.py fundus FUNDUS_DIR FLAT_DIR [--evidence]
    PYTHONHASHSEED=0 python benchmarks/lost_where.py wcxb WCXB_DIR FLAT_DIR [--evidence]   (half a only)

Tuning sets only (it names pages): deva, fundus half a, WCXB half a (frecall29). Analysis only: nothing here is a reading rule.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fundus_causes as FC  # noqa: E402
from reading_eval import heard_runs  # noqa: E402
from reading_postlight import words  # noqa: E402

from audioed.read import cleanup, headers, parse, story  # noqa: E402
from audioed.read.dates import is_date_line  # noqa: E402
from audioed.read.prose import Context  # noqa: E402
from audioed.script import build_script  # noqa: E402

_STOP = re.compile(r"[.!?…。！？:][\"'”’»)\]]*\s*$")


def shape(t: str, score: float) -> str:
    """A block's shape, for the tables only."""
    n = len(t.split())
    if is_date_line(t):
        return "date line"
    if story.comments_header(t) or story.thread_header(t):
        return "comments header"
    if headers.more_stories(t, Context()):
        return "link-list header"
    kind = cleanup.classify(t, Context())
    if kind:
        return f"furniture:{kind}"
    if score <= -story.GAP_COST and n > 8:
        return "markup/legal"
    if story._LIST_ITEM.match(t):
        return "list item"
    if story.headline_shaped(t):
        return "headline-shaped"
    if n <= 8:
        return "short line"
    if score > 0:
        return "prose"
    return "other"


def place(i: int, span, scores, texts) -> tuple[str, str]:
    """(where, what stands between the run's edge and block i)."""
    if span is None:
        return "no run", "-"
    if span[0] <= i <= span[1]:
        return "inside", "-"
    side, between = ("above", range(i + 1, span[0])) if i < span[0] else ("below", range(span[1] + 1, i))
    d = len(between) + 1
    dist = "1" if d == 1 else "2-3" if d <= 3 else "4-10" if d <= 10 else "11+"
    if not between:
        return f"{side} {dist}", "adjacent: " + shape(texts[i], scores[i])
    j = min(between, key=lambda k: scores[k])
    return f"{side} {dist}", shape(texts[j], scores[j])


def evidence(i: int, span, scores, texts) -> str:
    t, run = texts[i], set()
    raw = FC.state.get("raw")
    own = story._story_score(raw[i]) if raw else scores[i]
    blurbs = story._scores(raw)[1] if raw else set()
    between = range(i + 1, span[0]) if i < span[0] else range(span[1] + 1, i)
    # (frecall29: a teaser blurb zeroed, its own score before, and what crossing to it costs)
    cost = sum(scores[k] for k in between)
    zeroed = sum(k in blurbs for k in between)
    for k in range(span[0], span[1] + 1):
        run |= {w.lower() for w in story._TOPIC_WORD.findall(texts[k])}
    shared = {w.lower() for w in story._TOPIC_WORD.findall(t)} & run
    if i < span[0]:
        far = any(scores[k] >= 20 for k in range(max(0, i - 6), i))
        edge = texts[span[0]]
        mid = bool(re.match(r"^[\"“‘(]?[a-z]", edge)) or not _STOP.search(t)
    else:
        far = any(scores[k] >= 20 for k in range(i + 1, min(len(texts), i + 7)))
        edge = texts[span[1]]
        mid = not _STOP.search(edge) or bool(re.match(r"^[\"“‘(]?[a-z]", t))
    return (f"score {scores[i]:.0f} {shape(t, scores[i])}, prose beyond {'y' if far else 'n'}, "
            f"mid-sentence {'y' if mid else 'n'}, shared {len(shared)}, own {own:.0f}"
            f"{' blurb' if i in blurbs else ''}, between {cost:.0f} ({zeroed} blurbs)")


def _missed_with(name: str, src: Path, with_: list[str], count_heard: bool):
    """(article, items) of a page's missed "with" snippets, one each, traced to the raw block holding
    them; None for an empty or refused page. `count_heard`: record how many were heard (wcxb's
    "another run" needs it; deva's keeps session 27's reading)."""
    from reading_traf import snippet_key
    if not src.exists() or not src.read_text(encoding="utf-8").strip():
        return None
    FC.state.clear()
    FC.state.update(who={}, last=None, span=None, texts=[])
    try:
        article = parse(src.read_text(encoding="utf-8"), fmt="text", source=name)
    except Exception as e:  # noqa: BLE001 - an empty page scores nothing
        print(f"{name}: {e}")
        return None
    body = snippet_key(" ".join(heard_runs(build_script(article))))
    keys = [snippet_key(x) for x in FC.state["texts"]]
    if count_heard:
        FC.state["heard_with"] = sum(snippet_key(w) in body for w in with_)
    items = []
    for w in with_:
        k = snippet_key(w)
        if k in body:
            continue
        i = next((j for probe in (k, k[:30]) for j, b in enumerate(keys) if probe and probe in b), None)
        items.append((1, i, w))
    return article, items


def _deva(root: Path, flat: Path):
    from reading_traf import traf_pages
    for name, _url, _html, item in traf_pages(root, half="deva"):
        if found := _missed_with(name, flat / f"{name}.txt", item["with"], count_heard=False):
            yield name, *found


def _wcxb(root: Path, flat: Path):
    """WCXB half a's missed "with" snippets (frecall29): as deva's, one each, in the text figure's key."""
    from reading_wcxb import wcxb_pages
    for page in wcxb_pages(root, "a"):
        if found := _missed_with(page["name"], flat / f"{page['name']}.txt", page["item"]["with"], count_heard=True):
            yield page["name"], *found


def _fundus(root: Path, flat: Path):
    from reading_fundus import tuning_texts
    for page, text in tuning_texts(root, flat):
        article, recall, items = FC.missed(page, text)
        if recall < 1.0:
            yield page["name"], article, items


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3 or args[0] not in ("deva", "fundus", "wcxb"):
        sys.exit(__doc__)
    show = "--evidence" in argv
    FC.install()  # (its span spy keeps the raw blocks too, for their scores)
    pages = dict(deva=_deva, fundus=_fundus, wcxb=_wcxb)[args[0]](Path(args[1]), Path(args[2]))
    by_where, by_stop, by_stage, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    rows = []
    for name, article, items in pages:
        span, texts = FC.state["span"], FC.state["texts"]
        scores = story.block_scores(FC.state["raw"]) if FC.state.get("raw") else [0.0] * len(texts)
        final = {}
        for b in article.blocks:
            final.setdefault(b.index, b.kind)
        placed = [i for _, i, _ in items if i is not None]
        # the run on other text: none of the lost blocks it holds, and every lost one outside it far away
        # (WCXB: and none of the page's "with" snippets heard)
        for n, i, text in items:
            total += n
            if i is None:
                where, stop, stage = "absent", "-", "-"
            elif final.get(i) in story.BODY:
                where, stop, stage = "heard", "-", "(words cut or dek)"
            else:
                where, stop = place(i, span, scores, texts)
                stage = FC.state["who"].get(i, "?")
                if final.get(i) == "dek":
                    where, stage = "heard", "dek"
            if where.startswith(("above", "below")) and span and not FC.state.get("heard_with") and \
                    all(not span[0] - 10 <= k <= span[1] + 10 for k in placed):
                where = "another run (" + where.split()[0] + ")"
            by_where[where] += n
            by_stop[(where.split()[0], stop)] += n
            by_stage[(where.split()[0], final.get(i, "-") if i is not None else "-", stage)] += n
            ev = evidence(i, span, scores, texts) if show and span and where.startswith(("above", "below")) else ""
            rows.append((name, n, where, stop, stage, i, span, text, ev))
    if show:
        for name, n, where, stop, stage, i, span, text, ev in rows:
            print(f"{name[:34]:<34} {n:>4} {where:<12} #{i if i is not None else '-'} run {span} {stop:<28} "
                  f"{stage:<26} {text[:70]!r}  {ev}")
    print(f"\n{total} lost ({'4-grams' if args[0] == 'fundus' else 'snippets'})")
    for title, tally in (("place", by_where), ("place and what stands between", by_stop),
                         ("place, final kind and stage", by_stage)):
        print(f"by {title}:")
        for key, n in tally.most_common():
            print(f"   {n:>6}  {key}")


if __name__ == "__main__":
    main(sys.argv[1:])
