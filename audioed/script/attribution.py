"""Who said it: speech verbs and the patterns around a quotation that name its speaker
(names and their cleaning are in names.py, the people met so far in registry.py).

Plain rules over the patterns news writing uses ("...,” X said", "said X, the ...",
"X told ...", "according to X", "X said: “...”", an appositive after the name).
No model: the rules must work on any article, so nothing here names a corpus file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audioed.script.names import (  # noqa: F401  (re-exported: quotes.py reads them here)
    NAME_RUN,
    NAME_RUN_RE,
    TITLE_WORDS,
    clean_name,
    is_outlet,
    is_person_like,
    strip_token,
)
from audioed.script.verbs import longest_first
from audioed.script.registry import Registry
from audioed.script.sentences import split_sentences
from audioed.script.verbs import SPEECH_VERBS, SUBJ_FINITE, SUBJ_VERB, VERB_RE

# --- Patterns around a quotation -------------------------------------------------------

_ADV = r"(?:\s+(?:[a-z]+ly|also|later|then|once|recently|simply|quietly|bluntly|flatly|added|further|has|had|have|would|will|was|is|later)){0,2}"
# An appositive opens with a noun phrase or a relative clause, never a conjunction: in "South
# Carolina, and charges that Rush Limbaugh, for one, called" the speaker is Limbaugh.
_APPOS = r"\s*,(?!\s*(?:and|but|or|nor|so|yet|then)\b)"
# Speaker after the quote, verb first: ", said Jennifer Allen, ..." (also "said. Capt. X").
# A role before a name, in lower case and possibly after an organisation: "coach Dan
# Hurley", "Border Patrol supervisor Juventino Pacheco", "state Sen. Ann Lee".
_FUNCTION = (r"(?:the|a|an|he|she|they|we|it|in|at|on|of|to|for|with|by|from|and|or|but|that|"
             r"this|these|those|his|her|their|its|our|my|who|which|was|were|is|are|has|had|have|"
             r"would|will|not|also|as|when|after|before|during|while|because|than|then|"
             r"about|into|upon|onto|over|under|against|toward|towards|through|without)\b")
# The role may alternate lower-case words and names: "former Vermont governor Howard Dean",
# "Clinton's top foreign policy aide Jake Sullivan", "Texas-based strategist Matt Mackowiak".
_ROLE_WORD = rf"(?:(?!{_FUNCTION}|{VERB_RE}\b)[a-z0-9][\w/\-’']*|[A-Z][\w’']*-[a-z][\w\-]*)"
_ROLE_PREFIX = rf"(?:(?:(?:{NAME_RUN}\s+)?(?:{_ROLE_WORD}\s+){{1,4}}){{1,3}})?"  # "9/11 widow"
# A finite speech verb: "adding X" or "according X" never name who spoke.
_FINITE_RE = r"(?:" + "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if not v.endswith("ing")),
                                      key=longest_first)) + r")"
# "X said that ...", "X insisted that Pyongyang ...": a new sentence reporting speech, not the
# tag of the quotation before it.
_NOT_CLAUSE = (rf"(?!\s+(?:that\b|(?:{NAME_RUN}|he|she|they|it|we|I)\s+"
               rf"(?:had|has|was|is|were|are|would|will|could|[a-z]+ed)\b))")
# "Huckabee called the H1-B program “...”": a verb with an object starts a new sentence; only
# "told"/"asked" take their listener in a tag ("..., Trump told the crowd.").
# ("the day after", "a week later" are adjuncts of time, not objects: "Lee tweeted the day after")
_NO_OBJECT = (r"(?:(?<=\btold)|(?<=\btells)|(?<=\basked)|(?<=\basks)"
              r"|(?!\s+(?:the|a|an|his|her|their|its)\b(?!\s+(?:day|night|morning|evening|afternoon|week|"
              r"weekend|month|year)\b)))")
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,;:\-–—]*{_FINITE_RE}[.,]?{_NOT_CLAUSE}\s+(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b|"
    rf"{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
)
# A tag's pronoun is in lower case ("“We will win,” he said."); "“...” He said ..." is a new
# sentence about whatever came before.
_TAG_PRONOUN = r"(?:he|she|they|I|we)"
# Speaker after the quote, name first: ", Cmdr. X, who leads ..., said Tuesday".
_AFTER_NAME_FIRST = re.compile(
    # ("“...,” his friend Ann Lee said": a possessive before the role)
    rf"^[\s,;:\-–—]*(?:(?P<pron>{_TAG_PRONOUN})\b|(?:(?:the|an?|his|her|their|its|our|my)\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
    # "Mr. Morgan of the Sierra Club said": the organisation is not the speaker's name.
    rf"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?{NAME_RUN})?"
    rf"(?P<appos>{_APPOS}[^“”\"]{{0,200}}?,)?{_ADV}\s+{SUBJ_VERB}\b{_NOT_CLAUSE}{_NO_OBJECT}"
)
# Any verb right after the quotation, when the clause ends there: "“...?” Beck questioned.",
# "“...,” remembered Roy Verley, HP's spokesman", "Blige sings to Clinton".
# Common irregular past tenses (regular ones end in -ed).
_IRREGULAR = (r"(?:went|took|made|gave|got|came|began|saw|knew|felt|kept|left|brought|sent|spent|stood|"
              r"put|set|let|hit|ran|sang|sought|fought|taught|held|led|met|paid|heard|found|swore|"
              r"threw|drew|broke|chose|won|lost|spoke|wrote|said|told|thought|became|shot|struck|"
              r"bit|shook|rose|fell|grew|hung|meant|stuck|swung|wept|woke)")
_CLAUSE_END = (r"(?=\s*[.,;!?(]|\s*$|\s+(?:on|in|at|to|with|from|during|after|before|last|this|as|when|and|but|"
               r"while|yesterday|today|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# ("need", "exceed" end in -ed and are no past tense: "“...” they need to win, X said";
# "agreed", "freed", "decreed" are)
_ANY_VERB = (r"(?:(?:(?!(?:need|exceed|proceed|succeed|heed|feed|speed|bleed|breed|indeed)\b)[a-z]+ed|"
             + _IRREGULAR + r"|(?!this\b|was\b|has\b|its\b|less\b|unless\b|across\b|"
             r"perhaps\b)[a-z]{3,}s)(?:\s+(?:back|out|up))?)")
_AFTER_NAME_ANY_VERB = re.compile(
    rf"^[\s,;:\-–—]*(?:(?P<pron>{_TAG_PRONOUN})\b|(?:an?\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
    rf"(?P<appos>{_APPOS}[^“”\"]{{0,200}}?,)?{_ADV}\s+{_ANY_VERB}\b{_CLAUSE_END}"
)
_AFTER_ANY_VERB_NAME = re.compile(
    rf"^[\s,;:\-–—]*[a-z]+ed\s+{_ROLE_PREFIX}(?P<name>{NAME_RUN})(?:\s+of\s+(?:the\s+)?{NAME_RUN})?(?=\s*[,.;(]|\s*$)")
# "Sanders’ comments": an owner is not the subject of the noun after it.
_NOT_OWNER = r"(?<![’'])(?<![’']s)"
# Speaker before the quote: "X said: “", "X, the mayor, said, “", "said X: “".
# A time between the subject and its verb: "Beck on Wednesday called", "Lee last week wrote".
_WHEN = r"(?:\s+(?:on|last|this|early|late|earlier|later)\s+[A-Z]?[a-z]+)"
_BEFORE_NAME_VERB = re.compile(
    rf"(?:(?P<pron>\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e))|(?P<name>{NAME_RUN}){_NOT_OWNER})(?P<appos>{_APPOS}[^“”\"]{{0,200}}?,)?"
    # ("Trump was prompted to say", "Lee wanted to tell": a verb and "to" before the speech verb)
    rf"{_WHEN}?{_ADV}(?:\s+(?:was|were|is|are))?(?:\s+[a-z]+ed\s+to(?=\s))?\s+{SUBJ_VERB}\b(?=[^“”\"]*$)"
)
# What may stand between a speech verb and the quotation it introduces: "wrote: “",
# "called him “", "said that “".
# ("said that the “stakes are too high”": the quotation may open after the clause's article)
_INTRODUCES = re.compile(r"(?:\s+[\w’'\-]+)?\s*[,:]?\s*"
                         r"(?:that\s*(?:(?:the|a|an|this|these|those|his|her|their|its|our)\s+)?)?$")
_SUBORDINATE = re.compile(
    r"^\s*(?:After|When|While|Although|Though|Because|Since|If|Before|Once|Until|Unlike|Like)\b[^,“”\"]*,")
# Labels of a page's parts, not speakers: a fact-check's "Claim: “...”" is not by "Claim".
_LABEL_WORDS = (r"(?:Claim|Claimant|Verdict|Rating|Ruling|Source|Sources|Update|Updated|Note|Editor|"
                r"Correction|Quote|Headline|Summary|Question|Answer|Q|A|Title|Subject|Topic|Caption|"
                r"Photo|Video|Watch|Listen|Read|Related|Example|Warning|Fact|Facts|Context|Statement)")
# A transcript's speaker label: "Bush: “...”", "Pollsters agree - Carl Bialik: “...”".
_BEFORE_LABEL = re.compile(
    rf"(?:^|[\-–—]\s)\s*(?!{_LABEL_WORDS}\b)(?P<name>{NAME_RUN})\s*:\s*$")
# A transcript quoted whole: the speaker's label opens the quotation ("“WALLACE: Let’s start ...”",
# "“Ann Lee: ...”"); a transcript writes it in capitals. Page labels ("UPDATE:", "VIDEO:") are none.
_INNER_LABEL = re.compile(
    r"\s*(?P<name>[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+){0,2}|[A-Z][a-z’'.\-]+(?:\s+[A-Z][a-z’'.\-]+){1,2})"
    r"\s*:\s+\S")
_NEWS_LABELS = re.compile(rf"(?:{_LABEL_WORDS}|Breaking|Exclusive|Live|Photos?|Videos?|Audio|Transcript|"
                          r"Interview|Analysis|Opinion|Poll|Data|Graphic|Map|Chart)$", re.IGNORECASE)


def transcript_label(quote: str) -> Attribution | None:
    """The speaker labelled at a quotation's start ("WALLACE: Let’s start ..." -> Wallace)."""
    m = _INNER_LABEL.match(quote)
    if not m or _NEWS_LABELS.match(m.group("name").split()[-1]):
        return None
    if not m.group("name").isupper() and not re.search(
            r"\b(?!(?:a|an|the|of|and|or|in|on|at|for|to|with|from|by)\b)[a-z]", quote[m.end() - 1:]):
        return None  # a title and its subtitle ("Lost Tycoon: The Many Lives of ...")
    name = " ".join(w.capitalize() if w.isupper() else w for w in m.group("name").split())
    cleaned = clean_name(name)
    if not cleaned or not is_person_like(cleaned) or is_outlet(cleaned):
        return None
    return Attribution(run=name)
