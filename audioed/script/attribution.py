"""Who said it: speech verbs, person names, titles, and a registry that resolves
surnames and pronouns to the full name introduced earlier.

Plain rules over the patterns news writing uses ("...,” X said", "said X, the ...",
"X told ...", "according to X", "X said: “...”", an appositive after the name).
No model: the rules must work on any article, so nothing here names a corpus file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Verbs that introduce speech. Present, past and -ing forms are generated below.
_VERB_STEMS = {
    # stem: (present-s, past)
    "say": ("says", "said"), "tell": ("tells", "told"), "add": ("adds", "added"),
    "ask": ("asks", "asked"), "explain": ("explains", "explained"), "note": ("notes", "noted"),
    "recall": ("recalls", "recalled"), "state": ("states", "stated"),
    "declare": ("declares", "declared"), "write": ("writes", "wrote"),
    "continue": ("continues", "continued"), "remark": ("remarks", "remarked"),
    "reply": ("replies", "replied"), "respond": ("responds", "responded"),
    "insist": ("insists", "insisted"), "argue": ("argues", "argued"),
    "acknowledge": ("acknowledges", "acknowledged"), "admit": ("admits", "admitted"),
    "concede": ("concedes", "conceded"), "warn": ("warns", "warned"),
    "caution": ("cautions", "cautioned"), "claim": ("claims", "claimed"),
    "contend": ("contends", "contended"), "counter": ("counters", "countered"),
    "observe": ("observes", "observed"), "suggest": ("suggests", "suggested"),
    "urge": ("urges", "urged"), "complain": ("complains", "complained"),
    "announce": ("announces", "announced"), "testify": ("testifies", "testified"),
    "emphasize": ("emphasizes", "emphasized"), "stress": ("stresses", "stressed"),
    "joke": ("jokes", "joked"), "quip": ("quips", "quipped"), "laugh": ("laughs", "laughed"),
    "chuckle": ("chuckles", "chuckled"), "shout": ("shouts", "shouted"),
    "yell": ("yells", "yelled"), "whisper": ("whispers", "whispered"),
    "muse": ("muses", "mused"), "predict": ("predicts", "predicted"),
    "agree": ("agrees", "agreed"), "answer": ("answers", "answered"),
    "comment": ("comments", "commented"), "conclude": ("concludes", "concluded"),
    "confirm": ("confirms", "confirmed"), "promise": ("promises", "promised"),
    "vow": ("vows", "vowed"), "boast": ("boasts", "boasted"), "deny": ("denies", "denied"),
    "describe": ("describes", "described"), "report": ("reports", "reported"),
    "tweet": ("tweets", "tweeted"), "post": ("posts", "posted"),
    "sigh": ("sighs", "sighed"), "exclaim": ("exclaims", "exclaimed"),
    "cry": ("cries", "cried"), "murmur": ("murmurs", "murmured"),
    "mutter": ("mutters", "muttered"), "demand": ("demands", "demanded"),
    "assert": ("asserts", "asserted"), "maintain": ("maintains", "maintained"),
    "point": ("points", "pointed"), "reckon": ("reckons", "reckoned"),
    "recount": ("recounts", "recounted"), "praise": ("praises", "praised"),
    "criticize": ("criticizes", "criticized"), "explain": ("explains", "explained"),
    "wonder": ("wonders", "wondered"), "tell": ("tells", "told"), "speak": ("speaks", "spoke"),
    "think": ("thinks", "thought"), "believe": ("believes", "believed"),
    "hope": ("hopes", "hoped"), "call": ("calls", "called"), "disagree": ("disagrees", "disagreed"),
    "plead": ("pleads", "pleaded"), "scoff": ("scoffs", "scoffed"), "retort": ("retorts", "retorted"),
}
SPEECH_VERBS = frozenset(
    w for stem, (s, past) in _VERB_STEMS.items() for w in (stem, s, past)
) | {"according", "adding", "saying", "telling", "noting", "explaining", "asking",
     "writing", "warning", "arguing", "insisting", "recalling"}
# The verbs that mark a quote as reported speech even without a name next to them.
_VERB_RE = r"(?:" + "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=len, reverse=True)) + r")"

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
""".split())

PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "1", "we": "1p", "him": "m", "her": "f"}

