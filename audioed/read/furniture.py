"""Page furniture set inside or at the end of a flattened story's run: a link list under its
header, a caption repeated by a gallery, an author's or a company's "about" box after the story,
the sign-off promos closing the page, captions in a caption's own words.

Structural rules over neighbouring blocks (the line-by-line rules are in `cleanup`): each marks
body blocks "chrome" (or "caption") in the kinds `build` assigns. Flattened text only (a page's
markup says where its boxes are), but for `mark_buttons`, `mark_wall_boxes` and `mark_picture_credits`, which
run on any page: a button's words, a paywall's notice and a picture's credit say what they are in markup too.
Figures: docs/reading.md, "Flattened-text precision".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from audioed.read import cleanup, headers
from audioed.read.cleanup import Context, is_sentence, words
from audioed.read.metadata import is_date_line
from audioed.read.story import AGE, BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# A link list's items: at most this many, each at most this many words.
LINKS, LINK_WORDS = 12, 25


_ENDS = re.compile(r"[.!…][\"”’')]*$")


def link_shaped(t: str) -> bool:
    """A story's title as a link shows it: a few words, capitalised, no final stop (a stop inside
    may be, and a question mark: "Smith and co. stayed. Who left?")."""
    n = len(words(t))
    # (a line ending in a colon opens the story's own list: "What You'll Need:")
    # (a title may open with a quotation: "‘Prey’ Gives the Franchise Its Masterpiece")
    return 3 <= n <= LINK_WORDS and t.lstrip("‘“\"'„«‚")[:1].isupper() and not _ENDS.search(t.strip()) \
        and "\n" not in t.strip() \
        and not t.rstrip().endswith(":")


# A block quoting someone: a promo or a caption does not.
_QUOTING = re.compile(r"[\"“”]|\b(?:said|says|told)\b")


def _prose(raw: list[RawBlock], kinds: list[str]) -> tuple[list[int], int]:
    """The story's prose blocks (body sentences) and their words in all."""
    prose = [i for i, k in enumerate(kinds) if k in BODY and is_sentence(raw[i].text)]
    return prose, sum(len(words(raw[i].text)) for i in prose)


def _date(t: str) -> bool:
    return is_date_line(t) and len(words(t)) <= 6  # (not a title ending in its date)


def _dated(raw: list[RawBlock], j: int) -> bool:
    return j + 1 < len(raw) and _date(raw[j + 1].text)


