"""The site's name in flattened page text: the publisher an episode credits.

A page names its site around the story, not in it: the logo's text alone on a line in the
header, the footer's "© 2024 Name", labels built on it ("About Name", "More from Name", "Name
Newsletter", "Name UK"), its web address ("www.name.com", "tips@name.com") or the page's own
URL when it is known ("latimes.com": Los Angeles Times). Every short capitalised phrase outside
the story is a candidate and scores by how many of these it has; nothing here names an outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from audioed.read.byline import LEGAL_FORMS, person_name
from audioed.read.cleanup import PROFESSION, UI_LABELS, words
from audioed.read.dates import MONTHS as _MONTHS
from audioed.read.siteaddress import DOMAIN, JOIN, PLATFORMS, name_key, names_address, no_tld, url_label

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# Labels a site builds on its own name; the name follows them.
_BEFORE = re.compile(r"^(?:about|contact|support|follow|advertise (?:with|on)|inside|welcome to|more (?:from|on)|"
                     r"subscribe to|sign up for|join|discover|today on|popular (?:now )?on|next on|write for|"
                     r"the best of|news from|à propos de|le meilleur de|à la une de|abonnez-vous à|suivez|sobre|"
                     r"über|acerca de|(?:you are |you're |vous êtes )?(?:subscribed to|abonnée? à))\s+", re.IGNORECASE)
# What a footer's copyright line has and a picture's credit has not: a year, the word, rights reserved
# ("vorbehalten" whole: one page writes "Alle Reche vorbehalten", and "reche" is in "Brecher").
_FOOTER_WORDS = re.compile(r"\d{4}|copyright|reserv|rights|rechte|vorbehalten|derechos|droits|diritti|direitos", re.IGNORECASE)
# ("copyright" glued to a word before it is a menu's item: "TermsCopyrightSitemap")
_COPYRIGHT = re.compile(r"(?:(?:©|\(c\)|(?<![^\W\d_])copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?", re.IGNORECASE)
# A copyright line opening with its holder, here written "\0": "\0, 2018-2019 ©", "© 2019 \0. All rights reserved."
_HOLDS = re.compile(r"^(?:(?:©|\(c\)|copyright)\s*)*(?:\d{4}\S*\s*)?\0(?![\w-])\W*(?:\d{4}\S*\s*)?"
                    r"(?:©|\(c\)|all rights reserved|$)", re.IGNORECASE)
# After the name: the logo's link ("The Verge homepage"), the site's newsletter ("GitLab's newsletter"),
# its staff ("IGN Staff").
_AFTER = re.compile(r"^(?:[’']s)?\s*(?:[-–|:]\s*)?(?:(?:photos?|videos?|graphics)\s+(?=staff|editors))?"
                    r"(?:homepage|home page|logo|newsletters?|staff|editors)\W*$", re.IGNORECASE)
# A staff picture's credit ends with the outlet: "Image: Vjeran Pavic / The Verge".
_CREDIT_TAIL = re.compile(r"(?:/|\bfor)\s*(?:the\s+)?(?P<org>[^/]{2,40})$", re.IGNORECASE)
# A company's name in a copyright line is the owner, often not the site ("Condé Nast").
# (and a publishing house's own words: "Funke Mediengruppe", "Chemnitzer Verlag", "Mediahuis", "Associated
# Newspapers", a broadcaster's "Rundfunk", "Independent Online and affiliated companies")
_COMPANY_WORDS = "inc|ltd|llc|plc|gmbh|corp|corporation|company|companies|group|holdings|media|medien|network|" \
                 "productions|limited|enterprises|entertainment|mediengruppe|verlag|verlagsgruppe|mediahuis|" \
                 "mediehus|mediehuset|newspapers|publishing|rundfunk|broadcasting|affiliated"
_COMPANY = re.compile(rf"\b(?:{_COMPANY_WORDS})\b\.?", re.IGNORECASE)
# The same words ending a name, with the short legal forms that only ever end one ("Pvt. Ltd.").
# (the Norwegian "AS", "ASA" in capitals only: "As" is a word, "Pedro As" a name)
_COMPANY_TAIL = re.compile(rf"(?:[\s,]+(?:{_COMPANY_WORDS}|pvt|pty|ag|sa|s\.a|co|kg|(?-i:ASA|AS)|ab|oy|nv|bv|spa|srl|"
                           rf"communications)\b\.?)+$", re.IGNORECASE)


def _company_tail(name: str) -> re.Match | None:
    """The company words and legal forms ending `name`; not a lone "AS" after a person's name ("Kari Lie AS",
    a one-person firm is its owner's name)."""
    m = _COMPANY_TAIL.search(name)
    if m and re.fullmatch(r"[\s,]+ASA?\.?", m.group()) and person_name(name[:m.start()].strip()):
        return None
    return m