# A name token: capitalised word, possibly with apostrophes, hyphens or a trailing period
# (initials, "Jr."). Accented capitals count (Á, É, Ñ...).
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_ABBREV = (r"(?:Mr|Mrs|Ms|Mx|Dr|Cmdr|Capt|Lt|Col|Gen|Maj|Sgt|Cpl|Pvt|Adm|Det|Supt|Sen|Rep|Gov|"
           r"Rev|Fr|Prof|Jr|Sr|St|Hon|Atty|Insp|Pres|Gov|Sra|Dra|Mme|Mlle|Del|Sens|Reps|Supt)\.")
# An initial ("F."), a title abbreviation ("Cmdr."), or a word; other periods end a name.
_TOK = rf"(?:{_ABBREV}|(?:{_CAP}\.){{1,3}}|{_CAP}[\w’'\-]*)"  # "G.K." is one token
_PARTICLE = r"(?:de|del|della|da|di|do|dos|das|van|von|der|den|la|le|bin|ibn|al|el|y|St\.)"
NAME_RUN = rf"{_TOK}(?:\s+(?:{_PARTICLE}\s+)?{_TOK})*"
_NAME_RUN_RE = re.compile(NAME_RUN)
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def _strip_token(tok: str) -> str:
    return tok.rstrip(".").rstrip(",")


def clean_name(run: str) -> str | None:
    """A person-like name from a capitalised run: titles, roles, sentence-start words and
    possessives removed ("Mexican Ambassador Arturo Sarukhan" -> "Arturo Sarukhan",
    "Cmdr. Armando Treviño" -> "Armando Treviño"). None when nothing name-like is left."""
    toks = run.split()
    # Cut after the last title word: what precedes it is a role description.
    last_title = -1
    for i, t in enumerate(toks):
        if _strip_token(t).lower() in TITLE_WORDS:
            last_title = i
    toks = toks[last_title + 1:]
    while toks and _strip_token(toks[0]).lower() in STOP_WORDS:
        toks = toks[1:]
    if not toks:
        return None
    # "Calderón’s" -> "Calderón"; a possessive ends the name.
    for i, t in enumerate(toks):
        if _POSSESSIVE_RE.search(t) and len(t) > 2:
            toks = toks[:i] + [_POSSESSIVE_RE.sub("", t)]
            break
    # Trailing period belongs to the sentence unless the token is an initial or "Jr.".
    last = toks[-1]
    if last.endswith(".") and len(last) > 2 and last.lower() not in ("jr.", "sr."):
        toks[-1] = last[:-1]
    if not toks or not re.match(_CAP, toks[0]):
        return None
    return " ".join(toks)


def is_person_like(name: str) -> bool:
    """True when a cleaned name looks like a person rather than a place or organisation."""
    toks = name.split()
    if not toks or len(toks) > 5:
        return False
    return not any(_strip_token(t).lower() in ORG_WORDS for t in toks)


