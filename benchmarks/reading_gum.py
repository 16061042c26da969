"""GUM's Wikinews news documents: a held-out check of quote detection and speaker attribution.

    bash benchmarks/fetch_corpora.sh gum                 # into .corpora/gum (git clone)
    python benchmarks/reading_eval.py gum .corpora/gum [--show=N]

GUM (Georgetown University Multilayer corpus) marks quotations in its texts (`<quote>` in the
XML layer, carried into the CoNLL-U files' `XML=` field) but names no speaker; the speaker is
read off the gold annotation: the subject (`nsubj`) of the word outside the quotation that the
quotation hangs from, or hangs from it ("X said", "said X", "X told ...: "), else the noun after
"according to"; a pronoun or a description ("the minister") is followed through the gold
coreference to the entity's Wikipedia identity or its first proper-name mention (any name the
entity goes by in the document is right: "KCNA", "Korean Central News Agency"). Quotations whose
sentence names no such subject are counted for detection and not judged for the speaker (as
PolNeAR's unnamed sources are). A quotation running over several paragraphs is one gold
quotation per paragraph (each is one quote line); `<q>` (a mentioned word, a title, scare quotes)
is not a quotation. Each document is given to the reader as flattened text: the headline, then one
block per paragraph (subheadings, captions and block quotations as the page shows them).

Licences: the Wikinews texts are CC BY 2.5, GUM's annotations CC BY 4.0 (the corpus's
LICENSE.txt); nothing of it is kept in this repository all the same (the benchmark fetches it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_quotes import EACH, SCORERS, score_quotes  # noqa: E402

SPEECH_LINKS = ("ccomp", "parataxis", "obj", "xcomp", "advcl", "dep", "csubj")
"""How a quotation and the clause that reports it are joined in GUM's trees."""


def read_doc(path: Path) -> tuple[str, list[list[dict]], list[str]]:
    """(document id, paragraphs, each a list of token dicts, paragraph kinds) of a CoNLL-U file.
    A multi-word token ("won't" over "wo" + "n't") is written once, as the page shows it."""
    doc, paras, kinds, sent, mwt = path.stem, [], [], 0, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar_block"):
            kinds.append(line.split("=", 1)[1].split()[0])
            paras.append([])
        elif line.startswith("# sent_id"):
            sent, mwt = sent + 1, None
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                mwt = (first, last, cols[1], misc.get("SpaceAfter") != "No")
                continue
            if not cols[0].isdigit():
                continue  # empty nodes of the enhanced graph
            n, form, space = int(cols[0]), cols[1], misc.get("SpaceAfter") != "No"
            if mwt and mwt[0] <= n <= mwt[1]:
                form = mwt[2] if n == mwt[0] else ""
                space = mwt[3] if n == mwt[1] else False
            paras[-1].append(dict(sent=sent, id=n, form=form, lemma=cols[2], upos=cols[3], xpos=cols[4],
                                  head=int(cols[6]) if cols[6].isdigit() else 0, rel=cols[7].split(":")[0],
                                  space=space, xml=misc.get("XML", ""), entity=misc.get("Entity", ""),
                                  word=cols[1]))
    return doc, paras, kinds


def _text(tokens: list[dict]) -> str:
    return "".join(t["form"] + (" " if t["space"] else "") for t in tokens).strip()


def _mentions(tokens: list[dict]) -> list[tuple[int, int, int, str, str]]:
    """Coreference mentions as (first token, last token, entity, type, identity), token positions
    into `tokens` (the whole document). Entity=(2-person-new-...-coref-Andy_Warhol opens, 2) closes."""
    out, open_ = [], {}
    for i, t in enumerate(tokens):
        for m in re.finditer(r"\((\d+)-([a-z]+)[^()|]*?(?:-(?:coref|bridge|split)[^()]*?-([^()|-]+))?(?=\(|\)|$)|(\d+)\)",
                             t["entity"]):
            if m.group(1):
                open_.setdefault(m.group(1), []).append((i, m.group(2), m.group(3) or ""))
            else:
                if open_.get(m.group(4)):
                    start, kind, ident = open_[m.group(4)].pop()
                    out.append((start, i, int(m.group(4)), kind, ident))
        # a one-token mention opens and closes on the same token: "(5-person-...)"
        for m in re.finditer(r"\((\d+)-[^()|]*\)", t["entity"]):
            if open_.get(m.group(1)):
                start, kind, ident = open_[m.group(1)].pop()
                out.append((start, i, int(m.group(1)), kind, ident))
    return out