_LEGAL = re.compile(rf"^[\s,]*(?:{'|'.join(LEGAL_FORMS)}|pty|pvt|limited)\b\.?(?:\s*(?:ltd|inc)\b\.?)?\W*"
                    r"(?:all rights reserved\W*)?$", re.IGNORECASE)
_UI = UI_LABELS | set("""
followed unfollow later login join jobs blog chapter undo remove go tip tips help faq store shop deals
our my your we get new read by most copyright com www e-mail news author authors
""".split())
"""Button and menu words: a phrase holding one is a control, not a name."""
TOPICS = set("""
world business sports science health tech technology national international travel food style lifestyle
entertainment weather magazine arts culture economy markets games climate education politics local
edition live opinion mobile video videos news
""".split())
"""Section words that also end a site's name after its own word ("Fox Business", "Quanta Magazine")."""
_ROLE_AT = re.compile(rf"^(?:an?\s+)?{PROFESSION}\s+(?:at|for|with)\s+(?P<org>(?:the\s+)?[A-Z][^,;:]{{0,40}}?)\.?$",
                      re.IGNORECASE)
_WHEN = {"daily", "weekly", "monthly", "morning", "evening", "breaking", "weekend", "afternoon", "nightly"}
_DATE_WORDS = set(_MONTHS) | {f"{d}day" for d in "mon tues wednes thurs fri satur sun".split()}
_ARTICLES = {"die", "das", "den", "el", "los", "las", "il", "lo", "het", "een", "ein", "eine", "les", "a", "an"}
_PICTURE_DESK = {"photo", "photos", "video", "videos", "graphics", "images"}


def company(name: str) -> bool:
    """A company's name ("Salon Media Group", "Heise Medien GmbH"): an owner, not a site."""
    return bool(_COMPANY.search(name))


def owner_site(name: str, raw: list[RawBlock]) -> str | None:
    """An owner's name by the name it is built on, when the page also writes that on its own
    ("Al Jazeera Media Network" -> "Al Jazeera"); a name that is no company's as it is; else None:
    the owner ("NBCUniversal Media", "Harbor Group Inc") is not the site a listener knows, and a
    wrong publisher in the intro is worse than none. "Copyright" is no part of it."""
    name = re.sub(r"^(?:copyright|©|\s)+", "", name, flags=re.IGNORECASE).strip()
    tail = _company_tail(name)
    head = name[:tail.start()].strip() if tail else name
    if not head or head == name:
        return None if company(name) else name
    text = "\n".join(rb.text for rb in raw)
    alone = len(re.findall(rf"\b{re.escape(head)}\b", text)) - len(re.findall(rf"\b{re.escape(name)}\b", text))
    return head if alone > 0 else None


def _namey(tok: str) -> bool:
    """A word a name is made of: capitalised ("Atlas"), camel ("eHow"), or a number ("Mac 360")."""
    return bool(re.match(r"^(?:[A-Z0-9À-Þ]|[a-z]+[A-Z])", tok))


def _phrases(line: str) -> list[str]:
    """Every run of one to four name words in a line (joiners such as "de", "&" inside), once each, in
    the line's order: a set's order follows the process's string hashing, and the first phrase
    added wins `site_scores`' ties."""
    toks = [re.sub(r"[’']s$", "", t.strip(".,:;!?()[]«»\"“”'‘’|")) for t in line.split()]
    out: dict[str, None] = {}
    for a in range(len(toks)):
        if not _namey(toks[a]):
            continue
        for b in range(a, min(a + 6, len(toks))):
            t = toks[b]
            if not t or not (_namey(t) or t.lower() in JOIN):
                break
            if _namey(t) and not re.fullmatch(r"[\d\W]+", t) and sum(_namey(x) for x in toks[a:b + 1]) <= 4:
                out[" ".join(toks[a:b + 1])] = None
    return list(out)


