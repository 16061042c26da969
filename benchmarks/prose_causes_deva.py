"""traf deva's leaked "without" snippets (false positives), by the evidence a rule could see (session 27, ffprose):
each leaked snippet's narrated body block, put under the same first-match causes as `prose_causes.py` (a copy, a
caption, an author bio, a box under a label, a teaser, other), with its neighbours. deva only: devb and held are
never listed.

    PYTHONHASHSEED=0 python benchmarks/prose_causes_deva.py [TRAF_DIR FLAT_DIR]   # default .corpora/traf .corpora/flat-traf
"""
import collections
import sys
from pathlib import Path

sys.path.insert(0, "benchmarks")
sys.path.insert(0, ".")
from reading_traf import snippet_key, traf_pages  # noqa: E402

from audioed.read import parse  # noqa: E402
from audioed.read.story import BODY  # noqa: E402

args = sys.argv[1:] + [".corpora/traf", ".corpora/flat-traf"][len(sys.argv[1:]):]
root, flat = Path(args[0]), Path(args[1])
if not any((d / "evaldata.json").is_file() for d in (root, root / "tests")) or not flat.is_dir():
    sys.exit(f"{root}, {flat}: want trafilatura's evaluation (TRAF_DIR/tests/evaldata.json) and its flattened pages"
             " (bash benchmarks/fetch_corpora.sh traf; reading_eval.py traf TRAF_DIR --flat=FLAT_DIR --flatten)")
import prose_causes as PC  # noqa: E402

tab, rows = collections.Counter(), []
for name, url, html, item in traf_pages(root, None, "deva"):
    f = flat / f"{name}.txt"
    if not f.exists():
        continue
    try:
        art = parse(f.read_text(encoding="utf-8"), fmt="text", source=name)
    except Exception:
        continue
    blocks = art.blocks
    kinds, texts = [b.kind for b in blocks], [b.text for b in blocks]
    allg = [PC.grams(t) for t in texts]
    for w in item["without"]:
        key = snippet_key(w)
        hit = [n for n, b in enumerate(blocks) if b.kind in BODY and key in snippet_key(b.text)]
        if not hit:
            continue  # (across two blocks, or in the dek: the body figure does not count it then)
        n = hit[0]
        c = PC.cause(n, texts[n], kinds, texts, allg)
        tab[c] += 1
        near = lambda j: f"[{kinds[j]}] {texts[j][:70]}" if 0 <= j < len(blocks) else "-"  # noqa: E731
        rows.append((c, name[:40], texts[n][:120], near(n - 1), near(n + 1)))
print("| evidence | leaked snippets |\n| --- | --- |")
for c, k in tab.most_common():
    print(f"| {c} | {k} |")
for c, name, t, up, dn in sorted(rows):
    print(f"{c[:12]:12} {name:40} {t}\n{'':53}above {up}\n{'':53}below {dn}")