def _name_at(tokens: list[dict], i: int) -> str | None:
    """A proper name at token i: the run of proper nouns around it ("Minister Najib Razak"), or its
    apposition's ("Malaysia's Prime Minister, Najib Razak")."""
    t = tokens[i]
    appos = [k for k, u in enumerate(tokens) if u["sent"] == t["sent"] and u["head"] == t["id"]
             and u["rel"] == "appos" and u["upos"] == "PROPN"]
    if appos and not (t["upos"] == "PROPN" and any(tokens[k]["rel"] == "flat" and tokens[k]["head"] == t["id"]
                                                   and tokens[k]["sent"] == t["sent"] for k in range(len(tokens)))):
        i, t = appos[0], tokens[appos[0]]
    if t["upos"] != "PROPN":
        return None

    def part(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k]["sent"] == t["sent"] and (
            tokens[k]["upos"] == "PROPN" or tokens[k]["word"] == "-")
    a = b = i
    while part(a - 1):
        a -= 1
    while part(b + 1):
        b += 1
    while tokens[a]["word"] == "-":  # a dash before a signature ("- Matthew Ingram")
        a += 1
    while tokens[b]["word"] == "-":
        b -= 1
    return " ".join(tokens[k]["word"] for k in range(a, b + 1)).replace(" - ", "-")


def speaker_names(tokens: list[dict], i: int, mentions) -> list[str]:
    """The names of the speaker whose subject token is tokens[i], the one to show first: its own
    proper name, else its coreference entity's identity or first proper-name mention; then every
    other name the entity goes by ("KCNA", "Korean Central News Agency"), any of which is right."""
    around = [m for m in mentions if m[0] <= i <= m[1]]
    chain = []
    if around:
        entity = min(around, key=lambda m: m[1] - m[0])[2]
        chain = sorted(m for m in mentions if m[2] == entity)
    names = [n for n in [_name_at(tokens, i)] if n]
    ident = next((m[4] for m in chain if m[4]), "")
    if ident:
        names.append(re.sub(r"\s*\(.*?\)", "", ident.replace("_", " ")).strip())
    for start, end, *_ in chain:
        for k in range(start, end + 1):
            head = tokens[k]["head"]
            inside = any(start <= j <= end and tokens[j]["sent"] == tokens[k]["sent"] and tokens[j]["id"] == head
                         for j in range(start, end + 1))
            if not inside and (name := _name_at(tokens, k)):
                names.append(name)
    return list(dict.fromkeys(n for n in names if n))


def quote_speaker(tokens: list[dict], quote: list[int], mentions) -> list[str]:
    """The named speaker of the quotation at token positions `quote` (see the module doc), as
    `speaker_names` gives them; none when the sentence names no speaker."""
    inside = set(quote)
    sents = {tokens[k]["sent"] for k in quote}
    pos = {(t["sent"], t["id"]): k for k, t in enumerate(tokens)}
    outside = [k for k, t in enumerate(tokens) if t["sent"] in sents and k not in inside]
    for k in outside:  # the reporting word: the quotation hangs from it, or it from the quotation
        t = tokens[k]
        linked = any(tokens[q]["head"] == t["id"] and tokens[q]["sent"] == t["sent"] and tokens[q]["rel"] in SPEECH_LINKS
                     for q in quote) or (pos.get((t["sent"], t["head"])) in inside and t["rel"] in SPEECH_LINKS)
        if not linked or t["upos"] not in ("VERB", "AUX"):
            continue
        subj = [j for j in outside if tokens[j]["sent"] == t["sent"] and tokens[j]["head"] == t["id"]
                and tokens[j]["rel"] == "nsubj"]
        if subj:
            return speaker_names(tokens, subj[0], mentions)
    for k in outside:  # "according to X"
        t = tokens[k]
        if t["form"].lower() == "according" and pos.get((t["sent"], t["head"])) is not None:
            return speaker_names(tokens, pos[(t["sent"], t["head"])], mentions)
    return []


