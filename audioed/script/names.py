"""Person names in news text: name runs, the titles, roles and organisation words around
them, and the cleaning that turns "Mexican Ambassador Arturo Sarukhan" into "Arturo Sarukhan".

General lexicons only (titles, organisation words, function words): nothing names a corpus file.
"""

from __future__ import annotations

import re

from audioed.read.prose import NAME_TITLES
from audioed.script.verbs import VERB_STEMS

# Words before a name that are a title or a role, not part of the name.
TITLE_WORDS = frozenset(w.lower() for w in """
Mr Mrs Ms Miss Mx Dr Prof Professor Rev Reverend Fr Father Sister Brother Sir Dame Lord Lady
Cmdr Commander Capt Captain Lt Lieutenant Col Colonel Gen General Maj Major Sgt Sergeant Cpl
Corporal Pvt Private Adm Admiral Officer Agent Inspector Detective Det Sheriff Deputy Chief
Marshal Trooper Constable Supt Superintendent Commissioner Sen Senator Rep Representative
Congressman Congresswoman Gov Governor Mayor President Vice Secretary Minister Premier Prime
Chancellor Ambassador Judge Justice Attorney Atty Coach Pope Rabbi Imam Bishop Cardinal
Prince Princess King Queen Former Ex Acting Interim Assistant Associate Councilman
Councilwoman Councilor Alderman Spokesman Spokeswoman Spokesperson Director Chairman
Chairwoman Chair Superintendent Dean Chancellor Provost CEO CFO COO Founder Supervisor
Sgt Lt.Gen Speaker Leader Mister Madam St Saint Hon Honorable Messrs Mme Mlle Herr Frau
Dra Sra Sr Senor Señor Señora Don Doña Analyst Economist Professor Doctor
""".split())

# Words that end or are part of organisation and place names: a run containing one is
# not a person (it is still a fine speaker, e.g. "the White House said").
ORG_WORDS = frozenset(w.lower() for w in """
Patrol Police Department Dept Agency Office Service Services Network Institute University
College School Center Centre Council Committee Commission Court House Senate Congress
Administration Ministry Government Party Association Union Bank Group Company Corp Corporation
Inc Ltd LLC Foundation Fund Board Authority Bureau Force Forces Army Navy Guard Corps
Organization Organisation Club Times  News Journal  Tribune Magazine Street Avenue
Road County City State States Republic Kingdom Province Region Island Islands River Mountain
Mountains Valley  Sea Ocean  Airport Station Hospital Church Museum Gallery Library
Border Security Safety Homeland Federal National International United Nations Ministry
Mexico Mexican American America Arizona Sonora Washington California Texas U.S. US USA UK EU
Collection    Coast Desert Project Program Programme Initiative Alliance
Coalition Society Movement Campaign Team League Conference Summit Council Cartel Gang
""".split())

# News outlets are where words were published, not who spoke them: "the Times wrote",
# "reported Sky News". A name ending in one of these words, or one of the brands below.
OUTLET_WORDS = frozenset(w.lower() for w in """
News Times Post Journal Tribune Herald Gazette Telegraph Guardian Chronicle Courier Examiner
Observer Inquirer Dispatch Bulletin Magazine Press Daily Weekly Radio TV Television
Broadcasting Newspaper Newsweek Wire Desk Review Record Sun Star Mirror Express Independent
Standard Today
""".split())
OUTLET_BRANDS = frozenset(w.lower() for w in """
AP Reuters AFP CNN BBC NBC CBS ABC MSNBC NPR PBS Fox Bloomberg Politico Axios HuffPost
Breitbart Vox Slate BuzzFeed ProPublica Sky ITV CNBC Univision Telemundo Yahoo
Vulture Salon Forbes Fortune Atlantic Economist Wikinews Xinhua TASS Interfax Al-Jazeera
""".split())

_ORG_OR_OUTLET = ORG_WORDS | OUTLET_WORDS

# Capitalised words that start sentences or clauses and are never part of a name.
STOP_WORDS = frozenset(w.lower() for w in """
The A An In On At By For From To Of And But Or Nor So Yet If When While After Before Since
Although Though However Nonetheless Nevertheless Meanwhile Still Also Then Now Today Yesterday
Tomorrow This That These Those It Its He She They We I You His Her Their Our My Your There
Here Where What Who Whom Whose Which Why How Not No Yes As Than With Without Under Over
Into Onto Upon About Against Between Among Through During Despite Until Unless Because Last
Next Every Each Some Many Most More Less Few Several All Both Either Neither One Two Three
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Mr. Said Says Told According Even Just Only
Like Instead Indeed Eventually Earlier Later Once Twice Asked Added Many Such Other Another
State
Perhaps Maybe Sometimes Often Actually Certainly Clearly Obviously Unfortunately Fortunately
Finally Recently Currently Meanwhile Overall Again Already Soon Thus Hence Otherwise
""".split())



