"""Measure the reader and the chapter splitter against the corpus and the test fixtures.

Prints figures, asserts nothing:  python benchmarks/reader_eval.py [CORPUS_DIR]

- reference (propublica-border-patrol.txt + .expected.json): metadata exact; every word of each
  `narrated_paragraphs` block reaches a line's text; no `not_narrated` block reaches a line other
  than the outro credits; the dek is heard once; chapters 3-6, titled by their own heading or numbered ("Part 2").
- Wikinews (*/source.txt + structure.json): `caption` blocks skipped; `paragraph` blocks narrated.
- every article, and the HTML/Markdown/text fixtures under tests/data (with *.expected.json):
  share of the body's word 4-grams that reach the script, and furniture 4-grams that leak into it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audioed.read import read_article  # noqa: E402
from audioed.read.text import split_blocks  # noqa: E402
from audioed.script import build_script  # noqa: E402

BODY_ROLES = ("narrator", "quote")


def toks(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def grams(words: list[str], n: int = 4) -> set[tuple]:
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def heard_runs(script, roles=None) -> list[str]:
    """Texts as a listener hears them: consecutive lines of one paragraph joined (a quotation
    is its own line, but its words and the attribution still follow each other in the audio)."""
    out, prev = [], None
    for _, line in script.lines():
        if roles is not None and line.role not in roles:
            prev = None
            continue
        if prev is not None and line.paragraph is not None and line.paragraph == prev:
            out[-1] += " " + line.text
        else:
            out.append(line.text)
        prev = line.paragraph
    return out


def all_line_grams(script, roles=None) -> set[tuple]:
    out: set[tuple] = set()
    for text in heard_runs(script, roles):
        w = toks(text)
        out |= grams(w) | {tuple(w[i:i + k]) for k in (1, 2, 3) for i in range(len(w) - k + 1)}
    return out


def words_reached(script, index: int, text: str) -> tuple[int, int]:
    """(words of block `index` found in the lines made from it, words in the block)."""
    have = Counter(w for _, l in script.lines() if l.paragraph == index for w in toks(l.text))
    need = Counter(toks(text))
    return sum(min(c, have[w]) for w, c in need.items()), sum(need.values())


def leaks(script, text: str, roles) -> bool:
    """Is the block heard in lines of `roles`: half or more of its 4-grams (the whole of a short block)?

    A share, not any overlap: a caption or a dek shares phrases with the story it sits in
    ("the University of Southern Indiana") without being read."""
    w = toks(text)
    if len(w) < 4:  # a label ("Greece", "Share"): heard if a line says just that
        return any(toks(l.text) == w for _, l in script.lines() if l.role in roles)
    g = grams(w)
    return len(g & all_line_grams(script, roles)) / len(g) >= 0.5


def chapter_report(script) -> list[str]:
    out = []
    body = [s for s in script.sections if any(l.role in BODY_ROLES for l in s.lines)]
    out.append(f"  chapters: {len(script.sections)} in all, {len(body)} body chapters "
               f"(+ intro{' + outro' if script.sections[-1].lines[-1].role == 'outro' else ''})")
    for s in script.sections:
        text = " ".join(l.text for l in s.lines)
        own = s.title.lower() in text.lower() or s.title.lower() in script.title.lower()
        numbered = bool(re.fullmatch(r"Part \d+|Story", s.title))
        words = sum(len(l.text.split()) for l in s.lines if l.role in BODY_ROLES)
        out.append(f"    {s.title!r:<52} len={len(s.title):>2} "
                   f"{'numbered' if numbered else f'from-own-text={own}'} body-words={words}")
    return out


def quote_open(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def boundaries_ok(script, blocks: dict[int, str]) -> tuple[int, int]:
    """(boundaries inside a paragraph or an open quotation, boundaries checked)."""
    bad = checked = 0
    body = [s for s in script.sections if any(l.role in BODY_ROLES for l in s.lines)]
    for a, b in zip(body, body[1:]):
        last = [l.paragraph for l in a.lines if l.paragraph is not None][-1]
        first = [l.paragraph for l in b.lines if l.paragraph is not None][0]
        checked += 1
        bad += last == first or quote_open(blocks[last])
    return bad, checked


def coverage(script, body: list[str], furniture: list[str]) -> tuple[float, int, int]:
    """(share of body 4-grams in any line, furniture blocks leaking into body lines, furniture blocks)."""
    have = all_line_grams(script)
    need = set().union(*(grams(toks(t)) for t in body)) if body else set()
    share = len(need & have) / len(need) if need else 1.0
    leaked = sum(leaks(script, t, BODY_ROLES + ("intro",)) for t in furniture)
    return share, leaked, len(furniture)


def reference(corpus: Path) -> None:
    path = corpus / "propublica-border-patrol.txt"
    exp = json.loads((corpus / "propublica-border-patrol.expected.json").read_text(encoding="utf-8"))
    article = read_article(path)
    script = build_script(article)
    blocks = split_blocks(path.read_text(encoding="utf-8"))
    print(f"== reference: {path.name}")
    for field in ("title", "dek", "authors", "publisher", "dateline"):
        got = getattr(article, field)
        print(f"  {field:<9} exact={got == exp[field]}  {got!r}"[:160])
    reached = [words_reached(script, i, blocks[i]) for i in exp["narrated_paragraphs"]]
    full = sum(a == b for a, b in reached)
    print(f"  narrated_paragraphs fully narrated: {full}/{len(reached)} "
          f"(words {sum(a for a, _ in reached)}/{sum(b for _, b in reached)})")
    not_narr = [i for group in exp["not_narrated"].values() for i in group]
    leaked = [i for i in not_narr if any(l.paragraph == i for _, l in script.lines())
              or leaks(script, blocks[i], BODY_ROLES)]
    intro_leak = [i for i in not_narr if len(toks(blocks[i])) >= 4 and leaks(script, blocks[i], ("intro",))]
    print(f"  not_narrated blocks reaching body lines: {len(leaked)}/{len(not_narr)} {leaked}; "
          f"reaching intro: {len(intro_leak)}")
    outro_only = [i for i in not_narr if leaks(script, blocks[i], ("outro",))]
    print(f"  not_narrated blocks heard as outro credits: {outro_only}; credit line {exp['credit_line']} in outro: "
          f"{leaks(script, blocks[exp['credit_line']], ('outro',))}, in body: "
          f"{leaks(script, blocks[exp['credit_line']], BODY_ROLES)}")
    dek_intro = sum(article.dek == l.text for _, l in script.lines() if l.role == "intro")
    dek_body = any(l.paragraph == 2 for _, l in script.lines())
    print(f"  dek heard in intro: {dek_intro} time(s); lines made from the dek block in the body: {dek_body}")
    skipped = Counter(s["kind"] for s in script.skipped)
    print(f"  skipped: {dict(skipped)}")
    for line in chapter_report(script):
        print(line)
    bad, checked = boundaries_ok(script, dict(enumerate(blocks)))
    print(f"  chapter boundaries inside a paragraph or open quotation: {bad}/{checked}")
    share, _, _ = coverage(script, [blocks[i] for i in exp["narrated_paragraphs"]], [])
    print(f"  body 4-grams narrated: {share:.1%}")


def wikinews(folder: Path) -> None:
    structure = json.loads((folder / "structure.json").read_text(encoding="utf-8"))
    article = read_article(folder / "source.txt")
    script = build_script(article)
    print(f"== wikinews: {folder.name} ({len(article.blocks)} blocks read, {len(structure)} labelled)")
    skipped = {s["paragraph"]: s["kind"] for s in script.skipped}
    caps = [i for i, b in enumerate(structure) if b["kind"] == "caption"]
    caps_ok = [i for i in caps if i in skipped and not leaks(script, structure[i]["text"], BODY_ROLES)]
    print(f"  caption blocks skipped (none in body lines): {len(caps_ok)}/{len(caps)} "
          f"kinds={[skipped.get(i) for i in caps]}")
    paras = [i for i, b in enumerate(structure) if b["kind"] == "paragraph"]
    full = [i for i in paras if (lambda r: r[0] == r[1])(words_reached(script, i, structure[i]["text"]))]
    print(f"  paragraph blocks fully narrated: {len(full)}/{len(paras)} missing={sorted(set(paras) - set(full))}")
    share, leaked, n = coverage(script, [structure[i]["text"] for i in paras],
                                [structure[i]["text"] for i in caps])
    print(f"  body 4-grams narrated: {share:.1%}; caption blocks leaking into body or intro: {leaked}/{n}")
    for line in chapter_report(script):
        print(line)


def fixtures(data: Path) -> None:
    for exp_path in sorted(data.glob("*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        src = data / exp["source"]
        article = read_article(src)
        script = build_script(article)
        share, leaked, n = coverage(script, exp["body"], exp["furniture"])
        meta = {k: getattr(article, k) == v for k, v in exp.get("meta", {}).items()}
        print(f"== fixture {src.name}: body 4-grams narrated {share:.1%}; furniture leaking {leaked}/{n}; "
              f"metadata exact {sum(meta.values())}/{len(meta)} {[k for k, ok in meta.items() if not ok]}; "
              f"chapters {len(script.sections)}")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    reference(corpus)
    for folder in sorted(p for p in corpus.iterdir() if (p / "structure.json").exists()):
        wikinews(folder)
    fixtures(ROOT / "tests" / "data")


if __name__ == "__main__":
    main()
