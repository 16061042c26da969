"""Notices a page sets inside or under a flattened story's run, in any language: a disclosure of its
affiliate links or advertisers, the comment form's notes, a bio under an "About NAME" label, a
caption's position words ("(l.)", "(à gauche)"), a line of tags after "Filed under".

Structural and lexical rules on body blocks, flattened text only, run after `furniture` and `tail`;
each marks blocks "chrome" or "caption" in the kinds `build` assigns. Figures: docs/reading.md,
"Notices inside and under the story, session 15".
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from audioed.read.cleanup import is_sentence, words
from audioed.read.furniture import BOX_AFTER, BOX_TAIL, CAPTION_WORDS, _prose
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

_ON = set((os.environ.get("AUDIOED_NOTICES") or "N1,N2,N3,N4,N5,N6,N7,N8").split(","))

# A page's disclosure of its links' and advertisers' pay, in the languages pages are most often in:
# "This post contains affiliate links", "We may receive compensation when you click ...", "Dieser
# Beitrag enthält Werbung / Affiliate-Links", "erhalten wir eine kleine Provision", "enlaces de afiliado".
_DISCLOSURE = re.compile(
    r"\b(?:affiliate[- ]?links?|(?:contains?|includes?) (?:sponsored|paid|affiliate) (?:links?|content)|"
    r"(?:we|i) (?:may |might |will |could )?(?:earn|receive|get|make|be paid) (?:a |an )?(?:small |tiny )?"
    r"(?:commission|compensation|affiliate (?:fee|commission))|at no (?:extra|additional) cost to you|"
    r"products? from (?:one or more of )?our advertisers|"
    r"werbelinks?|provisions?links?|partnerlinks?|(?:erhalten|bekommen|verdienen) wir\b.{0,40}\bprovision|"
    r"(?:enth[äa]lt|beinhaltet) (?:unbezahlte |bezahlte )?(?:werbung|affiliate|produktplatzierung)|"
    r"(?:unbezahlte|bezahlte) werbung|"
    r"enlaces? (?:de afiliad[oa]s?|afiliados)|recibimos una comisi[óo]n|liens? (?:d['’]affiliation|affili[ée]s?)|"
    r"(?:nous )?(?:percevons|touchons) une commission|link (?:di )?affiliazione|linki? afiliacyjn\w*)",
    re.IGNORECASE)
# A disclosure's length at most.
DISCLOSURE_WORDS = 70

# The comment form's notes under a post, in the languages blog themes are translated into: a captcha
# plugin's, "Notify me of follow-up comments", "Save my name, email ...", "Required fields are marked",
# a thread's rules ("Bitte halten Sie sich an unsere Netiquette").
_FORM_NOTE = re.compile(
    r"\b(?:please reload captcha|time limit is exhausted|notify me of (?:follow-up|new) (?:comments|posts)|"
    r"save my name,? e-?mail|required fields are marked|your comment is awaiting moderation|"
    r"benachrichtige mich [üu]ber|meinen namen,? (?:meine )?e-?mail|erforderliche felder sind|"
    r"dein kommentar (?:wartet|muss)|netiquette|kommentare werden (?:vor (?:der|ihrer) ver[öo]ffentlichung )?"
    r"(?:moderiert|gepr[üu]ft|freigeschaltet)|comments are moderated|"
    r"avisarme por correo|guarda mi nombre|los campos obligatorios|pr[ée]venez-moi de tous|"
    r"enregistrer mon nom|les champs obligatoires|notificami|salva il mio nome|i campi obbligatori)\b",
    re.IGNORECASE)
NOTE_WORDS = 60

# A bio's label: "About Jane Doe", "Über Jane Doe 257 Artikel", "Sobre Jane Doe" (a count of the writer's posts after it).
_ABOUT_LABEL = re.compile(r"^(?i:about|[üu]ber|sobre|[àa] propos de|acerca de|informazioni su)\s+"
                          r"(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){1,3})"
                          r"(?:\s+\d+\s+(?i:artikel|beitr[äa]ge|posts?|articles?|art[ií]culos|entradas|eintr[äa]ge))?\W*$")
BIO_WORDS = 90

# A caption's position words in other languages: "Jane Doe (l.) und John Doe", "v.l.n.r.", "(à gauche)".
_POSITION = re.compile(
    r"\((?:l|r|m|li|re|v\.\s?l|v\.\s?r|links|rechts|mitte|izq|der|izquierda|derecha|centro|[àa] gauche|[àa] droite|"
    r"au centre|g|d|a sinistra|a destra|al centro|od lewej|z lewej|z prawej)\.?\)|"
    r"\bv\.\s?l\.\s?n\.\s?r\.|\bvon links(?: nach rechts)?:|\bde (?:izquierda a derecha|gauche [àa] droite)\b|"
    r"\bda sinistra\b|\bod lewej\b",
    re.IGNORECASE)
_QUOTING = re.compile(r"[\"“”„«»]|\b(?:said|says|told|sagte|sagt|dijo|a déclaré)\b")

# "Filed under X, Y" under a post, without the colon `cleanup.page_meta` knows.
_FILED = re.compile(r"^(?:filed under|posted in|abgelegt (?:unter|in)|ver[öo]ffentlicht in|archiviert unter)\s+\S",
                    re.IGNORECASE)
LABEL_WORDS = 12

# A page asking the reader whether the article pleased and to support it ("Hat Ihnen dieser Artikel
# gefallen?", "If you enjoyed reading this post", "Gefällt dir unser Magazin?", "support our work").
_APPEAL = re.compile(
    r"\b(?:(?:if )?you (?:enjoyed|liked|like|enjoy) (?:reading )?(?:this|the|our) (?:post|article|story|blog|magazine)|"
    r"would you consider supporting|support (?:our|independent) (?:work|journalism|reporting)|"
    r"(?:hat|haben) (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag|text)\b.{0,10}gefallen|"
    r"gef[äa]llt (?:ihnen|dir|euch) (?:dieser|der|unser\w*) \w+\?|unterst[üu]tz(?:e|en sie|t) (?:uns\b|unser(?:e|en)? (?:magazin|arbeit|journalismus|blog|redaktion|projekt))|"
    r"te ha gustado (?:este|el) art[ií]culo|vous avez aim[ée] (?:cet|l['’])article|ti [èe] piaciuto (?:questo|l['’])articolo)",
    re.IGNORECASE)
APPEAL_WORDS = 60

# A page's share, print and recommend calls written as a phrase, in any of the common languages: "Empfiehl
# dies deinen Freunden.", "Den Artikel mit anderen teilen:", "Diese Seite drucken", "Be sociable, share!",
# "Share this article with a friend", "Partagez cet article" (single buttons are `headers.CALL_WORLD`'s).
_PAGE = (r"(?:(?:diese[nsr]?|den|dies|this|the|cet(?:te)?|este|esta|questo|questa|deze|dit)\s+)?"
         r"(?:artikel|beitrag|seite|post|article|story|page|noticia|art[ií]culo|articolo|pagina|bericht)")
_SHARE_CALL = re.compile(
    rf"\b(?:teilen|teile|share|partagez|partager|comparte|compartir|condividi|deel|drucken|print|imprimer|imprimir|"
    rf"stampa|versenden|verschicken|senden|e-?mail|recommend|empfiehl|empfehlen|weiterempfehlen)\b.{{0,25}}\b{_PAGE}\b|"
    rf"\b{_PAGE}\b.{{0,25}}\b(?:teilen|drucken|versenden|verschicken|weiterempfehlen|empfehlen|share|print|email|"
    rf"e-mail|partager|imprimer|compartir|imprimir|condividi|stampa)\b|"
    r"\b(?:empfiehl|empfehlen sie|recommend)\b.{0,20}\b(?:freunden|friends?|amis|amigos)\b|"
    r"\bmit (?:anderen|freunden) teilen\b|\bbe sociable\b",
    re.IGNORECASE)
SHARE_WORDS = 14
# (a sentence closed by a stop is a call only when it opens on the call: "Empfiehl dies ...", "Share this ...";
# "Er will den Artikel drucken lassen." is the story's)
_CALL_START = re.compile(r"^\W*(?:empfiehl|empfehlen sie|teile|teilen sie|share|partagez|comparte|condividi|deel|"
                         r"drucken sie|print|recommend|(?:diese[nsr]?|den|this|the) (?:artikel|beitrag|seite|post|article|"
                         r"story|page))\b", re.IGNORECASE)


def _on(rule: str) -> bool:
    return rule in _ON


def mark_disclosures(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (DISCLOSURE_WORDS) quoting nobody that tells of the page's affiliate links or
    advertisers' pay: wherever it stands (above the story, inside it, under it) it is the page's."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= DISCLOSURE_WORDS and not _QUOTING.search(t) and _DISCLOSURE.search(t):
            kinds[i] = "chrome"


def mark_form_notes(raw: list[RawBlock], kinds: list[str]) -> None:
    """The comment form's notes and a thread's rules (NOTE_WORDS at most), and "Filed under" lines."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        n = len(words(t))
        if kinds[i] not in BODY:
            continue
        if _on("N2") and n <= NOTE_WORDS and _FORM_NOTE.search(t) \
                or _on("N6") and n <= LABEL_WORDS and _FILED.match(t) and not _QUOTING.search(t):
            kinds[i] = "chrome"