# A name token: capitalised word, possibly with apostrophes, hyphens or a trailing period
# (initials, "Jr."). Accented capitals count (Á, É, Ñ...).
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_ABBREV = rf"(?:{'|'.join(NAME_TITLES)})\."
# An initial ("F."), a title abbreviation ("Cmdr."), or a word; other periods end a name.
# A hyphen joins the parts of a name ("Ocasio-Cortez", "Geun-hye"); a compound modifier
# ("Trump-style", "Texas-based", "Obama-era") is no name.
_COMPOUND = r"(?:[a-z]+(?:ed|ing|ly)|style|era|like|type|made|born|run|wide|area|year|old)(?![\w’'])"
_TOK = rf"(?:{_ABBREV}|(?:{_CAP}\.){{1,3}}|{_CAP}[\w’']*(?:-(?!{_COMPOUND})[\w’']+)*(?![\w’'\-]))"
# Past tenses of speech verbs ("Stated", "Wrote"), never a name's first word as "Hope" or
# "Claims" ("Claims Court") may be.
_INFLECTED = frozenset(past for _, past in VERB_STEMS.values())
# A title-case headline runs a name into its verb ("Hollande Says Trump Makes You Want to
# Vomit"): a speech verb inside a run ends the name (plural nouns such as "Claims" aside).
_NOUN_TOO = {"claims", "reports", "notes", "comments", "answers", "posts", "tweets", "calls", "remarks",
             "promises", "cries", "jokes", "laughs", "states", "counters", "points", "stresses", "hopes",
             "demands", "replies", "praises", "vows", "speaks", "thinks", "believes", "continues"}
_HEADLINE_VERBS = _INFLECTED | {s for s, _ in VERB_STEMS.values() if s not in _NOUN_TOO}
_PARTICLE = r"(?:de|del|della|da|di|do|dos|das|van|von|der|den|la|le|bin|ibn|al|el|y|St\.)"
NAME_RUN = rf"{_TOK}(?:\s+(?:{_PARTICLE}\s+)?{_TOK})*"
NAME_RUN_RE = re.compile(NAME_RUN)
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def strip_token(tok: str) -> str:
    return tok.rstrip(".").rstrip(",")


def clean_name(run: str) -> str | None:
    """A person-like name from a capitalised run: titles, roles, sentence-start words and
    possessives removed ("Mexican Ambassador Arturo Sarukhan" -> "Arturo Sarukhan",
    "Cmdr. Armando Treviño" -> "Armando Treviño"). None when nothing name-like is left."""
    toks = run.split()
    # (initials are no capitalised word: "CBC Chairman G.K. Butterfield")
    if sum(len(t) > 2 and t.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+,?", t) for t in toks) >= 2:
        return None  # a heading or a dateline in capitals ("CONGRESS HAS INVESTIGATED HIM")
    # Cut after the last title word: what precedes it is a role description. A title word
    # ending the run is a surname ("Howard Dean", "Martin Luther King").
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        if strip_token(t).lower() in TITLE_WORDS:
            last_title = i
    toks = toks[last_title + 1:]
    while toks and (strip_token(toks[0]).lower() in STOP_WORDS or strip_token(toks[0]).lower() in _INFLECTED):
        toks = toks[1:]  # (a verb opening the sentence: "Stated Stone:")
    verb = next((i for i, t in enumerate(toks) if i and strip_token(t).lower() in _HEADLINE_VERBS), None)
    toks = toks[:verb] if verb is not None else toks
    if not toks:
        return None
    # "Calderón’s" -> "Calderón"; a possessive ends the name, unless a person follows it
    # ("Twitter's Adam Sharp", "Iowa State University's Dianne Bystrom").
    for i, t in enumerate(toks):
        if _POSSESSIVE_RE.search(t) and len(t) > 2:
            owned = toks[i + 1:]
            if len(owned) >= 2 and is_person_like(" ".join(owned)):
                toks = owned
            else:
                toks = toks[:i] + [_POSSESSIVE_RE.sub("", t)]
            break
    # An organisation glued to a name ("Refugee Council Enver Solomon"): the person follows it.
    last_org = max((i for i, t in enumerate(toks) if strip_token(t).lower() in _ORG_OR_OUTLET),
                   default=-1)
    if 0 <= last_org < len(toks) - 2 and is_person_like(" ".join(toks[last_org + 1:])):
        toks = toks[last_org + 1:]
    # Trailing period belongs to the sentence unless the token is an initial or "Jr.".
    last = toks[-1]
    if last.endswith(".") and len(last) > 2 and last.lower() not in ("jr.", "sr."):
        toks[-1] = last[:-1]
    if not toks or not re.match(_CAP, toks[0]):
        return None
    return " ".join(toks)


def is_outlet(name: str) -> bool:
    """True for a news outlet's name ("Sky News", "The Washington Post", "Reuters")."""
    toks = [strip_token(t).lower() for t in name.split()]
    toks = toks[1:] if toks and toks[0] == "the" else toks
    if not toks:
        return False
    return toks[-1] in OUTLET_WORDS or toks[0] in OUTLET_BRANDS and len(toks) <= 2


def is_person_like(name: str) -> bool:
    """True when a cleaned name looks like a person rather than a place or organisation."""
    toks = name.split()
    if not toks or len(toks) > 5:
        return False
    return not any(strip_token(t).lower() in ORG_WORDS for t in toks)

