"""How high a reader that decides per flattened block can go on trafilatura's evaluation pages, scored
as `reading_eval.py traf` scores the flattened text (snippet precision, recall, F1 over the summed
tp/fp/fn of the "with" and "without" snippets; reading_traf.snippet_counts, snippet_key, prf).

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/traf_oracle.py TRAF_DIR FLAT_DIR --half=deva|devb|held [--pages]

(TRAF_DIR .corpora/traf, FLAT_DIR .corpora/flat-traf.) The pages and their flattened text are read as
`reading_eval.py traf --formats=text` reads them (reading_traf.traf_pages, the page's text without its
address; a page without a flattened file is left out, a page the reader refuses scores nothing), and
these readers are scored on the same pages, totals only (--pages lists deva's pages; never devb's or
held's):

1. the reader as is: the benchmark's body figure (it must equal `reading_eval.py traf`'s "audioed text"
   tp/fp/fn for the half), and its "narrated" figure (the intro's dek + the body);
2. the reader's choices as whole blocks: the raw blocks (text.split_blocks, as the reader splits them)
   a body line came from, each heard whole (what block granularity alone does to the reader's figure:
   lines `cleanup` cuts out of a story block come back, the script's rewording goes);
3. the block oracle: every raw block heard iff it holds more "with" than "without" snippets (ties: not
   heard); a snippet over two or more blocks counts for each block of the shortest run holding it;
4. the oracle restricted to the reader's choices plus the dek (the reader's blocks and the dek block,
   the oracle's "no" ones dropped: what dropping whole blocks can gain), and the reader's choices plus
   the oracle's "yes" blocks (what adding whole blocks can gain); with the count of snippets heard only
   in the intro's dek (the lede taken as the dek is heard there, not in the body the benchmark scores);
5. run bounds (best contiguous span): per page the span [s, e] of raw blocks that maximises tp - fp
   (ties: fewer fp, then the span nearest the reader's run), (a) keeping the reader's choices inside
   its own run and hearing whole every block the new bounds add, (c) the same among the spans no
   worse than the reader's run on either count (no tp lost, no fp added: what moving the start or the
   end alone fixes), (b) hearing every block of the span (a reader with no choice inside its run);
   and where the reader's own misses and leaks lie (above or below its run, inside it; above, below or
   between the blocks holding "with" snippets);
6. every block of 12+ words (the benchmark's baseline, as a check on the matching);
and the counts of what no block choice can get right: "with" snippets not in the flattened text at all; "without"
   snippets that are substrings of a "with" snippet; "without" snippets inside a block holding "with"
   snippets (a mixed block; how many of them the oracle hears); and what else the oracle leaks or
   misses.

Rows 2-5 are scored on the raw blocks' text joined by spaces with reading_traf.snippet_counts (the
benchmark's matching), not on the script's lines. Analysis only: nothing here is a reading rule.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import BODY_ROLES, heard_runs, narrated_runs  # noqa: E402
from reading_traf import prf, snippet_counts, snippet_key, traf_pages  # noqa: E402
from story_watch import watch_story_span  # noqa: E402

from audioed.read import parse  # noqa: E402
from audioed.read.text import split_blocks  # noqa: E402
from audioed.script import build_script  # noqa: E402


def occurrences(key: str, keys: list[str], reach: int = 12) -> list[tuple[int, int]]:
    """The block runs (i, j) holding `key`: every single block holding it, else the shortest runs of
    consecutive blocks whose joined text holds it (a snippet over a block break)."""
    if not key:
        return []
    single = [(i, i) for i, k in enumerate(keys) if key in k]
    if single:
        return single
    out = []
    for i in range(len(keys)):
        if not keys[i]:
            continue
        for j in range(i + 1, min(i + reach, len(keys))):
            if key in " ".join(keys[i:j + 1]):
                if key not in " ".join(keys[i + 1:j + 1]):
                    out.append((i, j))
                break
    return out


def heard(blocks: list[str], chosen) -> str:
    return " ".join(blocks[i] for i in sorted(chosen))


def set_score(chosen: set[int], w_occ: list, wo_occ: list) -> tuple[int, int]:
    """(tp, fp) of a choice of blocks from the snippets' block runs (a snippet heard when one of its
    runs is wholly chosen): fast, for the span search; the rows are rescored on the text."""
    tp = sum(any(all(k in chosen for k in range(a, b + 1)) for a, b in occ) for occ in w_occ)
    fp = sum(any(all(k in chosen for k in range(a, b + 1)) for a, b in occ) for occ in wo_occ)
    return tp, fp


def best_span(n: int, w_occ: list, wo_occ: list, inner: set[int] | None, run, floor=None) -> tuple | None:
    """The span of blocks maximising tp - fp (fewer fp, then nearest the reader's run, on ties).
    `inner`: the reader's choices, kept inside its run (None: every block of the span heard).
    `floor` (tp, fp): only spans with at least that tp and at most that fp (never worse on either)."""
    if n == 0:
        return None
    rs, re_ = run if run else (0, n - 1)
    cand = {i for occ in w_occ + wo_occ for a, b in occ for i in (a, b)} | {rs, re_}
    cand = sorted(i for i in cand if 0 <= i < n)
    best, best_key = None, None
    for s in cand:
        for e in cand:
            if e < s:
                continue
            if inner is None:
                chosen = set(range(s, e + 1))
            else:
                chosen = {i for i in range(s, e + 1) if i in inner or not (run and rs <= i <= re_)}
            tp, fp = set_score(chosen, w_occ, wo_occ)
            if floor and (tp < floor[0] or fp > floor[1]):
                continue
            key = (tp - fp, -fp, -(abs(s - rs) + abs(e - re_)))
            if best_key is None or key > best_key:
                best, best_key = (s, e, chosen), key
    return best


def covered(occ: list[tuple[int, int]]) -> set[int]:
    """Every block of a snippet's block runs."""
    return {k for a, b in occ for k in range(a, b + 1)}


def reader_rows(blocks, item, body, narrated, run, chosen, dek, w_occ, wo_occ) -> dict[str, tuple]:
    """Each reader's (tp, fp, fn, tn) on one page."""
    votes = collections.Counter()
    for occ, v in [(o, 1) for o in w_occ] + [(o, -1) for o in wo_occ]:
        for i in covered(occ):
            votes[i] += v
    oracle = {i for i, v in votes.items() if v > 0}
    spans = {}
    for label, inner in (("span a", chosen), ("span b", None)):
        found = best_span(len(blocks), w_occ, wo_occ, inner, run)
        spans[label] = found[2] if found else set()
    base = {i for i in chosen if not run or run[0] <= i <= run[1]}  # the reader's run, as a span
    found = best_span(len(blocks), w_occ, wo_occ, chosen, run, floor=set_score(base, w_occ, wo_occ))
    spans["span c"] = found[2] if found else base
    return {
        "1. reader as is (body, the benchmark)": snippet_counts(body, item),
        "1n. reader as is, narrated (intro dek + body)": snippet_counts(narrated, item),
        "2. reader's choices as whole blocks": snippet_counts(heard(blocks, chosen), item),
        "2d. reader's choices + dek block, whole": snippet_counts(heard(blocks, chosen | dek), item),
        "3. block oracle (more with than without)": snippet_counts(heard(blocks, oracle), item),
        "4a. oracle within reader's choices + dek": snippet_counts(heard(blocks, (chosen | dek) & oracle), item),
        "4b. reader's choices + oracle's yes blocks": snippet_counts(heard(blocks, chosen | oracle), item),
        "5a. run bounds, reader's choices inside": snippet_counts(heard(blocks, spans["span a"]), item),
        "5c. run bounds, never losing a tp or adding an fp": snippet_counts(heard(blocks, spans["span c"]), item),
        "5b. best contiguous span, all heard": snippet_counts(heard(blocks, spans["span b"]), item),
        "6. every block of 12+ words (baseline)": snippet_counts(
            heard(blocks, {i for i, b in enumerate(blocks) if len(b.split()) >= 12}), item),
        "_oracle": oracle,
    }


def oracle_causes(causes, blocks, whole, oracle, wkeys, wokeys, w_occ, wo_occ, w_in) -> None:
    """Count what no block choice gets right, and why the oracle misses or leaks."""
    ok = snippet_key(heard(blocks, oracle))
    for w, occ in zip(wkeys, w_occ):
        causes["with total"] += 1
        if w not in whole:
            causes["with: not in the flattened text"] += 1
        elif not occ:
            causes["with: in the text, over more blocks than searched"] += 1
        elif w not in ok:
            causes["with: oracle misses (its blocks hold as many or more without)"] += 1
    story_text = snippet_key(heard(blocks, {i for i in oracle if w_in[i] > 0}))
    for wo, occ in zip(wokeys, wo_occ):
        causes["without total"] += 1
        if not occ:
            continue
        if any(wo and wo in w for w in wkeys):
            causes["without: a substring of a with snippet"] += 1
            if wo in ok:
                causes["without, a substring of a with snippet: oracle leaks"] += 1
        elif any(w_in[k] > 0 for k in covered(occ)):
            causes["without: in a block holding with snippets (mixed)"] += 1
            if wo in ok:
                causes["without, mixed block: oracle leaks"] += 1
        elif wo in ok:
            causes["without: oracle leaks otherwise (joined blocks)"] += 1
        if wo in ok and wo in story_text:
            causes["without: in the story's own text (a block the oracle hears)"] += 1


def reader_error_places(causes, bk, whole, run, chosen, wkeys, wokeys, w_occ, wo_occ, w_in) -> None:
    """Where the reader's own misses and leaks lie against its run and the story's extent (first to
    last block holding a "with" snippet): what moving the run's bounds alone could reach."""
    story_blocks = sorted(k for occ in w_occ for k in covered(occ))
    for w, occ in zip(wkeys, w_occ):
        if w in bk:
            continue
        blk = covered(occ)
        if w not in whole:
            where = "not in the flattened text"
        elif not blk:
            where = "in the text, blocks not found"
        elif run and all(k < run[0] for k in blk):
            where = "above the reader's run"
        elif run and all(k > run[1] for k in blk):
            where = "below the reader's run"
        elif not run:
            where = "no run found"
        elif all(k in chosen for k in blk):
            where = "in blocks the reader hears (changed by the script, or the dek)"
        else:
            where = "inside the run, a block the reader drops"
        causes[f"reader fn: {where}"] += 1
    for wo, occ in zip(wokeys, wo_occ):
        if not wo or wo not in bk:
            continue
        blk = covered(occ) & chosen
        if not blk:
            where = "not in a block the reader hears whole"
        elif not story_blocks:
            where = "page with no 'with' snippet in the text"
        elif all(k < story_blocks[0] for k in blk):
            where = "above the story's first 'with' block"
        elif all(k > story_blocks[-1] for k in blk):
            where = "below the story's last 'with' block"
        elif any(w_in[k] for k in blk):
            where = "in a block holding 'with' snippets"
        else:
            where = "between the story's 'with' blocks, a block of its own"
        causes[f"reader fp: {where}"] += 1


def main(argv: list[str]) -> None:
    opts = {a[2:].partition("=")[0]: a[2:].partition("=")[2] or True for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    half = opts.get("half")
    if len(args) != 2 or half not in ("deva", "devb", "held"):
        sys.exit(__doc__)
    show = bool(opts.get("pages")) and half == "deva"  # page names only on the looked-at quarter
    root, flat = Path(args[0]), Path(args[1])
    seen = watch_story_span()
    rows: dict[str, list] = collections.defaultdict(list)
    causes = collections.Counter()
    for name, _url, _html, item in traf_pages(root, half=half):
        src = flat / f"{name}.txt"
        if not src.exists():
            continue
        text = src.read_text(encoding="utf-8")
        blocks = split_blocks(text)
        keys = [snippet_key(b) for b in blocks]
        whole = snippet_key(text)
        seen["span"] = None
        try:  # exactly as reading_traf.cmd_traf reads the flattened text (no address)
            article = parse(text, fmt="text", source=name, url=None)
            script = build_script(article)
            body, narrated = " ".join(heard_runs(script)), " ".join(narrated_runs(script))
            run = seen["span"]
            chosen = {ln.paragraph for _, ln in script.lines() if ln.role in BODY_ROLES and ln.paragraph is not None}
            dek = {b.index for b in article.blocks if b.kind == "dek"} if narrated != body else set()
        except Exception as e:  # a refused page scores nothing, as in the benchmark
            print(f"{name}: refused ({type(e).__name__})" if show else "a page refused")
            body = narrated = ""
            run, chosen, dek = None, set(), set()
        wkeys = [snippet_key(w) for w in item["with"]]
        wokeys = [snippet_key(w) for w in item["without"]]
        w_occ = [occurrences(w, keys) for w in wkeys]
        wo_occ = [occurrences(w, keys) for w in wokeys]
        w_in = collections.Counter(k for occ in w_occ for k in covered(occ))  # "with" snippets per block
        page = reader_rows(blocks, item, body, narrated, run, chosen, dek, w_occ, wo_occ)
        oracle = page.pop("_oracle")
        for label, c in page.items():
            rows[label].append(c)
        bk, nk = snippet_key(body), snippet_key(narrated)
        causes["with heard only in the dek"] += sum(w not in bk and w in nk for w in wkeys)
        causes["without heard only in the dek"] += sum(w not in bk and w in nk for w in wokeys)
        oracle_causes(causes, blocks, whole, oracle, wkeys, wokeys, w_occ, wo_occ, w_in)
        reader_error_places(causes, bk, whole, run, chosen, wkeys, wokeys, w_occ, wo_occ, w_in)
        if show:
            print(name, " ".join(f"{k.split('.')[0]}:{c[1]}/{c[2]}" for k, c in page.items()), f"run {run}")
    n = len(rows["1. reader as is (body, the benchmark)"])
    print(f"== {half}: {n} pages with flattened text")
    for label, cs in rows.items():
        p, r, f = prf(cs)
        tp, fp, fn = (sum(c[i] for c in cs) for i in range(3))
        print(f"{label:<50} P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    for k, v in sorted(causes.items()):
        print(f"  {v:5d}  {k}")
    w_total = causes["with total"]
    reach = w_total - causes["with: not in the flattened text"]
    print(f"ceiling with every 'with' in the text heard and no 'without': F1 {2 * reach / (reach + w_total):.3f} "
          f"(tp {reach} fn {w_total - reach})")


if __name__ == "__main__":
    main(sys.argv[1:])