# The subject of the sentence the quotation is in, whatever its verb: "During a speech,
# Trump attacked Clinton, saying “...”", "Gingrich cynically dismissed Estonia as “...”".
_FINITE = (r"(?:[a-z]+ed|[a-z]{2,}(?<!ers)(?<!ors)(?<!ists)(?<!ans)(?<!ents)(?<!ives)s|has|had|have|is|"
           rf"was|were|are|will|would|can|could|may|might|must|should|did|does|do|{_IRREGULAR}|"
           r"[a-z]+n[’']t)")
_SUBJECT = re.compile(
    rf"^\s*(?:[A-Z][^“”\"]{{0,200}}?(?:,|\s[-–—])\s+)?(?:[Tt]he\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN}){_NOT_OWNER}"
    rf"(?:\s*\([^)]{{0,40}}\))?(?:\s+of\s+(?:the\s+)?{NAME_RUN})?"
    rf"(?:\s+(?:on|last|this|early|late|earlier|later)\s+[A-Za-z]+)?"
    rf"(?P<appos>\s*,[^“”\",]{{0,150}},)?(?:\s+(?:[a-z]+ly|also|then|later|again))?\s+{_FINITE}\b"
    rf"(?!\s+{VERB_RE}\b)")
_BEFORE_VERB_NAME = re.compile(rf"\b{VERB_RE}\s+(?:[Tt]he\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN})\s*[:,]\s*$")
# A sentence opening with its verb may set off the speaker with an appositive: "Said Ann Lee,
# who grew up on the street, “..." (only there: mid-sentence "said X, who" may be an object).
# A tag set off inside the sentence: "The paradox, says Carl Anthony, a historian, is that she was “".
# ("The ferry, called Sea Lark, will carry “": naming, not speaking)
_INSET_VERB_NAME = re.compile(
    rf",\s*(?!(?:told|tells|telling|asked|asks|asking|call|calls|called|calling|named|dubbed|known)\b){VERB_RE}\s+(?:the\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN})\s*,(?=[^“”\"]*$)")
