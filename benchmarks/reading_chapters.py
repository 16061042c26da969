"""Chapter titles on the article-extraction benchmark's pages (held out: no rule was tuned on them).

    python benchmarks/reading_eval.py chapters AEB_DIR [--flat=FLAT_DIR] [--ids=0-7] [--show=1]

AEB_DIR holds `html/ID.html.gz` and `ground-truth.json` (scrapinghub/article-extraction-benchmark);
FLAT_DIR, the pages' flattened text (`ID.txt`, made by `reading_eval.py flatten`). A page's real
subheadings are its `<h2>`-`<h6>` whose text is a line of the hand-checked article body. Each
body chapter's title is counted as one of those, a numbered part ("Part 2", "Story"), or other
(a heading the reader took from elsewhere: a caption, a teaser, a widget's label).

fundus's pages (`fundus_chapters`, run as `reading_eval.py fundus DIR --flat=FLAT_DIR --chapters
--half=a|b [--show=1|2]`) are scored the same way against the expected sections' subheadings.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_aeb import aeb_pages  # noqa: E402
from reading_eval import BODY_ROLES, norm_title, title_kinds  # noqa: E402


def real_subheadings(html: str, body: str) -> list[str]:
    import lxml.html

    lines = {norm_title(x) for x in body.splitlines() if x.strip()}
    tree = lxml.html.fromstring(html)
    heads = (norm_title(" ".join(h.text_content().split())) for h in tree.iter("h2", "h3", "h4", "h5", "h6"))
    return [h for h in heads if h and h in lines]


def _read_titles(text: str, label: str, source: str, shown: str, url: str | None = None, say_error: bool = False):
    """(the article, its body chapters' titles), or None after one line naming the error: one broken
    page must not hide the others' figures (a figures-only page's name and message are not printed)."""
    from audioed.read import parse
    from audioed.script import build_script

    try:
        article = parse(text, fmt=label, source=source, url=url)
        script = build_script(article)
    except Exception as e:
        print(f"{shown}: {type(e).__name__}{f': {e}' if say_error else ''}"[:120])
        return None
    return article, [s.title for s in script.sections[1:] if any(l.role in BODY_ROLES for l in s.lines)]


def _tally(totals: dict, titles: list[str], heads: list[str]) -> dict:
    """Add a page's chapter titles, by kind, to a format's totals; the page's own counts."""
    k = title_kinds(titles, heads)
    for key, v in k.items():
        totals[key] += v
    totals["pages"] += 1
    return k


def cmd_chapters(args: list[str], opts: dict) -> None:
    root = Path(args[0])
    flat = Path(opts["flat"]) if opts.get("flat") else None
    totals = {label: dict(heading=0, part=0, other=0, headings=0, headings_used=0, pages=0)
              for label in ("html", "text")}
    for pid, url, html, body in aeb_pages(root, opts.get("ids")):
        heads = real_subheadings(html, "\n".join(body))
        todo = [("html", html)]
        if flat and (flat / f"{pid}.txt").exists():
            todo.append(("text", (flat / f"{pid}.txt").read_text(encoding="utf-8")))
        for label, text in todo:
            got = _read_titles(text, label, pid, f"{label} {pid[:12]}", say_error=True)
            if got is None:
                continue
            titles = got[1]
            k = _tally(totals[label], titles, heads)
            if opts.get("show") and k["other"]:
                print(f"{label} {pid[:12]} {url[:60]}\n       titles {titles[:8]}\n       real {heads[:8]}")
    for label, k in totals.items():
        if k["pages"]:
            print(f"{label}: {k['pages']} pages | chapter titles: {k['heading']} the page's subheadings, {k['part']} "
                  f"numbered parts, {k['other']} other | real subheadings used as titles "
                  f"{k['headings_used']}/{k['headings']}")


def _miss_cause(blocks: list, key: str) -> str:
    """Why a subheading line of the flattened text is no chapter title, read off the reader's blocks
    (first cause that applies, in the order of `read/subheads.py`'s tests)."""
    from audioed.read.cleanup import words
    from audioed.read.prose import is_sentence
    from audioed.read.subheads import MAX_WORDS, _NUMBERED

    at = [n for n, b in enumerate(blocks) if norm_title(b.text) == key]
    if not at:
        return "no block of its own (joined to another)"
    n = at[0]
    b = blocks[n]
    if b.kind == "heading":
        return "a heading, merged (heading over heading or clipped)"
    if b.kind not in ("paragraph",):
        return f"a kind given by another rule: {b.kind}"
    t = b.text.strip()
    body = [x for x in blocks if x.kind in ("paragraph", "heading")]
    k = body.index(b)
    before = body[k - 1] if k else None
    after = body[k + 1] if k + 1 < len(body) else None
    if _NUMBERED.match(t):
        return "numbered"
    if len(words(t)) > MAX_WORDS:
        return "length (over 12 words)"
    if t.endswith("?"):
        return "a question"
    if re.search(r"[.!:;,…]['\"”’]?$", t):
        return "a sentence end (. ! : ; ,)"
    if t.endswith(("”", '"')) or t[:1] in "\"“„«'‘":
        return "quoted"
    if not t[:1].isupper():
        if t[:1].isdigit():
            return "case: opens with a figure (a time, a year)"
        if t[:1].isalpha():
            return "case: lower case" if t[:1].islower() else "case: a script without capitals"
        return "case: opens with a mark (a dash, an ellipsis)"
    if before is None or after is None:
        return "first or last line of the story"
    if before.kind == "heading":
        return "under another subheading"
    if not is_sentence(before.text):
        return "under a line that is no sentence"
    if not is_sentence(after.text) or len(words(after.text)) < 12:
        nxt = after.text.strip()
        if len(words(nxt)) <= 12 and not is_sentence(nxt):
            return "over a short line (a list item, another heading)"
        return "over a short sentence or a line that is no sentence"
    return "shape passes: teaser, repeated or other guard"


