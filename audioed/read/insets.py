"""Furniture set between a flattened story's paragraphs that recurs in one shape: a pointer to
another page under each section ("Main article: Climate of X"), a credit closing each picture's
caption ("Dig a hole. (Jane Doe)"), a credit line in the page's own words under each picture
("personal archive of X", in any language); another story's card (a title, its blurb, "Read
now"); a photo credit glued to the end of its caption ("... in 1978.CreditJane Doe/The Times"); a
page's buttons in other languages ("Jetzt teilen", "Rezept drucken"); a caption closed by "© NAME" or
by a name glued to its last word, or opened by an enlarge button ("Vergrößern ...").

Structural rules, flattened text only (a page's markup says where its pictures are), run after
`lede` and `furniture`; each marks body blocks "chrome" or "caption" in the kinds `build`
assigns. Figures: docs/reading.md, "Flattened-text outside words before and inside the story,
session 11".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read.cleanup import is_sentence, words
from audioed.read.furniture import CAPTION_WORDS as CAPTION_LONGEST
from audioed.read.furniture import link_shaped
from audioed.read.headers import (BUTTON, CALL_WORLD, CALL_WORLD_END, DATE_LABEL, IN_TEXT_POINTER, PICTURE_LABEL,
                                  POINTER_LABEL, POST_LABEL, POST_NOTE)
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# A shape recurs on this many blocks at least, none straight after another (a list's items are
# adjacent; a picture's credit or a section's pointer comes back between paragraphs).
RECUR = 3
# A recurring line's length at most: a label and a title, a short caption and its credit.
LINE_WORDS = 12
CAPTION_WORDS = 20
# A caption closing on its credit in brackets: "Dig a hole in the oasis. (Jane Doe)", a name of two
# to four capitalised words, maybe with its agency; not a transcript's "(Laughter)", "(Applause)".
_BRACKETED = re.compile(r"\s\(([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:/[^()]+)?)\)$")


def _key(t: str) -> tuple[str, str] | None:
    """The shape a block shares with its page's other furniture, or None: its bracketed credit,
    or, for a line opening in lower case (no paragraph of the story does) and closing on a name,
    its first two words ("personal archive of Jane Doe")."""
    m = _BRACKETED.search(t)
    if m and len(words(t)) <= CAPTION_WORDS:
        return "credit", m.group(1).lower()
    ws = t.split()
    if t[:1].islower() and 3 <= len(ws) <= 6 and all(w.isalpha() for w in ws[2:]) and ws[-1][:1].isupper() \
            and not is_sentence(t):
        return "lead", " ".join(ws[:2]).lower()
    return None


def mark_recurring(raw: list[RawBlock], kinds: list[str]) -> None:
    """Blocks sharing one furniture shape (`_key`) RECUR times or more, none next to another body
    block of the same shape: each a picture's credit, not the story's."""
    # (one of them may be marked already: a credit rule's, a heading's)
    body = [i for i, k in enumerate(kinds) if k in BODY + ("caption", "chrome")]
    keys = {i: _key(" ".join(raw[i].text.split())) for i in body}
    groups: dict[tuple[str, str], list[int]] = {}
    for i in body:
        if keys[i]:
            groups.setdefault(keys[i], []).append(i)
    nxt = dict(zip(body, body[1:]))
    for key, found in groups.items():
        if len(found) >= RECUR and not any(keys.get(nxt.get(i)) == key for i in found):
            for i in found:
                kinds[i] = "caption" if kinds[i] in BODY else kinds[i]


def mark_pointers(raw: list[RawBlock], kinds: list[str]) -> None:
    """A line pointing to another page ("Main article: ...", "See also: ...", "Related: ..."): a
    label (`headers.POINTER_LABEL`, not one a story reads in its text), then a capitalised title,
    LINE_WORDS + 3 words in all at most, with no sentence in it."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split()).strip("[]")
        m = POINTER_LABEL.match(t)
        if kinds[i] in BODY and m and not IN_TEXT_POINTER.match(m.group("label")) \
                and re.match(r"\s+[A-Za-z]", t[m.end():]) and len(words(t)) <= LINE_WORDS + 3 and not is_sentence(t):
            kinds[i] = "chrome"


# A credit glued to the end of its caption, with its label: "... weather.CreditJane Doe/The Times",
# "... the harbour CreditJane Doe", "... the harbourCreditJane Doe": the name touches "Credit", and
# "Credit" ends no capitalised word (a company: "UniCredit Bank").
_GLUED_CREDIT = re.compile(r"(?:[\s\d.!?”\"’)]|\b[a-z]+)(?P<label>Credit)(?=[A-Z])([^.!?]*)$")
CREDIT_WORDS = 8


def strip_glued_credits(raw: list[RawBlock], kinds: list[str]) -> None:
    """A caption's credit glued to it ("...CreditJane Doe/The Times") is cut off: the caption is
    still read, the photographer's name is not."""
    for i, rb in enumerate(raw):
        if kinds[i] not in BODY:
            continue
        m = _GLUED_CREDIT.search(" ".join(rb.text.split()))
        if m and 1 <= len(words(m.group(2))) <= CREDIT_WORDS and m.start("label") > 0:
            rb.text = " ".join(rb.text.split())[:m.start("label")].rstrip()


# A card's button: "Read now", "Read more", "See more".
BLURB_WORDS = 30


