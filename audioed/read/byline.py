"""Bylines in page text: who wrote the story, from the line under its headline.

A byline names people: "By Jane Doe and John Roe, Staff Writers", "by Ana Ruiz | The Ledger",
"Par Sébastien Farcis", "Monday November 18, 2019 7:45 am PST by Joe Rossignol", or a name
alone with a date, a handle or a reading time ("Dan Goodin - Apr 16, 2015", "Catherine Shu
@catherineshu / 2 days", "Pippin Lee" over "11 min read"). Roles, outlets, dates and handles
around the names are dropped. A name alone counts only when it looks like a person's: its
first word a given name (gender-guesser's table of first names from many countries, already a
dependency for voices) or an initial; so an organisation on a line of its own (a fact-check's
claimant, "The Russian and Syrian defense ministries") is no author.
"""

from __future__ import annotations

import os
import re

from audioed.read import cleanup
from audioed.read.cleanup import is_sentence, words
from audioed.read.dates import ENGLISH_WEEKDAYS, MONTH as _MONTH, MONTHS as _MONTHS, is_date_line, parse_date
from audioed.read.prose import word_count

AUTHOR_LABEL = r"(?:authors?|autor(?:in|en|es|e)?(?:[*/:]in(?:nen)?)?|auteure?s?|autore|verfasser(?:in)?)"
"""The label over or before a writer's name, in the languages pages are most often written in
("Author:", "Autor*in", "AUTOR/IN", "Auteur")."""

# "by" opening the names, in the languages pages are most often written in.
# (a label's colon may be glued to the name: "Authors:Jo Lee, Ana Ruiz", as arXiv sets it; "by" needs a space)
BY_WORDS = "by|par|por|von|door|av|af|di"
_BY = re.compile(rf"^(?P<bare>{AUTHOR_LABEL})\s+(?=[A-ZÀ-Þ][^\W\d_]+\s+[A-ZÀ-Þ])|"  # "Autoren Jo Lee und Ana Ruiz"
                 rf"(?:^|(?<=[\s(]))(?:(?:{BY_WORDS})\s*:?\s+|"
                 rf"(?:{AUTHOR_LABEL}|contributors?|words|text(?:\s*(?:&|\+|und|and|et|y)\s*fotos?)?|texto|testo|tekst|"
                 r"reporter|reporting|redaktion|redacci[óo]n|r[ée]daction|redazione)\s*:\s*)(?=[^\W\d_])",
                 re.IGNORECASE)
# (German, French, Spanish, Italian, Dutch and Nordic verbs of writing too: "Gepostet von", "Publié par")
_LEAD = re.compile(r"^(?:posted|written|words|story|text|reporting|reported|published|updated|article|edited|"
                   r"additional|gepostet|geschrieben|ver[öo]ffentlicht|verfasst|publiziert|eingestellt|erstellt|"
                   r"artikel|beitrag|blog|gastbeitrag|ein|eine|publi[ée]e?|[ée]crit|r[ée]dig[ée]e?|escrito|"
                   r"publicado|art[íi]culo|scritto|pubblicato|articolo|geplaatst|geschreven|skrevet|publisert|"
                   r"skriven|\W)*\s*$|\d", re.IGNORECASE)
"""What may stand before "by" on a byline: a verb of writing, or a date and time."""

# Where the names end: a separator, a date or time, a handle, "on"/"at"/"le" before a date.
_END = re.compile(rf"\s+(?:fotos?|photos?|bild(?:er)?|credits?|stand)\s*:|"
                  rf"\s+[-–—|•·/]\s|\s*[|•·@/]|\s+--\s|\s{{2,}}|\s*\(|(?:\s+{_MONTH})?\s*\d|"
                  rf"\s+(?:on|at|le|el|il|em|am|um)\s+(?=\S*\d|{_MONTH}\b|\w+day\b)|\s+(?:{cleanup.DATE_LABEL})\b",
                  re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\s(?:and|&|y|et|und|e|en|og|och|i)\s)\s*", re.IGNORECASE)
