"""Dates as pages print them, in the languages pages are most often written in: the one date reader.

"Sunday, May 28, 2006", "Veröffentlicht am 3. März 2021", "le 12 janvier 2020", "12 de enero de
2020", "3 maart 2021", "15 августа 2016, 13:43", "2021-03-03 14:05", "03.03.2021". A table of month
names (and their short forms) per language, not a date library: dateparser (a dependency of
htmldate) takes 6.5 s to load its languages on its first call, and misses "Veröffentlicht am 3.
März 2021"; the table is read in microseconds. Only real calendar days are dates (no 31.02., no
"3.10.12", a version number), and a line that gives a published and an updated date gives the
published one.
"""

from __future__ import annotations

import re
from datetime import date as Date

from audioed.read.prose import is_sentence, sentence_breaks, words

_NAMES = {
    # English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish/Danish/Norwegian, then
    # the genitive a date takes in Russian, Polish and Czech, then Catalan ("22 d'abril de 2020");
    # short forms after each language's names
    1: "january jan januar janv janvier enero ene janeiro gennaio gen januari январь января stycznia ledna gener",
    2: "february feb februar fév fev févr février fevrier febrero fevereiro febbraio februari февраля lutego února unora febrer",
    3: "march mar märz marz mrz mär mars marzo março marco maart mrt марта marca března brezna març",
    4: "april apr avr avril abril abr aprile апреля kwietnia dubna",
    5: "may mai mayo maio maggio mag mei maj мая maja května kvetna maig",
    6: "june jun juni juin junio junho giugno giu июня czerwca června cervna juny",
    7: "july jul juli juil juillet julio julho luglio lug июля lipca července cervence juliol",
    8: "august aug août aout agosto ago augustus augusti августа sierpnia srpna",
    9: "september sep sept septembre septiembre setiembre setembro settembre set сентября września wrzesnia září zari",
    10: "october oct oktober okt octobre octubre outubro out ottobre ott октября października pazdziernika října rijna",
    11: "november nov novembre noviembre novembro ноября listopada listopadu",
    12: "december dec dezember dez déc décembre decembre diciembre dic dezembro dicembre desember декабря grudnia prosince desembre",
}
MONTHS = {name: num for num, names in _NAMES.items() for name in names.split()}
"""Month name (lower case, any of the languages above, short forms too) -> its number."""
MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?(?![^\W\d_])"
"""A month's name as a date prints it ("März", "janv.", "Sept."), never the start of a longer word."""

_D = r"(?P<d>[0-3]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
# After a day and a month the year may touch what follows: a flattened page glues inline elements
# ("22. Dezember 201922. Dezember 2019", "3 de mayo de 202221:25"); a bare number may not ("20190").
_GLUED = r"(?!\d(?!\d?[.:/ ]))"
# A day may touch the year of a date before it: innerText glues a published and an updated date
# ("10. Februar 20199. Februar 2019", "25. Januar 202225. Januar 2022"); no other number.
_AFTER = r"(?:(?<![\d.])|(?<=[^\d](?:19|20)\d\d))"
_SLASH = rf"(?<![\d/]){_D}/(?P<m>[0-3]?\d)/{_Y}"
_FORMS = [
    # "2021-03-03", "2021-03-03T14:05", "2021/03/03", "2021.03.03"
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\d])"),
    # "May 28, 2006", "Jan. 5th 2024", "März 3, 2021"
    re.compile(rf"(?<![^\W\d_])(?P<mn>{MONTH})\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}{_GLUED}", re.IGNORECASE),
    # "28 May 2006", "3. März 2021", "1er janvier 2020", "12 de enero de 2020", "15 августа 2016", "3rd of May, 2020"
    re.compile(rf"{_AFTER}{_D}(?:\.|er|º|°|st|nd|rd|th)?\s*(?:de\s+|d['’]|of\s+)?(?P<mn>{MONTH}),?\s+(?:de\s+|del\s+)?{_Y}{_GLUED}",
               re.IGNORECASE),
    # "03.Mär.19", "03-Mar-2019", "3/May/19": a month's name glued between a day and a year (a short
    # year too: the name says it is a date; never spaced, "2 et 6 Mai 19" is a day and a time)
    re.compile(rf"(?<![\d.]){_D}(?P<s>[-./])(?P<mn>{MONTH})(?:(?P=s)|(?<=\.))(?P<y>(?:19|20)?\d\d)(?!\d|[.:]\d)",
               re.IGNORECASE),
    # "03.03.2021", "3. 3. 2021", "03.03.21" (two-digit years only padded: "3.10.12" is a version)
    re.compile(rf"{_AFTER}{_D}\.\s?(?P<m>[01]?\d)\.\s?{_Y}(?!\.\d){_GLUED}|"
               r"(?<![\d.])(?P<d2>[0-3]\d)\.(?P<m2>[01]\d)\.(?P<y2>\d\d)(?!\d|\.\d)"),
    # "2019年3月2日", "2019年04月13日 09時00分", "2019년 3월 2일": Japanese, Chinese and Korean print
    # the year, month and day with their own marks, glued to what is around them
    re.compile(r"(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)\s?[日일]"),
    # "03/14/2021", "14/03/2021", "12/31/2021": the order a real day allows; where both do, none
    # (`with_order` reads those in the page's order)
    re.compile(rf"{_SLASH}(?![\d/])"),
]
_NUMERIC_SLASH = _FORMS[-1]
# The same glued to what follows as the other forms may be ("06/11/20230 Kommentare"): `with_order`'s.
_SLASH_GLUED = re.compile(rf"{_SLASH}(?!/){_GLUED}")
_LABEL_ONLY = re.compile(r"^\W*(?:[^\W\d_]+\W+)?$")
# What sets a short date off from a byline or a site's name before it: "Jo Lee, 12.12.22", "Hafenblatt — 02.01.23"
# (not a link's "/" nor a sentence's "am 21.09.22")
_SET_OFF_END = re.compile(r"(?:,|\s[-–—|•·⋅∙/]|[|•·⋅∙])\s*$")
_TIME_ONLY = re.compile(r"^\W*(?:\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?\W*$", re.IGNORECASE)