_FRONT_VERB_NAME = re.compile(
    rf"^\s*(?=[A-Z])(?i:{VERB_RE})\s+(?:[Tt]he\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN})\s*,[^“”\"]{{0,150}},\s*$")
# "As Ann Lee, a historian, put it: “", "as he wrote, “": an "as" clause of saying names the speaker.
_AS_PUT = re.compile(rf"\b[Aa]s\s+(?:(?P<pron>he|she|they)|(?:[Tt]he\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
                     rf"(?P<appos>{_APPOS}[^“”\"]{{0,150}}?,)?{_ADV}\s+(?:puts?\s+it|{_FINITE_RE})\b[^“”\"]*$")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?:(?P<pron>him|her|them)\b|(?P<name>{NAME_RUN}))")
_HAS_VERB = re.compile(rf"\b{VERB_RE}\b", re.IGNORECASE)


def has_speech_verb(text: str) -> bool:
    return bool(_HAS_VERB.search(text))


@dataclass(frozen=True)
class Attribution:
    """Who a pattern names: a name run as written, or a pronoun (resolved later)."""

    run: str | None = None
    pronoun: str | None = None
    role: str | None = None
    """A noun instead of a name ("the mayor said"): the person introduced with that role,
    else unknown (never the last person heard, who may be someone else). A news outlet
    ("the Times wrote") is such a role too: it published the words, nobody is voiced."""

    def resolve(self, registry: Registry) -> str | None:
        if self.pronoun:
            return registry.last_person(self.pronoun)
        if self.role and is_outlet(self.role):
            # "Guardian said", "Bloomberg told": an outlet's name that is the surname of someone
            # met before is that person ("Mayor Don Guardian"); otherwise nobody is voiced.
            known = any(p.split()[-1] == self.role for p in registry.people)
            return registry.speaker(self.role) if known else None
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
    appos = m.groupdict().get("appos")
    named = NAME_RUN_RE.match(appos.lstrip(" ,")) if appos else None
    if named and re.match(r"\s*,", appos.lstrip(" ,")[named.end():]):
        # "In Washington, Marc H. Morial, the chief executive, told": the name between the
        # commas is the subject, the place before it an introductory phrase.
        inner = clean_name(named.group(0))
        if inner and len(inner.split()) >= 2 and is_person_like(inner):
            run = named.group(0)
    # A name that is the object of a sentence's opening preposition is no subject ("At Boca
    # Lakes, where ..., Jay Dee, the club's manager, suggested"): a bare name between the commas is.
    # (a name run may hold the capitalised preposition: "At Boca Lakes")
    placed = run == m.group("name") and re.search(r"(?:^|[.!?]\s+)(?:At|In|From|On|Near|Outside|Inside|Across|Around)\s+"
                                                 r"(?:the\s+)?$", m.string[:m.start("name")] + (
                                                     run.split()[0] + " " if len(run.split()) > 1 else "")) is not None
    if appos and run == m.group("name") and (len(run.split()) == 1 or placed):
        # "Portsmouth, N.H., on Tuesday, Senator Ann Lee of Vermont endorsed him, saying": a
        # one-word place before the commas; the person opens the clause right before the verb.
        for part in reversed(appos.rstrip(" ,").split(",")):
            last = NAME_RUN_RE.match(part.strip())
            rest = last.string[last.end():] if last else ""
            owner = last and (re.match(r"[’']", rest) or re.search(r"[’']s?$", last.group(0)))
            inner = clean_name(last.group(0)) if last and not owner else None
            # (titled, or the subject of a verb: "Smith, Ann Arbor mayor, said" names no one else)
            finite = re.match(rf"(?:\s+of\s+{NAME_RUN})?\s+{_FINITE}\b", rest)
            subject = inner and (any(strip_token(t).lower() in TITLE_WORDS for t in last.group(0).split()[:-1])
                                 or finite or placed and not rest.strip())
            # (one word will do as the subject of its own verb: "Here in Columbia, Lee stepped up
            # her attacks, saying")
            if subject and (len(inner.split()) >= 2 or finite and m.re is _BEFORE_NAME_VERB) and is_person_like(inner):
                run = last.group(0)
                break
    name = clean_name(run) if run else None
    if name and is_outlet(name):
        # "the Herald said" is the paper; "Herald said" may be a person of that name (resolve).
        the = run == m.group("name") and re.search(r"\b[Tt]he\s+(?:[\w’'\-]+\s+){0,3}$", m.string[:m.start("name")])
        return Attribution(role=f"the {name}" if the else name)
    return Attribution(run=run) if name else None