@dataclass
class Registry:
    """People met so far, in order, so that "Peña" and "he" find "Eduardo Peña"."""

    people: list[str] = field(default_factory=list)
    mentions: list[tuple[str, bool]] = field(default_factory=list)
    """(full name, salient) in the order mentioned. Salient mentions introduce someone
    (first mention, a title, an appositive) or name a speaker; "he said" prefers them."""

    genders: dict[str, str] = field(default_factory=dict)
    """Person -> "m" | "f", from honorifics and the pronouns that follow their mention."""
    roles: dict[str, str] = field(default_factory=dict)
    """Role word -> person ("mayor" -> "Ruth Banks"), from titles and appositives, so that
    "the mayor said" finds the mayor named earlier."""

    def add_text(self, text: str) -> None:
        """Record every person named in `text`, in order."""
        for m in _NAME_RUN_RE.finditer(text):
            if m.start() and text[m.start() - 1] in "“\"‘'":
                continue  # a title in quotes ("Operation Safe Streets"), not a person
            appositive = _APPOSITIVE.match(text, m.end())
            full = self.mention(m.group(0), introduce=True, salient=appositive is not None)
            if full and full not in self.genders:
                # The first he/she after a name, before the next name, tells its gender.
                nxt = next((n.start() for n in _NAME_RUN_RE.finditer(text, m.end())
                            if clean_name(n.group(0))), len(text))
                window = text[m.end():nxt][:200]
                g = re.search(r"\b(?:(he)|(she))\b", window, re.I)  # subjects only
                if g:
                    self.genders[full] = "m" if g.group(1) else "f"
            if full and appositive:
                tail = text[m.end():m.end() + 80].split(",")
                self.learn_roles(full, tail[1] if len(tail) > 1 else "")
            elif full:
                # A role before the name: "Border Patrol supervisor Juventino Pacheco".
                self.learn_roles(full, " ".join(text[max(0, m.start() - 40):m.start()].split()[-2:]))

    def learn_roles(self, person: str, words: str) -> None:
        for w in re.findall(r"[A-Za-z][a-z\-]+", words)[:6]:
            w = w.lower()
            if w not in STOP_WORDS and len(w) > 3:
                self.roles[w] = person

    def by_role(self, role: str) -> str | None:
        return self.roles.get(role.lower())

    def mention(self, run: str, *, introduce: bool, salient: bool = False) -> str | None:
        name = clean_name(run)
        if not name:
            return None
        titled = name != " ".join(run.split()) and any(
            _strip_token(t).lower() in TITLE_WORDS for t in run.split())
        full = self.resolve(name)
        if full is None and introduce and len(name.split()) >= 2 and is_person_like(name):
            self.people.append(name)
            full, salient = name, True
        if full:
            first = _strip_token(run.split()[0]).lower()
            if first in ("mr", "sir", "lord", "father", "brother", "king", "prince", "congressman",
                         "spokesman", "chairman", "councilman"):
                self.genders.setdefault(full, "m")
            elif first in ("mrs", "ms", "miss", "dame", "lady", "sister", "queen", "princess",
                           "congresswoman", "spokeswoman", "chairwoman", "councilwoman"):
                self.genders.setdefault(full, "f")
            self.mentions.append((full, salient or titled))
            if titled:
                self.learn_roles(full, " ".join(t for t in run.split() if t not in name.split()))
        return full

    def resolve(self, name: str) -> str | None:
        """The full name a short reference points to ("Peña" -> "Eduardo Peña")."""
        toks = name.split()
        for person in reversed(self.people):
            ptoks = person.split()
            if person == name:
                return person
            # Surname (or the last tokens, "García Luna") of a known person.
            if len(toks) < len(ptoks) and ptoks[-len(toks):] == toks:
                return person
        if len(toks) == 1:
            for person in reversed(self.people):
                ptoks = person.split()
                # The first surname of a two-surname person ("García" -> "Genaro García Luna").
                if len(ptoks) >= 3 and ptoks[1] == toks[0]:
                    return person
            for person in reversed(self.people):
                # A misspelt surname, one letter off ("Water" for "Waters").
                if len(toks[0]) >= 4 and _one_edit(toks[0], person.split()[-1]):
                    return person
        return None

    def speaker(self, run: str) -> str | None:
        """A speaker from a name run: its full name when known, else the cleaned run."""
        name = clean_name(run)
        if not name:
            return None
        full = self.resolve(name)
        if full:
            self.mentions.append((full, True))
            return full
        if len(name.split()) >= 2 and is_person_like(name):
            self.people.append(name)
        self.mentions.append((name, True))
        return name

    def last_person(self, pronoun: str | None = None) -> str | None:
        """Who "he" or "she" most likely is: the last salient person of a matching (or
        unknown) gender, else the last such person."""
        want = PRONOUNS.get((pronoun or "").lower())
        recent = self.mentions[-12:]
        if want in ("m", "f"):
            # Someone recent known to be a "she" beats a more recent person of unknown gender.
            for name, salient in reversed(recent):
                if salient and self.genders.get(name) == want and is_person_like(name):
                    return name
        for want_salient in (True, False):
            for name, salient in reversed(recent if want_salient else self.mentions):
                if (salient or not want_salient) and is_person_like(name):
                    if want in ("m", "f") and self.genders.get(name, want) != want:
                        continue
                    return name
        return None


_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the|who|whose|\d+|[a-z]+ (?:of|for|at)\b)")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(a)):
        if a[i] != b[i]:
            return a[i + (len(a) == len(b)):] == b[i + 1:]
    return True