# What labels a date as the story's first or as a later revision.
_UPDATE_LABEL = (r"(?:updated|last modified|modified|revised|aktualisiert|ge[äa]ndert|zuletzt|(?:letzte\s+)?[äa]nderung|mis\s+[àa]\s+jour|"
                 r"modifi[ée]|actualizad[oa]|actualizaci[óo]n|atualizad[oa]|aggiornat[oa]|bijgewerkt|gewijzigd|"
                 r"uppdaterad|opdateret|oppdatert|обновлено|zaktualizowano|aktualizov[áa]no)")
_UPDATED = re.compile(_UPDATE_LABEL + r"\W*(?:\w+\W+){0,3}$", re.IGNORECASE)


def _century(yy: int) -> int:
    """A two-digit year's: this century's unless that is still to come ("12.12.98" is 1998)."""
    return 2000 + yy if 2000 + yy <= Date.today().year else 1900 + yy


def _day(m: re.Match) -> str | None:
    """The ISO day a match names, if it is a real day."""
    g = m.groupdict()
    if g.get("d2"):
        y, mo, d = _century(int(g["y2"])), int(g["m2"]), int(g["d2"])
    else:
        y, d = int(g["y"]), int(g["d"])
        y = _century(y) if y < 100 else y
        mo = MONTHS.get(g["mn"].lower().rstrip(".")) if g.get("mn") else int(g["m"])
        if m.re is _NUMERIC_SLASH and d <= 12:
            if mo <= 12:
                return None  # "03/04/2021": March 4 in America, 3 April in Europe; no day to say
            mo, d = d, mo  # "03/14/2021"
    try:
        return Date(y, mo or 0, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in `text`: (start, end, ISO day), in order, overlapping readings dropped."""
    found: list[tuple[int, int, str]] = []
    for form in _FORMS:
        for m in form.finditer(text):
            iso = _day(m)
            if m.groupdict().get("y2") and not ((_LABEL_ONLY.match(text[:m.start()]) or _SET_OFF_END.search(text[:m.start()]))
                                                and _TIME_ONLY.match(text[m.end():])):
                continue  # "06.03.24" is a date on a line of its own or set off ("Jo Lee, 12.12.22"), not in "Opening Bell 06.03.24"
            if iso and not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    return sorted(found)


_DOTTED = re.compile(r"(?<![\d.])[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)\d\d(?!\d)")


def day_first(texts: list[str]) -> bool | None:
    """Whether the page prints a numeric date's day first, by the dates it prints: "29/04/2022" or
    "01.11.2023" (a dotted date is day-first in every language that writes one) say yes,
    "04/29/2022" or "10/04/2016 05:07 AM EDT" (`_US_ZONE`) say no; neither, or both, say nothing."""
    first = second = False
    for t in texts:
        first = first or bool(_DOTTED.search(t))
        for m in _SLASH_GLUED.finditer(t):
            american = bool(_US_ZONE.match(t, m.end()))
            first, second = first or int(m["d"]) > 12, second or int(m["m"]) > 12 or american
    return first if first != second else None


# A time in a North American time zone after a slash date says the page writes the month first ("10/04/2016
# 05:07 AM EDT"), as American pages do.
_US_ZONE = re.compile(r",?\s*\d{1,2}:\d\d\s*(?i:[ap]\.?m\.?)\s+(?:[ECMP][SD]?T|AK[SD]T|H[SD]?T)\b")


def with_order(text: str, order: bool | None) -> str:
    """`text` with its slash dates that either order allows ("03/05/2022") written as ISO days in
    the page's order (`day_first`'s answer), so the reader can take them; unchanged when unknown."""
    if order is None:
        return text

    def iso(m: re.Match) -> str:
        d, mo = (int(m["d"]), int(m["m"])) if order else (int(m["m"]), int(m["d"]))
        if mo > 12:
            return m.group(0)
        try:
            # (a space after it: a glued count's digit would make the ISO day unreadable)
            return Date(int(m["y"]), mo, d).isoformat() + (" " if m.string[m.end():m.end() + 1].isdigit() else "")
        except ValueError:
            return m.group(0)
    return _SLASH_GLUED.sub(iso, text)


def parse_date(text: str) -> str | None:
    """ISO day of the date `text` gives ("Sunday, May 28, 2006", "Veröffentlicht am 3. März 2021",
    "2006-05-28T10:00"); of several, the first not labelled as an update ("Updated May 3, 2021 |
    Published May 1, 2021" gives May 1)."""
    found = find_dates(text)
    if not found:
        return None
    first = [iso for s, _, iso in found if not updated(text[:s])]
    return (first or [found[0][2]])[0]


def updated(before: str) -> bool:
    """Does the text before a date label it as an update ("Updated:", "Aktualisiert am")?"""
    return bool(_UPDATED.search(before[-40:]))


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*(?:[ap]\.?m\.?|uhr|h)\b)?", re.IGNORECASE)
DATE_LINE_WORDS, OTHER_WORDS, NAMED_WORDS = 12, 8, 3
_LABEL = re.compile(rf"\b{_UPDATE_LABEL}\b", re.IGNORECASE)
_READING = re.compile(r"\b\d+\s*min(?:ute)?s?\.(?=\s*(?:read|lesezeit|lesedauer|leestijd|lectura|de lecture)\b)", re.IGNORECASE)


