"""Quotation marks: which marks pair up into quotations in one paragraph.

Double marks, curly (“ ”, „, « ») or straight (", or two apostrophes '' in older newswire
text), open a quotation; a straight mark, or a misdirected curly one, faces by context.
Single marks (‘ ’ ') are nested quotations inside a double-quoted one, or the outer marks
of a British-style document; apostrophes (There’s, ’90s, rock ’n’ roll) are never marks.
A double quotation of the other style inside an open one ("He read: “...” aloud.") is
nested in it. What the quotations are (direct, partial, a scare quote) is quotes.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audioed.script.attribution import Attribution, attribution_after
from audioed.script.normalize.characters import invisible

OPEN_D = "“„«"
CLOSE_D = "”»"
STRAIGHT_D = '"'
DOUBLE_MARKS = OPEN_D + CLOSE_D + STRAIGHT_D
SINGLE_MARKS = "‘’'‚‹›"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS
_OPEN_CONTEXT = set(" \t\n([{—–-/:;") | set(OPEN_D)
_ELISIONS = re.compile(r"(?:em|tis|twas|til|cause|bout|round|cos|nuff|n)\b", re.IGNORECASE)


@dataclass
class Region:
    """One quotation found in a paragraph: its marks and its content range."""

    open: int | None  # index of the opening mark; None when it starts at the paragraph start
    close: int | None  # index of the closing mark; None when it runs to `end`
    end: int  # end of the content (the closing mark's index, or where it stops)
    continued: bool = False  # continues a quotation left open in the previous paragraph
    nested: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "direct"
    speaker: str | None = None
    attribution: Attribution | None = None
    open_width: int = 1  # two characters for ''
    close_width: int = 1

    @property
    def start(self) -> int:
        return 0 if self.open is None else self.open + self.open_width

    @property
    def after(self) -> int:
        return self.end + (self.close_width if self.close is not None else 0)


def _visible(text: str) -> bool:
    return any(not ch.isspace() and not invisible(ch) for ch in text)  # (a direction mark is none)


def _marks(p: str, british: bool) -> list[tuple[int, int, str]]:
    """(index, width, mark) of each mark the pairing reads. Two apostrophes are one straight
    double mark ('' in older newswire text); a third beside them is a nested single mark."""
    if british:
        return [(i, 1, ch) for i, ch in enumerate(p) if ch in "‘’'‹›"]
    markup = {k for m in re.finditer(r'=\s*"[^"\n<>]*"', p) for k in (m.end() - 1, p.index('"', m.start()))}
    out = []
    for m in re.finditer(r"'{2,3}|[“”„«»\"]", p):
        i, tok = m.start(), m.group()
        if i in markup:
            continue  # markup: name="value"
        if tok[0] == "'":
            out.append((i + 1 if len(tok) == 3 and i and not p[i - 1].isspace() else i, 2, STRAIGHT_D))
        else:
            out.append((i, 1, tok))
    return out


def _nested_close(marks: list[tuple[int, int, str]], k: int, outer: str, next_opener: str) -> int | None:
    """The index in `marks` of the closer of a quotation of the other style opened at marks[k]
    inside one opened with `outer` ("It read “Stop.” and no more," she said.), when the outer
    one goes on after it: it closes later, or runs into the next paragraph (`next_opener`)."""
    straight_in = marks[k][2] == STRAIGHT_D
    if straight_in == (outer == STRAIGHT_D):
        return None
    close = next((c for c in range(k + 1, len(marks))
                  if (marks[c][2] == STRAIGHT_D) == straight_in and marks[c][2] not in OPEN_D), None)
    if close is None:
        return None
    rest = [ch for _, _, ch in marks[close + 1:] if (ch == STRAIGHT_D) == (outer == STRAIGHT_D)]
    if rest or next_opener and (next_opener == STRAIGHT_D) == (outer == STRAIGHT_D):
        return close
    return None


def _opens_here(p: str, i: int, w: int) -> bool:
    """A straight mark at i opens by its context: after a space or an opening bracket, before a word."""
    prev = p[i - 1] if i and not invisible(p[i - 1]) else " "
    nxt = p[i + w] if i + w < len(p) else " "
    return (prev in _OPEN_CONTEXT or prev.isspace()) and nxt.isalnum()


def _same_style_close(marks: list[tuple[int, int, str]], k: int, outer: str, p: str = "") -> int | None:
    """The closer of a quotation nested in one of the same style ("“I’d rather live in what he
    calls “hell” than here,” she wrote"; straight: "So if he says, "I'd like 10,000 rounds,"
    you might be suspicious."): the next mark closes it and another closer follows before any
    opener, so the outer one goes on. Else None (the outer was never closed)."""
    if k + 1 >= len(marks):
        return None
    if outer == STRAIGHT_D and marks[k][2] == STRAIGHT_D:
        if marks[k + 1][2] != STRAIGHT_D or _opens_here(p, *marks[k + 1][:2]):
            return None
        for i, w, ch in marks[k + 2:]:
            if ch != STRAIGHT_D:
                continue
            return k + 1 if not _opens_here(p, i, w) else None
        return None
    if outer not in OPEN_D or marks[k][2] not in OPEN_D or marks[k + 1][2] not in CLOSE_D:
        return None
    for _, _, ch in marks[k + 2:]:
        if ch in OPEN_D:
            return None
        if ch in CLOSE_D:
            return k + 1
    return None


def _double_regions(p: str, marks_open: str, marks_close: str, straight: str, *,
                    british: bool = False, next_opener: str = "") -> tuple[list[Region], list[int]]:
    """Pair double (or, for British style, single) marks; returns regions and stray closers.
    `next_opener` is the mark the next paragraph opens with ("" when none)."""
    regions: list[Region] = []
    strays: list[int] = []
    inside: int | None = None
    width = 1  # the open mark's
    n = len(p)
    marks = _marks(p, british)
    k = 0
    while k < len(marks):
        i, w, ch = marks[k]
        k += 1
        if ch not in marks_open and ch not in marks_close and ch not in straight:
            continue
        prev = p[i - 1] if i and not invisible(p[i - 1]) else " "
        nxt = p[i + w] if i + w < n else " "
        opens_by_context = prev in _OPEN_CONTEXT or prev.isspace()
        closes_by_context = not opens_by_context and (nxt.isspace() or not nxt.isalnum())
        if ch in SINGLE_MARKS and is_apostrophe(p, i):
            continue  # British style: It’s, Holt’s, ’90s are not marks
        if inside is None:
            if ch in marks_close and not (opens_by_context and nxt.isalnum()) and _visible(p[:i]):
                strays.append(i)  # (a closer opening the paragraph is a misdirected opener)
            elif ch in straight and prev.isdigit() and not nxt.isalnum():
                continue  # inches: a 12" pipe
            elif (ch in straight and closes_by_context and i > 0
                  and attribution_after(p[i + w:i + 200]) is not None):
                strays.append(i)  # We will win," he said. (the opener is missing)
            else:
                inside, width = i, w
        else:
            if (ch in SINGLE_MARKS and prev in "sS" and re.match(r" [a-z]", p[i + 1:i + 3])
                    and any(c in marks_close + straight for c in p[i + 1:])):
                continue  # British style: "the smugglers’ trucks" is a possessive
            reopens = ch in straight and opens_by_context and nxt.isalnum()
            if reopens or ch in marks_open and not (closes_by_context and ch not in straight):
                nested = None if british else (_nested_close(marks, k - 1, p[inside], next_opener)
                                               or _same_style_close(marks, k - 1, p[inside], p))
                if nested is not None:
                    k = nested + 1  # a quotation inside this one: part of its text
                    continue
                # An opener inside an open quotation: the first one was never closed.
                regions.append(Region(inside, None, i, open_width=width))
                inside, width = i, w
            else:
                regions.append(Region(inside, i, i, open_width=width, close_width=w))
                inside = None
    if inside is not None:
        regions.append(Region(inside, None, n, open_width=width))
    return regions, strays


def is_apostrophe(p: str, i: int) -> bool:
    """True when the single mark at i is an apostrophe, not a quotation mark."""
    prev = p[i - 1] if i else " "
    nxt = p[i + 1] if i + 1 < len(p) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # There’s, Treviño’s, don't
    if not prev.isalnum():
        rest = p[i + 1:i + 6]
        if re.match(r"\d\d?s?\b", rest):
            return True  # ’90s, '08
        if _ELISIONS.match(rest) and (rest[:1].lower() != "n" or re.match(r"n['’]", rest)):
            return True  # 'em, 'til, rock ’n’ roll
    if prev.lower() == "n" and i >= 2 and p[i - 2] in "'’‘" and not nxt.isalnum():
        return True  # the closing half of ’n’
    return False


def single_pairs(p: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Nested quotations in single marks inside p[lo:hi], as (open, close) mark indexes."""
    openers, strong, weak = [], [], []
    for i in range(lo, hi):
        ch = p[i]
        if ch not in "‘’'‚‹›" or is_apostrophe(p, i):
            continue
        prev = p[i - 1] if i > lo else " "
        nxt = p[i + 1] if i + 1 < hi else " "
        if (prev.isspace() or prev in _OPEN_CONTEXT or i == lo) and not nxt.isspace():
            openers.append(i)
        elif not prev.isspace():
            (strong if (prev in ".,!?;:" or not nxt.isalnum() and not nxt.isspace()
                        or i + 1 >= hi) else weak).append(i)
    pairs: list[tuple[int, int]] = []
    last = lo - 1
    for k, o in enumerate(openers):
        if o <= last:
            continue
        limit = openers[k + 1] if k + 1 < len(openers) else hi
        c = next((c for c in strong if o < c < limit), None)
        if c is None:
            c = next((c for c in weak if o < c < limit), None)
        if c is None:  # no closer before the next opener: take one beyond it
            c = next((c for c in strong if c > o), None)
        if c is not None:
            pairs.append((o, c))
            last = c
    return pairs


def british_style(paragraphs: list[str]) -> bool:
    """True when single marks are the outer quotation marks (doubles nested inside): more
    paragraphs open their first quotation with a single mark than with a double one."""
    singles = doubles = 0
    for p in paragraphs:
        for i, ch in enumerate(p):
            if ch in DOUBLE_MARKS or p.startswith("''", i):
                doubles += 1
                break
            if ch in "‘'" and not is_apostrophe(p, i) and (i == 0 or not p[i - 1].isalnum()):
                singles += 1
                break
    return singles > doubles


def regions_of(p: str, british: bool, *, continued: bool, next_opener: str = "") -> list[Region]:
    """The quotations of paragraph p; `continued`: the previous paragraph left one open;
    `next_opener`: the mark the next paragraph opens with, if any."""
    if british:
        regions, strays = _double_regions(p, "‘‹", "’›", "'", british=True)
        regions = [r for r in regions if r.close is not None]
    else:
        regions, strays = _double_regions(p, OPEN_D, CLOSE_D, STRAIGHT_D, next_opener=next_opener)
    first = regions[0].open if regions else len(p)
    if continued and regions and not p[:first].strip():
        regions[0].continued = True
    # A closer with no opener before it: a quotation from the paragraph start when an
    # attribution follows ("We will win,” he said.); otherwise the mark stays narration.
    for s in strays:
        w = 2 if p.startswith("''", s) else 1
        if s < first and p[:s].strip() and attribution_after(p[s + w:]) is not None:
            regions.insert(0, Region(None, s, s, continued=continued, close_width=w))
            break
    return regions
