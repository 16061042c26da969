"""Where a flattened page names its authors: the byline under the headline (or just above it),
a post signed under the story, the author's box after it, a personal site's copyright line.
`byline` says what such a line holds; this module says which line it is.

Pages set other people's names in the same shapes: teasers list their writers ("Matt Novak" /
"Today 7:30AM" under each teaser headline), pictures their photographers, comment threads
their commenters, fact-checks their claimants. A byline is one: a line whose name shape
repeats with other names nearby is a list's, and the lists' lines are skipped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read import byline, cleanup
from audioed.read.cleanup import is_sentence
from audioed.read.masthead import BYLINE_REACH, headline_like
from audioed.read.metadata import parse_date
from audioed.read.prose import word_count
from audioed.read.story import BODY, comments_header

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

_BYLINE_KINDS = BODY + ("chrome", "byline", "bio", "promo")

ABOVE_REACH = 6
"""Blocks above the headline where a name line may be its byline (author, section, date, then
the headline), when a date or a reading time is beside it."""

STORY_REACH = 8
"""Blocks over the story's first line where a dated name line may be its byline (under a
gallery, a teaser box or share counts that follow the headline)."""


def _same(a: str, b: str) -> bool:
    return " ".join(re.findall(r"\w+", a.lower())) == " ".join(re.findall(r"\w+", b.lower()))


def find_byline(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> list[str]:
    """A flattened page's authors, and the byline's blocks marked "byline" (never narrated).

    In order: a "by" line under the headline, down to the story's second paragraph; a name line
    under it (within BYLINE_REACH, or just over the story's first line when dated); a "by" line
    above the headline; a dated name line just above it; a "by" line or a dated name line near
    the story's first line (all there is without a headline); then after the story: a signed
    post, the author's box, a personal site's "© 2013 Jo Lee"."""
    t = kinds.index("title") if "title" in kinds else None
    story = _story_text(raw, kinds, span)
    for i, names in _candidates(raw, kinds, span, t, story):
        kinds[i] = "byline"
        if byline.by_word(raw[i].text) and i + 1 < len(raw):
            kinds[i + 1] = "byline"  # "By" alone, the names on the next line
        names = names + _more_names(raw, kinds, i, names, story) if names else []
        _mark_beside(raw, kinds, max(j for j in range(i, min(i + 3, len(raw))) if kinds[j] == "byline"))
        return names
    return _signed_below(raw, kinds, span) or _author_box(raw, kinds, span) or _copyright_person(raw, span)


def _candidates(raw, kinds, span, t, story):
    """(block, names) of the lines that may be the byline, the likeliest first."""
    ok = [k in _BYLINE_KINDS for k in kinds]
    if t is None:
        yield from _near_story(raw, ok, span, t)
        return
    below, prose = [], 0
    # (a "by" line may sit past ads and share rows, down to the story's second paragraph)
    for i in range(t + 1, min(len(raw), max(t + 1 + BYLINE_REACH, span[0] + 3))):
        if word_count(raw[i].text) >= 25 and is_sentence(raw[i].text):
            prose += 1
            if prose > 1:
                break
        below.append(i)
    below = [i for i in below if ok[i] and not _teaser(raw, i, t, span[0])]
    # (from the headline's first copy: a page may print it twice, over a share row and over the story)
    top = min([j for j in range(max(0, t - ABOVE_REACH), t) if _same(raw[j].text, raw[t].text)] + [t])
    above = [i for i in range(top - 1, max(-1, top - 1 - BYLINE_REACH), -1) if ok[i] and not _teaser(raw, i, t)]
    for i in below:
        names = _by_line(raw, i)
        if names:
            yield i, names
    for i in below:
        # a name alone within reach of the headline, or dated just over the story's first line
        if i <= t + BYLINE_REACH or span[0] - STORY_REACH <= i <= span[0] + 1 and _dated(raw, i):
            names = _name_line(raw, i, t, story) or _over_story(raw, i, t, span, story)
            if names:
                yield i, names
            elif byline.role_line(raw[i].text) and len(raw[i].text.split()) >= 2 and _dated(raw, i) \
                    and not any(_over_story(raw, j, t, span, story) for j in range(i + 1, span[0])):
                # (a section's label, "In Local News, News", over the date and the writer's name is no desk)
                yield i, []  # a desk signs it ("Our Foreign Staff" over the date): no one to name
    for i in above:
        names = _by_line(raw, i)
        if names:
            yield i, names
    # A name above the headline is a teaser's or a menu's as often as the writer's: only with a
    # date or a reading time beside it, and not under a teaser's headline.
    for i in above[:ABOVE_REACH]:
        if i > 0 and headline_like(raw[i - 1].text) and word_count(raw[i - 1].text) >= 3 \
                and not byline.stamp(raw[i - 1].text):
            continue
        # (the date may be under the name or between it and the headline: name, section, date)
        if _dated(raw, i) or top - i <= 3 and any(byline.stamp(raw[j].text) for j in range(i + 1, top)):
            # (a blog's name over its post's date is named in the post, and opens with no given name)
            names = byline.name_line(raw[i].text, raw[i + 1].text)
            if names and (_dated(raw, i) or all(byline.person_name(n) for n in names)) \
                    and not _named_in(names, story, skip=i):
                yield i, names
    # The headline found may be a caption's or a teaser's: the byline is then over the story.
    yield from _near_story(raw, ok, span, t)


def _near_story(raw, ok, span, t):
    """A "by" line, else a dated name line, near the story's first line (12 blocks over it). A
    name line over a headline found above the story was judged by the rules above (a teaser's
    more often); over one inside the story's run (a subheading taken for it), it is looked at."""
    near = [i for i in range(max(0, span[0] - 12), min(len(raw), span[0] + 3)) if ok[i] and not _teaser(raw, i, t)]
    for i in near:
        names = _by_line(raw, i)
        if names:
            yield i, names
    for i in near:
        if i + 1 < len(raw) and _dated(raw, i) and (t is None or i > t or t >= span[0]):
            names = byline.name_line(raw[i].text, raw[i + 1].text)
            if names:
                yield i, names


def _mark_beside(raw: list[RawBlock], kinds: list[str], last: int) -> None:
    """The byline's own lines under it, never narrated: its date and time, the writer's role,
    a handle ("Senior Reporter", "@janedoe", "May 3, 2021 at 4:00 p.m.")."""
    for k in range(last + 1, min(last + 4, len(raw))):
        if kinds[k] not in BODY:
            continue  # a share row between
        if not (byline.stamp(raw[k].text) or byline.role_line(raw[k].text)):
            return
        kinds[k] = "chrome"


def _by_line(raw: list[RawBlock], i: int) -> list[str]:
    text = raw[i].text
    if byline.by_word(text) and i + 1 < len(raw):
        text = "By " + raw[i + 1].text  # "por", "Autor", "Kommentar von" alone, the names on the next line
    return byline.by_line(text)


def _name_line(raw: list[RawBlock], i: int, t: int | None, story: dict[int, str]) -> list[str]:
    """The names of a byline without "by" at block i (under the headline): a person's name,
    dated or named nowhere else in the story (a place, a topic or a person the story is about,
    set under the headline, is named again; the writer seldom is) and no link of a list."""
    names = byline.name_line(raw[i].text, raw[i + 1].text if i + 1 < len(raw) else "")
    if not names:
        return []
    if _dated(raw, i):
        return names
    if _in_list(raw, i, t) or _named_in(names, story, skip=i):
        return []
    return names


OVER_STORY = 4
"""Blocks over the story's first line where a line of names alone is its byline though nothing dates it."""

_SEPARATOR = re.compile(r"^\W{1,3}$")
"""A line that is only a separator ("•", "|"): a byline's parts set one a line are apart by it."""


def _over_story(raw: list[RawBlock], i: int, t: int, span: tuple[int, int], story: dict[int, str]) -> list[str]:
    """A line of names and nothing else just over the story's first line ("Duncan Walker" over
    "BBC" over the lede): a menu seldom ends there. A person's name (a given name opens it), or
    any name under the page's date line (a given name the table lacks: "May 14, 2025" over
    "Mohloai Mpesi"); never one the story names again (the person it is about)."""
    if not span[0] - OVER_STORY <= i < span[0] or re.match(rf"(?i)\W*(?:{byline.BY_WORDS})\b", raw[i].text):
        return []
    # a tag list's line has names beside it ("Ulpiano Vergara" over "Marca Registrada"); a tag echoes the headline
    near = [raw[j].text for j in (i - 1, i + 1) if 0 <= j < len(raw)]
    if any(byline.name_shape(" ".join(byline.plain(x).split())) for x in near):
        return []
    if _only_names(raw[i].text, person=True):
        names = byline.name_line(raw[i].text)
    else:
        line = " ".join(byline.plain(raw[i].text).split())
        above = next((raw[j].text for j in range(i - 1, max(-1, i - 3), -1)
                      if not _SEPARATOR.match(raw[j].text.strip())), "")
        names = [line] if byline.name_shape(line) and byline.stamp(above) and not byline.name_line(above) else []
    if not names or _named_in(names, story, skip=i):
        return []
    head = raw[t].text.lower()
    return [] if any(re.search(rf"\b{re.escape(n.split()[-1].lower())}\b", head) for n in names) else names


def _more_names(raw, kinds, i, names, story) -> list[str]:
    """Names on the lines right under a byline: "Written by X" over "Edited by Y", stacked
    authors ("Jane Doe" over "John Roe" over the date)."""
    more = []
    for j in range(i + 1, min(i + 3, len(raw))):
        if kinds[j] not in _BYLINE_KINDS:
            break
        found = byline.by_line(raw[j].text)
        if not found and not byline.stamp(raw[j].text):
            found = [n for n in byline.name_line(raw[j].text) if byline.person_name(n)]
            if found and not _dated(raw, j) and _named_in(found, story, skip=j):
                found = []
        if not found:
            break
        kinds[j] = "byline"
        more += [n for n in found if n not in names and n not in more]
    return more


def _named_in(names: list[str], story: dict[int, str], skip: int | None = None) -> bool:
    """Does the story name one of them again (by surname, capitalised: "wood" is no Wood)? Not
    counting block `skip`, the name line itself, when the story's run starts at or over it and
    the line is the names alone (a speaker's line, "Jo Lee, chair of the board, on the vote:", is
    the story's)."""
    text = " ".join(t for j, t in story.items() if j != skip or not _only_names(t))
    return any(re.search(rf"\b{re.escape(n.split()[-1])}\b", text) for n in names)


def _story_text(raw, kinds, span) -> dict[int, str]:
    """The story's paragraphs by block, without the author's bio (which names the writer; a handle
    may follow the name: "Molly Wood (@mollywood) is an Ideas contributor at ...")."""
    return {j: raw[j].text for j in range(span[0], span[1] + 1) if kinds[j] == "paragraph"
            and not cleanup.bio_match(re.sub(r"^([^(]{3,40}?)\s*\(@\w+\)", r"\1", raw[j].text))}


def _dated(raw: list[RawBlock], i: int) -> bool:
    """Does a name line carry what a byline carries: a date, a time, a handle, a reading time,
    a role, a follow button (on the line or the one under it)?"""
    line = raw[i].text
    if (re.search(r"\d", line) and not byline.CLAIM.search(line)) or re.search(r"@\w", line):
        return True
    if i + 1 < len(raw):
        nxt = raw[i + 1].text.strip()
        # (a stamp that opens with a name is that name's byline: "Jo Lee | 9 décembre 2019" under a dek)
        if byline.stamp(nxt) and not byline.name_line(nxt) or byline.role_line(nxt) \
                or re.match(r"^follow\b", nxt, re.IGNORECASE):
            return True
    # a date over a line that is a person's name and nothing else ("25. Juli 2019" / "Jo Lee" / "Blog,
    # Reviews"); a handle over it is the previous name's ("@JOLEE" over "KEY POINTS")
    above = raw[i - 1].text if i > 0 else ""
    return _only_names(line, person=True) and bool(re.search(r"\d", above)) and byline.stamp(above) \
        and not byline.name_line(above)


def _only_names(line: str, person: bool = False) -> bool:
    names = byline.name_line(line)
    if person and not all(byline.person_name(n) for n in names):
        return False
    words_on_line = re.findall(r"[^\W\d_][\w'’.-]*", byline.plain(line))
    return bool(names) and sum(len(n.split()) for n in names) == len(words_on_line)


def _credit(raw: list[RawBlock], i: int) -> list[str]:
    """The names block i credits as a byline ("by" line, or a dated name line), else []."""
    names = byline.by_line(raw[i].text)
    if not names and _dated(raw, i):
        names = byline.name_line(raw[i].text, raw[i + 1].text if i + 1 < len(raw) else "")
    return names


def _teaser(raw: list[RawBlock], i: int, t: int | None, start: int | None = None) -> bool:
    """Is block i a teaser's byline (or a comment's signature): one of a run of credit lines
    (within 10 blocks), with more of them after it, or the last of a run at a regular step, or
    set right under a headline-shaped line that is not the page's headline? (The last credit
    after such a run, further on and under no teaser, is the story's; a co-author's line right
    under it is no run. The page's headline is no credit; `start`, the story's first line: over it,
    the story's own credits do not count.)"""
    if not _credit(raw, i):
        return False

    def credit(j):  # (the page's headline is no teaser's credit, though a date line under it dates it)
        return j != t and bool(_credit(raw, j))
    # (the same writer's name counts too: a series' teasers, "By Tara Parker-Pope" under each)
    before = sum(credit(j) for j in range(max(0, i - 10), i - 1))
    # (over the story, its own lines' credits are no teasers': a list's "1. GS Lomba by Gerard Sierra")
    end = min(len(raw), i + 11) if start is None or i >= start else min(len(raw), i + 11, start + 1)
    after = sum(credit(j) for j in range(i + 2, end))
    if after and before + after >= 2:
        return True
    # the last of a list whose credits come at a regular step (teaser, blurb, credit, picture...)
    if any(i - 2 * d >= 0 and credit(i - d) and credit(i - 2 * d) for d in range(2, 11)):
        return True
    over = i - 1
    # (near the headline, a date line over the name is the byline's own, no teaser's headline: "July 5, 2025"
    # over "Jo Lee"; after the story, with no headline asked, a card's date over its label is a teaser's)
    return before + after >= 1 and over >= 0 and over != t and headline_like(raw[over].text) \
        and word_count(raw[over].text) >= 3 and not (t is not None and byline.stamp(raw[over].text))


def _in_list(raw: list[RawBlock], i: int, t: int | None) -> bool:
    """Is block i one line of a link list (a menu, teasers): short labels on both sides? The
    headline beside it is no label."""
    def label(j):
        if j == t:
            return False
        x = " ".join(raw[j].text.split())
        return headline_like(x) and word_count(x) <= 14 or word_count(x) <= 6 and not is_sentence(x)
    return 0 < i < len(raw) - 1 and label(i - 1) and label(i + 1)


def _signed_below(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> list[str]:
    """A blog signs its post under it: "Posted by Jo Lee on May 3, 2015", "Jo Lee — 2013-09-29"
    after the story's run (a "by" line, or a name with a date beside it), before any comment
    thread (whose signatures are the commenters')."""
    # (a "by" line inside the story's run too: a run may reach past the story into a related box,
    # and a signed line ends the story it closes: "Written by Jo Lee on May 3, 2018")
    for i in range(span[0] + 1, min(len(raw), span[1] + 40)):
        if comments_header(" ".join(raw[i].text.split())):
            break
        if kinds[i] not in _BYLINE_KINDS or _teaser(raw, i, None):
            continue
        # (inside the run, the line is the byline alone: "directed by Jo Lee" ends a film's entry in a list)
        names = _by_line(raw, i) if i >= span[1] - 1 or len(byline.by_lead(raw[i].text).split()) <= 3 else []
        # a name with a date or a time beside it ("Jo Lee — 2013-09-29"), not any number ("Steve Jobs - 30x40cm")
        if not names and i >= span[1] - 1 and (parse_date(raw[i].text) or re.search(r"\b\d{1,2}:\d\d\b", raw[i].text)
                                               or _only_names(raw[i].text) and _dated(raw, i)):
            names = [n for n in byline.name_line(raw[i].text) if byline.person_name(n)]
        if names:
            kinds[i] = "byline"
            if byline.by_word(raw[i].text) and i + 1 < len(raw):
                kinds[i + 1] = "byline"
            return names
    return []


def _author_box(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> list[str]:
    """The author's box after the story: "About the author" over a name, or the bio sentence
    "Jo Lee is a reporter at the Ledger" (the story's own last paragraphs included)."""
    for i in range(max(span[0], span[1] - 2), len(raw)):
        text = " ".join(raw[i].text.split())
        if comments_header(text):
            break
        m = cleanup.bio_match(re.sub(r"^[—–-]+\s*", "", text))  # (an opinion piece's "— Jo Lee is a ...")
        if m and byline.person_name(m.group("name")):
            return [m.group("name")]
        box = _ABOUT_AUTHOR.match(text)
        if box and box.group("who"):  # "About the Author - Jo Lee"
            names = [n for n in byline.name_line(box.group("who")) if byline.person_name(n)]
            if names:
                return names
        elif box and i + 1 < len(raw):
            names = [n for n in byline.name_line(raw[i + 1].text.split("\n")[0]) if byline.person_name(n)]
            if names:
                return names
        about = re.match(r"^(?:about|über|à propos de|sobre)\s+(?P<who>\S.*)$", text, re.IGNORECASE)
        if about and byline.person_name(about.group("who")):
            return [about.group("who")]  # the box's header names the writer: "About Jo Lee"
        # (or with the writer's count of posts: "Über Jo Lee 257 Artikel")
        names = about and re.search(r"\d", about.group("who")) and byline.name_line(about.group("who"))
        if names and byline.person_name(names[0]):
            return names[:1]
    return []


# The author's box's header, in the languages pages are most often written in, the name after it
# or on the next line ("About the author", "Über den Autor", "À propos de l'auteur", "Sobre el autor").
_ABOUT_AUTHOR = re.compile(r"^(?:about the (?:authors?|writer)|über (?:den|die) autor(?:in|en)?|zu[mr] autor(?:in)?|"
                           r"à propos de l[’']auteur(?:e)?|sobre (?:el|la) autora?|sull[’']autore)"
                           r"(?:\s*[:—–-]?\s*(?P<who>[A-ZÀ-Þ].*)|\s*:)?$", re.IGNORECASE)
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_COPYRIGHT = re.compile(rf"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:{_YEARS}\s+)?(?P<who>[^\d©|—–-]+?)"
                        rf"(?:\s+{_YEARS})?\s*(?:[.,|—–-].*)?$", re.IGNORECASE)


def _copyright_person(raw: list[RawBlock], span: tuple[int, int]) -> list[str]:
    """A personal site's owner, who wrote its posts: a person's name after "©" in the page's
    footer ("© 2012 Nicolas Perriault — Contact me", "© Haki Benita 2016-2020"); a company's
    is no author."""
    for rb in raw[max(span[1] + 1, len(raw) - 15):]:
        m = _COPYRIGHT.match(" ".join(rb.text.split()))
        who = m and m.group("who").strip()
        # (a company in capitals, "SA LA NACION", or an outlet's particle, "Le Monde", is no person)
        if who and byline.person_name(who) and not who.isupper():
            return [who]
    return []
