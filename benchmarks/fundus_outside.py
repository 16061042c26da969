"""Where the narrated words outside the expected article are on fundus half a's flattened pages (session 26,
ffprec): each narrated body block's words outside the article (fundus's word splitter, CJK by character),
placed against the article's own blocks on the page (above the first block that is mostly the article's,
below the last, inside, or "none" when no block is), with the story's run. Prints pages by words outside,
then a tally by place; writes the rows to ROWS (default output/fundus-leaks.pkl, git-ignored) for
`fundus_leak_causes.py`. Half a only: half b is for figures.

    PYTHONHASHSEED=0 python benchmarks/fundus_outside.py [FUNDUS_DIR FLAT_DIR [ROWS]]   # default .corpora/fundus .corpora/flat-fundus
"""
import collections
import pickle
import sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
import reading_eval as RE
from reading_fundus import tuning_texts
from reading_postlight import words
from story_watch import watch_story_span
from audioed.read import parse
from audioed.read.story import BODY

args = sys.argv[1:] + [".corpora/fundus", ".corpora/flat-fundus", "output/fundus-leaks.pkl"][len(sys.argv[1:]):]
root, flat, rows_file = Path(args[0]), Path(args[1]), Path(args[2])
if not flat.is_dir():
    sys.exit(f"{flat}: no flattened fundus pages (reading_eval.py fundus FUNDUS_DIR --flat={flat} --flatten)")
seen = watch_story_span()
out = []
for p, text in tuning_texts(root, flat):
    try:
        art = parse(text, fmt="text", source=p["name"])
    except Exception as e:
        print("ERR", p["name"], e); continue
    truth = RE.grams(words(" ".join(p["body"])))
    span = seen.get("span")
    rows = []
    for b in art.blocks:
        if b.kind in BODY:
            bad, total, _ = RE.leak_count([b.text], truth, words)
            rows.append((b.index, b.kind, total, bad, b.text))
    own = [i for i, _, total, bad, _ in rows if total >= 8 and bad <= total / 2]
    first, last = (own[0], own[-1]) if own else (None, None)
    leaks = []
    for i, kind, total, bad, t in rows:
        if not bad: continue
        where = "none" if first is None else "above" if i < first else "below" if i > last else "inside"
        leaks.append((i, where, kind, total, bad, t))
    out.append(dict(name=p["name"], span=span, leaks=leaks, rows=rows, blocks=[(b.index, b.kind, b.text) for b in art.blocks]))
rows_file.parent.mkdir(parents=True, exist_ok=True)
pickle.dump(out, open(rows_file, "wb"))
tally = collections.Counter()
for o in sorted(out, key=lambda o: -sum(x[4] for x in o["leaks"])):
    tot = sum(x[4] for x in o["leaks"])
    if not tot: continue
    print(f"{tot:5d} {o['name']} run={o['span']}")
    for i, where, kind, total, bad, t in o["leaks"]:
        tally[where] += bad
        print(f"     #{i:<4d} {where:6s} {kind:9s} {bad:4d}/{total:<4d} {' '.join(t.split())[:150]}")
print("by place:", dict(tally.most_common()), "total", sum(tally.values()))