# A noun phrase as the speaker: "the mayor said", "said a spokeswoman for the agency",
# "officials said". Its head noun is the role.
_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)"
_NP = rf"{_DET}\s+(?:[\w’'\-]+\s+){{0,3}}?(?P<role>(?!{_FUNCTION}|upon\b|about\b|into\b)[a-z][\w\-]+)"
# After a quotation the tag is in lower case: "“...,” the mayor said", never "The mayor said".
_TAG_NP = _NP.replace(_DET, _DET.replace("[Tt]", "t").replace("[Aa]", "a").replace("[Oo]", "o")
                      .replace("[Hh]", "h").replace("[Ii]", "i"))
_PLURAL = r"(?P<role2>officials|police|authorities|experts|analysts|witnesses|residents|prosecutors|investigators|critics|officers|agents|lawyers|doctors|scientists|researchers)"
_AFTER_NP_FIRST = re.compile(rf"^[\s,;:\-–—]*(?:{_TAG_NP}(?:\s*,[^“”\"]{{0,120}}?,)?{_ADV}\s+{SUBJ_FINITE}|"
                             rf"{_PLURAL}(?:\s*,[^“”\"]{{0,120}}?,)?{_ADV}\s+{VERB_RE})\b")
_AFTER_VERB_NP = re.compile(rf"^[\s,;:\-–—]*{_FINITE_RE}{_NOT_CLAUSE}\s+(?:{_NP}|{_PLURAL})\b")
# "said the mayor, Ruth Banks" / "said the 45-year-old Smith": the name after the noun.
_AFTER_VERB_NP_NAME = re.compile(
    rf"^[\s,;:\-–—]*{_FINITE_RE}{_NOT_CLAUSE}\s+{_DET}\s+"
    rf"(?:(?!(?:to|of|for|with|at|from|by|in|on|about|close|near|who|that)\b)[\w’'\-]+\s*){{0,4}}?,?\s*"
    rf"(?P<name>{NAME_RUN})")


