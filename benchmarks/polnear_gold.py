"""PolNeAR's direct quotations: what `reading_eval.py polnear` scores the quote detector against.

PolNeAR annotates attributions (source, cue, content) in standoff form; it does not say which
contents are quoted verbatim. A gold direct quotation is the part of an attribution's content
that lies inside quotation marks in the article, three words or more (one or two quoted words
are a term the narrator reads). Quoted runs are found per paragraph: a pair of marks, or a
mark left open at a paragraph's end when the next paragraph opens with a mark (a quotation
running over paragraphs, news convention).
"""

from __future__ import annotations

import re

def toks(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower().replace("’", "'"))


_MARK = re.compile(r"'{2,3}|[“”\"]")
_AFTER_WORD = ".,;:!?%'’"


def _line_runs(line: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quoted runs of one paragraph (insides, marks excluded) and where the outermost run
    left open at its end begins. A mark faces by context, as a reader takes it: an opener
    precedes a word and follows a space or a bracket (or opens the paragraph), a closer
    follows a word or punctuation - so a misdirected curly mark (`51 percent.“`, `”like
    women`) is read right. Two apostrophes are a double mark (`''Yes,'' he said`, older
    newswire text); a third beside them is a nested single mark. `name="value"` is markup."""
    runs: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _MARK.finditer(line):
        i, j, tok = m.start(), m.end(), m.group()
        if len(tok) == 3:  # the nested single mark is inside the double one
            i, j = (i + 1, j) if i and not line[i - 1].isspace() else (i, j - 1)
        prev = line[i - 1] if i else " "
        nxt = line[j] if j < len(line) else " "
        if prev == "=":
            continue
        opener_shape = not prev.isalnum() and prev not in _AFTER_WORD and not nxt.isspace()
        closer_shape = (prev.isalnum() or prev in _AFTER_WORD) and not nxt.isalnum()
        if tok == "“":
            opens = not (closer_shape and stack)
        elif tok == "”":
            opens = opener_shape and not closer_shape or not line[:i].strip() and not stack
        else:
            opens = not nxt.isspace() and (opener_shape or not stack)
        if opens:
            stack.append(j)
        elif stack:
            runs.append((stack.pop(), i))
    return runs, (stack[0] if stack else None)


def quoted_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted run's inside in the article, marks excluded."""
    runs: list[tuple[int, int]] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for k, (at, line) in enumerate(lines):
        closed, left_open = _line_runs(line)
        runs += [(at + a, at + b) for a, b in closed]
        nxt = next((ln.lstrip() for _, ln in lines[k + 1:] if ln.strip()), "")
        if left_open is not None and (nxt[:1] in "“”\"" or nxt.startswith("''")):
            runs.append((at + left_open, at + len(line.rstrip())))
    return sorted(set(runs))


def _merged(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Content ranges joined where only spaces or punctuation separate them (the annotation
    tool cuts a content at sentence ends: "... qualified.| Mitt Romney did not ...")."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and not re.search(r"\w", text[out[-1][1]:a]):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def gold_quotes(text: str, ann: str) -> list[dict]:
    """Gold direct quotations of one annotator's file: start, end, text, source."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for line in ann.splitlines():
        if not line.startswith("T") or "\t" not in line:
            continue  # a stray line in a few train files
        tid, rest = line.split("\t", 1)[:2]
        head = rest.split("\t", 1)[0]
        kind, *offs = head.split(" ", 1)
        ranges = [tuple(int(x) for x in r.split()) for r in offs[0].split(";")] if offs else []
        spans[tid] = (kind, ranges)
    runs = quoted_runs(text)
    out = []
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        parts = dict(p.split(":", 1) for p in line.split("\t", 1)[1].split() if ":" in p)
        # a content interrupted by its cue is annotated as Content and Content2
        content = _merged([r for k in ("Content", "Content2") for r in spans.get(parts.get(k, ""), ("", []))[1]], text)
        source = " ".join(text[a:b] for a, b in spans.get(parts.get("Source", ""), ("", []))[1])
        for a, b in content:
            for s, e in runs:
                lo, hi = max(a, s), min(b, e)
                # the run inside the content; a run the content only grazes is not its quotation
                if lo < hi and len(toks(text[lo:hi])) >= 3 and len(toks(text[lo:hi])) * 2 > len(toks(text[s:e])):
                    out.append(dict(start=lo, end=hi, text=text[lo:hi], source=source))
    # A quote annotated twice (two attributions sharing a content) counts once; one nested
    # in another ("Reporting that he shouted "Allah hu Akbar!" as ...") is part of it.
    uniq: list[dict] = []
    for q in sorted(out, key=lambda q: (q["start"], -q["end"])):
        if not any(u["start"] <= q["start"] and q["end"] <= u["end"] for u in uniq):
            uniq.append(q)
    return uniq
