"""Prose-shaped furniture heard on fundus half a, by the evidence a rule could see on the page (session 27,
ffprose). Reads the rows `fundus_outside.py` wrote (ROWS) and takes each narrated body block of 6 words or more
that is mostly outside the article (half its words or more) and reads as prose (a sentence, or 12 words or
more), then puts it under the first of: a copy (half its word 4-grams stand in another block of the page: a
dek printed again, a pull quote), a caption (a caption, credit or picture label beside it, or a credit glued
to its end), an author bio (third person, "is/was a ... reporter/writer/editor"), a box under a label (a line
of 1-3 words with no stop straight above; apart when that line is chrome already), a teaser (30 words at most, between two body paragraphs it
shares no long word with), other. Blocks mostly the article's are counted beside, by the same evidence, to
see what a rule on it would cut. Regex buckets for a table, not rules.

    PYTHONHASHSEED=0 python benchmarks/prose_causes.py [ROWS [CAUSE]]   # default output/ffprose-leaks.pkl
"""
import collections
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, ".")
from audioed.read.cleanup import Context, is_sentence, media_label_caption, photo_credit_caption  # noqa: E402



def toks(t):
    return re.findall(r"\w+", t.lower())


def grams(t):
    w = toks(t)
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}


def long_words(t):
    return {w for w in toks(t) if len(w) >= 5}


BIO = re.compile(r"\b(?:is|was|ist|war|est|es|er)\s+(?:an?\s+|ein[e]?\s+|un[ea]?\s+)?(?:\w+\s+){0,4}"
                 r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|redakteur\w*|journalist\w*|"
                 r"korrespondent\w*|autor\w*|rédact\w*|periodista|redaktør|reporter\w*)", re.I)
GLUED_CREDIT = re.compile(r"[.!?]\s*(?:\(?[A-Z][\w.'’-]+(?:[ /][A-Z][\w.'’-]+){0,3}\)?|Supplied|SRF|Getty Images)\s*$")
CAPTION_LABEL = re.compile(r"^(?:Legende|Bildunterschrift|Foto|Bild|Photo|Caption|Image)\s*:", re.I)


def cause(i, t, kinds, texts, allg):
    g = grams(t)
    key = " ".join(t.split())
    same = [j for j, u in enumerate(texts) if " ".join(u.split()) == key]
    if len(same) == 2 and all(kinds[j] == "paragraph" for j in same) and is_sentence(t):
        return "copy: the same sentence twice, both in the body (row 70's `_said_twice`)"
    if g:
        for j, u in enumerate(texts):
            if j != i and len(u) > 0 and len(g & allg[j]) >= len(g) / 2:
                return "copy: half its 4-grams in another block (a dek, a pull quote, a card or box again)"
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)]
    ctx = Context()
    if CAPTION_LABEL.search(t) or any(kinds[j] in ("caption", "credit") or photo_credit_caption(texts[j], ctx)
                                      or media_label_caption(texts[j], ctx) for j in near) \
            or GLUED_CREDIT.search(t) and not t.rstrip().endswith((".", "!", "?", "”", '"')):
        return "caption (credit/label beside or glued)"
    if BIO.search(t):
        return "author bio (third person, a reporter's or writer's job)"
    if i > 0 and 1 <= len(toks(texts[i - 1])) <= 3 and not re.search(r"[.!?]$", texts[i - 1].strip()):
        if kinds[i - 1] == "chrome":
            return "under a page label already chrome (\"Advertisement\", \"Article content\", \"Read more\")"
        return "box under a short label (a heading or line of 1-3 words)"
    if len(toks(t)) <= 30:
        up = next((j for j in range(i - 1, -1, -1) if kinds[j] == "paragraph" and len(toks(texts[j])) >= 8), None)
        dn = next((j for j in range(i + 1, len(texts)) if kinds[j] == "paragraph" and len(toks(texts[j])) >= 8), None)
        if up is not None and dn is not None and not (long_words(t) & (long_words(texts[up]) | long_words(texts[dn]))):
            return "teaser: no long word shared with the paragraphs around it"
    return "other"


def main():
    rows_file = Path(sys.argv[1] if len(sys.argv) > 1 else "output/ffprose-leaks.pkl")
    if not rows_file.is_file():
        sys.exit(f"{rows_file}: no rows (run benchmarks/fundus_outside.py .corpora/fundus .corpora/flat-fundus {rows_file})")
    out = pickle.load(open(rows_file, "rb"))
    tab = collections.defaultdict(collections.Counter)
    listing = collections.defaultdict(list)
    for o in out:
        blocks = o["blocks"]
        index = {b[0]: n for n, b in enumerate(blocks)}
        kinds = [k for _, k, _ in blocks]
        texts = [t for _, _, t in blocks]
        allg = [grams(t) for t in texts]
        for i, k, total, bad, t in o["rows"]:
            if total < 6 or not (is_sentence(t) or total >= 12):
                continue
            leak = bad >= total / 2
            where = next((w for j, w, *_ in o["leaks"] if j == i), "-")
            c = cause(index[i], t, kinds, texts, allg)
            side = "furniture" if leak else "article"
            tab[c][side + " words"] += bad if leak else total
            tab[c][side + " blocks"] += 1
            if leak:
                tab[c][where] += bad
            listing[c].append((o["name"][:24], side, where, bad, total, t))
    print("| evidence | furniture words | blocks | above | inside | below | article words with it | blocks |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c, v in sorted(tab.items(), key=lambda kv: -kv[1]["furniture words"]):
        print(f"| {c} | {v['furniture words']} | {v['furniture blocks']} | {v['above']} | {v['inside']} | {v['below']} "
              f"| {v['article words']} | {v['article blocks']} |")
    if len(sys.argv) > 2:
        for name, side, where, bad, total, t in listing[sys.argv[2]]:
            print(f"{name:24} {side[:4]} {where:6} {bad:3}/{total:<3} {' '.join(t.split())[:140]}")


if __name__ == "__main__":
    main()