def site_name(raw: list[RawBlock], span: tuple[int, int] | None, exclude: set[str] = frozenset(),
              url: str | None = None) -> str | None:
    """The site's name from the page around the story (`span`: the story's run), or None.
    `exclude`: names that are not the site's (the authors); `url`: the page's address, if known."""
    ranked, form, signals = site_scores(raw, span, exclude, url)
    # Only a name seen in a site's role (a label, the logo's line, the copyright, the address), never
    # one seen only as menus and topics are (alone on a line, opening lines, in the story): "IGN" (in
    # "IGN Staff"), not "Pokemon Sword"; no name rather than the menu's "Nutrition".
    ranked = [r for r in ranked if _ROLES & signals[r[2]].keys()]
    if not ranked or ranked[0][0] < SITE_MIN_SCORE:
        # Nothing else names the site: the footer's "© 2019 Los Angeles Times", when it is no company's;
        # else a personal site's owner, who is its author ("© Jo Lee 2016-2020").
        held = [r for r in ranked if signals[r[2]].get("copyright", 0) >= 3]
        owner = [x for x in sorted(exclude) if signals.get(name_key(x), {}).get("copyright", 0) >= 3]
        if held and not any(f" {form[held[0][2]]} " in f" {x} " for x in owner):
            return _in_full(form[held[0][2]], raw)
        return owner[0] if owner else None
    # An owner ("Vox Media", "Leaf Group") or the wire the story's dateline credits
    # ("WASHINGTON (Reuters) -") only when no other name qualifies, or the address is the wire's.
    wire = {name_key(m.group(1)) for rb in raw[span[0]:span[0] + 3] if span
            for m in re.finditer(r"\(([A-Z][\w .&-]{0,30}?)\)\s*[-–—]", rb.text)}
    best, _, key = next((r for r in ranked if r[0] >= SITE_MIN_SCORE and not company(form[r[2]])
                         and ("url" in signals[r[2]] or not any(w.startswith(r[2]) for w in wire))), ranked[0])
    if "url" not in signals[key] and any(w.startswith(key) for w in wire):
        # A wire's story republished: "© Reuters" under it is the story's; the site's own copyright
        # line ("© ScienceAlert Pty Ltd.") names the site when nothing else does
        held = [r for r in ranked if signals[r[2]].get("copyright", 0) >= 3 and r[2] != key
                and not company(form[r[2]]) and not any(w.startswith(r[2]) for w in wire)]
        if held:
            return _in_full(form[held[0][2]], raw)
    if company(form[key]):
        return owner_site(form[key], raw)
    # A longer name holding the best ("Atlas" -> "Atlas Obscura"), seen in two roles too and
    # scoring nearly as well, is the name.
    # (not when the page's address spells the best exactly: "Al Jazeera" for aljazeera.com, its
    # "Al Jazeera Arabic" edition in a menu)
    # (or ending with it: "Maverick" -> "Daily Maverick", its sections named "Maverick Life")
    # (word for word: "Compost" does not end with "Post", nor "Atlasfoo" open with "Atlas")
    for s, _, k in ranked[1:] if url_label(url) != key else []:
        cuts = _word_cuts(form[k])
        # (not to its legal form: "Management Circle AG" is the company behind "Management Circle")
        tail = _company_tail(form[k])
        if tail and name_key(form[k][:tail.start()]) == key:
            continue
        if (k.startswith(key) and len(key) in cuts or k.endswith(key) and len(k) - len(key) in cuts
                and form[k].split()[0].lower() not in JOIN | _ARTICLES) \
                and s >= 0.6 * best and len(signals[k]) >= 2:
            key = k
            break
    return _in_address(_spelled_out(_in_full(form[key], raw), raw), url, raw)


def _word_cuts(name: str) -> set[int]:
    """Where `name`'s key (`name_key`) breaks between two of its words: a shorter key read inside it
    as a name's words starts or ends at one of these."""
    ws = name.split()
    return {len(name_key(" ".join(ws[:n]))) for n in range(len(ws) + 1)}


