"""A flattened page's masthead: the story's headline, its byline and the site's name, found in
page text that carries no markup (a page's rendered text, blocks separated by blank lines).

`build` calls these once the story's run is known (`story.story_span`): the headline and the
byline sit above that run, under the menus; the site's name is in the header and the footer.
Which line is the byline is `authors.find_byline`'s; the credit lines a headline hangs from are
`headline_credit`'s.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from audioed.read import byline, cleanup, lede, sitename
from audioed.read.cleanup import Context, is_sentence
from audioed.read.headers import CALL_WORLD, DATE_LABEL, META_LABEL, SKIP_LINK
from audioed.read.headline_credit import BYLINE_REACH
from audioed.read.headline_credit import credit_line as _credit_line
from audioed.read.headline_credit import credit_next as _credit_next
from audioed.read.headline_credit import credit_straight_under as _credit_straight_under
from audioed.read.headline_credit import credit_under as _credit_under
from audioed.read.headline_credit import stamp as _stamp
from audioed.read.metadata import is_date_line
from audioed.read.prose import CJK, sentence_break, word_count
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock


def _content(text: str) -> set[str]:
    """Content words: four letters or more; in scripts written without spaces, character pairs."""
    # (a final "s" dropped: "Build a Terrarium" over a story of "terrariums")
    out = {re.sub(r"(?<=[^s])s$", "", w.lower()) for w in re.findall(r"[^\W\d_]{4,}", text) if not CJK.search(w)}
    for run in re.findall(rf"{CJK.pattern}+", text):
        out |= {run[k:k + 2] for k in range(len(run) - 1)}
    return out


_size = word_count


_AKIN_REACH = 10
"""Blocks above the story's run where a line sharing its words only in another form may be the
headline (further up such a line is a menu's item or a tagline more often)."""


def _akin(a: str, b: str) -> bool:
    """Two forms of one word, five letters or more: one holds the other (a compound,
    "Mandantenkommunikation" / "Kommunikation"; "digitale" / "digital"), or they part only in an
    ending of three letters at most after a common stem of five ("fundusze" / "funduszy")."""
    if len(a) < 5 or len(b) < 5:
        return False
    if a in b or b in a:
        return True
    p = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return p >= 5 and p >= max(len(a), len(b)) - 3


# Navigation and account lines ("Back to overview", "Zurück zur Übersicht", a skip link in any
# language), the platform's or a sponsor's credit ("Powered by ..."): never a headline.
_UI_LINE = re.compile(rf"^(?:{SKIP_LINK}|skip to|jump to|back to|go to|return to|zurück|retour|voltar|volver|follow|search|"
                      r"welcome to|sign (?:in|up)|log ?in|browse|ready to|subscribe|read more|more from|related|"
                      r"advertisement|menu|share|(?:powered|sponsored) by|no,? thanks?(?: you)?|"
                      # (a request to the reader: "Please support local business!", "Please enable JavaScript")
                      r"please)\b"
                      # (a login row glued by the flattening: "Log InSign Up")
                      r"|^log ?in(?-i:[A-Z])", re.IGNORECASE)
# A call to the reader, a banner's or a sign-up box's line: an imperative, then "you", "your" or "us" ("Make us
# your Homepage | Add to Favorites", "Become a NEWS REPORTER GET YOUR OWN NEWS PAGE"; "US" in capitals is the country).
_CALL = re.compile(r"^\W*(?:get|become|make|join|learn|find|create|launch|subscribe|sign|click|follow|download|register|"
                   r"support|share|discover|try|shop|buy|order|call|contact|enable|visit|see|read|watch|listen|check|"
                   r"explore|start|grab|claim|save|add)\b.*\b(?:you|your|yours|(?-i:[uU]s))\b", re.IGNORECASE)
# A button closing a line after a notice ("Add this Tweet to your website ... below. Learn more").
_BUTTON_END = re.compile(r"[.!?]\s*(?:read|see|view|learn|find out)\s+(?:more|now|next)\W*$", re.IGNORECASE)
# A quotation the story introduces ("Lovato said: \"Is that how ...\""): headlines say "says", or
# set the speaker's name and a colon alone; a past-tense verb of saying before a colon is the story's.
_SAID_QUOTE = re.compile(r"\b(?:said|wrote|tweeted|added|explained|replied|told [\w']+)\s*:\s*[\"“‘']", re.IGNORECASE)
# A link's bullet opening a line, then a space ("» Links to this article"); a quotation opens on the guillemet with
# no space ("»Einfach kein Geld mehr ...«"). (Other bullets, "›", "▶", open no headline-shaped line at all.)
_LINK_MARK = re.compile(r"»\s")


def headline_like(text: str, least: int = 3) -> bool:
    """A headline's shape: one short line, no sentence break; a final period only after an
    abbreviation ("... Underneath N.Y.C."). It may open with a quotation ("'Neutral' Snopes...", a
    wire's "`Atonement' Up for ..."), a number ("3 surprising findings..."), or a bracketed tag
    ("[Review] ...", "(LEAD) ..."), never with a lower-case word nor a link's bullet ("» Links to
    this article"). `least`: the fewest words it has (one for a headline straight over its story)."""
    t = text.strip()
    # (a brand set in lower case then capitals may open it: "iOS 13 will fix ...", "eBay sues ..."; in a
    # line of a script without case, any lower-case name: "wasm-module - RustでDOMを扱う"; a corner
    # bracket's tag as "[News]": "【速報】...")
    if "\n" in t or not least <= _size(t) <= 25 or t[:1].islower() and not _brand_open(t) and not CJK.search(t) \
            or not re.match(r"[\w'‘“„‚\"«»¿¡[(【「『（〔［〈《`]", t) \
            or _UI_LINE.match(t) or _CALL.match(t) or re.search(r"[←→⟵⟶]", t) or _BUTTON_END.search(t) or _SAID_QUOTE.search(t) \
            or _LINK_MARK.match(t) or CALL_WORLD.match(t) or DATE_LABEL.match(t) or META_LABEL.match(t) \
            or cleanup.site_notice(t) \
            or byline.by_word(t.split(":")[0]) and ":" in t:
        # (an arrow: "Next Work →", a link; a button, a date's or a metadata label, a byline's: "Artikel von: Jessie")
        return False
    # (a short line with a break inside that ends on no stop is a headline in two parts: "Unijne fundusze
    # coraz bliżej. Sejm zagłosował „za”", "Aus! Aus! Alles vorbei! Habeck macht die Stahnke"; prose ends
    # on a stop, and a notice runs longer: "Press J to jump to the feed. Press question mark to learn ...")
    if sentence_break(t) and (_size(t) > 14 or re.search(r"[.!?…][\"”’»«)]*$", t)) or re.search(r"[,;:]$", t) \
            or _caption(t):
        return False
    return not t.endswith(".") or bool(re.search(r"\b(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|No|vs)\.$", t))


def _brand_open(text: str) -> bool:
    """A brand set in lower case then capitals opens the line ("iOS 13 will fix ...", "eBay sues ...")."""
    m = re.match(r"[^\W\d_]{2,4}", text)
    return bool(m) and any(c.isupper() for c in m.group(0)[1:]) and text[0].islower()


def _caption(text: str) -> bool:
    """A picture's caption or credit ("Whale expert Hori Parata. Photograph: A. Malloch", "... Jo
    Lee/Getty", "... Mikaela Shiffrin. © AFP / JEFF PACHOUD"): shaped like a headline, set under
    or over one. (A copyright sign is a credit's, never a headline's.)"""
    ctx = Context()
    return "©" in text or bool(cleanup.CAPTION_TOGGLE.search(text)) \
        or cleanup.photo_credit_caption(text, ctx) or cleanup.media_label_caption(text, ctx) \
        or cleanup.credit_line(text, ctx) or bool(_SLASH_CREDIT.search(text))


# A picture credit closing a caption, after a dash, a bar, a stop or a bracket: "... - Heinrich
# Aikawa/Instituto Lula", "... in Berlin. Jo Lee/Reuters" (not "Biden Signs Bill/Law").
_SLASH_CREDIT = re.compile(r"(?:[-–—|(.:]\s*)[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*\)?$")


HEADLINE_REACH = 40
"""Blocks above the story's run where its headline may be: pages set ads, share rows, tags and
pictures between the two."""


FAR_REACH = 60
"""How far over the story's run a headline with its credit straight under it may be."""
# A key and its value in a markup listing (a page's JSON-LD shown as text): '"name": "Jo Lee"'.
_MARKUP_PAIR = re.compile(r"\s*\"[\w@:-]+\"\s*:")


def opens_with_headline(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> bool:
    """Does the text open with its story's headline (a story pasted on its own)? A headline-shaped
    first line, unless it is a breadcrumb trail, or it shares no word with the story's opening and
    a menu (two short labels in a row) stands between the two: a skip link ("Zum Inhalt
    springen"), a login row or the site's tagline over the page's menu."""
    first = raw[0].text
    if kinds[0] not in BODY or not headline_like(first) or _trail_end(first) is not None or is_date_line(first) \
            or byline_shaped(first) or _labelled_byline(first):
        return False
    key = _key(first)
    return any(_content(first) & _content(raw[j].text) for j in range(span[0], min(span[1] + 1, span[0] + 12))
               if _key(raw[j].text) != key) \
        or not (_list_between(raw, 0, span[0]) or any(_trail_end(raw[k].text) for k in range(1, span[0])))


# Substack's bar over a post, flattened: its two buttons glued ("SubscribeSign in"), in the text's first three
# lines (under the publication's name, if any). Under it: the post's title, its subtitle if any, the writers, the date.
_SUBSTACK_BAR = "SubscribeSign in"


def platform_headline(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """The post's title where a platform sets the masthead the same on every publication's page: Substack's
    bar, then the title, a subtitle or none, the writers and the date (the subtitle paraphrases the post and
    outscores its title). None when the page has no such masthead."""
    bar = next((i for i in range(min(3, len(raw))) if " ".join(raw[i].text.split()) == _SUBSTACK_BAR), None)
    if bar is None or bar + 1 > span[0]:
        return None
    at = bar + 1
    t = " ".join(raw[at].text.split())
    if kinds[at] not in BODY or not 1 <= _size(t) <= 25 or byline_shaped(t) or is_date_line(t):
        return None
    # the writers (a name line) straight under the title or its subtitle, the date within two lines under them
    for j in (at + 1, at + 2):
        if j < len(raw) and byline.name_line(raw[j].text) \
                and any(is_date_line(raw[k].text) for k in range(j + 1, min(len(raw), j + 3))):
            return at
    return None


def under_page_header(raw: list[RawBlock], at: int) -> bool:
    """Does a menu or a breadcrumb trail stand between the text's first line and block `at`? Then
    a first line sharing the story's words is the site's name or tagline over its menu ("Hertha
    BSC Blog"), not a pasted story's headline, and the headline found over the story is the page's.
    Only when that headline has its own credit straight under it and the menu has three labels or
    more: a pasted story's standfirst has no credit, and share buttons, a tag row or the credits
    ("Share" / "Tweet", "Jo Lee" / "Staff writer") between it and the headline are no menu."""
    return at > 0 and _credit_straight_under(raw, at) is not None \
        and (_list_between(raw, 0, at, least=3) or any(_trail_end(raw[k].text) for k in range(1, at)))


def outscores_first_line(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], at: int) -> bool:
    """Does block `at`, the headline found over the story, score more than four times what the text's
    first line scores as a headline (`headline_scores`: the story's words shared)? Then that first line,
    headline-shaped and sharing a word, is the site's tagline ("The magazine for women founders") or
    a menu's label, not a pasted story's headline. (A pasted headline scores half its standfirst's or
    more; one sharing no word is no candidate and stays: "Forecasters See Smooth Sailing".)"""
    score = {i: s for s, i in headline_scores(raw, kinds, span)}
    return 0 in score and score.get(at, 0) > 4 * score[0]


def headline_above(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """In a flattened page, the headline is a headline-shaped line above the story (or its first
    line) whose words the story uses: scored by the words it shares with the story's opening,
    times the share of its own words that are shared (a teaser or a menu shares few, a long
    caption shares many among many). A line the page repeats (the headline in a breadcrumb and
    again over the story) scores more. The headline comes before the standfirst and the
    subtitle, which share as much and more. A reference page's title is the line its lede defines."""
    at = _headline_above(raw, kinds, span)
    # (a headline with its "by" line under it stays: a reference page names no writer)
    named = _named_by_lede(raw, kinds, span) if at is None or _by_under(raw, at, span) is None else None
    pick = at if named is None else named
    far = _far_masthead(raw, kinds, span)  # (a masthead beyond the reach wins over the pick)
    at = _under_kicker(raw, kinds, span, _under_credit(raw, kinds, span, pick if far is None else far))
    return _off_trail(raw, kinds, span, at)


# The separators of a breadcrumb trail or a section's label: "Home » AP Sports News", "NewsFlash Home | More
# Washington News", "IPODS & PORTABLE PLAYERS / MP3 PLAYERS". A guillemet between spaces only: "»Endlich ...«"
# quotes.
_TRAIL_SEP = re.compile(r"[|·<]|\s[»›>/]\s")


def _off_trail(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], at: int | None) -> int | None:
    """The best-scoring line when the steps after the score moved the pick from it to a line with a
    breadcrumb's separator and the best line has none: the steps climb to kickers and mastheads, and a
    trail or a section's label over the headline looks like either. (Last of `headline_above`'s steps.)"""
    if at is None or not _TRAIL_SEP.search(" ".join(raw[at].text.split())):
        return at
    scored = headline_scores(raw, kinds, span)
    if not scored:
        return at
    best = best_line(scored)[1]
    return best if best != at and not _TRAIL_SEP.search(" ".join(raw[best].text.split())) else at


def best_line(scored: list[tuple[float, int]]) -> tuple[float, int]:
    """The best-scoring (score, block) of `headline_scores`, the topmost on a tie."""
    return max(scored, key=lambda x: (x[0], -x[1]))


def _under_kicker(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], at: int | None) -> int | None:
    """The line straight under the pick when the pick is its kicker: the pick stands over the run, is short
    (six words at most: a topic, a place, a column's name) with no credit under it, and the line under it is
    a candidate scoring half the pick or more, ten words at most, no closing stop, "?" or "!", no byline or
    date line, sharing no word with the pick (a dek restates its headline), with the story's first paragraph
    straight under it or under its own credit, no lower than a block under the run's start. A dek under its
    headline is a sentence or longer, or restates it, or scores far under it. (After `_under_credit`, which
    climbs from a headline to a kicker with a date over it.)"""
    if at is None or at >= span[0] or at + 2 >= len(raw) or _size(raw[at].text) > 6 \
            or _credit_straight_under(raw, at) is not None:
        return at
    low, t = at + 1, " ".join(raw[at + 1].text.split())
    score = {i: s for s, i in headline_scores(raw, kinds, span)}
    if score.get(low, 0) < 0.5 * score.get(at, 0) or low not in score or _size(t) > 10 \
            or re.search(r"[.!?]$", t) or byline_shaped(t) or is_date_line(t) or _kin(t, raw[at].text):
        return at
    credit = _credit_straight_under(raw, low)
    first = next((k for k in range(low + 1, min(len(raw), low + 4)) if prose_block(raw[k].text)), None)
    if first is None or first > span[0] + 1 or first not in (low + 1, None if credit is None else credit + 1):
        return at
    return low


def _kin(a: str, b: str) -> bool:
    """Do two lines share a content word, exactly or in another form?"""
    return any(w == x or _akin(w, x) for w in _content(a) for x in _content(b))


def _under_credit(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], at: int | None) -> int | None:
    """The line straight over the pick when that line hangs under a byline or date line (credit /
    headline / dek: a masthead printing its credit over the headline) and the pick has no credit straight
    under it: the pick is the headline's dek or its picture's caption, which paraphrase the story and
    outscore it. The credited line must have no credit straight under it (else it is a dated teaser over
    the story's headline) and prose within four blocks under it (the story, not a list of dated items)."""
    h = -1 if at is None else at - 1
    if h < 1 or not span[0] - HEADLINE_REACH <= h < span[0] + 4 or _credit_straight_under(raw, at) is not None:
        return at
    t, over = raw[h].text, " ".join(raw[h - 1].text.split())
    if kinds[h] not in BODY or not headline_like(t) or byline_shaped(t) or is_date_line(t) or _credit_line(t) \
            or not (is_date_line(over) or byline.by_line(over)) or _credit_straight_under(raw, h) is not None:
        return at
    return h if any(prose_block(raw[k].text) for k in range(h + 1, min(len(raw), h + 5))) else at