def _titles_follow(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    """Two link-shaped body blocks straight under block i: a bare "Read more" over one line is
    a button, and the line the story's own (a question subheading: "What happens next?")."""
    under = [j for j in range(i + 1, min(i + 1 + LINKS, len(raw))) if kinds[j] in BODY][:2]
    return len(under) == 2 and all(link_shaped(raw[j].text) for j in under)


def mark_link_lists(raw: list[RawBlock], kinds: list[str]) -> None:
    """A link list's header ("Related", "More:", "Trending News", "Read more") and the titles under it, up to
    the first sentence: other stories, set into this one. The header alone is chrome already
    (`headers.more_stories`); the titles under it read as subheadings."""
    for i, rb in enumerate(raw):
        # (a bare "Read more" above titles heads a list too; it is no header for the story's run)
        if not (headers.more_stories(rb.text, Context()) or re.match(r"read more\W*$", rb.text.strip(), re.IGNORECASE)
                and _titles_follow(raw, kinds, i)):
            continue
        dates = False
        for j in range(i + 1, min(i + 1 + LINKS, len(raw))):
            if kinds[j] not in BODY:
                if cleanup.player_notice(raw[j].text, None):
                    break  # (a video player's box under a "Recommended Videos" header: the titles ended above it)
                continue  # a time stamp, a credit between the titles
            # (a card's date, and its writer's name above the date: "Jane Doe" / "Jul 17, 2014"; in a
            # list of dated cards, a title with no date under it is the story's next subheading)
            date = _date(raw[j].text) or _dated(raw, j) and len(words(raw[j].text)) <= 4 \
                and not is_sentence(raw[j].text)
            if not (date or link_shaped(raw[j].text) and (not dates or _dated(raw, j) or _dated(raw, j + 1))):
                break
            dates = dates or date
            kinds[j] = "chrome"


def _stamp(t: str) -> bool:
    """A card's date or age alone: not a social embed's signature ("— Name (@handle) June 1, 2017"), an
    address with a date in its path, or a note that opens on a word ("Update vom 3. April 2019")."""
    t = t.strip()
    if not t or t[0] in "—–-" or "@" in t or "://" in t or "www." in t:
        return False
    # (a card's age, where a date line is not enough: "vor 2 Std.", "14 hours ago", "včera 14:40")
    return bool(AGE.match(t)) or _date(t) and (not t[0].isupper() or len(words(t)) <= 3)


def _stamped(raw: list[RawBlock], i: int) -> bool:
    """A time stamp straight under block i, or under one short label ("News") under it."""
    for j in (i + 1, i + 2):
        if j >= len(raw):
            return False
        if _stamp(raw[j].text):
            return True
        if len(words(raw[j].text)) > 2 or raw[j].text.rstrip().endswith(":"):
            return False  # (a label ending in a colon introduces the story's own date: "Release Date:")
    return False


def mark_stamped_teasers(raw: list[RawBlock], kinds: list[str]) -> None:
    """A link-shaped line with a time stamp under it, between the story's sentences, is another
    story's card (its headline and when it ran) set into this one: a subheading carries no stamp."""
    prose = [i for i, k in enumerate(kinds) if k in BODY and is_sentence(raw[i].text)]
    for i in range(prose[0] + 1, prose[-1]) if prose else ():
        if kinds[i] in BODY and link_shaped(raw[i].text) and _stamped(raw, i):
            for j in range(i, i + 3):
                stamp = _stamp(raw[j].text)  # (the stamp may end in a stop: "vor 2 Std.")
                if kinds[j] in BODY and (j == i or stamp or not is_sentence(raw[j].text)):
                    kinds[j] = "chrome"
                if stamp:
                    break


# Words of a headline in capitals set into the story, at least: a subheading in capitals is shorter
# ("HOW TO USE A WATER BATH CANNER", "FORD MUSTANG MACH E").
CAPITAL_TITLE_WORDS = 8


def _capital_title(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return "\n" not in t.strip() and not is_sentence(t) and bool(letters) \
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters) \
        and sum(bool(re.search(r"[^\W\d_]", w)) and not re.search(r"\d", w) for w in t.split()) >= CAPITAL_TITLE_WORDS


def mark_capital_titles(raw: list[RawBlock], kinds: list[str]) -> None:
    """A line in capitals of CAPITAL_TITLE_WORDS words or more, no sentence: another story's headline set
    into this one as a link, printed in capitals by the page's style ("CO-FOUNDER 'PROUD' OF HOME DEPOT
    EMPLOYEES LIVING OUT THEIR AMERICAN DREAM")."""
    for i, rb in enumerate(raw):
        if kinds[i] in BODY and _capital_title(rb.text):
            kinds[i] = "chrome"


# A caption and its copy (the image's alt text, a gallery's thumbnail): this many blocks apart at most.
COPY_WINDOW = 3
# A caption's length: a longer block repeated is a page's text given twice (a template's, a transcript's).
COPY_WORDS = (6, 50)
COPY_SHARE = 4


def mark_close_copies(raw: list[RawBlock], kinds: list[str]) -> None:
    """A block of COPY_WORDS words said again within COPY_WINDOW blocks: a caption given as
    alt text and as caption, or a slideshow's; both copies go (a writer does not repeat a
    paragraph two blocks on). Not a list's item, a footnote or an embed's "— Name (@handle)"
    line, and only on a page whose other prose outweighs the copies COPY_SHARE times: a page
    made of one paragraph said over is a template, all story."""
    keys = [" ".join(rb.text.lower().split()) for rb in raw]
    found: set[int] = set()
    for i, key in enumerate(keys):
        if not COPY_WORDS[0] <= len(words(key)) <= COPY_WORDS[1] \
                or re.match(r"^(?:[•·▪◦*–—^-]|\d{1,3}[.)])", key):
            continue
        found |= {k for j in range(i + 1, min(i + 1 + COPY_WINDOW, len(raw))) if keys[j] == key
                  for k in (i, j) if kinds[k] in BODY}
    prose = sum(len(words(raw[i].text)) for i, k in enumerate(kinds) if k in BODY and i not in found)
    if prose >= COPY_SHARE * sum(len(words(raw[i].text)) for i in found):
        for i in found:
            kinds[i] = "chrome"


# A box's label: a name alone, or "About" a name in a few languages ("About Jane Doe", "Über Acme").
_ABOUT = re.compile(r"^(?:about|sobre|über|à propos de|a propos de|acerca de|over|informazioni su|o)\s+",
                    re.IGNORECASE)
_CAPS = re.compile(r"^[A-ZÀ-Þ][\w.'’&-]*$")
# A blogger's box under "About NAME" speaks in the first person: "Hallo, ich bin ...", "Hi, I'm ...".
# ("I" in capitals only: Italian's and Polish "i" are "the" and "and")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|(?i:ich|je|j['’]ai|yo|soy|io|sono|ik|jestem|eu|sou))\b")
# The box comes after this share of the story's prose words, and at most this share follows it.
BOX_AFTER, BOX_TAIL = 0.6, 0.1


def _label_name(t: str) -> list[str]:
    """The name a box's label gives ("Jane Doe", "About Acme Corp"), its words; none if not a label."""
    ws = _ABOUT.sub("", t.strip()).split()
    # (a label in capitals is a sports report's subheading: "ARGENTINA CRUISES")
    return ws if 1 <= len(ws) <= 4 and all(_CAPS.match(w) for w in ws) and not is_sentence(t) \
        and not t.isupper() and ws[0].lower() not in ("the", "a", "an") else []


def mark_about_boxes(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """An "about" box after the story: a label naming someone or a company ("Jane Doe", "About
    Acme"), then prose naming them again (every word of the label, as spelled) in its first words ("Jane
    Doe is a ...", "Acme is a leading ..."): an author's bio, a press release's company boilerplate. Only with BOX_AFTER of
    the story's prose above and at most BOX_TAIL below: a subheading naming a person or a thing
    inside the story heads the story's text. Returns the labels' indexes."""
    prose, total = _prose(raw, kinds)
    found = []
    for i, rb in enumerate(raw):
        # (a known author's name alone is "bio" already: the box's label all the same)
        name = _label_name(rb.text) if kinds[i] in BODY + ("bio",) else []
        nxt = next((j for j in range(i + 1, min(i + 3, len(raw))) if kinds[j] in BODY), None)
        if not name or nxt is None or not is_sentence(raw[nxt].text):
            continue
        before = sum(len(words(raw[j].text)) for j in prose if j < i)
        after = sum(len(words(raw[j].text)) for j in prose if j > nxt)
        # (capitals and all: a subheading's words said again in lower case name no one, "Conclusion" / "In
        # conclusion, ...", "Garden Planning Tool" / "... an online garden planning tool")
        opening = [re.sub(r"[’']s$", "", w).strip(".,;:") for w in words(raw[nxt].text)[:25]]
        # (a person's full name over a bio that opens with the first name: "Jake Doe" / "Jake is the co-founder of ...")
        named = set(name) <= set(opening) or len(name) >= 2 and opening[:1] == [name[0]] \
            or bool(_ABOUT.match(rb.text.strip()) and _FIRST_PERSON.search(" ".join(words(raw[nxt].text)[:12])))
        if before >= BOX_AFTER * total and after <= BOX_TAIL * total and named:
            kinds[i] = "chrome" if kinds[i] in BODY else kinds[i]
            kinds[nxt] = "chrome"
            found.append(i)
    return found


# An author's box's prose at most this long.
AUTHOR_BOX_WORDS = 90


def mark_author_boxes(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """The prose right under an author box's header ("About the author", "Über den Autor", "About me";
    the header in English is `cleanup`'s "bio"): a bio of AUTHOR_BOX_WORDS at most,
    with BOX_AFTER of the story's prose above and at most BOX_TAIL below. Returns the headers."""
    prose, total = _prose(raw, kinds)
    found = []
    for i, rb in enumerate(raw):
        if not headers.ABOUT_AUTHOR.match(" ".join(rb.text.split())):
            continue
        # (right under it: with the name and more between, the truths disagree; Readability's keeps such a bio line)
        nxt = i + 1
        if nxt >= len(raw) or kinds[nxt] not in BODY or not is_sentence(raw[nxt].text) \
                or len(words(raw[nxt].text)) > AUTHOR_BOX_WORDS:
            continue
        before = sum(len(words(raw[j].text)) for j in prose if j < i)
        after = sum(len(words(raw[j].text)) for j in prose if j > nxt)
        if before >= BOX_AFTER * total and after <= BOX_TAIL * total:
            for j in range(i, nxt + 1):
                kinds[j] = "chrome" if kinds[j] in BODY else kinds[j]
            found.append(i)
    return found


# What a page says to its reader about the page, not the story: subscribing, following, sharing,
# its own links and sales ("we may receive a small commission").
_TO_READER = re.compile(
    r"\b(?:subscri\w+|newsletters?|e-?mails?|inbox|follow (?:us|\w+ on)|join (?:our|us|the)|share (?:it|this)|"
    r"sign(?:ed)? up|breaking news|latest (?:news|updates|stories)|top stories|listen (?:to|back|live)|"
    r"download|(?:visit|check out) our|(?:earn|receive|get|make) (?:a )?(?:small )?commission|"
    r"affiliate (?:links?|commissions?|programs?)|(?:get|earn|receive|collect) a share of (?:the )?sales?|ad[- ]?blockers?|links? to (?:online )?(?:retail|stores?|shops?)|"
    r"(?:stor(?:y|ies)|articles?|posts?) like this|(?:this|the) (?:story|article|post) has been|membership|becom\w* a (?:member|subscriber|supporter|patron)|"
    # (the same in other languages: "Newsletter abonnieren", "Folgen Sie uns", "Suscríbete", "nichts mehr verpassen")
    r"abonnier\w*|folg(?:en sie|e|t) uns|suscr[ií]b\w+|s[ií]guenos|abonnez-vous|suivez-nous|iscriviti|seguici|"
    r"zapisz si[ęe]|obserwuj nas|volg ons|paywall|bezahlschranke|nichts (?:mehr )?(?:verpassen|vers[äa]umen)|"
    r"no te pierdas|ne manquez)\b",
    re.IGNORECASE)
# A promo's length, at most.
PROMO_WORDS = 35


def to_reader(t: str) -> bool:
    """Does the block talk to the reader about the page (subscribing, following, its links)?"""
    return _TO_READER.search(t) is not None


# Someone quoted: a speech verb, or five words or more inside quotation marks (a promo puts a
# newsletter's or a book's title in them: "Pick Six Newsletter", "Out There").
_SPEECH = re.compile(r"\b(?:said|says|told)\b|[\"“”](?:[^\"“”\s]+\s+){4,}[^\"“”]*[\"“”]")


def speaks(t: str) -> bool:
    """Does the block quote someone? A promo does not."""
    return _SPEECH.search(t) is not None


def mark_closing_promos(raw: list[RawBlock], kinds: list[str]) -> None:
    """The page's last body blocks, read upwards while they talk to the reader about the page
    ("Subscribe to ...", "Follow us on ...", "If you buy something through this post we may get a
    commission"), short and quoting nobody: the sign-off boxes under a story. Short lines that
    are no sentence are crossed (the tail rule takes them); the first other sentence stops it."""
    for i in reversed([i for i, k in enumerate(kinds) if k in BODY]):
        t = raw[i].text
        if not is_sentence(t) and len(words(t)) <= 12:
            continue
        if len(words(t)) > PROMO_WORDS or speaks(t) or not to_reader(t):
            return
        kinds[i] = "chrome"


# A caption's own words: who is "pictured", who stands "left" or "(right)", "This illustration
# of ... shows", a position label ("Above:"). A story's "the skink (pictured)" points at a caption.
_CAPTION_CUE = re.compile(
    r"(?<!\()\bpictured\b(?!\))|\((?:left|right|center|centre|top|bottom|from left|l-r)\)|"
    r",\s(?:left|right|center|centre|second (?:from )?(?:left|right)),|"
    r"^(?:this|an?|the) (?:artist['’]s )?(?:illustration|image|photo|photograph|picture|rendering|screenshot|"
    r"satellite image|file photo|still) (?:of|from|shows?|taken)\b|^(?:above|below|top|pictured|main image)\s*:",
    re.IGNORECASE)
# A caption's length, at most.
CAPTION_WORDS = 45


def mark_captions(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (CAPTION_WORDS) in a caption's own words, quoting nobody: a photo's caption
    without a credit line (captions with one are `cleanup`'s)."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= CAPTION_WORDS and _CAPTION_CUE.search(t) \
                and not _QUOTING.search(t):
            kinds[i] = "caption"



# A picture's label above its caption ("Photo", "Image 1 of 3", "View photos").
_MEDIA = re.compile(r"^(?:(?:view|buy|see|all|more)\s+)?(?:photos?|images?|pictures?|caption|video|gallery|"
                    r"enlarge(?: this image)?|"
                    # (in other languages: "Foto", "Beitragsbild", "Bildergalerie", "Imagen", "Zdjęcie")
                    r"fotos?|bilder?|beitragsbild|titelbild|(?:foto|bilder)?galerie|imag(?:en|em)(?:es|ns)?|immagin[ei]|"
                    r"zdj[ęe]ci[ea]|afbeelding(?:en)?)(?:\s+\d+\s+(?:of|von|de|di|z|van)\s+\d+)?\W*$", re.IGNORECASE)


def media_label(t: str) -> bool:
    return bool(_MEDIA.match(t.strip()))


# A bare credit line's shapes `cleanup.credit_line` leaves: a name and its outlet split by a slash
# ("Jane Doe/Outlet"), a name and an agency after a comma ("Jane Doe, AP"): a person's name first.
_PERSON = r"[A-Z](?:\.|[a-z][\w'’-]*)(?:\s+[A-Z](?:\.|[a-z][\w'’-]*)){1,3}"  # "Jane Doe", "J. Scott Lee"
_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_CREDIT_SHAPE = re.compile(rf"^{_PERSON}\s?/\s?{_NAME}(?:\s?/\s?{_NAME})*$|^{_PERSON},\s(?i:{cleanup.AGENCY}|ap|upi)$")
# A credit's length at most.
CREDIT_WORDS = 8


def _credit_line(t: str, kind: str) -> bool:
    return len(words(t)) <= CREDIT_WORDS and not cleanup.sentence_breaks(t) and (
        kind == "caption" and cleanup.credit_line(t, Context()) or bool(_CREDIT_SHAPE.match(t)))


def _captionable(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    t = " ".join(raw[i].text.split())
    return kinds[i] == "caption" or kinds[i] in BODY and len(words(t)) <= CAPTION_WORDS \
        and not _QUOTING.search(t) and not t.endswith(":")


def mark_credited_captions(raw: list[RawBlock], kinds: list[str]) -> None:
    """A picture inside the story, flattened: its label alone ("Image", "View photos"), its credit
    alone on a line ("Jane Doe/AP", "GETTY"), and the short block above that credit quoting nobody,
    its caption (above the story: `lede`)."""
    for i, rb in enumerate(raw):
        if kinds[i] in BODY and media_label(rb.text):  # a label alone: its picture is not in the text
            kinds[i] = "caption"
    credits = [i for i in range(1, len(raw)) if kinds[i] in BODY + ("caption",)
               and _credit_line(" ".join(raw[i].text.split()), kinds[i])]
    for i in credits:
        kinds[i] = "caption"
    # (a page whose pictures have a credit and no caption, a long paragraph above a credit: the
    # short ones above its other credits are the story's too)
    if not all(_captionable(raw, kinds, i - 1) for i in credits):
        return
    for i in credits:
        # (story prose under the picture: a paragraph and a credit closing the story are the story's and a video's)
        after = next((j for j in range(i + 1, len(raw)) if kinds[j] not in ("caption", "credit")), None)
        if kinds[i - 1] in BODY and after is not None and kinds[after] == "paragraph" and is_sentence(raw[after].text):
            kinds[i - 1] = "caption"


# A company's boilerplate: "Acme (NYSE: ACME) is a leading provider of ...", then what it employs,
# where it is headquartered, where its shares are listed.
_COMPANY = re.compile(r"^(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:\([^()]{1,40}\)\s+)?"
                      r"(?:is|was)\s+(?:a|an|the)\b")
_CORPORATE = re.compile(r"\b(?:headquartered|founded in|employs|employees|subsidiaries|listed on|stock exchange|"
                        r"nyse|nasdaq|provider of|solutions? provider|leading (?:global )?(?:provider|supplier|"
                        r"manufacturer|developer)|for more information,? (?:please )?visit)\b", re.IGNORECASE)


def mark_company_boilerplate(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """A press release's closing paragraphs about the company ("Acme is a leading provider of ...
    Acme is headquartered in ..."), without an "About" label: with BOX_AFTER of the story's prose
    above it, a block opening "NAME is a ..." in a company's words, and the blocks after it that
    open with the same name. Returns the first paragraph's index."""
    prose, total = _prose(raw, kinds)
    for i in prose:
        m = _COMPANY.match(" ".join(raw[i].text.split()))
        if not m or not _CORPORATE.search(raw[i].text):
            continue
        below = [j for j in prose if j > i]
        if sum(len(words(raw[j].text)) for j in prose if j < i) < BOX_AFTER * total:
            continue
        kinds[i] = "chrome"
        for j in below:
            if not raw[j].text.startswith(m.group("name") + " "):
                break
            kinds[j] = "chrome"
        return [i]
    return []


def mark_furniture(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """Every rule of this module, on a flattened page's kinds after the story's run is marked.
    Returns where the about boxes and a company's boilerplate start (`tail` ends the story there)."""
    mark_link_lists(raw, kinds)
    mark_capital_titles(raw, kinds)
    mark_close_copies(raw, kinds)
    boxes = mark_about_boxes(raw, kinds) + mark_author_boxes(raw, kinds) + mark_company_boilerplate(raw, kinds)
    mark_closing_promos(raw, kinds)
    mark_captions(raw, kinds)
    return boxes


# A template's box printed twice: a paywall's offer, a video player's error; a notice at each ad slot.
# A line said this many times over is the template's, unless a copy's neighbours talk about what it says.
WIDGET_COPIES = 3
# (a refrain, a repeated quotation or a reused section name shares its words with the paragraphs around it;
# an ad slot's notice shares none)
ECHO_WORDS = 2
ECHO_PROSE = 8
# A line on every card or every printed page (a running header, "Share") is the page's frame, not a box's.
WIDGET_MOST = 12
# Two or more lines repeated together, in order, are a box printed twice; a longer repeated stretch
# than this is a page printed twice (a mobile and a desktop copy), all of it the story.
WIDGET_BLOCKS = 10
WIDGET_BOX = 2
# A widget's line is a few plain words to some 25: a longer line said twice is the story's text given twice.
WIDGET_WORDS = (4, 25)
# Code, a terminal's session, a table's cells, a quotation: a story's own lines, repeated by their nature
# ("$ hg pull -u", "FROM unnest(...) AS n;", "Host: example.org", a refrain "\"I would prefer not to.\"").
_NOT_PLAIN = re.compile(r"[$%<>=│|{}\[\];\\/@#*_`~\"“”„«»]|:\s*\S+$")


def _plain(t: str, shortest: int = WIDGET_WORDS[0]) -> bool:
    """A line of plain words opening on a capital or a figure, no date line: a notice's, a box's or a
    teaser's, not code, a header line or a quotation."""
    t, ws = " ".join(t.split()), words(t)
    letters = [c for c in t if c.isalpha()]
    # (a line in capitals is code's or a label's; one of figures a table's or a program's output)
    return shortest <= len(ws) <= WIDGET_WORDS[1] and (t[:1].isupper() or t[:1].isdigit()) \
        and not _NOT_PLAIN.search(t) and not is_date_line(t) \
        and (len(ws) < 4 or sum(c.isupper() for c in letters) < 0.5 * len(letters)) \
        and sum(bool(re.match(r"\d", w)) for w in ws) <= len(ws) / 4


def _key(t: str) -> str:
    # (the text as printed: a heading's anchor "¶" tells the story's subheading from its copy in the contents)
    return " ".join(t.split())


def _places(keys: list[str]) -> dict[str, list[int]]:
    """Where each line stands on the page, by its printed text."""
    at: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k:
            at.setdefault(k, []).append(i)
    return at


def _repeated_together(keys: list[str], plain: list[bool], at: dict[str, list[int]]) -> set[int]:
    """The blocks of every stretch of two to WIDGET_BLOCKS consecutive plain lines (a label of a word or
    two among them) that stands again, in the same order, elsewhere on the page (the two copies apart),
    none of them a subheading (a table of contents over the story's own headings)."""
    found: set[int] = set()
    for places in at.values():
        if len(places) > WIDGET_MOST:
            continue
        for a, b in ((a, b) for n, a in enumerate(places) for b in places[n + 1:]):
            if a > 0 and b > 0 and keys[a - 1] and keys[a - 1] == keys[b - 1]:
                continue  # (not the stretch's first line: found from there)
            n = 0
            while b + n < len(keys) and a + n < b and keys[a + n] and keys[a + n] == keys[b + n]:
                n += 1
            if WIDGET_BOX <= n <= WIDGET_BLOCKS and all(plain[a:a + n]) and all(plain[b:b + n]):
                found |= set(range(a, a + n)) | set(range(b, b + n))
    return found


def _content(t: str) -> set[str]:
    return {w.lower() for w in words(t) if len(w) >= 4}


def _echoed(raw: list[RawBlock], kinds: list[str], keys: list[str], places: list[int], said: dict) -> bool:
    """Does a copy share ECHO_WORDS words with the nearest paragraph above or below it that is said once
    (not another notice of the template's, nor a label such as "Advertisement" or "Article content")?"""
    for i in places:
        own = _content(raw[i].text)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(raw) and (kinds[j] not in BODY or not keys[j] or len(said[keys[j]]) > 1
                                         or len(words(keys[j])) < ECHO_PROSE):
                j += step
            if 0 <= j < len(raw) and len(own & _content(raw[j].text)) >= ECHO_WORDS:
                return True
    return False


# A line opening on a clock time is a schedule's or a live blog's row: its repeats are the story's.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")


def _said_thrice(raw: list[RawBlock], kinds: list[str], keys: list[str], at: dict[str, list[int]]) -> set[int]:
    """The body copies of a plain line said WIDGET_COPIES to WIDGET_MOST times on the page, none echoed
    by its neighbours."""
    found: set[int] = set()
    for k, places in at.items():
        if WIDGET_COPIES <= len(places) <= WIDGET_MOST and _plain(k) and not _CLOCK.match(k) \
                and not _echoed(raw, kinds, keys, places, at):
            found |= {i for i in places if kinds[i] in BODY}
    return found


# A sentence printed twice in the body, word for word: this many words at least (a shorter line is a label's,
# a list item's, a subheading's copy in a table of contents).
TWICE_WORDS = 6
# Code and table characters: a program's or a table's lines repeat by their nature.
_CODE = re.compile(r"[$<>=│|{}\[\];\\/`]")


def _said_twice(kinds: list[str], at: dict[str, list[int]]) -> set[int]:
    """The later copy of a sentence (TWICE_WORDS words or more, no code) printed exactly twice on the page,
    both copies narrated in the body as paragraphs: a standfirst, a caption, a pull quote or a box given again.
    The first copy stays, so the story loses no word (its place is kept, not judged: a template's box printed
    twice is `_repeated_together`'s, the copies' neighbours are not asked)."""
    found: set[int] = set()
    for k, places in at.items():
        if len(places) == 2 and len(words(k)) >= TWICE_WORDS and is_sentence(k) and not _CODE.search(k) \
                and all(kinds[i] == "paragraph" for i in places):
            found.add(places[1])
    return found


# (a switch for measuring the rule off: a wrapper or a test sets it False)
TWICE_LATER = True


def mark_buttons(raw: list[RawBlock], kinds: list[str]) -> None:
    """A shop's, a landing page's or a form's button alone on its line (`cleanup.lone_button`: "$129 at Amazon",
    "Learn More"), a site's notice about the reader's browser or cart (`cleanup.site_notice`), a reading time in
    another language (`cleanup.reading_time_other`: "Lesezeit: 3 Min."), a newspaper's offer of online access to
    its print subscribers (`cleanup.print_subscriber_offer`), a rating widget's lines (`cleanup.rating_widget`:
    "Click on a star to rate it!"), a read-aloud player's note (`cleanup.player_note`) and an ad slot's "Scroll to
    continue reading" (`cleanup.ad_scroll`). Marked after the story's start and end are
    found: as body lines they are gaps that keep the run from crossing a box (an author's card, a product table, a
    shop's login form), so the run is found as before and only they go."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and (cleanup.lone_button(t) or cleanup.site_notice(t) or cleanup.reading_time_other(t)
                                 or cleanup.print_subscriber_offer(t) or cleanup.rating_widget(t)
                                 or cleanup.player_note(t) or cleanup.ad_scroll(t)):
            kinds[i] = "chrome"


def mark_picture_credits(raw: list[RawBlock], kinds: list[str]) -> None:
    """A picture's credit heard in the story (`cleanup.loose_credit`: "Jo Lee | Getty Images", "PHOTOGRAPH: JO LEE",
    "Friso Gentsch/dpa", a caption closed by "Photographer: Jo Lee/Getty Images"). Marked after the story's run and
    headline are found, like `mark_buttons`, and only the line itself: `mark_credited_captions` would make the short
    line over each credit its caption, and over a business site's credits that line is the section's heading."""
    for i, rb in enumerate(raw):
        if kinds[i] in BODY and cleanup.loose_credit(rb.text):
            kinds[i] = "caption"


TOGGLE_REACH = 4  # (blocks from a toggled caption to its copy: "toggle caption", the credit, the caption, the credit)


def mark_toggled_captions(raw: list[RawBlock], kinds: list[str]) -> None:
    """A caption closed by its toggle (`cleanup.toggled_caption`) printed again under it, as NPR's pages do for the
    enlarged picture: its credit alone ("Marvel Comics"), its text without the credit. Within TOGGLE_REACH blocks
    under it, a line whose words open or close the caption's is the caption's."""
    for i, rb in enumerate(raw):
        if not cleanup.toggled_caption(" ".join(rb.text.split()), Context()):
            continue
        caption = " ".join(words(cleanup.CAPTION_TOGGLE.sub("", rb.text)))
        for j in range(i + 1, min(len(raw), i + 1 + TOGGLE_REACH)):
            line = " ".join(words(raw[j].text))
            if kinds[j] in BODY and line and (caption.startswith(line + " ") or caption.endswith(" " + line)):
                kinds[j] = "caption"


FORM_REACH = 2  # (blocks from a sign-up form's button to its consent line, and to its pointer to more newsletters)
FORM_NAME_WORDS = 5  # (a newsletter's name over its description: "NP Posted", "Travel Time")
CONSENT_WORDS = 60  # (a form's consent line under its button: "By signing up you consent to receive ...")


def mark_signup_forms(raw: list[RawBlock], kinds: list[str]) -> None:
    """A newsletter's sign-up form set into the page: its button alone on a line (`cleanup.form_button`) with its
    consent sentence within FORM_REACH blocks under it (`cleanup.form_consent`), or its e-mail field over it and a
    privacy policy's link under it. Over the button, past the e-mail field, its description (`cleanup.form_pitch`:
    "Get a dash of perspective along with the trending news of the day") and over that its name, a label of
    FORM_NAME_WORDS words at most with no stop ("NP Posted"); under it, the consent or policy line and a pointer to
    more newsletters (`cleanup.more_newsletters`). A form with no pitch over its button is left alone: the line over
    it may be the story's, and a page's footer may open with "Subscribe" and "Privacy Policy" under the story's last
    paragraph. Marked late, like `mark_buttons`."""
    for i, rb in enumerate(raw):
        if not cleanup.form_button(rb.text):
            continue
        under = range(i + 1, min(len(raw), i + 1 + FORM_REACH))
        k = i - 1
        while k >= 0 and cleanup.form_field(raw[k].text):
            k -= 1
        # (a form: a consent sentence under its button, or its e-mail field over it and a policy's link under it)
        if not (any(cleanup.form_consent(raw[j].text) for j in under)
                or k < i - 1 and any(cleanup.form_policy(raw[j].text) for j in under)):
            continue
        if k < 0 or kinds[k] not in BODY + ("promo",) or speaks(raw[k].text) or not cleanup.form_pitch(raw[k].text):
            continue
        name = k - 1
        if name >= 0 and kinds[name] in BODY and len(words(raw[name].text)) <= FORM_NAME_WORDS \
                and not re.search(r"[.!?:]$", raw[name].text.strip()):
            kinds[name] = "chrome"
        for j in range(k, min(len(raw), i + 2 + FORM_REACH)):
            if kinds[j] in BODY and (j <= i or cleanup.more_newsletters(raw[j].text)
                                     or j <= i + FORM_REACH and cleanup.form_policy(raw[j].text)
                                     and len(words(raw[j].text)) <= CONSENT_WORDS and not speaks(raw[j].text)):
                kinds[j] = "chrome"


# A paywall's box: its notice, then the offer's lines ("Enjoy additional articles per month.", "Get email updates from
# your favourite authors.") between its labels and buttons, up to its form ("Email Address", "Continue", "or").
WALL_BOX_WORDS = 25  # (an offer's line; a story's paragraph after a box is mostly longer)
WALL_BOX_GAP = 6  # (body lines in a row inside the box before another of its labels)
WALL_BOX_LABEL = 12  # (a label, button or form line that closes the offer's lines: "Sign In or Create an Account")
WALL_BOX_PRINTED = 2  # (a box printed twice; a label printed more often stands between the story's paragraphs)
# (a box's label speaks of the account or the offer; a caption, a share row or "Advertisement" ends the box)
_WALL_FORM = re.compile(r"(?i)\b(?:sign(?:ed)? ?(?:in|up)|log ?in|create an account|register(?:ed)?|subscri\w+|"
                        r"e-?mail|password|offers?|continue)\b")
_WALL_BUTTON = re.compile(r"(?i)^(?:or|continue|(?:view|see) (?:more |all )?offers|subscribe(?: now)?|sign (?:in|up)|"
                          r"log ?in|register|no,? thanks|maybe later|e-?mail(?: address)?|password)\W*$")


def _wall_box_label(t: str, kind: str, printed: int) -> bool:
    """A line of a paywall's box besides its notices: a promotion, or a short label, button or form line about the
    account or the offer (`_WALL_FORM`), printed once or twice."""
    return kind == "promo" or (kind == "chrome" and len(words(t)) <= WALL_BOX_LABEL and printed <= WALL_BOX_PRINTED
                               and bool(_WALL_FORM.search(t)))


def mark_wall_boxes(raw: list[RawBlock], kinds: list[str]) -> None:
    """The lines a paywall's or registration wall's box lists under its notice (`cleanup.paywall_notice`): short
    paragraphs that quote nobody, each run of them closed by another of the box's lines (a notice or
    `_wall_box_label`). Any other line ends the box (a longer or quoting paragraph, a subheading, a caption, an ad
    slot's label); there, if the box has closed offer lines, only its form's last buttons (`_WALL_BUTTON`:
    "Continue", "or") go. Only a box that shows a second notice is one: a lone "Already a subscriber? Sign in" over
    the story's short lines and a newsletter's promotion is the masthead's link."""
    keys = [_key(rb.text) for rb in raw]
    printed = Counter(keys)
    walls = [cleanup.paywall_notice(k, None) for k in keys]
    i = 0
    while i < len(raw):
        if not walls[i]:
            i += 1
            continue
        pending: list[int] = []
        offer: list[int] = []
        second, j = False, i + 1
        while j < len(raw) and len(pending) <= WALL_BOX_GAP:
            if kinds[j] == "paragraph" and len(words(keys[j])) <= WALL_BOX_WORDS and not _QUOTING.search(keys[j]):
                pending.append(j)
            elif kinds[j] not in BODY and (walls[j] or _wall_box_label(keys[j], kinds[j], printed[keys[j]])):
                second = second or walls[j]
                offer, pending = offer + pending, []
            else:
                break
            j += 1
        if second and offer:
            for k in offer + [k for k in pending if _WALL_BUTTON.match(keys[k])]:
                kinds[k] = "chrome"
        i = j


def mark_repeated_widgets(raw: list[RawBlock], kinds: list[str]) -> None:
    """The lines of a box printed twice, stretches of plain lines (`_plain`) in the same order (a paywall's
    offer, a video player's error with its "Try refreshing your browser", a related-stories card), and a
    plain line said three times that no paragraph beside it echoes (`_said_thrice`: an ad slot's notice): the
    template's, in any language. Only on a page whose other prose outweighs them COPY_SHARE times. Then a sentence
    printed twice in the body is heard at its first copy only (`_said_twice`)."""
    keys = [_key(rb.text) for rb in raw]
    at = _places(keys)
    together = _repeated_together(keys, [_plain(rb.text, 1) and k != "heading" for rb, k in zip(raw, kinds)], at)
    found = {i for i in together if kinds[i] in BODY} | _said_thrice(raw, kinds, keys, at)
    prose = sum(len(words(raw[i].text)) for i, k in enumerate(kinds) if k in BODY and i not in found)
    if found and prose >= COPY_SHARE * sum(len(words(raw[i].text)) for i in found):
        for i in found:
            kinds[i] = "chrome"
    if TWICE_LATER:
        for i in _said_twice(kinds, at):  # (after the boxes: a copy they took is not said twice in the body)
            kinds[i] = "chrome"
