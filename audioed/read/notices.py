"""A page's notice set inside, above or under a flattened story: the disclosure of its affiliate links
or its advertisers' pay ("This post contains affiliate links", "Dieser Beitrag enthält Werbelinks",
"we may receive a commission"), in the languages pages are most often in.

A lexical rule on short body blocks, flattened text only, run after the story's end is marked (so a
notice under the story takes itself only, not the lines above it); it marks blocks "chrome" in the
kinds `build` assigns. Figures and the rules tried beside it: docs/reading.md, "Notices inside and
under the story, session 15 (branch `fprec7`)".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read.cleanup import words
from audioed.read.story import BODY

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# "This post contains affiliate links", "We may receive compensation when you click ...", "products from
# one or more of our advertisers", "Dieser Beitrag enthält Werbung", "erhalten wir eine kleine Provision",
# "enlaces de afiliado", "liens affiliés", "link di affiliazione".
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
# A disclosure speaks of its own page or to its reader ("this post", "we", "you", "dieser Beitrag", "ihr"),
# or is a label ("Anzeige, enthält Affiliate-Links"); a story's sentence about affiliate links or paid
# advertising ("Die Influencerin kennzeichnete den Post nicht als bezahlte Werbung") does neither.
_OWN_PAGE = re.compile(
    r"\b(?:this (?:post|article|page|site|story|review|guide|content|video|episode|newsletter|list)|we|our|us|i|my|me|"
    r"dies(?:er|e|es)? (?:beitrag|artikel|seite|text|post|blog|video)|wir|uns|unser\w*|ich|mein\w*|"
    r"nous|notre|nos|je|ce (?:site|billet|post|article)|cet article|nosotros|nuestr\w+|"
    r"este (?:art[íi]culo|post|sitio)|esta p[áa]gina|noi|nostr\w+|questo (?:articolo|post|sito)|nasz\w*|"
    r"ten (?:artyku[łl]|wpis)|you|your|du|dich|dir|dein\w*|euch|ihr|eure?\w*|diese[mn]? links?|vous|votre|vos|"
    r"tu|usted)\b", re.IGNORECASE)
LABEL_WORDS = 8
# A disclosure's length at most: a longer block naming affiliate links is a story about them.
DISCLOSURE_WORDS = 70
# Someone quoted: a disclosure quotes nobody.
_QUOTING = re.compile(r"[\"“”„«»]|\b(?:said|says|told|sagte|sagt|dijo)\b")


def mark_disclosures(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block (DISCLOSURE_WORDS) quoting nobody that tells of the page's affiliate links or its
    advertisers' pay, as a label or speaking of its page or to its reader: wherever it stands (above
    the story, inside it, under it) it is the page's."""
    for i, rb in enumerate(raw):
        t = " ".join(rb.text.split())
        if kinds[i] in BODY and len(words(t)) <= DISCLOSURE_WORDS and not _QUOTING.search(t) and _DISCLOSURE.search(t) \
                and (len(words(t)) <= LABEL_WORDS or _OWN_PAGE.search(t)):
            kinds[i] = "chrome"