def _in_address(name: str, url: str | None, raw: list[RawBlock]) -> str:
    """An acronym the page's address spells out, one word a letter ("DH" on deccanherald.com ->
    "Deccan Herald"), when only one such split of the address exists (each part three letters or
    more); else the name as it is ("HT" on hindustantimes.com splits two ways; a page that writes its
    address's word, "Sportsnet", says it so: `_spelled_out`)."""
    label = url_label(url) or ""
    if not re.fullmatch(r"[A-Z]{2,4}", name) or not re.fullmatch(r"[a-z]+", label) or len(label) < 3 * len(name) \
            or any(re.search(rf"\b{label}\b", rb.text, re.IGNORECASE) for rb in raw):
        return name

    def splits(rest: str, letters: str) -> list[list[str]]:
        if not letters:
            return [[]] if not rest else []
        if not rest.startswith(letters[0]):
            return []
        ends = [len(rest)] if len(letters) == 1 else \
            [k for k in range(3, len(rest) - 2) if rest[k] == letters[1]]
        return [[rest[:k], *more] for k in ends if k >= 3 for more in splits(rest[k:], letters[1:])]

    found = splits(label, name.lower())
    return " ".join(w.capitalize() for w in found[0]) if len(found) == 1 else name


def _spelled_out(name: str, raw: list[RawBlock]) -> str:
    """The name with its letters spelled out as the page also writes it ("NY Post" -> "New York
    Post", "CT Post" -> "Connecticut Post"): a listener hears the words, not the letters. An
    acronym alone is the name ("IAB", "ACLU"), however often the page spells it out."""
    ws = name.split()
    # An acronym the page's header spells out: the first line, the logo's text ("Sportsnet" over "SN
    # Newsletters"), or a line of its initials alone near the top ("American Civil Liberties Union")
    if all(re.fullmatch(r"[A-Z]{2,4}", w) for w in ws):
        for i, rb in enumerate(raw[:10]):
            logo = " ".join(rb.text.split()).strip(" .:|")
            initials = "".join(w[0] for w in logo.split() if w.lower() not in JOIN)
            if logo in _phrases(logo) and (i == 0 and _expands(ws, logo.split()) or initials == "".join(ws)):
                return logo
    # (a name in capitals is shouted, not spelled: "LA NACION")
    if not any(re.fullmatch(r"[A-Z]{2,3}", w) for w in ws) or all(re.fullmatch(r"[A-Z]{2,3}", w) for w in ws) \
            or name.isupper():
        return name
    # (in the page's order: of two as long, the first written, whatever the string hashing)
    written = dict.fromkeys(p for rb in raw for p in _phrases(" ".join(rb.text.split())))
    for long in sorted(written, key=len, reverse=True):
        if len(long) > len(name) and _expands(ws, long.split()):
            return long
    return name


def _expands(short: list[str], long: list[str]) -> bool:
    """Does `long` spell out `short`, a capitals word as the initials of a run of words ("NY": New
    York) or as letters of one word in order ("CT": Connecticut), other words the same?"""
    if not short or not long:
        return not short and not long
    w = short[0]
    if not re.fullmatch(r"[A-Z]{2,3}", w):
        return w.lower() == long[0].lower() and _expands(short[1:], long[1:])
    n = len(w)
    if len(long) >= n and all(x[:1] == c for x, c in zip(long[:n], w)) and _expands(short[1:], long[n:]):
        return True
    one = long[0]
    # (not the word's own first letters: "AP" is no "Apple")
    return (one[:1] == w[0] and one[:n].lower() != w.lower() and re.fullmatch(".*".join(w.lower()) + ".*", one.lower())
            is not None and _expands(short[1:], long[1:]))


