"""Where WCXB half a's story text is lost as HTML, against trafilatura.extract (fhtml29, session 29).

For every article of half a (tuning only: it names pages), read as `reading_eval.py wcxb --formats=html`
reads it, each truth paragraph not heard as story is traced: lifted out before extraction by
`html._lift_furniture` (with the element's tag and class), extracted but given a skipped kind by the shared
rules, or not extracted, and then whether trafilatura's default setting (`favor_recall=False`) or
trafilatura.extract on the page holds it. Prints the pages whose body recall is more than 0.02 under
trafilatura's, each counted once by the cause of most of its lost words, and the same causes over all of a
by words. Analysis only: not a rule.

    PYTHONHASHSEED=0 python benchmarks/fhtml29_causes.py .corpora/wcxb [--list]
"""
from __future__ import annotations

import collections
import copy
import inspect
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reading_wcxb as W  # noqa: E402


def _key(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _tracing_lift():
    """`html._lift_furniture`, its lifted blocks' hints naming the element: "caption|figure|wp-block-table"."""
    from audioed.read import html as H

    src = inspect.getsource(H._lift_furniture).replace(
        "out.append(RawBlock(text, hint=kind))",
        "out.append(RawBlock(text, hint=kind + '|' + el.tag + '|' + ' '.join((el.get('class') or '').split())[:40]))")
    ns = dict(vars(H))
    exec(src, ns)  # noqa: S102 (the reader's own source, one line changed)
    return ns["_lift_furniture"]


def trace(page: dict, lift) -> list[tuple[int, str, str]]:
    """(words, where, paragraph) for each truth paragraph of `page` not heard as story."""
    import lxml.html
    import trafilatura

    from audioed.read import html as H
    from audioed.read import parse

    tree = lxml.html.fromstring(page["html"], parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    skipped = lift(tree)
    try:
        blocks = parse(page["html"], fmt="html", source=page["name"], url=page["url"]).blocks
    except Exception:  # a refused page: everything is lost before the rules
        blocks = []
    ours = _key(" ".join(b.text for b in H._extract(copy.deepcopy(tree), page["url"])))
    doc = trafilatura.bare_extraction(copy.deepcopy(tree), url=page["url"], with_metadata=False, include_comments=False,
                                      include_tables=True, include_images=False, favor_recall=False)
    default = _key(" ".join(b.text for b in H._body_blocks(doc.body))) if doc is not None and doc.body is not None else ""
    traf = _key(trafilatura.extract(page["html"], fast=False, include_comments=False, include_tables=True,
                                    include_formatting=False) or "")
    out = []
    for para in page["body"]:
        k = _key(para)
        if not k:
            continue
        held = [b for b in blocks if k in _key(b.text) or (len(_key(b.text).split()) >= 4 and _key(b.text) in k)]
        if any(b.kind in ("paragraph", "quote", "heading", "subheading", "title") for b in held):
            continue
        lifted = [rb.hint for rb in skipped if k in _key(rb.text)]
        if lifted:
            parts = lifted[0].split("|")
            where = "lifted <figure>" if parts[1:2] == ["figure"] else f"lifted box: {parts[0]}" + \
                (f" <{parts[1]}>" if len(parts) > 1 else " (class)")
        elif held:
            where = "extracted, skipped as " + ",".join(sorted({b.kind for b in held}))
        elif k in ours:
            where = "extracted, not matched"
        elif k in default:
            where = "recall setting read a part; the default's has it"
        elif k in traf:
            where = "not extracted; trafilatura.extract has it"
        else:
            where = "not extracted by either"
        out.append((len(k.split()), where, para[:100]))
    return out


def main(argv: list[str]) -> None:
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    root = Path(argv[0])
    listing = "--list" in argv
    lift = _tracing_lift()
    pages_behind = collections.Counter()
    lost_behind = collections.Counter()
    names = collections.defaultdict(list)
    words = collections.Counter()
    for page in W.wcxb_pages(root, "a"):
        ours = W.measure(page, page["html"], "html", False)
        theirs = W.measure_trafilatura(page)
        misses = trace(page, lift)
        for n, where, _ in misses:
            words[where] += n
        gap = theirs["recall"] - ours["recall"]
        if gap > 0.02:
            by = collections.Counter()
            for n, where, _ in misses:
                if where != "not extracted by either":
                    by[where] += n
            cause = by.most_common(1)[0][0] if by else "nothing traced (lines joined or split otherwise)"
            pages_behind[cause] += 1
            lost_behind[cause] += gap
            names[cause].append(page["name"])
            if listing:
                print(f"{page['name']} ours {ours['recall']:.3f} trafilatura {theirs['recall']:.3f}: {cause}")
    n = sum(1 for _ in W.page_ids(root, "a"))
    print(f"pages behind trafilatura by more than 0.02: {sum(pages_behind.values())} of {n}")
    for cause, count in pages_behind.most_common():
        print(f"  {count:3d} pages, mean recall lost {lost_behind[cause] / n:.4f}: {cause} ({' '.join(names[cause][:8])})")
    print("all of half a, truth words not heard as story, by cause:")
    for cause, count in words.most_common():
        print(f"  {count:6d} {cause}")


if __name__ == "__main__":
    main(sys.argv[1:])