def mark_cards(raw: list[RawBlock], kinds: list[str]) -> None:
    """Another story's card set inside this one: a title, its blurb (BLURB_WORDS at most) and its
    button ("Read now"), with the story's prose going on under it."""
    body = [i for i, k in enumerate(kinds) if k in BODY + ("chrome", "heading")]
    for n, i in enumerate(body[2:-1], start=2):
        title, blurb, after = body[n - 2], body[n - 1], body[n + 1]
        if BUTTON.match(raw[i].text.strip()) and len(words(raw[blurb].text)) <= BLURB_WORDS \
                and link_shaped(raw[title].text) and is_sentence(raw[after].text) \
                and len(words(raw[after].text)) >= LINE_WORDS:
            for j in (title, blurb, i):
                kinds[j] = "chrome"


# A call closing a line after its question or slogan, this many words in all at most.
CALL_WORDS = 10
# A blog engine's note about the post or its comment form, this many words at most.
NOTE_WORDS = 60
# A post's label with its values ("Kategorie: Blog, Reisen", "Aktualisiert am 17.01.2021"), at most.
LABEL_WORDS = 20
DATE_WORDS = 8


def mark_calls(raw: list[RawBlock], kinds: list[str]) -> None:
    """A page's buttons and labels in other languages (`headers.CALL_WORLD`: "Jetzt teilen", "Rezept
    drucken", "Hinterlasse eine Antwort", "Anzeige"), alone on a line or closing a short one ("Dir hat
    der Artikel gefallen? Jetzt teilen..."); a blog engine's note on the post or its comment form
    (`headers.POST_NOTE`: "Dieser Eintrag wurde veröffentlicht in ..."); a post's labels ("Kategorie:
    ...", "Aktualisiert am ..."), a picture's label with its caption ("Beitragsbild: ..."). Marked once
    the story's run is found: as body lines they are gaps that keep the run from crossing a page's boxes."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] not in BODY:
            continue
        n, quoted = len(words(t)), bool(re.search(r"[\"“”„]", t))
        if CALL_WORLD.match(t) or CALL_WORLD_END.search(t) and n <= CALL_WORDS and not quoted \
                or POST_NOTE.search(t) and n <= NOTE_WORDS or POST_LABEL.match(t) and n <= LABEL_WORDS \
                or DATE_LABEL.match(t) and n <= DATE_WORDS:
            kinds[i] = "chrome"
        elif PICTURE_LABEL.match(t) and n <= CAPTION_WORDS and not quoted:
            kinds[i] = "caption"


# A caption's credit in shapes `cleanup` does not know: a copyright sign and a name closing it ("... aus der
# Schweiz. © AFP / Jane Doe", "Foto © Jane Doe"), or the credit glued to its last word, innerText joining
# a caption's spans with no space ("... Düngung verbotenJane Doe", "... Mitzscherlich.DCV / Oppitz"; five
# lower-case letters before the capital, not a brand's "WordPress", "JavaScript", "PowerPoint"; a capitalised
# word before the capital as long as a noun's, not a brand's half: "LinkedIn Learning", "MasterChef Australia").
_COPYRIGHT_CREDIT = re.compile(r"©\s*(?P<name>[^©\d.!?]{2,80})$")
_GLUED_NAME = re.compile(r"(?:[^\W\d_A-ZÀ-Þ]{5}|[^\W\d_A-ZÀ-Þ]{2}\.)(?=[A-ZÀ-Þ])(?P<name>(?:[A-ZÀ-Þ][^\W\d_A-Z]+|[A-ZÀ-Þ]{2,})"
                         r"(?:\s*/\s*[A-ZÀ-Þ][\w’'-]+|\s+[A-ZÀ-Þ][\w’'-]+)+)$")
# A picture's button glued before its caption ("Vergrößern Eine kleine runde Aussparung ...").
_ENLARGE = re.compile(r"^(?:vergr[öo](?:ß|ss)ern|enlarge|agrandir|ampliar|ingrandisci|powi[ęe]ksz)\s+(?=[A-ZÀ-Þ])",
                      re.IGNORECASE)
# Words of the caption before a glued credit, at least (a two-word line "CherryMedia CCTV" is a name).
GLUED_BEFORE = 4
# Letters of a capitalised word a credit is glued to, at least ("MarktplatzJane Doe"; "LinkedIn" is a brand).
GLUED_NOUN = 8


def _credited(t: str) -> bool:
    m = _COPYRIGHT_CREDIT.search(t)
    if m and len(words(m.group("name"))) <= CREDIT_WORDS:
        return True
    m = _GLUED_NAME.search(t)
    if not m or len(words(m.group("name"))) > CREDIT_WORDS or len(words(t[:m.start("name")])) < GLUED_BEFORE:
        return False
    glued = t[:m.start("name")].split()[-1]
    return glued[:1].islower() or glued.endswith(".") or len(glued) >= GLUED_NOUN


def mark_credit_shapes(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (`furniture.CAPTION_WORDS`) quoting nobody that closes on a credit `cleanup` does not
    know (a copyright sign and a name, a name glued to its last word) or opens on a picture's enlarge
    button: a picture's caption, not the story's."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= CAPTION_LONGEST and not re.search(r"[\"“”„]", t) \
                and (_credited(t) or _ENLARGE.match(t)):
            kinds[i] = "caption"


def mark_insets(raw: list[RawBlock], kinds: list[str]) -> None:
    """Every rule of this module, once the opening's and the story's end rules have run."""
    mark_calls(raw, kinds)
    mark_recurring(raw, kinds)
    mark_pointers(raw, kinds)
    mark_cards(raw, kinds)
    strip_glued_credits(raw, kinds)  # (a credit labelled "Credit" is cut off and its caption read, as before)
    mark_credit_shapes(raw, kinds)
