"""Scratch (session 24, fendrow): a learned extension below the story's last heard block (rows the run left out), out of fold.
    PYTHONHASHSEED=0 [SKIP=1] python benchmarks/fendrow_extend.py CACHE.pkl"""
import sys, json, collections, math
import numpy as np
sys.path.insert(0, "benchmarks")
import train_storyend as T
from traf_oracle import covered
from audioed.read import storyend, furniture
from audioed.read.story import BODY, block_scores, headline_shaped
from audioed.read.cleanup import is_sentence, words
from audioed.read.learned import caps_share, digit_share, content_words, probability
K = 8
import os
SKIP = bool(os.environ.get('SKIP'))
NAMES = ["bias", "log_words", "ends_stop", "ends_colon", "no_end", "sentence", "headline", "link", "caps", "digits",
         "key_value", "figures", "same_shape", "lead_colon", "label_colon_above", "dist", "overlap", "repeated", "score", "row", "rest_rows"]
model_end = json.loads(T.OUT.read_text())
pages = T.load(T.Path(sys.argv[1]))
def block_story(p):
    if p["src"] == "traf":
        w = collections.Counter(k for occ in p["w_occ"] for k in covered(occ))
        wo = collections.Counter(k for occ in p["wo_occ"] for k in covered(occ))
        return {k: (True if w[k] > wo[k] else False if wo[k] else None) for k in range(p["n"])}
    return dict(enumerate(p["story"]))
rows = []
for n, p in enumerate(pages):
    if not p["state"] or not p["chosen"]: continue
    raw, kinds, span = p["state"]
    cut = T.first_cut(p, model_end)
    if cut is not None: continue
    last = max(p["chosen"])
    heardtxt = set()
    for k in p["chosen"]: heardtxt |= content_words(raw[k].text)
    cnt = collections.Counter(rb.text for rb in raw)
    scores = block_scores(raw)
    st = block_story(p)
    lead = raw[last].text.rstrip()
    seq = []
    for d, j in enumerate(range(last + 1, min(len(raw), last + 1 + K))):
        t = raw[j].text
        cw = content_words(t)
        nw = len(words(t))
        f = dict(bias=1.0, log_words=math.log1p(nw), ends_stop=float(bool(storyend._STOP_END.search(t))),
                 ends_colon=float(t.rstrip().endswith(":")), no_end=float(not t.rstrip()[-1:] in ".!?:\"'”)"),
                 sentence=float(is_sentence(t)), headline=float(headline_shaped(t)), link=float(furniture.link_shaped(t)),
                 caps=caps_share(t), digits=digit_share(t), key_value=float(bool(storyend._KEY_VALUE.match(t))),
                 figures=sum(bool(storyend._FIGURE.search(w)) for w in t.split()) / max(1, len(t.split())),
                 same_shape=sum(storyend._shape(raw[x].text) == storyend._shape(t) for x in (j - 1, j + 1) if 0 <= x < len(raw)) / 2,
                 lead_colon=float(lead.endswith(":")), label_colon_above=float(any(raw[x].text.rstrip().endswith(":") for x in range(last + 1, j))),
                 dist=d / K, overlap=len(cw & heardtxt) / len(cw) if cw else 0.0, repeated=float(cnt[t] > 1),
                 score=max(-2, min(1, scores[j] / max(1, nw))), row=float(storyend._row(t)),
                 rest_rows=0.0)
        seq.append((j, f, st.get(j)))
    for a in range(len(seq)):
        seq[a][1]["rest_rows"] = sum(s[1]["row"] for s in seq[a:]) / len(seq[a:])
    rows.append((n, p, seq))
def mat(sel):
    X, y = [], []
    for n, p, seq in sel:
        for j, f, lab in seq:
            if lab is None: continue
            X.append([f[k] for k in NAMES]); y.append(1.0 if lab else 0.0)
    return np.array(X), np.array(y)
X, y = mat(rows); print("labelled", len(y), "story", int(y.sum()))
fold = {n: f for n, f in zip(range(len(pages)), np.random.default_rng(0).permutation(len(pages)) % 5)}
def effect(p, added):
    if p["src"] == "traf":
        ch = p["chosen"] | added
        def c(occs, chosen): return sum(any(all(k in chosen for k in range(a, b + 1)) for a, b in occ) for occ in occs)
        return c(p["w_occ"], ch) - c(p["w_occ"], p["chosen"]), c(p["wo_occ"], ch) - c(p["wo_occ"], p["chosen"])
    return sum(p["words"][k] for k in added if p["story"][k]), sum(p["words"][k] for k in added if p["story"][k] is False)
for C in (0.1, 1.0):
    ms = [T.train(*mat([r for r in rows if fold[r[0]] != k]), C, 1.0, NAMES) for k in range(5)]
    for th in (0.5, 0.6, 0.7, 0.8, 0.9):
        tot = collections.defaultdict(lambda: [0, 0, 0])
        for n, p, seq in rows:
            m = ms[fold[n]]
            added = set()
            for j, f, lab in seq:
                if probability(f, m) >= th: added.add(j)
                elif not SKIP: break
            g, b = effect(p, added)
            t = tot[p["src"]]; t[0] += g; t[1] += b; t[2] += bool(added)
        print(f"C {C} th {th}: " + " | ".join(f"{s} gained {v[0]} added {v[1]} pages {v[2]}" for s, v in sorted(tot.items())), flush=True)
m = T.train(X, y, 0.1, 1.0, NAMES)
for k, w in sorted(m["weights"].items(), key=lambda kv: -abs(kv[1])): print(f"{k:<18} {w:+.3f}")
print("--- in-sample p of deva's row blocks below the last heard (story-labelled)")
for n, p, seq in rows:
    if p["src"] != "traf": continue
    for j, f, lab in seq:
        if lab:
            print(p["name"], j, f"dist {f['dist']*K:.0f} p={probability(f, dict(m)):.2f}", repr(p["state"][0][j].text[:70]))
print("pages with the end model cutting (skipped):", sum(1 for p in pages if p["state"] and p["chosen"] and T.first_cut(p, model_end) is not None))
