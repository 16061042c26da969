"""fheadrank's learned choice among the headline's candidates again (session 33), with nine more features (the
words a candidate shares with the story's first three blocks and with the whole run, capitals, a breadcrumb's
separator, "Home", a digit, a lower-case start) and, as a variant, hashed words of the candidate (NB buckets), on
eight tuning sets' `title_replay.py` caches: traf deva, Readability, Postlight a, aeb 0-7, fundus a, GN1 a, chaos a,
WCXB a. Judged as `train_headrank.py cv` judges (end-to-end replay, "one of the page's headlines"), leaving one set
out and in five folds by publisher. Never give it a figures-only cache (train_headrank.load refuses one).

    PYTHONHASHSEED=0 python benchmarks/headrank_extra.py SET=CACHE.pkl ... [nb=256]
"""
import re
import sys
import zlib

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
import numpy as np
import train_headrank as T

NB = int(dict(a.split('=') for a in sys.argv[1:] if a.startswith('nb=')).get('nb', 256))
WORD = re.compile(r"[^\W\d_]+|\d+|[|»›·<>/:–—\-?!\.,'’\"“”()\[\]&@#©]", re.U)
STOP = set("the a an of to in and for on with at by from is are was be".split())

def toks(t):
    out = set()
    w = [x.lower() for x in WORD.findall(t)]
    for x in w[:12]:
        out.add('w:' + x)
    if w: out.add('first:' + w[0]); out.add('last:' + w[-1])
    return out

def words(t):
    return {x.lower() for x in re.findall(r"[^\W\d_]{3,}", t) if x.lower() not in STOP}

def extra(raw, kinds, span, cands):
    """The nine new features of each candidate, then its hashed words (NB columns)."""
    s0, s1 = span[0], span[1]
    lede = set()
    for b in raw[s0:min(s1, s0 + 3)]:
        lede |= words(b.text)
    body = set()
    for b in raw[s0:s1]:
        body |= words(b.text)
    rows, lex = [], []
    for i in cands:
        t = ' '.join(raw[i].text.split())
        w = words(t)
        letters = [c for c in t if c.isalpha()]
        up = sum(c.isupper() for c in letters) / max(1, len(letters))
        rows.append([
            len(w & lede) / max(1, len(w)), len(w & body) / max(1, len(w)), float(len(w & lede) >= 2),
            up, float(up > 0.8 and len(letters) > 3),
            float(bool(re.search(r"[|»›·<>]| / | :: ", t))), float(bool(re.search(r"\bhome\b", t, re.I))),
            float(bool(re.search(r"\d", t))), float(t[:1].islower()) if t else 0.0,
        ])
        lex.append(toks(t))
    X = np.array(rows) if rows else np.zeros((0, 9))
    L = np.zeros((len(cands), NB))
    for r, ts in enumerate(lex):
        for x in ts:
            L[r, zlib.crc32(x.encode()) % NB] = 1.0
    return np.hstack([X, L])

EXTRA = ['ov_lede', 'ov_body', 'lede2', 'upper', 'allcaps', 'sep', 'home', 'digit', 'lower_first'] + [f'h{k}' for k in range(NB)]

def load(specs):
    """train_headrank's pages, each candidate's row extended by `extra`."""
    pages = T.load(specs)
    for p in pages:
        if p['cands']:
            raw, kinds, meta, span = p['p']['args']
            p['X'] = np.hstack([p['X'], extra(raw, kinds, span, p['cands'])])
    return pages

FEAT = T.FEATURES + EXTRA
N0 = len(T.FEATURES)  # fheadrank's 35 columns come first
base35 = list(range(N0))
ext9 = list(range(N0, N0 + 9))
lexc = list(range(N0 + 9, N0 + 9 + NB))
steps = [FEAT.index(f) for f in T.STEPS]
nosteps = [c for c in base35 if c not in steps]
V = {  # name: (columns, C, margin), as train_headrank.VARIANTS
  'all35': (base35, 1.0, 0.0),
  '35+ext': (base35 + ext9, 1.0, 0.0),
  '35+ext+lex C1': (base35 + ext9 + lexc, 1.0, 0.0),
  '35+ext+lex C0.1': (base35 + ext9 + lexc, 0.1, 0.0),
  '35+ext+lex C0.03': (base35 + ext9 + lexc, 0.03, 0.0),
  '35+ext+lex m1': (base35 + ext9 + lexc, 0.1, 1.0),
  'nosteps+ext+lex C0.1': (nosteps + ext9 + lexc, 0.1, 0.0),
}
if __name__ == '__main__':
    if not any('=' in a and not a.startswith('nb=') for a in sys.argv[1:]):
        sys.exit(__doc__)
    specs = [a for a in sys.argv[1:] if '=' in a and not a.startswith('nb=')]
    pages = load(specs)
    T.FEATURES = FEAT
    print('== references'); T.table(pages, T.fixed_picks(pages))
    schemes = T.fold_schemes(pages)
    for label in ('leave one set out', '5 folds by publisher'):
        T.out_of_fold(pages, label, schemes[label], V)