ROLE_WORDS = set("""
staff writer writers reporter reporters correspondent correspondents editor editors contributor contributors
columnist columnists senior chief deputy associate managing contributing special guest political
photographer photographers producer analyst critic reviewer bureau desk news team wire service services
press associated media agency network daily weekly times post herald journal tribune magazine
autor autorin redakteur redakteurin redaktion journalist journalistin rédacteur rédactrice journaliste redactor
redactora periodista giornalista redattore redattrice
""".split())
"""Words of a role, a desk or an outlet after a name ("Staff Writer", "IGN Staff", "Associated Press")."""
LEGAL_FORMS = ("inc", "ltd", "llc", "plc", "gmbh", "corp")
"""A company's legal form, which ends its name and no person's (`sitename` adds the rarer ones)."""
_NOT_NAME = ENGLISH_WEEKDAYS | set(LEGAL_FORMS) | set("""
mon tue tues wed thu thurs fri sat sun
published updated posted edit profile view read sign more geschrieben gepostet veröffentlicht verfasst publiziert
artikel beitrag kommentar kommentare
recent popular posts
""".split())
"""Words no name holds: weekdays and buttons glued after a name ("Joe Wee Monday", "Edit Profile"), a company's
legal form ("Paul Parey Zeitschriftenverlag GmbH"), a blog sidebar's list header ("Recent Posts", "Popular Posts")."""
_DATED_TAIL = re.compile(rf"^\s+(?:on|at|am|um|le|el|il|em|op|den)\s+(?=\S*\d|{_MONTH}|\w+(?:day|tag|di|dì|dag)\b)",
                         re.IGNORECASE)
"""A date after a name, as a byline sets it: "Jon Nitz am 24. Januar 2022", "Jo Lee on Monday"."""
_FUNCTION = {"all", "the", "and", "of", "for", "in", "on", "at", "to", "with", "from", "about", "more", "view",
             "read", "a", "an", "is", "was", "by", "updated", "published", "posted"}
_HONORIFIC = {"dr", "prof", "rev", "sir", "dame", "mr", "mrs", "ms", "mx"}
_PARTICLE = {"de", "da", "van", "von", "del", "la", "le", "bin", "al", "di", "du", "der", "den", "ter", "dos", "das"}
_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[A-Z]\.)$")


_GIVEN_NAMES: set[str] | None = None


def given_name(word: str) -> bool:
    """A first name in gender-guesser's table (or an initial: "J.")."""
    global _GIVEN_NAMES
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    if _GIVEN_NAMES is None:
        _GIVEN_NAMES = _table_names()
    return word.strip(".,").lower() in _GIVEN_NAMES


