"""Furniture heard after the story's last paragraph, and a tail rule judged offline (fend29, session 29).

`extract` reads every page of one tuning set as the reader does (flattened text, no address) and pickles
its final blocks (index, kind, text) with a label per narrated block: fundus half a, aeb 0-7 and
Readability (story words, words outside: the expected article's word 4-grams, as the benchmarks count
them); traf deva ("with" and "without" snippets the block holds, as `traf_oracle.py` matches them).
`score` applies a variant of the "island" tail rule to the final kinds (as a rule run last in
`build.build_article` would) and counts what it removes and loses per set, listing the blocks.

    PYTHONHASHSEED=0 python benchmarks/fend29_tail.py extract fundus|aeb|pages|deva CACHE.pkl
    PYTHONHASHSEED=0 python benchmarks/fend29_tail.py score a|c|d MAXWORDS SHARE CACHE.pkl [CACHE.pkl ...]

Variants: a = from the last narrated block up, each block whose raw neighbours are both unnarrated (an
island: a box's text between its heading and its button), with 150 narrated words above it; c = a, with
islands of MAXWORDS words at most, and none when more than SHARE of the story's narrated blocks above are
islands too (a template with an ad slot between paragraphs); d = c, the last narrated block only, and
not when the block above it is an island. Tuning sets only (it names pages). Analysis only: not a rule.
"""
import collections
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reading_eval as RE  # noqa: E402
from reading_aeb import aeb_pages  # noqa: E402
from reading_fundus import tuning_texts  # noqa: E402
from reading_postlight import words as fwords  # noqa: E402
from reading_traf import snippet_key, traf_pages  # noqa: E402
from story_watch import watch_story_span  # noqa: E402
from traf_oracle import covered, occurrences  # noqa: E402

from audioed.read import parse  # noqa: E402
from audioed.read.cleanup import words  # noqa: E402
from audioed.read.story import BODY  # noqa: E402
from audioed.read.text import split_blocks  # noqa: E402


def blocks_of(art):
    return [(b.index, b.kind, b.text) for b in art.blocks]


def extract(which: str, target: str) -> None:
    seen = watch_story_span()
    out = []
    if which == "fundus":
        for p, text in tuning_texts(Path(".corpora/fundus"), Path(".corpora/flat-fundus")):
            art = parse(text, fmt="text", source=p["name"])
            truth = RE.grams(fwords(" ".join(p["body"])))
            lab = {}
            for b in art.blocks:
                if b.kind in BODY:
                    bad, total, _ = RE.leak_count([b.text], truth, fwords)
                    lab[b.index] = (total - bad, bad)
            out.append(("fundus", p["name"], seen.get("span"), blocks_of(art), lab))
    elif which in ("aeb", "pages"):
        if which == "aeb":
            it = ((pid, (Path(".corpora/flat-aeb")/f"{pid}.txt").read_text(encoding="utf-8"), url, body)
                  for pid, url, _, body in aeb_pages(Path(".corpora/aeb"), "0-7") if (Path(".corpora/flat-aeb")/f"{pid}.txt").exists())
        else:
            root = Path(".corpora/readability/test/test-pages")
            it = ((n, (Path(".corpora/flat-readability")/f"{n}.txt").read_text(encoding="utf-8"), None,
                   [b for b in RE.expected_body((root/n/"expected.html").read_text(encoding="utf-8")) if b.strip()])
                  for n in RE.page_names(root, None))
        for name, text, url, body in it:
            try:
                art = parse(text, fmt="text", source=name, url=url)
            except Exception as e:
                continue
            truth = RE.grams(RE.toks(" ".join(body)))
            lab = {}
            for b in art.blocks:
                if b.kind in BODY:
                    bad, total, _ = RE.leak_count([b.text], truth)
                    lab[b.index] = (total - bad, bad)
            out.append((which, name, seen.get("span"), blocks_of(art), lab))
    else:
        for name, _u, _h, item in traf_pages(Path(".corpora/traf"), half="deva"):
            src = Path(".corpora/flat-traf")/f"{name}.txt"
            if not src.exists(): continue
            text = src.read_text(encoding="utf-8")
            raw = split_blocks(text); keys = [snippet_key(b) for b in raw]
            try:
                art = parse(text, fmt="text", source=name, url=None)
            except Exception:
                continue
            w = collections.Counter(); wo = collections.Counter()
            for s in item["with"]:
                for k in covered(occurrences(snippet_key(s), keys)): w[k] += 1
            for s in item["without"]:
                for k in covered(occurrences(snippet_key(s), keys)): wo[k] += 1
            lab = {b.index: (w[b.index], wo[b.index]) for b in art.blocks}
            out.append(("deva", name, seen.get("span"), blocks_of(art), lab))
    pickle.dump(out, open(target, "wb"))
    print(which, len(out))

def score(V: str, MAXW: int, SHARE: float, files: list[str]) -> None:
    data = []
    for f in files:
        data += pickle.load(open(f, "rb"))
    tot = collections.Counter(); show = []
    for src, name, span, blocks, lab in data:
        kinds = {i: k for i, k, t in blocks}; texts = {i: t for i, k, t in blocks}
        heard = [i for i, k, t in blocks if k in BODY]
        heard = sorted(set(heard))
        if len(heard) < 4: continue
        def nb(j, kinds=kinds):
            return j in kinds and kinds[j] in BODY
        cut = []
        above_words = {}
        acc = 0
        for i in heard: above_words[i] = acc; acc += len(words(texts[i]))
        for m in range(len(heard) - 1, max(-1, len(heard) - 13), -1):
            i = heard[m]
            island = not nb(i - 1) and not nb(i + 1)
            if V in "bcd": island = island and len(words(texts[i])) <= MAXW
            if not island or above_words[i] < 150: break
            cut.append(i)
        if V == "d" and cut:
            cut = cut[:1]
            m0 = heard.index(cut[0])
            j = heard[m0 - 1]
            if not nb(j - 1) and not nb(j + 1): cut = []
        if V in "cd" and cut:
            rest = [j for j in heard if j < min(cut)]
            isl = sum(1 for j in rest if not nb(j - 1) and not nb(j + 1))
            if isl > SHARE * len(rest): cut = []
        for i in cut:
            g, b = lab.get(i, (0, 0))
            if src == "deva":
                tot[src, "with lost"] += g; tot[src, "without removed"] += b
            else:
                tot[src, "story words lost"] += g; tot[src, "outside removed"] += b
            show.append((src, name, i, g, b, texts[i][:60], (kinds.get(i-1), texts.get(i-1, "")[:40]), (kinds.get(i+1), texts.get(i+1, "")[:40])))
    for k, v in sorted(tot.items()): print(k, v)
    for s in show:
        if s[3] > 0: print("LOST", s)
    print("removed:")
    for s in show:
        if s[3] == 0 and s[4] > 0: print("  ", s)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 6 and sys.argv[1] == "score":
        score(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5:])
    else:
        sys.exit(__doc__)
