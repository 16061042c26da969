"""Scratch (session 24, fendrow): deva's "with" snippets heard by no rule below the last narrated block, by place and row shape.
    PYTHONHASHSEED=0 python benchmarks/fendrow_below.py CACHE.pkl [show]   # CACHE from train_storyend.py extract"""
import sys, collections
sys.path.insert(0, "benchmarks")
import train_storyend as T
from traf_oracle import covered
from audioed.read import storyend
from audioed.read.story import BODY
pages = T.load(T.Path(sys.argv[1]))
c = collections.Counter(); show = len(sys.argv) > 2
for p in pages:
    if p["src"] != "traf" or not p["state"]: continue
    raw, kinds, span = p["state"]
    if not p["chosen"] or span is None: continue
    last = max(p["chosen"])
    for occ in p["w_occ"]:
        if any(all(k in p["chosen"] for k in range(a, b + 1)) for a, b in occ) or not occ: continue
        a, b = occ[0]
        if a <= last: 
            c["above/inside last heard"] += 1; continue
        rows = all(storyend._row(raw[k].text) for k in range(a, b + 1))
        where = "in run" if b <= span[1] else "below run"
        c[(where, "row" if rows else "prose", "gap<=5" if a - last <= 5 else "far")] += 1
        if show and rows and a - last <= 8:
            print(p["name"], a - last, where, [kinds[k] for k in range(a, b+1)], repr(raw[a].text[:80]), "| last:", repr(raw[last].text[-60:]))
for k, v in sorted(c.items(), key=str): print(k, v)