def mark_about_bios(raw: list[RawBlock], kinds: list[str]) -> None:
    """A bio under its "About NAME" label (maybe with the writer's count of posts: "Über Jane Doe 257
    Artikel"), whatever its first words, with BOX_AFTER of the story's prose above and at most BOX_TAIL
    below: the label and the bio (BIO_WORDS at most) are the page's author box."""
    prose, total = _prose(raw, kinds)
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if not _ABOUT_LABEL.match(t) or is_sentence(t):
            continue
        nxt = next((j for j in range(i + 1, min(i + 3, len(raw))) if kinds[j] in BODY), None)
        if nxt is None or not is_sentence(raw[nxt].text) or len(words(raw[nxt].text)) > BIO_WORDS:
            continue
        before = sum(len(words(raw[j].text)) for j in prose if j < i)
        after = sum(len(words(raw[j].text)) for j in prose if j > nxt)
        if before >= BOX_AFTER * total and after <= BOX_TAIL * total:
            for j in (i, nxt):
                kinds[j] = "chrome" if kinds[j] in BODY else kinds[j]


def mark_position_captions(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (`furniture.CAPTION_WORDS`) quoting nobody in a caption's position words in other
    languages ("Jane Doe (l.) und John Doe", "v.l.n.r.", "(à gauche)"): a picture's caption."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= CAPTION_WORDS and _POSITION.search(t) and not _QUOTING.search(t):
            kinds[i] = "caption"


def mark_appeals(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (APPEAL_WORDS) quoting nobody asking whether the article pleased, or for support."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= APPEAL_WORDS and not _QUOTING.search(t) and _APPEAL.search(t):
            kinds[i] = "chrome"


def mark_share_calls(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short line (SHARE_WORDS) quoting nobody that asks the reader to share, print, mail or recommend the
    page ("Empfiehl dies deinen Freunden.", "Den Artikel mit anderen teilen:"): the page's, not the story's."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= SHARE_WORDS and not _QUOTING.search(t) and _SHARE_CALL.search(t) \
                and (not re.search(r"[.…]$", t) or _CALL_START.match(t)):
            kinds[i] = "chrome"


# A post's pager as a whole line in other languages ("Nächster Beitrag", "Vorschau auf den nächsten Artikel",
# "Article précédent", "Entrada anterior"); English ones are `cleanup`'s.
_PAGER_WORLD = re.compile(
    r"^\W*(?:(?:vorschau auf (?:den |die )?)?(?:n[äa]chste[rn]?|vorherige[rn]?|vorige[rn]?|fr[üu]here[rn]?|neuere[rn]?|"
    r"[äa]ltere[rn]?) (?:artikel|beitr[äa]ge?|posts?|eintr[äa]ge?|folgen?)|(?:article|billet) (?:suivant|pr[ée]c[ée]dent)|"
    r"(?:art[ií]culo|entrada|noticia) (?:siguiente|anterior)|(?:articolo|post) (?:successivo|precedente)|"
    r"(?:volgende|vorige) (?:artikel|bericht)|(?:nast[ęe]pny|poprzedni) (?:artyku[łl]|wpis))\W*$", re.IGNORECASE)


def mark_pagers(raw: list[RawBlock], kinds: list[str]) -> None:
    """A post's pager to the next or the previous one, a whole line: the page's, not the story's."""
    for i, rb in enumerate(raw):
        if kinds[i] in BODY and _PAGER_WORLD.match(" ".join(rb.text.split())):
            kinds[i] = "chrome"


def mark_notices(raw: list[RawBlock], kinds: list[str]) -> None:
    """Every rule of this module, once the story's run and its end are marked."""
    if _on("N1"):
        mark_disclosures(raw, kinds)
    mark_form_notes(raw, kinds)
    if _on("N3"):
        mark_about_bios(raw, kinds)
    if _on("N4"):
        mark_position_captions(raw, kinds)
    if _on("N5"):
        mark_appeals(raw, kinds)
    if _on("N7"):
        mark_share_calls(raw, kinds)
    if _on("N8"):
        mark_pagers(raw, kinds)