def _table_names() -> set[str]:
    """The names in gender-guesser's table, lower-cased, as its Detector(case_sensitive=False) keys them.

    Only whether a name is in the table matters here, and building the Detector (each name's genders
    by country) takes about three times as long as reading the names alone."""
    try:
        import gender_guesser.detector as detector
    except ImportError:  # without the table no name alone is taken; "By" bylines still are
        return set()
    names = set()
    with open(os.path.join(os.path.dirname(detector.__file__), "data", "nam_dict.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#=":  # blank lines, comments and the table's header
                continue
            name = line.split(None, 2)[1].lower()
            # "+" in the table stands for a joint the name is written with or without ("Abdel+Aziz")
            names.update((name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) if "+" in name else (name,))
    return names


def name_shape(name: str) -> bool:
    """Two to five capitalised words (particles inside), none a role, a label or a number."""
    ws = name.split()
    # (a particle opens an outlet's name, "Le Monde", "De Telegraaf"; a few are given names: "Al Root")
    if not 2 <= len(ws) <= 5 or ws[-1] in _PARTICLE or ws[0].lower() in _PARTICLE and not (
            ws[0] in ("Al", "Del", "Van") and given_name(ws[0])):
        return False
    initial = [bool(re.fullmatch(r"[A-Z]\.", w)) for w in ws]
    for i, w in enumerate(ws):
        low = w.lower().strip(".")
        if low in _PARTICLE:
            continue
        # an initial inside a name ("Jeffrey A. Slotnick"), not the label "A" or "X"; a name of initials
        # alone, or ending on one ("A. B.", "Jo Lee A."), has no surname to stand for it
        if initial[i] and i < len(ws) - 1 and not all(initial):
            continue
        # (digits between letters: "IBAN NL45RABO0105881341EUR", a bank account's line)
        if not _TOKEN.match(w) or re.search(r"[^\W\d_]\d+[^\W\d_]", w) or _compound(low) or low in ROLE_WORDS \
                or low in cleanup.UI_LABELS or low in _NOT_NAME:
            return False
    return True


def _compound(low: str) -> bool:
    """A compound word, no name's: "All-new", "Texas-based", "Trump-style" ("Park Geun-hye" is)."""
    head, _, tail = low.partition("-")
    return bool(tail) and (head in _FUNCTION or tail in {"new", "based", "style", "old", "backed", "led", "born",
                                                          "made", "owned", "run", "like", "free", "time", "year"})


def person_name(name: str) -> bool:
    """Shaped like a name and opening with a given name or an initial."""
    return name_shape(name) and given_name(name.split()[0])


def _clean(part: str) -> str:
    """A name part without the roles after it, in its usual case ("BILL HOPPE" -> "Bill Hoppe")."""
    ws = part.split()
    while ws and ws[-1].lower().strip(".") in ROLE_WORDS:
        ws.pop()
    if ws and len(ws[-1]) > 3 and ws[-1].endswith("."):
        ws[-1] = ws[-1][:-1]  # a sentence's stop, not an initial's: "Alon Zakai."
    name = " ".join(ws)
    return name.title() if name.isupper() else name


def names_in(segment: str) -> list[str]:
    """The people a byline's name part lists: "Jane Doe, MD and John Roe, Staff Writer"; after an
    outlet, only a person's name ("By Jo Lee, BBC News, New York": the place is no one)."""
    out, outlet = [], False
    for part in _SPLIT.split(segment.strip()):
        found = _first_name_run(part.strip(), backed=True)
        if found and (not outlet or person_name(found[0])):
            out.append(found[0])
        elif re.match(r"^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)+$", part.strip()):
            outlet = True  # capitalised words that are no name: an outlet's
    return out


def plain(text: str) -> str:
    """A line as its names are read: soft hyphens and zero-width marks out ("Mat\xadthi\xadas"), an
    e-mail address out ("Por Ana Ruiz aruiz@ledger.com"), "by" glued to the name apart ("vonElisa"), a date's
    label or a number glued after it apart ("Jo LeeUpdated:", "JO LEE12 HOURS AGO")."""
    t = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    t = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", " ", t)
    # (the label may be set twice, the page's and the template's: "Byby JO LEE"; capitalised: "ByJo Lee")
    t = re.sub(r"\b(by)\s*by\b(?=\s*[A-ZÀ-Þ])", r"\1", t, flags=re.IGNORECASE)
    t = re.sub(r"\b((?i:by|von|par|por))(?=[A-ZÀ-Þ][a-zà-ÿ])", r"\1 ", t)
    t = cleanup.unglue_date_label(t)  # "By Jo LeeUpdated: June 3"
    # a time glued to the name ("JO LEE12 HOURS AGO"; not a handle's digits: "@aprilroach28Daniel O'Mahony")
    t = re.sub(r"\b([A-ZÀ-Þ][^\W\d_]+)(?=\d)", r"\1 ", t)
    return re.sub(r"^[-–—]\s+", "", " ".join(t.split()))  # a signature's dash: "- Jo Lee"


def by_lead(text: str) -> str:
    """What stands before a byline's "by" ("Posted on May 3" in "Posted on May 3 by Jo Lee"), else ""."""
    m = _BY.search(plain(text))
    return plain(text)[:m.start()] if m else ""


_GENRE = re.compile(r"(?:kolumne|column|colonne|columna|rubrik|analyse|analysis|an[aá]lisis|analisi|essay|guide|"
                    r"opinion|meinung|opini[oó]n|review|rezension|critique|cr[ií]tica|reportage|glosse|chronique|"
                    r"cr[oó]nica)\s+$", re.IGNORECASE)
"""A piece's kind before "by", the writer after it: "Kolumne von Lars Brunckhorst", "Analysis by Jo Lee"."""


def by_line(text: str) -> list[str]:
    """The authors of a "by" byline ("By Jane Doe and John Roe", "Posted on May 3 by Jo Lee"),
    else []."""
    # (a handle glued to the next author: "By Jo Lee@jolee28Ana Ruiz")
    t = re.sub(r"@[a-z0-9_]+(?=[A-Z][a-z])", " and ", plain(text))
    if len(words(t)) > 30:
        return []
    m = _BY.search(t)
    lead = t[:m.start()] if m else ""
    if not m or lead and (not (_LEAD.search(lead) or _GENRE.fullmatch(lead)) or len(lead.split()) > 10
                          or re.search(r"[a-z]{2}[.!?]\s", lead)):
        return []  # the prefix of a byline is a verb of writing or a date, not a sentence
    rest = t[m.end():]
    end = _END.search(rest)
    names = names_in(segment := rest[:end.start()] if end else rest)
    if m.group("bare"):
        # a label with no colon is a byline's only when names (and roles) fill the line up to its date
        # or separator: "Author Stephen King Releases New Island Novel" is a headline
        said = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", " ".join(_SPLIT.split(segment)))
                if w.lower().strip(".") not in ROLE_WORDS]
        return names if sum(len(n.split()) for n in names) == len(said) else []
    return names


_READ_TIME = re.compile(r"^\d+\s*min(?:ute)?s?\b|^\d+\s+(?:hours?|days?|minutes?)\s+ago\b|^@\w+$",
                        re.IGNORECASE)
_RUN = re.compile(r"^((?:[A-ZÀ-Þ][\w'’.-]*|(?:de|da|van|von|del|la|le|di|du)\b)(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|"
                  r"(?:de|da|van|von|del|la|le|di|du)\b)){1,4})")
_BACKED = re.compile(rf"^\s*(?:,\s*)?@\w+|^\s*[-–—|•·,/]?\s*(?:{_MONTH}\s+\d|\d{{1,2}}\.?\s+{_MONTH}|"
                     r"\d{1,4}[-/.]\d\d?[-/.]\d|\d{1,2}[:.]\d\d|\d+\s*[hm]\b|\w+ ago\b)", re.IGNORECASE)
"""A date, a time, a handle or an age after a name, as a byline has ("- Apr 16, 2015", "• 8h")."""


# A counter or a label with a number is no time stamp: "0 comments", "Image 1 of 23", "2 responses".
_COUNTER = re.compile(r"\b(?:comments?|shares?|views?|likes?|repl(?:y|ies)|responses?|photos?|images?|of|"
                      r"votes?|points?|followers?)\b", re.IGNORECASE)
# A claim's line says who said what, when: "stated on May 3, 2020 in a tweet" (a fact-check's).
CLAIM = re.compile(r"\b(?:said|says|stated|states|claimed|claims|tweeted|wrote|in an? (?:tweet|post|speech|"
                    r"interview|video|statement))\b", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b|"
                   r"\bago\b|\bmin read\b", re.IGNORECASE)


def stamp(text: str) -> bool:
    """A line that dates a byline: a date ("Nov 18, 2019 @17:19 PM · Updated ..."), a time or a
    weekday ("Monday 5:30PM"), a reading time ("11 min read"), a relative time in any language
    ("2 days ago", "před 2 hodinami": a short line with a number before a word). Not a counter
    ("0 comments") and not a claim's line ("stated on May 3, 2020 in a tweet")."""
    t = " ".join(text.split())
    if not t or CLAIM.search(t) or is_sentence(t) and not is_date_line(t):
        return False
    if is_date_line(t) or reading_time(t) or parse_date(t) and word_count(t) <= 20 \
            and not is_sentence(t):
        return True
    if word_count(t) > 6 or _COUNTER.search(t):
        return False
    # (a relative time is a number before a word: "2 hours", "před 2 hodinami"; "PlayStation 5" is a name)
    return bool(_TIME.search(t) or re.search(rf"\b{_MONTH}\s*\d|\b\d{{1,3}}\s+[^\W\d_]{{3,}}", t, re.IGNORECASE))


def by_word(text: str) -> bool:
    """A line that is only "By" (or "Par", "Por", "Author:", "Autor", "Kommentar von"...): the
    names are on the next line."""
    # (a piece's noun may open it: "Article by", "Article written by:")
    return bool(re.fullmatch(rf"\s*(?:(?:article\s+)?(?:(?:written|posted|geschrieben|gepostet|kommentar|artikel|beitrag|"
                             rf"ein beitrag|ein kommentar|publi[ée]|escrito|scritto)\s+)?"
                             rf"(?:by|par|por|von|door|av|af|di)"
                             rf"\s*:?|{AUTHOR_LABEL}\s*:?)\s*", text, re.IGNORECASE))


def role_line(text: str) -> bool:
    """A role alone, as set under a writer's name ("Games Editor", "Staff Writer")."""
    ws = [w.lower().strip(".,") for w in text.split()]
    return 1 <= len(ws) <= 4 and ws[-1] in ROLE_WORDS


_DESK = ROLE_WORDS | {"agencies"}  # (a desk's words after "By": "By Agencies")
_DESK_ARTICLES = {"our", "a", "an", "the"}


def desk_by_line(text: str) -> bool:
    """A "by" line naming a desk, no person ("By Staff Reporter", "BY HERALD REPORTER", "By Our Correspondent", "By
    Agencies"): after "By", one to four words of a role, a desk or an outlet (`ROLE_WORDS`), "our" or an article."""
    m = re.match(r"\s*by\s+(.+?)\W*$", text, re.IGNORECASE)
    ws = [w.lower() for w in re.findall(r"[^\W\d_]+", m.group(1))] if m else []
    return 1 <= len(ws) <= 4 and any(w in _DESK for w in ws) and all(w in _DESK or w in _DESK_ARTICLES for w in ws)


def reading_time(text: str) -> bool:
    """A line such as "11 min read", "2 days ago" or a handle alone: set beside a byline."""
    return bool(_READ_TIME.match(text.strip()))


def _first_name_run(t: str, backed: bool) -> tuple[str, str] | None:
    """(name, rest of the line) for the name opening `t`; an outlet glued after it is cut
    ("Tom Davies Associated Press" -> "Tom Davies")."""
    m = _RUN.match(t)
    if not m:
        return None
    run, tail = m.group(1).split(), t[m.end():]
    if len(run) > 2 and run[0].rstrip(".").lower() in _HONORIFIC:
        run = run[1:]  # "Dr. Jane Doe": the name without the title
    # a capitalised function word ends a name: "Tony Carter All, Books", "Tom Davies The Guardian"
    cut = next((k for k, w in enumerate(run) if k >= 2 and w.lower() in _FUNCTION), None)
    if cut is not None:
        run, tail = run[:cut], " " + " ".join(run[cut:]) + tail
    if run[-1].lower().strip(".") in _MONTHS and re.match(r"^\s*\d", tail):
        run, tail = run[:-1], " " + run[-1] + tail  # "Reuters November 18, 2019": a date, not a surname
    if re.match(r"^\s+[a-z]", tail) and not re.match(r"^\s+(?:and|in|y|et|und|e|ago)\b", tail) \
            and not _DATED_TAIL.match(tail):
        return None  # a sentence about someone ("Suzanne Dodd is the project manager.")
    if re.match(r"^\s*:\s*\w", tail):
        return None  # a headline's kicker ("Ferry Week: The Night Boat"), a label ("Jo Lee: the interview")
    # glued to what follows: "Chris Pokorny@handle", "Jonathan GarberFOXBusiness", "De GuzmanView More"
    # (or to its date: "Adam Clark Estes11/12/19 4:40PM")
    glue = next((k for k, w in enumerate(run) if re.search(r"[a-z]{3}[A-Z]|[a-z]{2}\d", w)), None)
    if glue is not None:
        cut = re.search(r"[a-z]{3}(?=[A-Z])|[a-z]{2}(?=\d)", run[glue]).end()
        run, tail = run[:glue] + [run[glue][:cut]], " " + run[glue][cut:] + tail
    elif re.match(r"^[\w@]", tail):
        run, tail = run, " " + tail
    # A long run holds an outlet or a place after the name: "Trevor J. Mitchell Sioux Falls".
    sizes = range(len(run), 1, -1)
    if len(run) >= 4:
        size = 3 if re.fullmatch(r"[A-Z]\.", run[1]) else 2
        while size < len(run) and run[size - 1] in _PARTICLE:
            size += 1  # "Ana de la Cruz"
        sizes = [size]
    described = any(w.lower().strip(".") in ROLE_WORDS for w in run)
    for size in sizes:
        if _acronym_in(run[:size]):
            continue
        name = _clean(" ".join(run[:size]))
        # a role cut off the end says the run was a description ("Ap Auto Writer"), not a name,
        # unless a given name opens it ("Jo Lee Staff Writer"; two letters are an outlet's as often)
        first = name.split()[0] if name else ""
        if name_shape(name) and (given_name(first) and (len(first) > 2 or not described)
                                 or backed and size == len(run) and not described):
            return name, tail
    return None


_PICTURE = re.compile(r"\b(?:photos?|photograph(?:s|y|er)?|images?|pictures?|illustrations?|getty|shutterstock|"
                      r"istock|alamy|credit)\b", re.IGNORECASE)


_ONE_DATE = (rf"(?:\d{{1,4}}[-/.]\d\d?[-/.](?:\d{{4}}|\d\d)(?:\s*[|•·,]\s*\d\d?[:.]\d\d(?:\s*uhr)?)?|"
             rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH},?\s+\d{{4}})")
