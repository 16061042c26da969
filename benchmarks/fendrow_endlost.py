"""Scratch (session 24, fendrow): the deva pages where the shipped story-end weights lose a "with" snippet, the blocks cut.
    PYTHONHASHSEED=0 python benchmarks/fendrow_endlost.py CACHE.pkl"""
import sys, json
sys.path.insert(0, "benchmarks")
import train_storyend as T
from audioed.read import storyend
pages = T.load(T.Path(sys.argv[1]))
model = json.loads(T.OUT.read_text())
for p in pages:
    if p["src"] != "traf": continue
    cut = T.first_cut(p, model)
    a, b = T.page_effect(p, cut)
    if a:
        raw = p["state"][0]
        print("==", p["name"], "cut", cut, "lost", a, "removed", b)
        fs = dict(p["cands"])
        for k in sorted(p["chosen"]):
            if k >= cut - 3:
                f = fs.get(k)
                extra = "" if f is None else " ".join(f"{x}={f[x]:.2f}" for x in storyend.ROW_FEATURES) + f" p={storyend.probability(f, model):.2f}"
                print(f"  {k} {'CUT' if k>=cut else '   '} {raw[k].text[:90]!r} {extra}")
