"""People met so far in an article, so that "Peña", "he" and "the mayor" find "Eduardo Peña"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audioed.script.names import (
    NAME_RUN_RE,
    STOP_WORDS,
    TITLE_WORDS,
    strip_token,
    clean_name,
    is_person_like,
)
from audioed.script.verbs import SUBJ_VERB

PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "1", "we": "1p", "him": "m", "her": "f"}


@dataclass
class Registry:
    """People met so far, in order, so that "Peña" and "he" find "Eduardo Peña"."""

    people: list[str] = field(default_factory=list)
    mentions: list[tuple[str, bool]] = field(default_factory=list)
    """(full name, salient) in the order mentioned. Salient mentions introduce someone
    (first mention, a title, an appositive) or name a speaker; "he said" prefers them."""

    genders: dict[str, str] = field(default_factory=dict)
    """Person -> "m" | "f", from honorifics and the pronouns that follow their mention."""
    speaking: str | None = None
    """The subject of the last speech verb in the narration just added ("Fallon fired back")."""
    roles: dict[str, str] = field(default_factory=dict)
    """Role word -> person ("mayor" -> "Ruth Banks"), from titles and appositives, so that
    "the mayor said" finds the mayor named earlier."""

    def add_text(self, text: str) -> None:
        """Record every person named in `text`, in order."""
        if text.strip():
            self.speaking = None
        for m in NAME_RUN_RE.finditer(text):
            if m.start() and text[m.start() - 1] in "“\"‘'":
                continue  # a title in quotes ("Operation Safe Streets"), not a person
            appositive = _APPOSITIVE.match(text, m.end())
            full = self.mention(m.group(0), introduce=True, salient=appositive is not None)
            speaks = _SPEAKS.match(text, m.end())
            if full is None and speaks:
                # A surname alone that speaks ("Feinstein said") is a person all the same.
                full = self.speaker(m.group(0))
                full = full if full and is_person_like(full) else None
            if speaks:
                self.speaking = full
            if full and full not in self.genders:
                # The first he/she after a name, before the next name, tells its gender.
                nxt = next((n.start() for n in NAME_RUN_RE.finditer(text, m.end())
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
            strip_token(t).lower() in TITLE_WORDS for t in run.split())
        full = self.resolve(name)
        if full is None and introduce and len(name.split()) >= 2 and is_person_like(name):
            self.people.append(name)
            full, salient = name, True
        if full:
            first = strip_token(run.split()[0]).lower()
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
        if self.speaking and want in ("m", "f") and self.genders.get(self.speaking, want) == want:
            return self.speaking  # "Fallon fired back: “...,” he wrote": the one just speaking
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


_SPEAKS = re.compile(rf"(?:\s+[a-z]+ly)?\s+(?:{SUBJ_VERB}|[a-z]+ed\s+back)\b")
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