# (a post's dates may come twice, published and updated, glued: "17/11/201917/11/2019 ~ Jo Lee")
_DATE_FIRST = re.compile(rf"^{_ONE_DATE}(?:\s*{_ONE_DATE})?\s*[-–—|•·,~]?\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)


def _acronym_in(ws: list[str]) -> bool:
    """An upper-case word among mixed-case ones is an outlet's or a desk's ("AP Auto Writer"),
    never a name's (a name in capitals is all capitals: "BILL HOPPE")."""
    ws = [w for w in ws if not re.fullmatch(r"(?:[A-Z]\.)+", w)]  # initials are either ("LOGAN C. RITCHIE")
    caps = [w.isupper() and len(w.strip(".")) >= 2 for w in ws]
    return any(caps) and not all(caps)


def name_line(text: str, next_text: str = "") -> list[str]:
    """A byline without "by": names alone, or followed by a date, a time, a handle, an outlet
    ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago", "Lisa Kaczke and Trevor
    J. Mitchell Sioux Falls Argus Leader"). A name must open with a given name; or, alone on
    its line, be backed by a date, a handle or a reading time (on the line, or the next)."""
    t = plain(text)
    if is_sentence(t) and not re.search(r"\d", t) or len(words(t)) > 16 or _PICTURE.search(t):
        return []  # (a picture's credit or button names its photographer or nobody: "Alex Wong | Getty Images")
    # a blog's post line may open with its date: "21/06/2014 Jo Lee News, Reviews"
    dated = _DATE_FIRST.match(t)
    t = t[dated.end():] if dated else t
    names = []
    while True:
        m = _RUN.match(t)
        tail = t[m.end():] if m else ""
        backed = bool(dated or _BACKED.match(tail)) or stamp(next_text)
        found = _first_name_run(t, backed)
        if not found:
            return names if names and not re.match(r"^[a-z]", t) else []
        names.append(found[0])
        # "Helena Smith in Athens and Sam Jones in Madrid": the place after a name is no one's
        rest = re.sub(r"^\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?", "", found[1])
        more = re.match(r"^\s*(?:,|and|&)\s+(?=[A-ZÀ-Þ])", rest)
        # a run no given name opens, then a comma and lower-case words that are no role, is a headline's
        # words: "Überlegener Sieger, kuriose Kostüme und ..." over its date line
        low = re.match(r"^\s*,\s+([a-zà-ÿ][\w'’-]*)", rest)
        if low and low.group(1).lower() not in ROLE_WORDS and not given_name(found[0].split()[0]):
            return []
        if not more:
            return names
        t = rest[more.end():]
