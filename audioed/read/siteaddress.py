"""A site's name and its web address: the label an address spells ("latimes" in
https://www.latimes.com/...), a name written short as its address ("Los Angeles Times"), and the
address said as a name when nothing on the page names the site ("nbcnews" -> "NBC News").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)*(?P<label>[a-z0-9-]{3,})\.(?:com|org|net|co\.uk|com\.au|co|de|fr|es|it|"
                    r"nl|io|info|news|tv|ru|in|ca|cz|br|com\.br|jp|cn|kr|pl|se|ch|at|be|ie)\b", re.IGNORECASE)
# Small words a name holds between its words ("Procter & Gamble", "Le Monde").
JOIN = {"&", "de", "of", "du", "la", "le", "des", "der", "di", "da", "the", "and", "en"}
PLATFORMS = set("""
facebook twitter google youtube instagram linkedin pinterest whatsapp reddit tumblr flipboard
doubleclick googleapis gstatic cloudfront amazonaws akamai gravatar wp wordpress apple android
""".split())
"""Platforms linked from every page: their names and addresses are never the site's."""


def name_key(s: str) -> str:
    """One key for a name however it is written ("The Verge", "Verge", "THE VERGE", "Libération" as its
    address "liberation.fr" writes it: a Latin letter's accent dropped)."""
    s = plain_lower(s)
    return re.sub(r"^the", "", re.sub(r"\W+", "", s))  # "TheHill" too


def plain_lower(s: str) -> str:
    """`s` in lower case, its Latin letters without accents (addresses spell "Classificação"
    "classificacao")."""
    return "".join(_plain(c) for c in s.lower())


def _plain(c: str) -> str:
    """A Latin letter without its accent ("é" -> "e"); any other character as it is."""
    base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return base if base.isascii() else c


def abbreviates(label: str, phrase: str, *, skip: bool = False) -> bool:
    """Is the address's label the name written short, each word's first letters in turn ("latimes":
    Los Angeles Times, "nypost": New York Post, "thehill": The Hill)? Joiners may be left out; with
    `skip`, any word ("lakesidenews": Lakeside Daily News)."""
    ws = [w for w in (re.sub(r"\W+", "", w.lower()) for w in phrase.split()) if w]

    @cache  # (word, place in the label): polynomial, however long the words
    def fit(i: int, at: int) -> bool:
        if at == len(label) or i == len(ws):
            return at == len(label) and i == len(ws)
        w = ws[i]
        if any(label[at:at + n] == w[:n] and fit(i + 1, at + n) for n in range(min(len(w), len(label) - at), 0, -1)):
            return True
        return (skip or w in JOIN) and fit(i + 1, at)

    return len(ws) >= 2 and len(label) >= 3 and fit(0, 0)


def no_tld(phrase: str) -> str:
    """A name written as its address, without the ending ("Moneycontrol.com" -> "Moneycontrol")."""
    return re.sub(r"(?i)\.(?:com|org|net|info|co|[a-z]{2})(?:\.[a-z]{2})?$", "", phrase) or phrase


def names_address(label: str, phrase: str, *, skip: bool = False) -> bool:
    """Is `phrase` the name the address's label stands for ("Moneycontrol.com", "The Hill",
    "Los Angeles Times" for "latimes"; with `skip`, a word of the name may be missing from the
    address: "Lakeside Daily News" for "lakesidenews")?"""
    bare = name_key(no_tld(phrase))
    return bare in (label, label.removeprefix("the")) or len(label) >= 4 and abbreviates(label, phrase, skip=skip)


def url_label(url: str | None) -> str | None:
    """The name part of a page's address ("https://www.latimes.com/..." -> "latimes")."""
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    if not DOMAIN.fullmatch(host):
        return None
    parts = host.split(".")
    # a country's second level ("latimes.co.uk", "folha.com.br") is no name
    cut = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ne", "or") else 2
    label = parts[-cut] if len(parts) >= cut else None
    return label if label and label not in PLATFORMS else None


def address_name(url: str | None, raw: list[RawBlock]) -> str | None:
    """The page's address as its name, for when nothing on the page names the site (the logo is a
    picture): "techcrunch" -> "Techcrunch"; split where the page writes both words ("nbcnews" ->
    "NBC News"), or as the page writes it whole ("VentureBeat" in a handle)."""
    label = url_label(url)
    if not label or not re.search(r"[a-z]", label):
        return None
    tokens = {}
    for rb in raw:
        for w in re.findall(r"[^\W_]+", rb.text):
            if w[:1].isupper() or not w.islower():
                tokens.setdefault(w.lower(), w)  # the first capitalised way the page writes it
    if label in tokens:
        return tokens[label]
    # (letters with no vowel are said one by one: "kxtv" -> "KXTV", "nbcdfw" -> "NBC DFW")
    def said(part: str) -> str | None:
        return tokens.get(part) or (part.upper() if 2 <= len(part) <= 5 and not re.search("[aeiouy]", part) else None)
    if said(label):
        return said(label)
    for cut in range(2, len(label) - 1):
        a, b = label[:cut], label[cut:]
        if a in tokens and b in tokens and len(b) >= 3:
            return f"{tokens[a]} {tokens[b]}"
    for cut in range(2, len(label) - 1):
        a, b = label[:cut], label[cut:]
        if said(a) and said(b) and (a in tokens or b in tokens):
            return f"{said(a)} {said(b)}"
    return label.capitalize()