def _far_masthead(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """A story's masthead further over the run than any headline is looked for: a headline-shaped line,
    its byline or date straight under it, then within three blocks a paragraph of prose that uses its
    words. The story opens there and the run found further down is a later part of it (a block of
    teasers cut the story in two) or its comments; the nearest such masthead to the run wins."""
    for i in range(max(0, span[0] - FAR_REACH) - 1, -1, -1):
        t = raw[i].text
        if kinds[i] not in BODY or not headline_like(t) or byline_shaped(t) or is_date_line(t) or _section_pair(t) \
                or _trail_end(t) is not None or t.count("|") >= 2:  # (a menu's items in a row: "Blog | Rentenpolitik | ...")
            continue
        j = _credit_straight_under(raw, i)
        prose = next((k for k in range(j + 1, min(len(raw), j + 4)) if prose_block(raw[k].text)), None) \
            if j is not None else None
        if prose is not None and _content(t) & set().union(*(_content(raw[k].text)
                                                             for k in range(prose, min(len(raw), prose + 6)))):
            return i
    return None


# A reference page's lede opens by defining its title: "New Zealand (Maori: Aotearoa) is a
# country ...", "Mozilla is a free-software community ..." (not a press release's "Acme (NYSE:
# ACM) today announced", "Acme is pleased to ...").
_DEFINES = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:is|was|are|were)\s+(?:a|an|the|one)\b|refers\s+to\b)")