_BEFORE_NP_VERB = re.compile(rf"\b(?:{_NP}{_ADV}\s+{SUBJ_FINITE}|{_PLURAL}{_ADV}\s+{VERB_RE})\b[^“”\"]*$")
_POSSESSOR = re.compile(rf"\s+(?P<role>[a-z][\w\-]+)(?:\s*,\s*(?P<name>{NAME_RUN}))?")


# A party and state tag after a politician's name: "Rep. Jim Jordan (R-Ohio)", "Sen. Sanders (Vt.)".
_PARTY_TAG = re.compile(r"\s*\((?:[RDI]|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|[A-Z][a-z]{1,4}\.)\)")
# A signed quotation: "“...” ― Pamela Padilla" (a name alone after a dash, to the block's end).
_DASH_NAME = re.compile(rf"^\s*[―—–-]+\s*(?P<name>{NAME_RUN})\s*(?:,[^“”\"]{{0,80}})?\.?\s*$")


def signature(text: str) -> Attribution | None:
    """A paragraph that is only a signature ("- Ann Lee.", "— Sen. Tom Hart (D-Ohio)"): the name."""
    return _attrib(_DASH_NAME.match(_PARTY_TAG.sub("", text)))


_JOINED_ROLES_NAME = re.compile(rf"\.?\s+and\s+(?:[\w’'\-]+\s+){{0,5}}?(?P<name>{NAME_RUN})(?=\s*[,.;]|\s*$)")