def is_date_line(text: str, words_at_most: int = DATE_LINE_WORDS) -> bool:
    """A block that is only a date (with weekday, time, "Updated" or "Veröffentlicht am"), nothing
    else to hear: a real date, no sentence break, and besides its dates, times, weekdays and update
    labels, in a line of `words_at_most` words at most NAMED_WORDS words of 4 letters or more beside
    each date up to a separator (a name, "Published": "By Jo Lee 12 May 2022, 4:18pm"; not "Ferry
    crossings double from 01.06.2024", a headline; a date line's own words, `_LINE_WORDS` and a
    byline's names, not counted), in a longer one OTHER_WORDS words of any length
    ("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"); never a sentence with 4
    such words ("Extra boats will sail on June 1, 2024, July 15, 2024 and August 26, 2024.")."""
    t = " ".join(text.split())
    found = find_dates(t)
    if not found or parse_date(t) is None or sentence_breaks(_READING.sub(" ", t)):
        return False  # (a reading time's abbreviation is no sentence's end: "06.11.2023 • 2 Min. Lesezeit")
    marked = "\0".join(t[e:s] for (_, e, _), (s, _, _) in zip([(0, 0, "")] + found, found + [(len(t), 0, "")]))
    others = _others(marked.replace("\0", " "))
    if is_sentence(t) and len(others) >= 4:
        return False
    if len(words(t)) <= words_at_most:  # (what a separator sets apart is a byline's or a site's: "Par A et B — 24 ...")
        return all(sum(len(w.strip(".-")) > 3 and not _line_word(w) for w in _others(_BYLINE_NAMES.sub(" ", part)))
                   <= NAMED_WORDS for part in _SEPARATOR.split(marked) if "\0" in part)
    return len(others) <= OTHER_WORDS and len(words(t)) <= 2 * words_at_most


_SEPARATOR = re.compile(r"\s[-–—|·•⋅∙/]\s|\s*[|·•⋅∙]\s*")