def _around(blocks: list, key: str) -> str:
    at = [n for n, b in enumerate(blocks) if norm_title(b.text) == key]
    if not at:
        return ""
    body = [b for b in blocks if b.kind in ("paragraph", "heading") or b is blocks[at[0]]]
    n = body.index(blocks[at[0]])
    side = [f"{b.kind}:{b.text[:50]!r}..{b.text[-25:]!r}" for b in body[max(n - 1, 0):n]] + ["<>"] + \
        [f"{b.kind}:{b.text[:60]!r}" for b in body[n + 1:n + 2]]
    return " ".join(side)


def fundus_chapters(pages: list[dict], flat: Path | None, opts: dict) -> None:
    """Chapter titles on fundus's pages against the expected sections' subheadings (`headline`).

    Per format: the truth's subheadings (for flattened text, those that are a line of the text),
    how many the episode uses as chapter titles, the chapter titles that are no subheading
    (other) and numbered parts. On half a only: why each flattened-text miss was not taken (a count
    by cause); --show=1 lists each page's misses and other titles, --show=2 the blocks around each miss."""
    from collections import Counter

    from reading_fundus import page_half

    if flat is not None and not flat.is_dir():
        sys.exit(f"{flat}: no flattened pages (reading_eval.py fundus DIR --flat={flat} --flatten)")
    totals = {label: dict(heading=0, part=0, other=0, headings=0, headings_used=0, pages=0, with_heads=0,
                          titled=0, in_text=0) for label in ("html", "text")}
    causes: Counter = Counter()
    cause_pages: Counter = Counter()
    other_causes: Counter = Counter()
    look = all(page_half(p["name"]) == "a" for p in pages)  # never print half b's pages
    formats = opts.get("formats", "html,text").split(",")
    for p in pages:
        todo = [("html", p["html"])] if "html" in formats else []
        if flat and "text" in formats and (flat / f"{p['name']}.txt").exists():
            todo.append(("text", (flat / f"{p['name']}.txt").read_text(encoding="utf-8")))
        truth = [norm_title(" ".join(h.split())) for h in p["subheads"]]
        truth = [h for h in truth if h]
        for label, text in todo:
            if not text.strip():
                continue
            heads = truth
            if label == "text":
                lines = {norm_title(x) for x in text.splitlines() if x.strip()}
                heads = [h for h in truth if h in lines]
                totals[label]["in_text"] += len(heads)
            got = _read_titles(text, label, p["name"], f"{label} {p['name'] if look else 'a page'}",
                               url=p["url"] if label == "html" else None)
            if got is None:
                continue
            article, titles = got
            k = _tally(totals[label], titles, heads)
            totals[label]["with_heads"] += bool(heads)
            totals[label]["titled"] += any(not re.fullmatch(r"Part \d+|Story", t) for t in titles)
            if label == "text" and look:
                keys = {norm_title(t) for t in titles}
                missed = [h for h in heads if not any(h.startswith(t) and t for t in keys)]
                why = [(h, _miss_cause(article.blocks, h)) for h in missed]
                causes.update(c for _, c in why)
                cause_pages.update({c for _, c in why})
                others = [t for t in titles if not re.fullmatch(r"Part \d+|Story", t)
                          and not any(h.startswith(norm_title(t)) for h in heads)]
                for t in others:
                    other_causes["a subheading of the truth not a line of the text" if any(
                        h.startswith(norm_title(t)) for h in truth) else "no subheading of the truth"] += 1
                if opts.get("show") and (missed or others):
                    print(f"{p['name']}: {len(heads)} subheadings in the text ({len(truth)} in truth), "
                          f"{len(heads) - len(missed)} used")
                    for h, c in why:
                        print(f"   missed [{c}] {h[:70]!r}")
                        if int(opts["show"]) > 1:
                            print(f"          {_around(article.blocks, h)}")
                    for t in others:
                        print(f"   other  {t[:70]!r}")
    for label, k in totals.items():
        if k["pages"]:
            print(f"fundus {label}: {k['pages']} pages ({k['with_heads']} with subheadings"
                  f"{' in the text' if label == 'text' else ''}) | real subheadings used as titles "
                  f"{k['headings_used']}/{k['headings']} | chapter titles: {k['heading']} the page's subheadings, "
                  f"{k['part']} numbered parts, {k['other']} other | pages titling a chapter {k['titled']}")
    if look and causes:
        print("why the flattened text's subheadings were not taken (half a):")
        for c, v in causes.most_common():
            print(f"  {v:>4} on {cause_pages[c]:>3} pages  {c}")
        for c, v in other_causes.most_common():
            print(f"  other titles: {v:>4}  {c}")