def _ends_in_title(run: str) -> bool:
    return strip_token(run.split()[-1]).lower() in TITLE_WORDS


def attribution_after(text: str, ended: bool = False, quote_follows: bool = False) -> Attribution | None:
    """Attribution in the narration right after a quotation (", said X", ", X said").

    `ended`: the quotation closed with a full stop, so a capitalised word after it starts a
    new sentence ("“...escapades.” Work starts in May.") and is no tag; a tag goes on in
    lower case ("“...” said X", "“...” he said") or is a whole sentence ("“...” Trump said.").
    `quote_follows`: `text` stops at the next quotation, so its end closes no clause."""
    if quote_follows and re.fullmatch(r"[^.!?:“”\"]*:\s*", text) and len(text.split()) <= 6:
        # "After Lee said that ... “a quoted phrase,” Hart said: “...”": a verb and a colon
        # introduce the next quotation; the one before belongs to its own sentence. (A longer
        # run is a tag that goes on: "“...,” said Lee, explaining that ... file: “...”".)
        return None
    text = _PARTY_TAG.sub("", text)
    signed = _attrib(_DASH_NAME.match(text))
    if signed:
        return signed
    if ended and not re.match(r"[\s,;:\-–—]*[a-z]", text):
        m = _AFTER_NAME_FIRST.match(text)
        whole = m and re.match(r"(?:\s+[\w’']+){0,2}?\s*[.!]", text[m.end():])
        return _attrib(m) if whole else None
    for pat in (_AFTER_VERB_FIRST, _AFTER_NAME_FIRST, _AFTER_VERB_NP_NAME, _AFTER_NP_FIRST,
                _AFTER_VERB_NP):
        m = pat.search(text)
        a = _attrib(m)
        if a and a.run and pat is _AFTER_VERB_FIRST and _ends_in_title(a.run):
            # "said former Ohio Gov. and party Chairman Ann Lee": a title ends no name; the
            # name comes after the roles joined to it.
            later = _JOINED_ROLES_NAME.match(text, m.end("name"))
            if later:
                return _attrib(later)
        if a and a.run and pat is _AFTER_VERB_FIRST:
            # "said Bob Jones’ lawyer, Ann Hart": the speaker is the lawyer, not Jones.
            owner = (_POSSESSOR.match(text, m.end("name"))
                     if re.search(r"[’']s?$", m.group("name")) else None)
            if owner:
                return (Attribution(run=owner.group("name")) if owner.group("name")
                        else Attribution(role=owner.group("role")))
        if a:
            return a
    # "Tom Hart ran “...”": the next quotation's mark is no clause end.
    open_end = text + "“" if quote_follows else text
    a = (_attrib(_AFTER_NAME_ANY_VERB.match(open_end)) or _attrib(_AFTER_ANY_VERB_NAME.match(open_end))
         or _attrib(re.match(rf"^[\s,;:\-–—]*(?:{_ACCORDING.pattern})", text)))
    if a or "," not in text:
        return a
    # The tag after a clause that goes on from the quotation: "A cashier who “steals” is
    # held accountable, Warren said.", "“We’re happy” about it, said RoseAnn DeMoro, ...".
    if not re.match(r"\s*[a-z]", text):
        return None  # "...” On the trail, Cruz spoke.": a new sentence
    sentence = split_sentences(text[:250])[0]  # a tag is near
    for comma in re.finditer(r",", sentence):
        rest = sentence[comma.start():]
        m = _AFTER_VERB_FIRST.match(rest) or _AFTER_NAME_FIRST.match(rest)
        if m and (m.re is _AFTER_VERB_FIRST or re.fullmatch(r"[^,;:“”\"]*", rest[m.end():])):
            return _attrib(m)
    return None