def _named_by_lede(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    """The text's first line, four words at most, when the page sets it again above its story
    (over an infobox) and the story's first paragraph opens with it, defining it: the page's title."""
    first, lede = " ".join(raw[0].text.split()), " ".join(raw[span[0]].text.split())
    if span[0] == 0 or kinds[0] not in BODY or not 1 <= _size(first) <= 4 or not first[:1].isupper() \
            or re.search(r"[.,;:!?]$", first) or not lede.startswith(first) or not _DEFINES.match(lede[len(first):]):
        return None
    return 0 if any(" ".join(raw[i].text.split()) == first for i in range(1, span[0])) else None


def _headline_above(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> int | None:
    scored = headline_scores(raw, kinds, span)
    if not scored:
        # no line shares the story's words (a short run, a list of changes): a headline-shaped
        # line opening it or straight above it
        at = next((i for i in (span[0], span[0] - 1) if i >= 0 and kinds[i] in BODY and headline_like(raw[i].text)
                   and not byline_shaped(raw[i].text) and not is_date_line(raw[i].text)), None)
        # else, under the page's menu, a headline of one or two words straight over the story's
        # prose ("Ein Albtraum", "Bielersee-Winterhechte": compounds make them common in German)
        if at is not None or not any(_menu_label(raw[k].text) and _menu_label(raw[k + 1].text)
                                     for k in range(span[0] - 2)):
            return at
        return next((i for i in (span[0] - 1, span[0]) if i >= 0 and kinds[i] in BODY and _size(raw[i].text) <= 2
                     and headline_like(raw[i].text, least=1) and i + 1 < len(raw) and prose_block(raw[i + 1].text)
                     and not _short_label(raw, i)), None)
    best, at = best_line(scored)
    score = dict((i, s) for s, i in scored)
    # The headline comes first: over its standfirst and subtitle, which share as much. The first
    # line scoring near the best above it wins, unless it holds the best (a breadcrumb glued to
    # it: "Home News Ascom announces ...") or a menu or a breadcrumb parts the two (a teaser above
    # them: a standfirst follows its headline, at most a credit line or a caption between; but a
    # best with stops in it may be a standfirst under a share row), or
    # two other stories' headlines sharing none of its words part the two (a teaser list: a line over
    # it is one more teaser, lifted by a name under it that reads as a byline), or
    # the best has its byline or date straight under it and another candidate stands between
    # (teasers one under the other over the headline) or it is short (six words at most: a
    # standfirst under its headline is longer; the line above is a sidebar link or a teaser). A
    # line straight above it, half as long or less, is its kicker ("Volleyball | MTV Stuttgart").
    head = _norm(raw[at].text)
    # A line the page prints three times or more (the site's name in each of its menus) is never
    # climbed to: a story's headline stands once, or twice with a breadcrumb.
    printed = printed_lines(raw)
    logo = {i for i in score if printed[_key(raw[i].text)] >= 3}
    at = min(i for s, i in scored if i == at or i not in logo and s >= 0.4 * best and at - 6 <= i < at
             and head not in _norm(raw[i].text) and not (i == at - 1 and 2 * _size(raw[i].text) <= _size(raw[at].text))
             and (not _list_between(raw, i, at) or not headline_like(raw[at].text))
             and sum(k not in score and _teaser(raw[k].text) for k in range(i + 1, at)) < 2
             and not (_dated_under(raw, at) and (any(_teaser(raw[k].text) for k in range(i + 1, at))
                                                 or _size(raw[at].text) <= 6)))
    # Then the nearest headline-shaped line above (two blocks at most), when it scores a quarter
    # as well, is shorter (a standfirst and a picture's caption are longer than the headline) and
    # is no link of a list.
    while True:
        up = next((j for j in range(at - 1, max(-1, at - 3), -1) if headline_like(raw[j].text)), None)
        if up is None or up in logo or score.get(up, 0) < 0.25 * score[at] or _size(raw[up].text) >= _size(raw[at].text) \
                or _norm(raw[at].text) in _norm(raw[up].text) or _in_list_over(raw, up, at) \
                or _list_between(raw, up, at):
            break
        at = up
    at = _over_dek(raw, score, at)
    # A line with no byline or date under it, under a candidate with one straight under it (the
    # credit, then share buttons or a picture, no other candidate, no prose) is the standfirst or
    # the picture's title: the headline is the line the masthead's credit hangs from.
    if _credit_under(raw, at) is None:
        up = [i for i in score if i < at and i not in logo and (j := _credit_straight_under(raw, i)) is not None and j < at
              and not any(k in score for k in range(j, at)) and not any(prose_block(raw[k].text) for k in range(i + 1, at))]
        at = max(up, default=at)
        # and a line picked far over the story (a menu's item, a teaser) with no credit gives way
        # to a candidate under it, no prose between, whose credit the story's run starts under
        hung = [i for i in score if i > at and _hangs(raw, i, span)
                and not any(prose_block(raw[k].text) for k in range(at + 1, i))]
        at = max(hung, default=at)
    return _under_menu(raw, span, score, at)


def _under_menu(raw: list[RawBlock], span: tuple[int, int], score: dict[int, float], at: int) -> int:
    """The best candidate under the last menu (three labels in a row) between the pick and the story's run,
    when it scores half the pick or more, shares none of its words, is no list's line and has its credit
    under it: a story's masthead stands under the page's menus; the pick over them is a menu's or a
    sidebar's line (another paper's name, the site's tagline)."""
    menu = next((k for k in range(span[0] - 3, at, -1) if all(_label(raw[m].text) for m in range(k, k + 3))), None)
    if menu is None:
        return at
    low = [(s, -i, i) for i, s in score.items() if i >= menu + 3 and s >= 0.5 * score[at] and not _in_list(raw, i)
           and not _content(raw[i].text) & _content(raw[at].text) and _credit_under(raw, i)]
    return max(low)[2] if low else at


def _over_dek(raw: list[RawBlock], score: dict[int, float], at: int) -> int:
    """The line straight over block `at` when `at` is the dek: the masthead opens under the page's
    menu (two labels straight over it) with the headline, then the dek, then the credit. The dek
    paraphrases the story and outscores a headline of few shared words ("Why, despite the
    complaints of many, MLB players are actually not overpaid" / "Fan backlash against ..." / "By
    ..."); a line of seven words or more sharing a word is no menu's label nor a kicker."""
    up = at - 1
    if up < 2 or score.get(up, 0) < 0.1 * score[at] or _size(raw[up].text) < 7 or _size(raw[at].text) < 7 \
            or _credit_straight_under(raw, at) is None or _norm(raw[up].text) == _norm(raw[at].text):
        return at  # (the headline printed twice, a breadcrumb's end over it, is no dek)
    return up if all(_label(raw[k].text) for k in (up - 2, up - 1)) else at


def _hangs(raw: list[RawBlock], i: int, span: tuple[int, int]) -> bool:
    """Does the story's run hang from block i: its byline or date straight under it, then the run
    within three blocks, no prose between (the headline "the line the story's run hangs from")?"""
    j = _credit_straight_under(raw, i)
    return j is not None and j < span[0] <= j + 3 and not any(prose_block(raw[k].text) for k in range(j, span[0]))


def unglued(raw: list[RawBlock], at: int, span: tuple[int, int]) -> int:
    """The headline alone when block `at` holds it after a breadcrumb or a kicker ("Home News Ascom
    announces ...", "Home » Klettern » Mammut nimmt ..."), the headline alone beside it; a breadcrumb
    trail's last part set alone anywhere down to the story's opening (the trail heads the page)."""
    head = _norm(raw[at].text)
    # (a trail glued to the headline with no space, "ZprávyByznysB2BRoky v důchodu ...", "HomeNewsiPhone 16 ...":
    # the headline set alone beside it ends the glued line, joined to it with no space)
    glued = _glued_home(raw[at].text.strip())
    for j in range(max(0, at - 3), min(len(raw), at + 4)):
        other = _norm(raw[j].text)
        if j != at and len(other.split()) >= 3 and (head.endswith(" " + other) or glued and head.endswith(other)) \
                and headline_like(raw[j].text) and not _colon_kicker(raw[at].text, raw[j].text):
            return j
    if (last := _trail_end(raw[at].text)) is not None:
        return next((j for j in range(at + 1, min(len(raw), span[0] + 4)) if _norm(raw[j].text) == last), at)
    return at


# A breadcrumb trail that the page's text glued to the headline, no space nor mark between its parts: "HomeNewsIn A
# First, Atmosphere Detected ...", "HomeSportLeichtathletikBerlin-Marathon: ...", "ZprávyByznysB2BRoky v důchodu ...".
# Its parts are capitalised words joined where a lower-case letter meets a capital, or two capitals or digits a
# capitalised word ("B2BRoky"), in any alphabet with case; the headline opens at the last joint of the line's first
# word.
_TRAIL_HOME = re.compile(r"^(?:Home|Start|Startseite|Accueil|Inicio|Início|Zprávy|News|Nachrichten)")
GLUED_PART = 3  # a trail's part is a word of three letters or more ("Mc" in "McDonald's" is no part)


def _glued_home(text: str) -> bool:
    """Does `text` open with a trail's home glued to a capital ("HomeNews...", not "Homeland", "Home News")?"""
    home = _TRAIL_HOME.match(text)
    return home is not None and text[home.end():home.end() + 1].isupper()


def _joints(word: str) -> list[int]:
    """Where a glued word's capitalised parts meet (`_TRAIL_HOME`'s comment)."""
    out = []
    for k in range(1, len(word)):
        a, b = word[k - 1], word[k]
        if b.isupper() and (a.islower() or k >= 2 and not word[k - 2].islower() and not a.islower()
                            and k + 1 < len(word) and word[k + 1].islower()):
            out.append(k)
    return out


def _page_lines(raw: list[RawBlock]) -> set[str]:
    return {" ".join(rb.text.split()).lower() for rb in raw}


def _glued_trail_end(text: str, lines: set[str]) -> str | None:
    """The headline after a breadcrumb trail glued to it, the trail opening with its home ("Home", "Startseite",
    ...) and two parts or more, each part after the home printed alone elsewhere on the page (`lines`: the menu's
    own links, "Sport", "Leichtathletik"); a brand glued to the trail is no menu's ("HomeNewsiPhone 16 ...": no
    "Newsi" line, "HomeTechOpenAI ...": no "Open"). Else None."""
    first = text.split(" ", 1)[0]
    if not _glued_home(first):
        return None
    joints = _joints(first)
    parts = [first[a:b] for a, b in zip([0, *joints], joints)]
    if len(joints) < 2 or any(len(p) < GLUED_PART for p in parts) or any(p.lower() not in lines for p in parts[1:]):
        return None
    rest = text[joints[-1]:]
    return rest if headline_like(rest) else None


def headline_text(raw: list[RawBlock], at: int) -> str:
    """Block `at`'s words as the title: without a breadcrumb trail glued before them (`_glued_trail_end`)."""
    t = " ".join(raw[at].text.split())
    return _glued_trail_end(t, _page_lines(raw)) or t


def _colon_kicker(head: str, part: str) -> bool:
    """Does `head` hold `part` after a kicker and its colon ("Italien: Reise- und Sicherheitshinweise" over
    a breadcrumb's "Reise- und Sicherheitshinweise")? The colon is the headline's own, no breadcrumb's glue."""
    h, p = " ".join(head.split()), " ".join(part.split())
    return h.endswith(p) and bool(re.search(r"\w:\s*$", h[:-len(p)]))


# A breadcrumb trail: parts of four words at most, then the page's own title ("Home > Teens > Wissen > X").
_TRAIL = re.compile(r"\s*[»›>]\s*")


def _trail_end(text: str) -> str | None:
    """The last part of a breadcrumb trail (three parts or more, the first ones short), else None."""
    parts = [p for p in _TRAIL.split(" ".join(text.split())) if p.strip()]
    if len(parts) < 3 or any(_size(p) > 4 for p in parts[:-1]) or not _norm(parts[-1]):
        return None
    return _norm(parts[-1])


def prose_block(text: str) -> bool:
    """A paragraph of prose: a sentence of twelve words or more."""
    return _size(text) >= 12 and is_sentence(text)


def printed_lines(raw: list[RawBlock]) -> Counter:
    """How often the page prints each line, case and spacing aside (punctuation kept): one count
    for a headline's repeat and for the site's name never climbed to."""
    return Counter(_key(rb.text) for rb in raw)


def _key(text: str) -> str:
    """A line's text, case and spacing aside: the key lines are counted and compared by."""
    return " ".join(text.lower().split())


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def byline_shaped(text: str) -> bool:
    """A "by" line (a desk's too: "BY HERALD REPORTER"), a role line ("Staff Writer", a section's "Local Sports Wire")
    or two names: a byline, never the headline ("Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader"). (One
    name is not enough: headlines open with names. The role line takes most desks' bylines too; `desk_by_line` adds
    those ending on no role's word, "By Agencies", and five words long, "By the Associated Press Staff".)"""
    return bool(byline.by_line(text)) or byline.desk_by_line(text) or byline.role_line(text) \
        or len(byline.name_line(text)) >= 2


def _labelled_byline(text: str) -> bool:
    """A section's label, a separator, then a byline ("Politik · Jo Lee, Kim Roe"): a page's kicker
    and credit line, never a pasted story's headline."""
    parts = re.split(r"\s+[·|•–—]\s+", " ".join(text.split()), maxsplit=1)
    return len(parts) == 2 and _size(parts[0]) <= 3 and byline_shaped(parts[1])


def _stopped_headline(raw: list[RawBlock], i: int) -> bool:
    """A headline with stops in it ("South Dakota doubles down on 'Meth. We're on it.' They just
    might be."): shaped like one but for its stops, a date or a "by" line straight under it (a
    caption has its credit), no headline-shaped line straight above it (a standfirst, which has
    the byline under it too, follows its headline; with a share row between, `headline_above`
    climbs from such a line to a headline over it)."""
    t = raw[i].text
    nxt = " ".join(raw[i + 1].text.split()) if i + 1 < len(raw) else ""
    # (stops inside it: one sentence with a stop at its end is a site's tagline, "News and information.")
    return headline_like(re.sub(r"[.!?](?=[\"”’']?(?:\s|$))", "", t)) and not _caption(t) \
        and bool(re.search(r"[.!?][\"”’']?\s+\S", t.strip())) \
        and bool(byline.by_line(nxt) or _stamp(nxt)) and not (i > 0 and headline_like(raw[i - 1].text))


_SECTION_PAIR = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s?&\s?[^\W\d_]+(?:\s[^\W\d_]+)?")


def _section_pair(text: str) -> bool:
    """A section's label naming two topics with an ampersand ("Wein & Geschmack", "Arts & Culture",
    "Trends & Styling"): four words at most, a word or two each side; a headline says more."""
    return bool(_SECTION_PAIR.fullmatch(" ".join(text.split())))


def _list_item(text: str) -> bool:
    """A line of a link list: a short headline (a standfirst is longer), or a short label that is
    no date and no byline."""
    t = " ".join(text.split())
    if _credit_line(t):
        return False
    return headline_like(t) and _size(t) <= 14 or (_size(t) <= 6 and not is_sentence(t))


def headline_scores(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> list[tuple[float, int]]:
    """(score, block) for every headline-shaped line that may be the headline."""
    opening = [(_key(raw[j].text), _content(raw[j].text))
               for j in range(span[0], min(span[1] + 1, span[0] + 12))]
    seen = printed_lines(raw)
    scored = []
    # The line after the story's first is a candidate when that first is no paragraph (a date,
    # a notice): the headline itself may open the run when it ends like a sentence.
    first = raw[span[0]].text
    lede_first = headline_like(first) or is_sentence(first) and _size(first) >= 12
    credited = False
    for i in range(max(0, span[0] - FAR_REACH), min(len(raw), span[0] + 4)):
        t = raw[i].text
        # (further up than the reach, only a line with its own byline or date straight under it: a
        # masthead set over a player, a gallery or a long share bar)
        if i < span[0] - HEADLINE_REACH and (_credit_straight_under(raw, i) is None or _MARKUP_PAIR.match(t)):
            continue  # (nor a line of a markup listing: '"name": "Jo Lee"' over '"datePublished": ...')
        # Further into the run only a line under one block of prose (a ticker, a notice the run
        # took in) that has a date or a byline straight under it, or that the page repeats.
        if i >= span[0] + (1 if lede_first else 2):
            backed = _credit_next(raw, i) or seen[_key(t)] > 1
            if not backed or any(prose_block(raw[j].text) for j in range(span[0] + 1, i)):
                continue
        # (a date line is never the headline, even with words beside: "May 3, 2018 | by Jo")
        # (the clean-up's byline rule takes "Veteran Wraps Baby in American Flag, ..." for "Name in
        # Place": a line the byline reader finds no author in is judged by its shape here)
        shaped = headline_like(t) or i < span[0] and _stopped_headline(raw, i) \
            or headline_like(t, least=2) and _credited_pair(raw, i, span) or i <= span[0] and _stop_ended(raw, i)
        if kinds[i] not in BODY + ("byline",) or not shaped or byline_shaped(t) or is_date_line(t) or _section_pair(t) \
                or counter_line(t):
            continue
        own, key = _content(t), _key(t)
        # the story's opening without this line (the run may start at it) or copies of it, and
        # the prose between the two (a lede or a standfirst the run left out)
        story = set().union(*(c for k, c in opening if k != key),
                            *(_content(raw[j].text) for j in range(i + 1, span[0])
                              if prose_block(raw[j].text)))
        shared: float = len(own & story)
        if not shared and i >= span[0] - _AKIN_REACH:
            # none of its words in the story's exact form: near the story, its words inflected or in
            # a compound count half ("Sichere und digitale Mandantenkommunikation" over "sicheren ...
            # digital ... Kommunikation mit Mandanten"; Polish, German, French inflect a headline's words)
            shared = 0.5 * sum(1 for w in own if any(_akin(w, s) for s in story))
        if shared <= 0 or not own:
            continue
        score = shared * shared / len(own)
        if seen[key] > 1:
            score *= 1.5
        if _credit_under(raw, i):
            score *= 2  # the byline or the date line follows a story's headline, not a teaser
            credited = credited or i < span[0]
        if i >= span[0] and i > 0 and credited:
            # a line of the story's run, when a line above has a byline under it: a video's or a
            # picture's title more likely than the headline
            score *= 0.5
        if _in_list(raw, i):
            score *= 0.5  # one link of a list (a menu, a teaser list): headlines stand apart
            if _size(t) <= 4 and all(_size(raw[j].text) <= 3 for j in (i - 1, i + 1)):
                score *= 0.25  # a menu's item among its labels ("About / Work with us / Blog")
        if _size(t) >= 10 and _caption_shaped(raw, kinds, i):
            score *= 0.5  # a picture's caption paraphrases the story: it shares as many words as the headline, or more
        scored.append((score, i))
    # A "by" line closes the masthead: a headline-shaped line under it, before the story, is a
    # picture's or a video's title ("Home Depot sales miss" / By X / video / "Ken Langone is ...").
    by = next((b for s, i in scored for b in [_by_under(raw, i, span)] if b is not None), None)
    return [(s / 2 if by is not None and i > by else s, i) for s, i in scored]


_ADDRESS = re.compile(r"@|\[email\s*protected\]", re.I)  # an e-mail address, or its Cloudflare mask


# "Label: number" twice or more: a counter's or a statistics box's line ("訪問者数 本日: 80 昨日: 1088", "Views: 1,204
# Comments: 3"), whose date line under it lends it a headline's credit.
_COUNT_PAIR = re.compile(r"[^\W\d_][\w-]*\s*[:：]\s*\d[\d,.]*(?!\S)")


def counter_line(text: str) -> bool:
    """A line of two or more "label: number" pairs and at most one token beside them (its heading: a run of
    characters in a script without spaces counts one)."""
    pairs = _COUNT_PAIR.findall(text)
    return len(pairs) >= 2 and len(_COUNT_PAIR.sub(" ", text).split()) <= 1


def _caption_shaped(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """A picture's caption as `lede` tells it after the title is chosen: its credit straight under
    it or glued to it, or a media label over it. A credit line giving an address is the story's
    writer or agency ("AFP/The Local - news@..."), no picture's."""
    under = raw[i + 1].text if i + 1 < len(raw) else ""
    return lede._caption(raw, kinds, i) and not _ADDRESS.search(under)


def _stop_ended(raw: list[RawBlock], i: int) -> bool:
    """A headline ending on a full stop ("Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.",
    "... So Do We."): one sentence of twelve words at most, headline-shaped but for its stop, with
    its date or "by" line straight over it (a masthead printing the credit first). A dek ending on a
    stop under its headline's credit passes too: the headline over them outscores it."""
    t = " ".join(raw[i].text.split())
    over = " ".join(raw[i - 1].text.split()) if i > 0 else ""
    return bool(re.search(r"[^.]\.$", t)) and _size(t) <= 12 and not sentence_break(t[:-1]) \
        and headline_like(t[:-1]) and bool(over) and bool(is_date_line(over) or byline.by_line(over))


def _credited_pair(raw: list[RawBlock], i: int, span: tuple[int, int]) -> bool:
    """A headline of two words ("Neue DJV-Online-Seminare", "Axios Future"): its byline or date
    straight under it, and no headline-shaped line under that down to the story (a date over its
    headline, under a section's name: "Aktuelle Meldungen" / date / headline; a kicker's date over
    a share row and the headline); not a name, nor a part of the line
    under it ("Opening Bell" over "Opening Bell 11.18.19")."""
    j = _credit_straight_under(raw, i)
    return j is not None and not any(headline_like(raw[k].text) and not _credit_line(raw[k].text)
                                     for k in range(j + 1, min(len(raw), max(j + 2, span[0])))) \
        and _norm(raw[i].text) not in _norm(raw[j].text) and not byline.name_line(raw[i].text)


def _by_under(raw: list[RawBlock], i: int, span: tuple[int, int]) -> int | None:
    """The "by" line under block i, down to the story's first line (share buttons, a print link
    and a picture may stand between), before any paragraph of prose; else None. A date line
    saying "by" counts ("Posted by jo_lee, kim on 2019-02-15": names the byline reader cannot read)."""
    for j in range(i + 1, min(len(raw), max(i + 1 + BYLINE_REACH, span[0] + 1))):
        t = raw[j].text
        if byline.by_line(t) or is_date_line(t) and re.search(r"\bby\b", t, re.IGNORECASE):
            return j
        if _size(raw[j].text) >= 25 and is_sentence(raw[j].text) and j > i + 1:
            return None
    return None


def _in_list(raw: list[RawBlock], i: int) -> bool:
    """Is block i one line of a link list (a menu, teasers): list lines on both sides?"""
    return 0 < i < len(raw) - 1 and _list_item(raw[i - 1].text) and _list_item(raw[i + 1].text)


def _in_list_over(raw: list[RawBlock], i: int, at: int) -> bool:
    """Is block i, over the pick `at`, one line of a link list? As `_in_list`, but when the pick is the line under
    it (a standfirst is as list-shaped as a teaser), only another story's headline over it or its own shortness (half
    the pick's words or fewer: a kicker, a label) makes a list: a menu's short labels end over a headline
    ("Newspaper FAQs" / "Seattle QB beats media blitz" / its standfirst). A pick the page prints again (in its
    header bar) is the headline, not a standfirst, and so is one that holds the line's words (the headline with a
    kicker glued on, under the headline's short form); a quotation over it is its kicker ("'He just kissed me and
    left!'" / "Maureen Lipman reveals ..."), and a line the page's menu lists too is its section's name ("Justice et
    faits divers" among "Science" and "Techno" above): the line over it stays a list's."""
    listed = _in_list(raw, i)
    if not listed or i + 1 != at:
        return listed
    own = _content(raw[i].text)
    return _teaser(raw[i - 1].text) or 2 * _size(raw[i].text) <= _size(raw[at].text) \
        or printed_lines(raw)[_key(raw[at].text)] > 1 or bool(re.match(r"['‘\"“„«]", raw[i].text.strip())) \
        or len(own & _content(raw[at].text)) >= 0.8 * len(own) or _in_menu(raw, i)


def _in_menu(raw: list[RawBlock], i: int) -> bool:
    """Does the page print block i's line again elsewhere among menu labels (a label on each side)?"""
    key = _key(raw[i].text)
    return any(_key(raw[k].text) == key and _label(raw[k - 1].text) and _label(raw[k + 1].text)
               for k in range(1, len(raw) - 1) if k != i)


def _list_between(raw: list[RawBlock], i: int, j: int, least: int = 2) -> bool:
    """Does a menu or a breadcrumb (`least` short labels in a row, two unless told) stand between
    blocks i and j? A standfirst follows its headline with at most a credit line, a share button or
    a caption between, never a menu."""
    return any(all(_label(raw[m].text) for m in range(k, k + least)) for k in range(i + 1, j - least + 1))


def _short_label(raw: list[RawBlock], i: int) -> bool:
    """A one- or two-word line that is a label, not a headline: an ad's or a call's label
    ("Anzeige", `headers.CALL_WORLD`), section or button words ("Local News"), a label the menu
    above repeats, another label after it ("World News"; not a breadcrumb's last part), or a single plain word ("Politik"; a one-word headline is a
    compound or an exclamation: "Bielersee-Winterhechte", "Hope!")."""
    t = " ".join(raw[i].text.split())
    ws = re.findall(r"[^\W\d_]+", t.lower())
    return bool(CALL_WORLD.match(t) or any(w in sitename.TOPICS or w in cleanup.UI_LABELS for w in ws)
                or any(" ".join(raw[k].text.split()) == t and _menu_label(raw[k + 1].text) for k in range(i - 1))
                or re.fullmatch(r"[^\W\d_]+", t))


def _menu_label(text: str) -> bool:
    """A menu's label with a word in it ("Startseite", "Login"; not a formula's "a" or "=")."""
    return _label(text) and bool(re.search(r"[^\W\d_]{3,}", text))


def _dated_under(raw: list[RawBlock], i: int) -> bool:
    """A "by" line or a date line straight under block i."""
    return i + 1 < len(raw) and bool(byline.by_line(raw[i + 1].text) or is_date_line(raw[i + 1].text))


def _teaser(text: str) -> bool:
    """A headline-shaped line of four words or more that is no credit: another story's headline
    when it stands between a headline candidate and the line carrying the byline."""
    return _size(text) >= 4 and headline_like(text) and not byline.by_line(text) and not is_date_line(text)


def _label(text: str) -> bool:
    """A menu's or a breadcrumb's line: six words at most, no sentence, no date, no byline, no
    count ("2 responses", "4 min read": a story's counters under its byline, no menu)."""
    return _size(text) <= 6 and not is_sentence(text) and not _credit_line(text) and not re.search(r"\d", text)