# --- Patterns around a quotation -------------------------------------------------------

_ADV = r"(?:\s+(?:also|later|then|once|recently|simply|quietly|bluntly|flatly|added|further|has|had|have|would|will|was|is|later)){0,2}"
# Speaker after the quote, verb first: ", said Jennifer Allen, ..." (also "said. Capt. X").
# A role before a name, in lower case and possibly after an organisation: "coach Dan
# Hurley", "Border Patrol supervisor Juventino Pacheco", "state Sen. Ann Lee".
_FUNCTION = (r"(?:the|a|an|he|she|they|we|it|in|at|on|of|to|for|with|by|from|and|or|but|that|"
             r"this|these|those|his|her|their|its|our|my|who|which|was|were|is|are|has|had|have|"
             r"would|will|not|also|as|when|after|before|during|while|because|than|then)\b")
_ROLE_PREFIX = rf"(?:(?:{NAME_RUN}\s+)?(?:(?!{_FUNCTION})[a-z0-9][\w/\-’']*\s+){{1,3}})?"  # "9/11 widow"
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,;:\-–—]*{_VERB_RE}[.,]?\s+(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b|"
    rf"{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
)
# Speaker after the quote, name first: ", Cmdr. X, who leads ..., said Tuesday".
_AFTER_NAME_FIRST = re.compile(
    rf"^[\s,;:\-–—]*(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b|{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
    # "Mr. Morgan of the Sierra Club said": the organisation is not the speaker's name.
    rf"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?{NAME_RUN})?"
    rf"(?P<appos>\s*,[^“”\"]{{0,200}}?,)?{_ADV}\s+{_VERB_RE}\b"
)
# Speaker before the quote: "X said: “", "X, the mayor, said, “", "said X: “".
_BEFORE_NAME_VERB = re.compile(
    rf"(?:(?P<pron>\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e))|(?P<name>{NAME_RUN}))(?P<appos>\s*,[^“”\"]{{0,200}}?,)?"
    rf"{_ADV}\s+{_VERB_RE}\b[^“”\"]*$"
)
_BEFORE_VERB_NAME = re.compile(rf"\b{_VERB_RE}\s+(?P<name>{NAME_RUN})\s*[:,]\s*$")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?:(?P<pron>him|her|them)\b|(?P<name>{NAME_RUN}))")
_HAS_VERB = re.compile(rf"\b{_VERB_RE}\b", re.IGNORECASE)


def has_speech_verb(text: str) -> bool:
    return bool(_HAS_VERB.search(text))


@dataclass(frozen=True)
class Attribution:
    """Who a pattern names: a name run as written, or a pronoun (resolved later)."""

    run: str | None = None
    pronoun: str | None = None
    role: str | None = None
    """A noun instead of a name ("the mayor said"): the person introduced with that role,
    else unknown (never the last person heard, who may be someone else)."""

    def resolve(self, registry: Registry) -> str | None:
        if self.pronoun:
            return registry.last_person(self.pronoun)
        if self.role:
            return registry.by_role(self.role)
        return registry.speaker(self.run) if self.run else None


def _attrib(m: re.Match | None) -> Attribution | None:
    if m is None:
        return None
    pron = m.groupdict().get("pron")
    if pron:
        return Attribution(pronoun=pron.lower())
    role = m.groupdict().get("role") or m.groupdict().get("role2")
    if role:
        return Attribution(role=role)
    run = m.groupdict().get("name")
    if run and clean_name(run):
        return Attribution(run=run)
    return None


# A noun phrase as the speaker: "the mayor said", "said a spokeswoman for the agency",
# "officials said". Its head noun is the role.
_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)"
_NP = rf"{_DET}\s+(?:[\w’'\-]+\s+){{0,3}}?(?P<role>[a-z][\w\-]+)"
_PLURAL = r"(?P<role2>officials|police|authorities|experts|analysts|witnesses|residents|prosecutors|investigators|critics|officers|agents|lawyers|doctors|scientists|researchers)"
_AFTER_NP_FIRST = re.compile(rf"^[\s,;:\-–—]*(?:{_NP}|{_PLURAL})(?:\s*,[^“”\"]{{0,120}}?,)?{_ADV}\s+{_VERB_RE}\b")
_AFTER_VERB_NP = re.compile(rf"^[\s,;:\-–—]*{_VERB_RE}\s+(?:{_NP}|{_PLURAL})\b")
# "said the mayor, Ruth Banks" / "said the 45-year-old Smith": the name after the noun.
_AFTER_VERB_NP_NAME = re.compile(
    rf"^[\s,;:\-–—]*{_VERB_RE}\s+{_DET}\s+[\w’'\-\s]{{0,40}}?,?\s*(?P<name>{NAME_RUN})")


