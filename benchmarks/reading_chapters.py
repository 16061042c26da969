"""Chapter titles on the article-extraction benchmark's pages (held out: no rule was tuned on them).

    python benchmarks/reading_eval.py chapters AEB_DIR [--flat=FLAT_DIR] [--ids=0-7] [--show=1]

AEB_DIR holds `html/ID.html.gz` and `ground-truth.json` (scrapinghub/article-extraction-benchmark);
FLAT_DIR, the pages' flattened text (`ID.txt`, made by `reading_eval.py flatten`). A page's real
subheadings are its `<h2>`-`<h6>` whose text is a line of the hand-checked article body. Each
body chapter's title is counted as one of those, a numbered part ("Part 2", "Story"), or other
(a heading the reader took from elsewhere: a caption, a teaser, a widget's label).
"""

from __future__ import annotations

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


def cmd_chapters(args: list[str], opts: dict) -> None:
    from audioed.read import parse
    from audioed.script import build_script

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
            try:
                script = build_script(parse(text, fmt=label, source=pid))
            except Exception as e:  # one broken page must not hide the others' figures
                print(f"{label} {pid[:12]}: {type(e).__name__}: {e}"[:120])
                continue
            titles = [s.title for s in script.sections[1:] if any(l.role in BODY_ROLES for l in s.lines)]
            k = title_kinds(titles, heads)
            for key, v in k.items():
                totals[label][key] += v
            totals[label]["pages"] += 1
            if opts.get("show") and k["other"]:
                print(f"{label} {pid[:12]} {url[:60]}\n       titles {titles[:8]}\n       real {heads[:8]}")
    for label, k in totals.items():
        if k["pages"]:
            print(f"{label}: {k['pages']} pages | chapter titles: {k['heading']} the page's subheadings, {k['part']} "
                  f"numbered parts, {k['other']} other | real subheadings used as titles "
                  f"{k['headings_used']}/{k['headings']}")
