"""Flattened page text: a web page's visible text, blocks separated by blank lines."""

from __future__ import annotations

import re
from collections import Counter

from audioed.model import Article
from audioed.read.build import RawBlock, build_article
from audioed.read.metadata import Meta

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
# A drop cap: one capital, after an opening quote mark if the story opens on a quote ("“W" over "hen ...").
_DROP_CAP = re.compile(r"[\"“‘„«]?[^\W\d_]")
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_QA_QUESTION = re.compile(r"(?:Q\b|.*\?$)", re.S)
# Capitals that are words alone in some language ("A man", "I was", "O governo", "E poi").
_WORD_LETTERS = set("AIOEYUÀÉÓ")
# An icon font's ligature: the icon's name is the element's text, so a flattened page prints it beside its
# link ("Download chevron_right", "home chevron_right Guides"). Google's Material names, those with an
# underscore only: a bare "menu" or "search" may be the page's word.
_ICON_NAME = re.compile(
    r"(?<!\S)(?:chevron_(?:left|right)|(?:keyboard_(?:double_)?)?arrow_(?:forward|back|upward|downward|outward|"
    r"right_alt|drop_down|drop_up|left|right|up|down)(?:_ios(?:_new)?)?|expand_(?:more|less|circle_down)|"
    r"navigate_(?:next|before)|open_in_new|north_east|south_east|play_arrow|play_circle(?:_filled|_outline)?|"
    r"content_copy|file_download|more_(?:vert|horiz)|first_page|last_page|trending_flat|"
    r"arrow_circle_(?:right|left|up|down)|add_circle(?:_outline)?|check_circle(?:_outline)?|"
    r"account_circle|shopping_cart|location_on|calendar_today|access_time)(?!\S)")


def split_blocks(text: str) -> list[str]:
    """Blank-line separated blocks; a file with one paragraph per line and no blank lines is split by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [b.strip() for b in _BLANK.split(text) if b.strip()]
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(blocks) <= 2 and len(lines) >= 8:
        blocks = [ln.strip() for ln in lines]
    blocks = ["\n".join(ln for ln in map(_unicon, b.split("\n")) if ln) for b in blocks]
    return join_drop_caps([b for b in blocks if b])


def _unicon(line: str) -> str:
    """The line without its icons' names, when one ends or opens it or the line is no sentence (a breadcrumb,
    "home chevron_right Guides"); a sentence may name an icon ("Use the arrow_forward icon.")."""
    if not _ICON_NAME.search(line):
        return line
    ws = line.split()
    if _ICON_NAME.fullmatch(ws[0]) or _ICON_NAME.fullmatch(ws[-1]) or not re.search(r"[.!?:]\W*$", ws[-1]):
        return " ".join(_ICON_NAME.sub("", line).split())
    return line


def join_drop_caps(blocks: list[str]) -> list[str]:
    """A story's decorative initial printed as its own block ("T", then "urkey, Poland and ...") is
    put back on its word, so the story is heard from "Turkey"."""
    out: list[str] = []
    counts: Counter[str] | None = None
    for b in blocks:
        if out and _drop_cap(out[-1], b, out[-2] if len(out) > 1 else ""):
            counts = counts or Counter(w.lower() for w in _LOWER_WORD.findall("\n".join(blocks)))
            if out[-1][-1] not in _WORD_LETTERS or _cut_word(out[-1][-1], b, counts):
                out[-1] += b
                continue
        out.append(b)
    return out


def _drop_cap(cap: str, rest: str, before: str) -> bool:
    """A lone capital over prose whose first word is cut short: lowercase letters glued on. A letter
    index's "A", "B" and a list's "a" are over other letters or capitals; an answer's "A" is under a
    question."""
    if not _DROP_CAP.fullmatch(cap) or not cap[-1].isupper():
        return False
    m = _LOWER_WORD.match(rest)
    if not m or not m.group().islower() or len(rest.split("\n", 1)[0].split()) < 8:
        return False
    return not (cap[-1] in "AI" and _QA_QUESTION.match(before.strip()))


def _cut_word(cap: str, rest: str, counts: Counter[str]) -> bool:
    """Under a capital that is a word alone, the page's other words tell "A" + "dam Hale" (Adam
    again below) from "A" + "man walked" (man again, no aman): the joined word is the page's, or the
    cut one is nowhere else."""
    cut = _LOWER_WORD.match(rest).group()
    return counts[(cap + cut).lower()] > 0 or counts[cut] <= 1


def parse_text(text: str, *, source: str | None = None, meta: Meta | None = None) -> Article:
    return build_article([RawBlock(b) for b in split_blocks(text)], meta or Meta(), source=source)