# The words a date line sets beside its date, none of them a headline's news: a label, a byline's
# label, a reading time, a comment count, the buttons beside it ("Posted on", "Veröffentlicht:",
# "Author", "5 Min. Lesezeit", "4 Kommentare", "Drucken Teilen", "Email this post").
_LINE_WORDS = frozenset("""
published posted publish publication date datum veröffentlicht erschienen publiziert gepostet geschrieben
eingestellt erstellt stand publié publiée publicado publicada pubblicato publicerad publisert publiceret
geplaatst gepubliceerd opublikowano опубликовано publikováno written
author authors autor autorin autoren auteur autore redaktion rédaction redacción redazione
staff editor
comments comment kommentare kommentar kommentieren commentaires commentaire comentarios comentários commenti
reacties replies responses antworten
share teilen print drucken ausdrucken email e-mail mail download feedback tweet
read reading lesezeit lesedauer minuten minutes mins leestijd lecture lectura
post posts beitrag artikel article
""".split())
# A byline's names at the start of a part or straight after its date (or its label): "von Jo Lee,
# Online-Redaktion Veröffentlicht: 26.12.2022", "17. Februar 2020 by Jo Lee", "Posted by Jo Lee"); never
# the names after a headline's words ("Ferry deal signed by Mayor Lee on June 3, 2024", "Anschlag von
# Hanau: ..."): only a byline's own label may stand before its "by".
_NAME = r"(?:[A-ZÀ-Þ][\w'’.-]*|(?:de|da|van|von|del|la|le|di|du|der|den)\b)"
_BY_LABEL = (r"(?:published|posted|written|text|photos?|story|article|post|ver[öo]ffentlicht|erstellt|eingestellt|"
             r"geschrieben|gepostet|ein|artikel|beitrag|kommentar|fotos?|publi[ée]e?|publicad[oa]|escrito|scritto|"
             r"pubblicato)")
_BYLINE_NAMES = re.compile(rf"(?:^|\0)\W*(?i:{_BY_LABEL}\W+){{0,2}}?(?i:by|von|par|por|door|av|af|di)\s*:?\s+{_NAME}"
                           rf"(?:\s+{_NAME}){{0,3}}")


def _line_word(word: str) -> bool:
    """A word a date line holds beside its date (`_LINE_WORDS`), or a compound ending in one
    ("Online-Redaktion")."""
    w = word.lower().strip(".:-")
    return w in _LINE_WORDS or w.rsplit("-", 1)[-1] in _LINE_WORDS


def _others(text: str) -> list[str]:
    """The words of a date line's text besides its dates: no time, weekday or update label."""
    return [w for w in words(_LABEL.sub(" ", _CLOCK.sub(" ", text))) if re.search(r"[^\W_]", w) and w.lower() not in _WEEKDAYS]


ENGLISH_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WEEKDAYS = ENGLISH_WEEKDAYS | set("""
montag dienstag mittwoch donnerstag freitag samstag
sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves
viernes sábado sabado domingo segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira
lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica maandag
dinsdag woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag mandag
tirsdag lørdag søndag понедельник вторник среда четверг пятница суббота воскресенье poniedziałek wtorek
środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle dilluns dimarts
dimecres dijous divendres dissabte diumenge
""".split())
"""A weekday's full name, in the languages of the month table."""


def date_only(text: str) -> bool:
    """A date and nothing else, a weekday before it at most ("Sunday, May 28, 2006", "12 October
    2017", "2018-09-16", "Dienstag, 3. März 2021"): no time, no label ("Updated May 3, 2021" is not)."""
    t = " ".join(text.split())
    found = find_dates(t)
    if len(found) != 1:
        return False
    s, e, _ = found[0]
    before = t[:s].strip().rstrip(",").strip()
    return not re.search(r"[^\W_]", t[e:]) and (not before or before.lower() in _WEEKDAYS)


def page_date(texts: list[str], updates: bool = True) -> str | None:
    """The story's date from the date lines near its top: the first not labelled as an update,
    else (`updates`) the first."""
    # (an embedded post's signature is its own date: "— Jo Lee (@jolee) October 31, 2021")
    lines = [" ".join(t.split()) for t in texts if is_date_line(t) and not re.search(r"\(@\w+\)", t)]
    dated = [(parse_date(t), updated(t[:find_dates(t)[0][0]])) for t in lines]
    labelled = [parse_date(t) for t in lines if _PUBLISHED.search(t[:find_dates(t)[0][0]][-40:])]
    return next(iter(labelled), None) or next((d for d, upd in dated if not upd), dated[0][0] if dated and updates else None)