# (", State" after a town: "Ann Lee of Columbia, South Carolina says")
# (or "of" again: "Archbishop Ann Lee of the Armenian Patriarchate of Jerusalem told")
_OF_ORG = re.compile(rf"(?P<name>{NAME_RUN})\s+of\s+(?:the\s+)?(?:{NAME_RUN}(?:,|\s+of(?:\s+the)?)\s+)?$")


# An appositive whose closing comma was lost, before an organisation that seems to speak:
# "Ann Lee, president and CEO of Lakeside Bank stated", "Ann Lee, who is chair of the Fund said".
_UNCLOSED_OF = re.compile(rf"(?P<name>{NAME_RUN})\s*,\s+(?:who\s+(?:is|was)\s+)?(?:(?:the|a|an)\s+)?"
                          rf"(?:[a-z][\w\-]*\s+|[A-Z]{{2,}}\s+){{1,5}}(?:of|at|for)\s+(?:the\s+)?$")


def _of_person(text: str, start: int | None) -> Attribution | None:
    """"Hana Berg of Lakeside Bank, its economist, said": the person before "of", not the
    organisation after it (unless that is a title: "Governor of Ohio Ann Lee")."""
    unclosed = _UNCLOSED_OF.search(text, 0, start) if start else None
    if unclosed and is_person_like(clean_name(unclosed.group("name")) or ""):
        return _attrib(unclosed)
    m = _OF_ORG.search(text, 0, start) if start is not None and start >= 0 else None
    if not m or m.group("name").split()[-1].strip(".").lower() in TITLE_WORDS \
            or re.fullmatch(_PLURAL, m.group("name").lower()):  # "Officials of the Board"
        return None
    return _attrib(m)