def _in_full(name: str, raw: list[RawBlock]) -> str:
    """The name in full: the short form the labels use ("About Ars"), when a third of the times the
    page writes it the same name word follows, more often than any other ("Ars" -> "Ars Technica",
    "BBC" -> "BBC News")."""
    text = "\n".join(re.sub(r"[ \t]+", " ", rb.text) for rb in raw)
    full, name = name, re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)  # "The Quanta Newsletter" too
    seen = re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?: ([A-Z][\w&'-]*))?", text)
    nxt = [w for w in seen if w and (w.lower() not in _UI or w.lower() in TOPICS)
           and not _COMPANY_TAIL.fullmatch(f" {w}") and w not in name.split()
           and w.lower().rstrip(".") not in _DATE_WORDS | _PICTURE_DESK]
    # (a page header's date, "remoteStorage December 2014"; a desk, "Tidewire Photo Staff"; a company's
    # word or legal form, "Management Circle AG")
    if not nxt:
        return full
    counts = Counter(nxt).most_common(2)
    word, n = counts[0]
    # two words as often: neither is the name's (and picking one would follow the string hashing)
    tied = len(counts) > 1 and counts[1][1] == n
    # (on three lines of their own: a byline, a teaser or a channel's label printed on every card
    # is one sighting, "By Intelligencer Staff" x3, "KnowTechie Roundtable: ..." twice)
    lines = {t for rb in raw if re.search(rf"(?<![\w-]){re.escape(name)} {re.escape(word)}(?![\w-])",
                                          t := " ".join(rb.text.split()))}
    return f"{name} {word}" if not tied and n >= 3 and n * 3 >= len(seen) and len(lines) >= 3 else full


def _control(ws: list[str]) -> bool:
    """Does a phrase hold a button or menu word (a control, not a name)? "by" inside a name is a
    joiner ("Dawgs By Nature"), at its start a byline; a section word after the name's own word
    ends a name ("Fox Business", "The Detroit News"); "New" opens one ("New York Post")."""
    at = 1 if ws[0].lower() == "the" and len(ws) > 1 else 0
    head = ws[at]
    for i, w in enumerate(ws):
        low = w.lower()
        if low not in _UI or low in JOIN or low == "by" and 0 < i < len(ws) - 1:
            continue
        if low in TOPICS and i > 0 and (head.lower() not in _UI or head.lower() == "new" and i > at + 1) \
                or low == "new" and i == at < len(ws) - 1:
            continue
        return True
    return False


def _own_addresses(raw: list[RawBlock]) -> dict[str, bool]:
    """Every address label the page writes -> whether it may be the site's own: written on two lines
    or more (the header, the footer), or once in an e-mail address, in a copyright line, opening a line
    before a dash, after "on" ("Trending now on nypost.com"), or alone on one of the page's first or
    last three lines with no other address beside it. An address written once elsewhere is another
    site's as often as not: a sister title in a list ("Blinker.de"), a link in the story."""
    lines: dict[str, set[int]] = {}
    signed: set[str] = set()
    for i, rb in enumerate(raw):
        for m in DOMAIN.finditer(rb.text):
            lines.setdefault(m.group("label").lower(), set()).add(i)
            before = rb.text[:m.start()]
            # ("TRENDING NOWON NYPOST.COM": flattening joins the two parts of a shouted label)
            if _COPYRIGHT.search(rb.text) or before.endswith("@") or re.search(
                    r"(?:\b(?i:on|auf|sur|su|en)|ON)\s+(?:www\.)?$", before) or not before.strip() and re.match(
                    r"\s+[-–—|:]\s", rb.text[m.end():]):
                signed.add(m.group("label").lower())
    for d in PLATFORMS | {"www", "com", "net", "org"}:
        lines.pop(d, None)

    def alone(i: int) -> bool:
        return 0 <= i < len(raw) and DOMAIN.fullmatch(raw[i].text.strip(" ./").lower().removeprefix("www.")) is not None

    return {d: len(at) >= 2 or d in signed or any((i < 3 or i >= len(raw) - 3) and alone(i) and not alone(i - 1)
                                                  and not alone(i + 1) for i in at) for d, at in lines.items()}


def site_scores(raw: list[RawBlock], span: tuple[int, int] | None, exclude: set[str] = frozenset(),
                url: str | None = None):
    """(ranked [(score, length, key)], key -> the phrase as written) for every candidate. Each
    kind of signal counts once (with a cap), so a menu item repeated in header and footer
    scores no more than once: the site's name is the phrase seen in different roles."""
    lo, hi = span if span else (-1, -1)
    around = [(i, " ".join(rb.text.split())) for i, rb in enumerate(raw) if not lo <= i <= hi]
    around = [(i, t) for i, t in around if t and len(words(t)) <= 40]
    domains = _own_addresses(raw)
    signals: dict[str, dict[str, float]] = {}
    written: dict[str, dict[str, int]] = {}
    labels: dict[str, set[str]] = {}

    def add(phrase: str, kind: str, points: float, cap: float) -> None:
        phrase = no_tld(phrase)  # "CityLab.com" is CityLab
        k = name_key(phrase)
        ws = phrase.split()
        if not k or not re.match(r"[^\W\d_]", k) or _control(ws):
            return
        got = signals.setdefault(k, {})
        # (never below what it had: a company's copyright printed twice is no site's, "© 2024 Tidewire" stays)
        got[kind] = max(got.get(kind, 0), min(cap, got.get(kind, 0) + points))
        written.setdefault(k, {})[phrase] = written.get(k, {}).get(phrase, 0) + 1

    authors = {" ".join(x.split()).lower() for x in exclude}
    for i, t in around:
        bare = t.strip(" .:|»›>")
        # The author's box: the writer's name, then "Senior editor at X." (the site the byline writes for)
        m = _ROLE_AT.match(t) if i > 0 and " ".join(raw[i - 1].text.split()).lower() in authors else None
        if m:
            for p in _phrases(m.group("org")):
                if m.group("org").startswith(p):
                    add(p, "bio", 3, 3)
        phrases = _phrases(t)
        if bare in phrases:
            add(bare, "alone", 1, 1)  # the logo's text, alone on its line
            if i < 15:
                add(bare, "top", 1, 1)
        m = _BEFORE.match(t)
        # "More on Nodejs from Tidewire": the topic, then the site it is from
        m = re.match(r"^more on\s+.{1,40}?\s+from\s+", t, re.IGNORECASE) or m
        if m:
            for p in _phrases(t[m.end():]):
                if t[m.end():].lower().startswith(p.lower()):
                    add(p, "label", 3, 3)  # "About Ars", "More from Kotaku"
                    # a second kind of label ("More from Medium", "Discover Medium") backs the first
                    seen = labels.setdefault(name_key(no_tld(p)), set())
                    seen.add(" ".join(m.group(0).lower().split()))
                    if len(seen) == 2:
                        add(p, "labels", 1, 1)
        m = _COPYRIGHT.search(t)
        if m:
            rest = re.sub(r"^(?:S\.?A\.?|AG)\s+(?=[A-Z])", "", t[m.end():])  # "© 2017 SA La Nación"
            # A bare "© Name" (no year, no "copyright", no rights reserved) is a picture's credit ("© Stefan
            # Wermuth", "FOTOS © BURKARD MEYER"), a footer's only when it closes the page ("© Stylegart by Ramona")
            # (a caption's own year is no footer's: "... am 7. Oktober 2023 ... © Jo Lee/dpa")
            credit = not _FOOTER_WORDS.search(t[max(0, m.start() - 8):]) and i < len(raw) - 3
            opening = [p for p in _phrases(rest) if rest.lower().startswith(p.lower())]
            holder = max(opening, key=len, default="")
            # a photographer and an agency ("Copyright Jo Lee/AP", "© SZ/jl"), an agency's desk ("Copyright
            # AP Photo"): a picture's credit, however the line is worded
            desk = holder.split()[-1].lower() in _PICTURE_DESK | {"foto", "fotos"} if holder else False
            credit = credit or "/" in holder or desk
            # an owner's words anywhere in the holder make each of its openings an owner's ("Independent
            # Online and affiliated companies": no "Independent"), the owner's name built on the site's
            owner = _COMPANY.search(rest[:len(holder) + 20])
            for p in opening:
                # the name before a bare legal form is the site's own ("© 2024 Spiceworks Inc.");
                # an owner's ends in "Media", "Group"... ("Vox Media, Inc.")
                legal = not _COMPANY.search(p) and not _company_tail(p) and _LEGAL.match(rest[len(p):])
                add(p, "copyright", *((1.5, 1.5) if owner and not legal or credit else (3, 3)))
        for p in phrases:
            at = t.find(p)
            # (a newsletter named for when it comes, "Daily Newsletter", is no site's)
            # (and "Photo Staff" is a desk of the site before it: "Tidewire Photo Staff")
            if _AFTER.match(t[at + len(p):]) and p.lower() not in _WHEN and p.split()[-1].lower() not in _PICTURE_DESK:
                add(p, "logo", 3.5, 3.5)  # "The Verge homepage", "The Quanta Newsletter", "Guardian app"
            elif re.match(r"^[’']?s?\s+newsletters?\s+[a-z]", t[at + len(p):], re.IGNORECASE) \
                    and p.lower() not in _WHEN and p.split()[-1].lower() not in _PICTURE_DESK:
                add(p, "newsletter", 1, 1)  # named in a sentence: "CRN Newsletters deliver IT news ..."
        for m in re.finditer(r"([^\s®™©]+(?:\s+[^\s®™©]+){0,3})\s*(?:[®™]|(?=©))", t):
            for p in _phrases(m.group(1)):
                if m.group(1).endswith(p):
                    add(p, "brand", 3, 3)  # "Royal Road® © 2024": a registered name, or the one before ©
        if DOMAIN.fullmatch(bare.lower().removeprefix("www.")):
            d = DOMAIN.fullmatch(bare.lower().removeprefix("www.")).group("label")
            if d not in PLATFORMS:
                add(d.capitalize() if d.islower() else d, "alone", 1, 1)  # "m.heraldsun.com.au" alone
        m = _CREDIT_TAIL.search(t) if re.search(r"\b(?:photo|image|photograph|illustration|credit)", t, re.I) else None
        if m and m.group("org").strip() in phrases:
            add(m.group("org").strip(), "credit", 1.5, 1.5)
        first = t.split()[0] if t.split() else ""
        for p in phrases:
            if t.startswith(p + " ") and len(words(t)) <= 8 and _namey(first):
                add(p, "prefix", 0.5, 1.5)  # "eHow UK", "Breitbart London", "CNET Top 5"
    # A name written in lower case ("topicseed"): the logo's text alone on a top line that the
    # footer's copyright line also opens with ("topicseed, 2018-2019 ©", "© 2019 topicseed").
    for i, t in around:
        if i < 15 and re.fullmatch(r"[a-z][a-z0-9-]{2,24}", t) and t not in _UI and any(
                _HOLDS.match(u.replace(t, "\0", 1)) and _COPYRIGHT.search(u) for _, u in around):
            add(t, "alone", 1, 1)
            add(t, "top", 1, 1)
            add(t, "copyright", 3, 3)
    home = url_label(url)
    if home:  # the page's own address names the site however the text writes it ("my6sense", "The Hill")
        for i, rb in enumerate(raw):
            t = " ".join(rb.text.split())
            for p in dict.fromkeys(_phrases(t) + re.findall(r"(?<![\w.])[^\W_][\w-]*[^\W_](?![\w])", t)):
                if names_address(home, p):
                    add(p, "url", 4, 4)
    page = "\n".join(t for _, t in around)
    in_line = {m.group("label").lower() for rb in raw for m in DOMAIN.finditer(rb.text)
               if not DOMAIN.fullmatch(rb.text.strip(" ./").lower().removeprefix("www."))} & domains.keys()
    for k in signals:
        names = {p for p in written[k]} | {k}
        own = [domains[d] for d in domains for p in names if names_address(d, p)]
        # (an address written once backs a name the page around the story writes three times or more,
        # "Observer" and "whitelist Observer.com"; not a sister title in a list, "Blinker" and "Blinker.de")
        # (not when the page writes another address as its own inside a line, "Search nationalpost.com": "Canada"
        # thrice and canada.com once is a sister site; an address alone on its lines is a link, "realtor.com")
        elsewhere = any(domains[d] and not any(names_address(d, p) for p in names) for d in in_line)
        if any(own) or own and not elsewhere and max(
                len(re.findall(rf"(?<![\w-]){re.escape(p)}(?![\w-])", page, re.IGNORECASE)) for p in written[k]) >= 3:
            signals[k]["domain"] = 3  # its own address: "www.engadget.com", "m.heraldsun.com.au"
        elif own:
            signals[k]["address"] = 1  # another site's, as often as not: no role of the site's
    # As the page writes it most often, on a tie not in capitals ("Gizmodo" over the logo's "GIZMODO"),
    # then the longer ("The Bay Ledger" over "Bay Ledger")
    form = {k: max(ws, key=lambda w: (ws[w], not w.isupper(), len(w))) for k, ws in written.items()}
    story = " ".join(raw[i].text for i in range(max(lo, 0), hi + 1)) if span else ""
    for k, sig in signals.items():
        if sig and re.search(rf"\b{re.escape(form[k])}\b", story):
            sig["story"] = 1  # the story names its outlet ("shared with Quanta", "Ars asked")
    bad = {name_key(x) for x in exclude}
    ranked = sorted(((sum(sig.values()), len(k), k) for k, sig in signals.items() if k not in bad and len(k) >= 2),
                    reverse=True)
    return ranked, form, signals


SITE_MIN_SCORE = 4
_ROLES = {"label", "labels", "logo", "copyright", "brand", "domain", "url", "credit", "bio"}
"""Points a phrase needs: two signals at least (a logo line and an "About" label, a copyright
line and the address...), so a label seen once is not taken for the site."""