_PUBLISH_LABEL = (r"\b(?:published|posted|publi[ée]e?|ver[öo]ffentlicht|erschienen|publiziert|gepostet|publicad[oa]|"
                  r"pubblicat[oa]|gepubliceerd|geplaatst|publicerad|publisert|publiceret|opublikowano|опубликовано|"
                  r"publikováno)")
_PUBLISHED = re.compile(_PUBLISH_LABEL + r"\b\W*(?:\w+\W+){0,3}$", re.IGNORECASE)


# A publishing label straight before its date: "Posted: Oct 14, 2022", "Published February 24, 2020", "Veröffentlicht am 3. März 2021"
_LABEL_BEFORE = re.compile(_PUBLISH_LABEL + r"\s*(?::|on|am|le|el|il|op|den|dne)?\s*(?:[^\W\d_]+,?\s+)?$", re.IGNORECASE)
LABELLED_LINE_WORDS = 30


def labelled_date(text: str) -> str | None:
    """The date a publishing label sets right before it in a line of LABELLED_LINE_WORDS words at most,
    a byline's or a story's header ("Jo Lee · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated:
    ..."), never one with "Updated" or a story's words between them."""
    t = " ".join(text.split())
    if len(words(t)) > LABELLED_LINE_WORDS:
        return None
    return next((iso for s, _, iso in find_dates(t) if _LABEL_BEFORE.search(t[max(0, s - 40):s])), None)


_SET_OFF = r"[,/|(–—:-]"
# With nothing before it, a dateline's date has its time after it or is glued to the text ("19.10.2019, 15:30
# Uhr", "19.10.2019Am ..."): a date, a dash and prose is a retrospective's "June 4, 1989 – Tanks rolled ...".
_AFTER_OPENING = re.compile(r"^(?:,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?(?:\s*[).:|–—-]|\s*[^\W\d_])|"
                            r"[^\W\d_])", re.IGNORECASE)


def opening_date(text: str) -> str | None:
    """The date a story's first paragraph opens with, set off as a dateline sets it ("Karlsruhe,
    (12.11.2021). Traditionell ...", "Red. / 31.10.2023 Die ...", "19.10.2019, 15:30 UhrAm 8. Spieltag
    ..."); never a sentence's own date ("Am 19. Oktober 2019 gastiert ...", "On May 3, 2021, the ...")."""
    t = " ".join(text.split())
    found = find_dates(t[:80])
    if not found:
        return None
    s, e, iso = found[0]
    before, after = t[:s].strip(), t[e:]
    if before and (len(words(before)) > 2 or not re.search(rf"{_SET_OFF}$", before)):
        return None  # "On May 3, 2021": the date is the sentence's
    return iso if before or _AFTER_OPENING.match(after) else None


# A page's note of when it was posted or last changed, a sentence of its own under the story: "This
# entry was posted on May 3, 2021", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.",
# "This page was last modified on 4 November 2020", "(last edited 2019-11-10 13:28:18 by ...)".
_STAMP_VERB = re.compile(r"\b(?:posted|published|last (?:modified|edited|updated|changed)|ver[öo]ffentlicht|gepostet|"
                         r"ge[äa]ndert|bearbeitet|publi[ée]e?|modifi[ée]e?|publicad[oa]|pubblicat[oa]|modificat[oa]|"
                         r"gepubliceerd|geplaatst|publicerad|publisert)\b", re.IGNORECASE)
STAMP_SENTENCE_WORDS = 30


def stamp_sentence_date(text: str) -> str | None:
    """The day a page's posted or changed note under the story gives (`_STAMP_VERB`), else None."""
    t = " ".join(text.split())
    if len(words(t)) > STAMP_SENTENCE_WORDS or sentence_breaks(t) or not _STAMP_VERB.search(t):
        return None
    return parse_date(t)


def line_shape(text: str) -> str:
    """A date line's words less its dates, times and capitalised words (names): what the items of a
    list of comments or cards repeat ("Mark Hill posted on March 3, 2019 at 4:15 pm" -> "posted on at pm")."""
    t = " ".join(text.split())
    for s, e, _ in reversed(find_dates(t)):
        t = t[:s] + " " + t[e:]
    return " ".join(w for w in re.findall(r"[^\W\d_]+", _CLOCK.sub(" ", t)) if w[:1].islower())