def quoted_runs(paras: list[list[dict]]) -> list[tuple[list[int], bool]]:
    """Each quotation's token positions in one paragraph, and whether quotation marks show it:
    a `<quote>` element, or a run between opening and closing marks (tagged `` and '') that is not
    in a `<q>` (GUM's mark for a word mentioned, a title, scare quotes)."""
    out, element, q = [], 0, 0
    base = 0
    for p in paras:
        cur: list[int] = []
        marks = False

        def close():
            nonlocal cur
            if cur:
                out.append((cur, any(tokens_[k]["xpos"] in ("``", "''") for k in cur)))
            cur = []

        tokens_ = [t for para in paras for t in para]
        for k, t in enumerate(p):
            pos = base + k
            if "<quote" in t["xml"]:
                close()
                element += t["xml"].count("<quote")
            q += t["xml"].count("<q>")
            if t["xpos"] == "``" and not element and not q:
                close()
                marks = True
            if element or marks:
                cur.append(pos)
            if t["xpos"] == "''" and marks:
                marks = False
                close()
            q -= t["xml"].count("</q>")
            if "</quote>" in t["xml"]:
                element -= t["xml"].count("</quote>")
                if not element:
                    close()
        close()
        base += len(p)
    return out


def gum_doc(path: Path) -> tuple[str, str, list[dict], int, list[str]]:
    """(name, flattened text, gold quotations, how many of them show no quotation mark, subheadings)."""
    doc, paras, kinds = read_doc(path)
    tokens = [t for p in paras for t in p]
    mentions = _mentions(tokens)
    gold, unmarked = [], 0
    for run, marked in quoted_runs(paras):
        words = [tokens[k] for k in run if re.search(r"\w", tokens[k]["form"])]
        if len(words) >= 3:  # one or two quoted words are a term the narrator reads
            unmarked += not marked
            names = quote_speaker(tokens, run, mentions)
            gold.append(dict(text=_text([tokens[k] for k in run]).strip("\"“”'‘’ "),
                             who=names[0] if names else None, aliases=names[1:]))
    text = "\n\n".join(_text(p) for p in paras)
    heads = [_text(p) for p, kind in zip(paras, kinds) if kind == "head"][1:]  # the first is the headline
    return doc, text, gold, unmarked, heads


def cmd_gum(args: list[str], opts: dict) -> None:
    root = Path(args[0]) if args else Path(".corpora/gum")
    files = sorted((root / "dep").glob("GUM_news_*.conllu"))
    if not files:
        sys.exit(f"{root}: no dep/GUM_news_*.conllu (bash benchmarks/fetch_corpora.sh gum)")
    docs, unmarked, heads = [], 0, {}
    for f in files:
        name, text, gold, um, heads[name] = gum_doc(f)
        unmarked += um
        docs.append((name, text, gold))
    show = int(opts.get("show", 0))
    if show > 2:
        for name, _, gold in docs:
            for g in gold:
                print(f"GOLD {name}: {g['who']!r} {g['text'][:70]!r}")
    named = sum(bool(g["who"]) for _, _, gold in docs for g in gold)
    print(f"(gold: {named} quotations with a named speaker; {unmarked} set as block quotations without marks)")
    titles = {"heading": 0, "part": 0, "other": 0}

    def chapters(name, script):  # the subheadings GUM marks, as chapter titles of the flattened text
        for s in script.sections[1:]:
            if not any(l.role in ("narrator", "quote") for l in s.lines):
                continue
            kind = "heading" if s.title in heads[name] else "part" if re.fullmatch(r"Part \d+|Story", s.title) \
                else "other"
            titles[kind] += 1
            if show and kind == "other":
                print(f"TITLE  {name}: {s.title!r}")

    score_quotes(f"GUM Wikinews news: {len(docs)} documents", docs, show, chapters,
                 scorers=SCORERS | (EACH if opts.get("each-fix") else {}))
    print(f"  chapter titles: {titles['heading']} the document's subheadings, {titles['part']} numbered parts, "
          f"{titles['other']} other | subheadings in the documents: {sum(len(h) for h in heads.values())}")


if __name__ == "__main__":
    cmd_gum(sys.argv[1:], {})
