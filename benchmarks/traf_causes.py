"""Where trafilatura's evaluation pages are lost, in flattened text, on the DEVA quarter only
(reading_traf.page_quarter, since session 13; devb and the held-out half are never read): the headline misses (what was taken
instead, where the real headline sits) and the snippet losses (a missed "with" snippet: where it is
against the story's run and what the reader made of its block; a leaked "without" snippet: before,
inside or after the run, and what furniture it looks like). Counts per class, English and other
pages apart, with a few examples each (--examples=N, default 3); --pages prints each page's run.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/traf_causes.py TRAF_DIR FLAT_DIR [--examples=N] [--pages]

The classes are an analysis's guesses from the text's shape and a few general words (listed
below); they are for finding where to work, never reading rules.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_aeb import page_headlines  # noqa: E402
from reading_eval import heard_runs, norm_title, title_ok  # noqa: E402
from reading_traf import page_language, snippet_key, traf_pages  # noqa: E402
from story_watch import watch_story_span  # noqa: E402

from audioed.read import parse  # noqa: E402
from audioed.read.story import BODY  # noqa: E402
from audioed.script import build_script  # noqa: E402

# furniture a leaked snippet looks like, by a few words in the commonest languages here (en, de, fr, es)
FURNITURE = [(name, "|".join(words)) for name, words in [
    ("cookie/privacy", ["cookie", "datenschutz", "privacy", "consent", "einwillig", "confidentialit"]),
    ("share/social", [r"\bshare\b", "teilen", "facebook", "twitter", "whatsapp", "pinterest", "instagram",
                      "linkedin", r"e-?mail\b", "drucken", r"\bprint\b", "partager"]),
    ("newsletter/subscribe", ["newsletter", "subscri", "abonn", "anmeld", "sign up", "registr", "inscri"]),
    ("comments", ["comment", "kommentar", "antwort", "reply", "leave a", "schreib", "respuesta", "répondre"]),
    ("related/read more/more info", ["related", "read more", "weiterlesen", r"\bmehr\b", "weitere", "auch interessant",
                                     "das könnte", "lesen sie", "you may", "recommended", "more from", "ähnliche",
                                     "artículos", "à lire", r"más\b", "więcej", "czytaj", "zum thema", "approfondir",
                                     "beliebte", "meistgelesen", "vorschau", "zurück zur", r"infos?\b", "informationen"]),
    ("tags/category", [r"^(tags?|schlagwörter|kategorie|category|categories|filed under|themen)\b", r"\btags?:"]),
    ("author/bio", [r"\b(über den autor|about the author|autor(in)?|author|written by|geschrieben von|posted by)",
                    r"\bvon\s+[A-Z]"]),
    ("date/meta", [r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b", r"\b\d{4}-\d{2}-\d{2}\b", r"\b(19|20)\d\d\b.*\b\d{1,2}:\d\d\b",
                   r"\bminut", r"\bmin\.? read", "lesezeit"]),
    ("ad label", [r"^(anzeige|werbung|reklama|advertisement|publicidad|publicité|sponsored)\b"]),
    ("photo credit/caption", [r"^(foto|photo|bild|image|quelle|beitragsbild)", "photo:", r"\(foto",
                              r"\b(dpa|afp|reuters|getty|imago|agencja|shutterstock|thinkstock|istock)\b"]),
    ("copyright/legal", ["©", "copyright", "impressum", "rights reserved", r"agb\b", "haftung", "disclaimer"]),
    ("shop/price", ["€", r"\$\s?\d", r"\bpreis", r"\bprice", "warenkorb", r"cart\b", "kaufen", r"\bbuy\b", "versand",
                    "shipping"]),
]]


def furniture_kind(text: str) -> str:
    for name, pat in FURNITURE:
        if re.search(pat, text, re.IGNORECASE):
            return name
    return "short line" if len(text.split()) <= 6 else "prose"


def host_words(url: str | None) -> set[str]:
    host = re.sub(r"^https?://(www\.)?", "", url or "").split("/")[0]
    return set(re.split(r"[.\-]", host.lower())) - {"com", "de", "org", "net", "co", "uk", "www", ""}


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def where(i: int | None, span) -> str:
    if i is None:
        return "not a line"
    if span is None:
        return "no run found"
    return "before the run" if i < span[0] else "after the run" if i > span[1] else "inside the run"


SKIP = (r"^(skip to|zum inhalt|direkt zum|springe zum|zur navigation|aller au contenu|saltar al|ir al contenido"
        r"|menu|menü|navigation)")


def title_cause(got: str, want: str, lines: list[str], span, url: str | None, publisher: str | None,
                heads: list[str]) -> tuple[str, str]:
    """(what was taken, where the real headline sits) for a headline miss."""
    n = [norm_title(x) for x in lines]
    at = next((i for i, x in enumerate(n) if x == norm_title(want)), None)
    if at is None:  # the headline with the site's name, or a part, as a line
        at = next((i for i, x in enumerate(lines)
                   if title_ok(x, want)[1] or (len(x) > 15 and norm_title(want).startswith(n[i]))), None)
    if at is None:
        place = "not a line of the text"
    elif span is None:
        place = "a line; no run found"
    else:
        d = span[0] - at
        place = ("just above the run (1-3 lines)" if 1 <= d <= 3 else "far above the run (4+ lines)" if d > 3
                 else "first line of the run" if d == 0 else "inside the run" if at <= span[1] else "after the run")
    g, w = norm_title(got), norm_title(want)
    gi = next((i for i, x in enumerate(n) if x == g), None)
    gw = got.split()
    if got.startswith("error"):
        taken = "page refused"
    elif w and w in g:
        taken = ("a breadcrumb trail ending in the headline" if re.search(r"[»>›/|]", g[: g.find(w)])
                 else "a kicker, section or date glued before the headline" if g.find(w) > 0
                 else "the headline with more after it (site name, dek)")
    elif g and g in w:
        taken = "part of the headline (cut, or split over lines)"
    elif any(title_ok(got, h)[1] for h in heads):
        taken = "another headline the page declares (og:title, <h1>, JSON-LD)"
    elif gi is None:
        taken = "the lede's first sentence (no headline found)"
    elif re.search(SKIP, got, re.IGNORECASE):
        taken = "a skip link or menu label ('Zum Inhalt springen')"
    elif re.search(FURNITURE[0][1], got, re.IGNORECASE):
        taken = "cookie/privacy banner"
    elif (publisher and norm_title(publisher) == g) or (
            gw and {re.sub(r"\W", "", x.lower()) for x in gw} <= host_words(url) | {""}):
        taken = "the site's name"
    elif at is not None and len(gw) <= 4 and 0 < at - gi <= 3:
        taken = "a label just above the headline (section, kicker, date)"
    elif len(gw) <= 4 and sum(len(x.split()) <= 3 for x in lines[max(gi - 3, 0): gi + 4]) >= 4:
        taken = "a menu line"
    elif span and span[0] <= gi <= span[1]:
        taken = "a line of the story (subheading, lede, quote)"
    elif span and gi > span[1]:
        taken = "a line after the story (teaser, other headline, footer)"
    elif at is not None and gi > at:
        taken = "a line between the headline and the story (dek, caption, date)"
    elif at is not None:
        taken = "a line above the headline (teaser, slogan, site tagline)"
    else:
        taken = "a line above the story, the headline not a line"
    return taken, place + f" [got #{gi}, headline #{at}, run {span}]"


def block_at(blocks: list[str], key: str) -> int | None:
    """The block holding the snippet (or, for one split over blocks, its first 30 characters)."""
    for probe in (key, key[:30]):
        for i, b in enumerate(blocks):
            if probe and probe in b:
                return i
    return None


def main(argv: list[str]) -> None:
    opts = {a[2:].partition("=")[0]: a[2:].partition("=")[2] or True for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    root, flat = Path(args[0]), Path(args[1])
    n_ex = int(opts.get("examples", 3))
    seen = watch_story_span()  # the run the reader found
    tally: dict = collections.defaultdict(collections.Counter)   # (lang, family) -> class -> count
    examples: dict = collections.defaultdict(list)
    totals = collections.Counter()
    for name, url, html, item in traf_pages(root, half="deva"):
        src = flat / f"{name}.txt"
        if not src.exists():
            continue
        lang = "English" if page_language(html)[0] else "other"
        text = src.read_text(encoding="utf-8")
        lines = [x for x in text.splitlines() if x.strip()]
        seen["span"] = None
        try:
            article = parse(text, fmt="text", source=name, url=url)
        except Exception as e:  # an empty flattened page scores nothing
            for fam, n in (("missed", len(item["with"])),):
                tally[(lang, fam)]["page refused"] += n
            print(f"{name}: {e}")
            continue
        span = seen["span"]
        body = snippet_key(" ".join(heard_runs(build_script(article))))
        kinds = {}
        for b in article.blocks:
            kinds.setdefault(b.index, b.kind)
        keys = [snippet_key(x) for x in lines]

        def add(fam, cls, ex):
            tally[(lang, fam)][cls] += 1
            examples[(lang, fam, cls)].append(f"{name}: {ex}")
        want = (item.get("title") or "").strip()
        totals[(lang, "pages")] += 1
        if want:
            totals[(lang, "titled")] += 1
            if not title_ok(article.title, want)[1]:
                taken, place = title_cause(article.title, want, lines, span, url, article.publisher,
                                           page_headlines(html))
                place, at = place.split(" [")
                add("title taken", taken, f"got {_short(article.title, 60)!r} / want {_short(want, 60)!r} [{at}")
                add("title place", place, f"want {_short(want, 60)!r} [{at}")
        for w in item["with"]:
            k = snippet_key(w)
            totals[(lang, "with")] += 1
            if k in body:
                continue
            i = block_at(keys, k)
            if i is None:
                cls = "not in the flattened text"
            elif kinds.get(i) in BODY and (span is None or span[0] <= i <= span[1]):
                cls = "in a narrated block, changed or split by the script"
            elif span and not span[0] <= i <= span[1]:
                d = span[0] - i if i < span[0] else i - span[1]
                side = "above the run (started late)" if i < span[0] else "below the run (cut short)"
                cls = f"{'1-3' if d <= 3 else '4-10' if d <= 10 else '11+'} blocks {side}"
            else:
                cls = f"inside the run, kept as {kinds.get(i, '?')}"
            add("missed", cls, _short(w, 80) + (f"  [#{i} of {len(lines)}, run {span}]" if i is not None else ""))
            if i is not None and span and not span[0] <= i <= span[1]:  # what the blocks left out look like
                nw = len(lines[i].split())
                shape = ("a short line (1-8 words: list item, label, subheading)" if nw <= 8
                         else "a sentence or two (9-30 words)" if nw <= 30 else "a paragraph (31+ words)")
                add("missed outside the run, block shape", shape, _short(lines[i], 80))
        for w in item["without"]:
            k = snippet_key(w)
            totals[(lang, "without")] += 1
            if k not in body:
                continue
            i = block_at(keys, k)
            pos = where(i, span)
            if sum(x.count(k) for x in keys) > 1:
                pos = "found twice on the page (often a word of the story too)"
            elif i is not None and not keys[i].startswith(k[:30]):
                pos += ", inside a longer block (a teaser or box glued on, or the story's own words)"
            elif span and pos == "inside the run":
                edge = min(i - span[0], span[1] - i) <= 2
                pos += ", a block of its own" + (" among its first or last 3 blocks" if edge else "")
            at = f"  [#{i} {kinds.get(i)}, run {span}]" if i is not None else ""
            add("leaked", f"{furniture_kind(w)} / {pos}", _short(w, 70) + at)
            add("leaked place", pos, _short(w, 60))
        # the page's verdict: where the run is against the blocks holding its "with" snippets
        held = [i for i in (block_at(keys, snippet_key(w)) for w in item["with"]) if i is not None]
        if held and span:
            inside = [span[0] <= i <= span[1] for i in held]
            verdict = ("run holds none of the story" if not any(inside) else "run holds all of it" if all(inside)
                       else "run starts late" if min(held) < span[0] and max(held) <= span[1]
                       else "run ends early" if max(held) > span[1] and min(held) >= span[0] else "run both late and early")
        else:
            verdict = "no run" if held else "no snippet in the text"
        if verdict != "run holds all of it":
            add("run", verdict, f"run {span} of {len(lines)} blocks, snippets at {sorted(held)}")
        if opts.get("pages"):
            print(name, lang, span)
    for lang in ("English", "other"):
        print(f"\n==== {lang}: {totals[(lang, 'pages')]} deva pages, {totals[(lang, 'titled')]} with a title, "
              f"{totals[(lang, 'with')]} 'with' snippets, {totals[(lang, 'without')]} 'without' snippets")
        for fam in ("title taken", "title place", "run", "missed", "missed outside the run, block shape",
                    "leaked", "leaked place"):
            c = tally[(lang, fam)]
            print(f"-- {fam}: {sum(c.values())}")
            for cls, k in c.most_common():
                print(f"  {k:4d}  {cls}")
                for ex in examples[(lang, fam, cls)][:n_ex]:
                    print(f"          {ex}")


if __name__ == "__main__":
    main(sys.argv[1:])
