"""Subheadings in flattened page text: which short lines inside the story are its own section titles.

A subheading is heard as a chapter title, so a caption, a teaser or a widget's label taken for one
is worse than no title at all ("Part 2"). Four shapes, each told by the page's structure:

- a short title-like line between two prose paragraphs (`mark_headings`' base rule), unless it
  reads as a teaser or a wrapped line (`_teaser`);
- a line that ends in a heading's own link glyph: the "¶" or "#" permalink a documentation or
  blog generator puts after every section title, a wiki's "[edit]" link. Only headings carry
  them, so two or more such lines on a page are its sections, whatever surrounds them;
- a numbered series: "1. ...", "2) ..." lines whose numbers run in order, each over its own
  prose (a listicle's items, a report's numbered sections), not a list's adjacent items;
- a templated series: three or more title lines over the same short label (`_templated`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from audioed.read.cleanup import is_sentence, words
from audioed.read.headers import POINTER_LABEL
from audioed.read.metadata import is_date_line
from audioed.read.story import BODY

# Not a sentence test: a headline holds no stop before a word at all, an initial ("Bradley M.
# Kuhn", "The A.V. Club") included, which is how a byline or a masthead is told from it; "vs." is no stop.
_STOP_INSIDE = re.compile(r"(?<!\bvs)[.!?][\"”’]?\s+[A-Z]")

MAX_WORDS = 12
"""A subheading's length at most; a longer line is a sentence or a teaser's title."""

# The link a page generator appends to a section title, flattened into the line's text.
_ANCHOR = re.compile(r"^(?P<title>.*?\S)\s*(?:¶|§|\s#|\[\s*edit(?: source)?\s*\])$", re.IGNORECASE)
# A line of code left open ("WITH series AS (") or a sentence with its footnote mark ("... born. [M1]").
_CODE_OR_NOTE = re.compile(r"[(\[{=<]$|[.!?]\s*\[\w{1,4}\]$")
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<title>\S.*)$")


def is_title_like(text: str) -> bool:
    """One line of up to 25 words, capitalised, with no stop inside nor a final one."""
    t = text.strip()
    ws = words(t)
    return (1 <= len(ws) <= 25 and "\n" not in t and not re.search(r"[.,;:][\"“”‘’']?$", t)
            and not _STOP_INSIDE.search(t) and t[:1].isupper())


def _short_title(t: str) -> bool:
    return is_title_like(t) and len(words(t)) <= MAX_WORDS and not t.endswith(("?", "!", "”", '"')) \
        and not re.search(r"\s[|·]\s", t) and not _CODE_OR_NOTE.search(t) and not is_date_line(t)


_OPEN_QUOTE = "\"“„«‘‚'"
_CLOSE_QUOTE = "\"”“»’‘'"


def _quoted_title(t: str) -> bool:
    """A short title line that only its quotation marks keep from `_short_title` ("„Größte Gefahr
    für USA“", "Trump: „Es geht um viele Dinge“", "\"Das Zehntel\": Eltern ..."): it opens with a
    mark or its quotation follows a colon, and the words inside pass as a title."""
    core = t.strip()
    if not (core[:1] in _OPEN_QUOTE or re.search(r":\s*[" + _OPEN_QUOTE + "]", core)):
        return False  # a closing mark alone ends a quotation begun on the line above
    if re.search(r"[,.!?;][" + _CLOSE_QUOTE + r"]\s+\S", core):
        return False  # a said line: "“We will run the boats,” she said", "“Why now?” she asked"
    inner = core.lstrip(_OPEN_QUOTE).rstrip(_CLOSE_QUOTE).strip()
    return bool(inner) and _short_title(inner) and len(words(core)) <= MAX_WORDS


def mark_headings(texts: Sequence[str], kinds: list[str], hints: Sequence[str | None]) -> dict[int, str]:
    """Mark the story's subheadings (kind "heading") among its paragraphs, in place.

    `texts`, `kinds` and `hints` run in parallel: each block's text, the kind given so far and
    the kind its format already knew (a block with a hint is left as it is). Returns the
    headings whose text loses its link glyph ({index: title}): "History[edit]" is heard "History".
    """
    body = [i for i, k in enumerate(kinds) if k in BODY]
    free = [i for i in body if kinds[i] == "paragraph" and not hints[i]]
    anchored = _anchored(texts, free)
    sure = set(anchored) | _numbered(texts, kinds, body, free) | _templated(texts, body, free)
    found: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    for n, i in enumerate(body):
        if i not in free or i in sure:
            continue
        shape = not _short_title(texts[i]) and _quoted_title(texts[i])  # (a quoted title: counted apart)
        if not (shape or _short_title(texts[i])):
            continue
        before = body[n - 1] if n else None
        after = body[n + 1] if n + 1 < len(body) else None
        if before is not None and after is not None and kinds[before] == "paragraph" \
                and is_sentence(texts[before]) and is_sentence(texts[after]) \
                and len(words(texts[after])) >= 12:
            (quoted if shape else found).append((i, after))
    # One short quotation between paragraphs may be the story's own line; two or more in that
    # place on a page are its subheadings (news pages title sections with a quote).
    if len(quoted) >= 2:
        found.extend(quoted)
    # An article's subheadings differ; a widget's label repeats over each of its teasers.
    seen = Counter(" ".join(texts[i].lower().split()) for i, _ in found)
    for i, after in found:
        if seen[" ".join(texts[i].lower().split())] == 1 and not _teaser(texts, kinds, i, after):
            kinds[i] = "heading"
    for i in sure:
        kinds[i] = "heading"
    return anchored


def _teaser(texts: Sequence[str], kinds: list[str], i: int, after: int) -> bool:
    """A short line between prose that is no section title: the first line of a hard-wrapped
    sentence (the prose under it runs on in lower case), a link's label ("Also: ...", "Learn
    more: ..."), or a teaser's title with its button or share row right under it ("READ MORE",
    "Facebook Twitter", a sign-up line). A caption under it is no sign: a section often opens
    with its picture."""
    return texts[after][:1].islower() or bool(POINTER_LABEL.match(texts[i])) \
        or (i + 1 < len(kinds) and kinds[i + 1] in ("chrome", "promo"))


def _anchored(texts: Sequence[str], free: list[int]) -> dict[int, str]:
    """Lines that end in a section link glyph, when at least two lines of the page do (one alone
    may be a stray mark; a generator puts it after every heading): {index: title without it}."""
    hits = {}
    for i in free:
        m = _ANCHOR.match(texts[i].strip())
        if m and 1 <= len(words(m["title"])) <= MAX_WORDS and not re.search(r"[.!?:;,]$", m["title"]):
            hits[i] = m["title"]
    return hits if len(hits) >= 2 else {}


def _numbered(texts: Sequence[str], kinds: list[str], body: list[int], free: list[int]) -> set[int]:
    """Numbered title lines whose numbers run on by one (up or down), each followed by prose
    of its own: at least one sentence of 12 words or more before the next numbered line."""
    items = []
    for i in free:
        m = _NUMBERED.match(texts[i].strip())
        if m and _numbered_title(m["title"]):
            items.append((i, int(m["n"])))
    if len(items) < 2:
        return set()
    pos = {i: n for n, i in enumerate(body)}
    step = items[1][1] - items[0][1]
    if step not in (1, -1):
        return set()
    ends = [pos[i] for i, _ in items[1:]] + [len(body)]
    for (i, num), (j, nxt), end in zip(items, items[1:] + [(None, None)], ends):
        if nxt is not None and nxt - num != step:
            return set()
        under = [body[k] for k in range(pos[i] + 1, end)]
        if not any(kinds[k] == "paragraph" and is_sentence(texts[k]) and len(words(texts[k])) >= 12
                   for k in under):
            return set()
    return {i for i, _ in items}


def _numbered_title(t: str) -> bool:
    """The text after the number: a title (a quoted one too), not a sentence nor a list item."""
    core = t.strip().strip("\"“”‘’'")
    return bool(core) and 1 <= len(words(t)) <= MAX_WORDS and core[:1].isupper() \
        and not re.search(r"[.,;:]$", t.strip()) and not _STOP_INSIDE.search(t)



def _templated(texts: Sequence[str], body: list[int], free: list[int]) -> set[int]:
    """Title lines made from one template: three or more short lines, each after a sentence and
    over the same short label ("Фото:", "See it now: ...", a table's header row), each section
    with a sentence of 12 words or more of its own. A gallery's or a guide's entries."""
    pos = {i: n for n, i in enumerate(body)}
    groups: dict[str, list[int]] = {}
    for i in free:
        n = pos[i]
        if not _short_title(texts[i]) or n == 0 or n + 1 >= len(body) or not is_sentence(texts[body[n - 1]]):
            continue
        label = texts[body[n + 1]].strip()
        if is_sentence(label) or len(words(label)) > 6:
            continue
        groups.setdefault((label.split(":", 1)[0] + ":" if ":" in label else label).lower(), []).append(i)
    out: set[int] = set()
    for items in groups.values():
        ends = [pos[i] for i in items[1:]] + [len(body)]
        if len(items) >= 3 and all(any(is_sentence(texts[body[k]]) and len(words(texts[body[k]])) >= 12
                                       for k in range(pos[i] + 2, end)) for i, end in zip(items, ends)):
            out |= set(items)
    return out
