"""A rough count of causes for the words outside the article on fundus half a (session 26, ffprec): reads the
rows `fundus_outside.py` wrote and puts each leaking block under one cause by its shape and words (a
first-match order: the whole run not the story, a line printed twice or more, a social embed, a stamp, a
notice about the page or its player, a promo, a caption or credit, a short label, a title-shaped line, prose,
a short sentence). Regex buckets for a table, not rules.

    PYTHONHASHSEED=0 python benchmarks/fundus_leak_causes.py [ROWS [CAUSE]]   # default output/fundus-leaks.pkl; CAUSE: list its blocks
"""
import collections
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, ".")
from audioed.read.cleanup import Context, photo_credit_caption, media_label_caption, is_sentence
rows_file = Path(sys.argv[1] if len(sys.argv) > 1 else "output/fundus-leaks.pkl")
if not rows_file.is_file():
    sys.exit(f"{rows_file}: no rows (run benchmarks/fundus_outside.py first)")
out = pickle.load(open(rows_file, "rb"))
def norm(t): return " ".join(re.sub(r"\W+"," ",t.lower()).split())
PROMO = re.compile(r"subscri|newsletter|sign in|sign up|account|e-?mail address|abonn|anmeld|registr|premium|unlock|ePaper|app\b|"
                   r"access to|support (?:local )?journalism|spende|mitglied|suscr|whatsapp|folg(?:en|st)|follow us|podcast", re.I)
NOTICE = re.compile(r"advertisement|anzeige|werbung|failed to load|refreshing your browser|javascript|cookie|"
                    r"externe[nr]? inhalt|einverstanden|audio(?:version| starten)|künstlich generiert|vorlesefunktion|"
                    r"back to video|loading|datenschutz|privacy|agb\b|consent", re.I)
SOCIAL = re.compile(r"pic\.twitter\.com|\(@\w+\)|^—\s|https?://t\.co")
TIME = re.compile(r"^\d{1,2}:\d{2}\S|^\d{1,2}\. ?\d{1,2}\. ?\d{4}|KEY EVENT")
CREDIT = re.compile(r"\((?:Picture|Photo|Foto|Bild|Image)s?:|\|\s*(?:Bild|Foto|Photo|Picture)\s*:|Getty|\bAP\b|AP Photo|Reuters|AFP|EFE|dpa|Ljósmynd|"
                    r"imago|PHOTOGRAPH:|/\s*[A-Z][\w ]+\)?$|\)$", re.I)
def cause(t, c, o, where):
    n = len(norm(t).split())
    if where == "none": return "whole run not the story"
    if c[norm(t)] >= 2 and n >= 3: return "repeated line/box"
    if SOCIAL.search(t): return "social embed"
    if TIME.search(t): return "live-blog/card stamp"
    if NOTICE.search(t) and n <= 60: return "notice about the page/player"
    if PROMO.search(t) and n <= 60: return "promo: subscribe/newsletter/app/follow"
    if photo_credit_caption(t, Context()) or media_label_caption(t, Context()) or CREDIT.search(t.strip()): return "caption/credit"
    if n <= 3: return "short label/control (<=3 words)"
    if not is_sentence(t) and n <= 25: return "title-shaped line (teaser/subhead/caption)"
    if n >= 12: return "prose (other piece, fact box, or truth gap)"
    return "short sentence (caption, teaser, other)"
tab = collections.defaultdict(collections.Counter); pages = collections.defaultdict(set)
for o in out:
    c = collections.Counter(norm(t) for _,_,t in o["blocks"])
    for i, where, kind, total, bad, t in o["leaks"]:
        k = cause(t, c, o, where); tab[k][where] += bad; tab[k]["all"] += bad; pages[k].add(o["name"])
print(f"| cause | words | above | inside | below | pages |\n|---|---|---|---|---|---|")
for k, v in sorted(tab.items(), key=lambda kv: -kv[1]["all"]):
    print(f"| {k} | {v['all']} | {v['above']} | {v['inside']} | {v['below']} | {len(pages[k])} |")
print("total", sum(v["all"] for v in tab.values()))
if len(sys.argv) > 2:
    for o in out:
        c = collections.Counter(norm(t) for _,_,t in o["blocks"])
        for i, where, kind, total, bad, t in o["leaks"]:
            if cause(t,c,o,where) == sys.argv[2]: print(f"{o['name'][:22]:22} {where:6} {bad:3} {t[:120]}")