def attribution_before(text: str, starts_sentence: bool = True) -> Attribution | None:
    """Attribution in the narration before a quotation, in the same sentence
    ("X said: “", "said X, “", "according to X, “", "X told ..., adding that “", "Bush: “",
    and the sentence's subject: "Trump attacked Clinton, saying “").

    `starts_sentence`: `text` is a sentence's start. Text after an earlier quotation in the
    same sentence has no subject of its own ("X says his “old friend” Y ran “...”": Y is
    the object's name, not the speaker)."""
    text = _PARTY_TAG.sub("", text)
    m = _BEFORE_VERB_NAME.search(text)
    if m and re.match(r"(?:told|tells|tell|telling|asked|asks|ask|asking)\b", m.group(0)):
        m = None  # "Mook told CBS, “...”": after "told" comes the listener, not the speaker
    a = (_attrib(m) or _attrib(_FRONT_VERB_NAME.match(text)) or _attrib(_INSET_VERB_NAME.search(text))
         or _attrib(_ACCORDING.search(text)) or _attrib(_AS_PUT.search(text))
         or _attrib(_BEFORE_LABEL.search(text)))
    if a:
        return a
    # The main clause's speaker ("Cruz said Rubio will continue to be “...”"), unless a later
    # speech verb introduces the quotation itself ("Asked if he thought so, Devine responded: “").
    # "After Jerry Brown criticized him, Hillary shot back, “": not the subordinate clause's.
    main = _SUBORDINATE.sub("", text, count=1)
    text = main if main.strip() else text
    matches = [(m, _of_person(text, m.start("name")) or a)
               for m in _BEFORE_NAME_VERB.finditer(text) if (a := _attrib(m))]
    if matches:
        m, a = matches[-1]
        if len(matches) > 1 and not _INTRODUCES.match(text, m.end()):
            m, a = matches[0]
        if a.pronoun and matches[0][1].run:
            # "Clinton said that she called it “...”": the pronoun is the clause's subject.
            return matches[0][1]
        return a
    # "The report said: “...”", "a spokeswoman told reporters “...”": a role, not a name,
    # unless a named subject comes first ("Sanders visited NBC to discuss his recent remarks").
    np, subject = _BEFORE_NP_VERB.search(text), _SUBJECT.match(text) if starts_sentence else None
    if subject and (np is None or subject.start("name") <= np.start()):
        return _attrib(subject) or _attrib(np)
    return _attrib(np) or _attrib(subject)


# A sentence opening with a participle ("Citing ...", "In explaining why ...", "After hearing ..."),
# still inside it (no comma yet), and the main clause after the phrase's comma: "..., Will urged".
_PARTICIPLE_OPENER = re.compile(r"^\s*(?:(?:And|But|So|Yet)\s+)?(?:(?:[Ii]n|[Bb]y|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|"
                                r"[Uu]pon|[Ss]ince)\s+)?[A-Z]?[a-z]{2,}ing\b[^,;:“”\"]*$")
_MAIN_CLAUSE = re.compile(rf"^[^.!?;:“”\"]*?,\s+(?:(?P<pron>he|she|they|I|we)\b|(?:the\s+)?{_ROLE_PREFIX}(?P<name>{NAME_RUN}))"
                          rf"{_NOT_OWNER}(?P<appos>\s*,[^“”\",]{{0,150}},)?{_ADV}\s+{_FINITE}\b")


def opener_subject(head: str, after: str) -> Attribution | None:
    """The speaker of a quotation inside a sentence's opening participial phrase: the main
    clause's subject ("Citing their “reveries ...,” Will urged voters" -> Will)."""
    if not _PARTICIPLE_OPENER.match(head) or head.lstrip()[:1].islower():
        return None
    return _attrib(_MAIN_CLAUSE.match(after))


def speech_subject(sentence: str, registry: Registry) -> str | None:
    """The person a narrated sentence says is speaking ("Meissner said Mexico's ...")."""
    sentence = _PARTY_TAG.sub("", sentence)
    for m in re.finditer(
        rf"(?P<name>{NAME_RUN})(?P<appos>{_APPOS}[^“”\"]{{0,120}}?,)?{_ADV}\s+{SUBJ_VERB}\b", sentence
    ):
        name = clean_name(m.group("name"))
        if name and is_person_like(name):
            return registry.speaker(m.group("name"))
    m = re.search(rf"\b([Hh]e|[Ss]he)\b{_ADV}\s+{VERB_RE}\b", sentence)
    if m:
        return registry.last_person(m.group(1))
    return None