_BEFORE_NP_VERB = re.compile(rf"\b(?:{_NP}|{_PLURAL}){_ADV}\s+{_VERB_RE}\b[^“”\"]*$")
_POSSESSOR = re.compile(rf"\s+(?P<role>[a-z][\w\-]+)(?:\s*,\s*(?P<name>{NAME_RUN}))?")


# A party and state tag after a politician's name: "Rep. Jim Jordan (R-Ohio)", "Sen. Sanders (Vt.)".
_PARTY_TAG = re.compile(r"\s*\((?:[RDI]|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|[A-Z][a-z]{1,4}\.)\)")
# A signed quotation: "“...” ― Pamela Padilla" (a name alone after a dash, to the block's end).
_DASH_NAME = re.compile(rf"^\s*[―—–-]+\s*(?P<name>{NAME_RUN})\s*(?:,[^“”\"]{{0,80}})?\.?\s*$")


def attribution_after(text: str) -> Attribution | None:
    """Attribution in the narration right after a quotation (", said X", ", X said")."""
    text = _PARTY_TAG.sub("", text)
    signed = _attrib(_DASH_NAME.match(text))
    if signed:
        return signed
    for pat in (_AFTER_VERB_FIRST, _AFTER_NAME_FIRST, _AFTER_VERB_NP_NAME, _AFTER_NP_FIRST,
                _AFTER_VERB_NP):
        m = pat.search(text)
        a = _attrib(m)
        if a and a.run and pat is _AFTER_VERB_FIRST:
            # "said Bob Jones’ lawyer, Ann Hart": the speaker is the lawyer, not Jones.
            owner = (_POSSESSOR.match(text, m.end("name"))
                     if re.search(r"[’']s?$", m.group("name")) else None)
            if owner:
                return (Attribution(run=owner.group("name")) if owner.group("name")
                        else Attribution(role=owner.group("role")))
        if a:
            return a
    return _attrib(re.match(rf"^[\s,;:\-–—]*(?:{_ACCORDING.pattern})", text))


def attribution_before(text: str) -> Attribution | None:
    """Attribution in the narration before a quotation, in the same sentence
    ("X said: “", "said X, “", "according to X, “", "X told ..., adding that “")."""
    text = _PARTY_TAG.sub("", text)
    m = _BEFORE_VERB_NAME.search(text)
    if m and re.match(r"(?:told|tells|tell|asked|asks|ask)\b", m.group(0)):
        m = None  # "Mook told CBS, “...”": after "told" comes the listener, not the speaker
    a = _attrib(m) or _attrib(_ACCORDING.search(text))
    if a:
        return a
    best = None
    for m in _BEFORE_NAME_VERB.finditer(text):
        best = _attrib(m) or best
    if best is None:
        # "The report said: “...”", "a spokeswoman told reporters “...”": a role, not a name.
        best = _attrib(_BEFORE_NP_VERB.search(text))
    return best


def speech_subject(sentence: str, registry: Registry) -> str | None:
    """The person a narrated sentence says is speaking ("Meissner said Mexico's ...")."""
    sentence = _PARTY_TAG.sub("", sentence)
    for m in re.finditer(
        rf"(?P<name>{NAME_RUN})(?P<appos>\s*,[^“”\"]{{0,120}}?,)?{_ADV}\s+{_VERB_RE}\b", sentence
    ):
        name = clean_name(m.group("name"))
        if name and is_person_like(name):
            return registry.speaker(m.group("name"))
    m = re.search(rf"\b([Hh]e|[Ss]he)\b{_ADV}\s+{_VERB_RE}\b", sentence)
    if m:
        return registry.last_person(m.group(1))
    return None
