"""Headers over the page's own lists, in any of the languages a page may be in: a link list of other
stories ("Most read", "Related coverage", "Lire aussi", "【関連記事】"), and the comment words of a
thread's header (`story.comments_header`). A story's text is under neither.
"""

from __future__ import annotations

import re

from audioed.read.prose import Context, is_sentence, words

# A link's button under a teaser or card ("Read more", "See now", "Find out more").
BUTTON = re.compile(r"^(?:read|see|view|learn|find out)\s+(?:more|now|next)\W*$", re.IGNORECASE)

_RECIRC = re.compile(r"^(?:(?:featured|recent|related|recommended|popular|trending|more|latest|top|other|similar)\s+"
                     r"(?:[\w’'-]+\s+){0,2}(?:stories|articles|news|videos|slide ?shows|galleries|posts|reads|headlines|links|content|"
                     r"coverage)(?:\s+(?:from|on|in|about)\s+.{1,40})?"
                     r"|(?:more|latest) (?:from|on|in|about) .{1,40}|you (?:may|might) (?:also )?(?:like|enjoy)|"
                     r"most (?:read|popular|viewed|shared|emailed)|read next|up next|next up(?: in .{1,30})?|what to read next|further reading|"
                     r"also read|in other news|(?:from )?around the web|(?:today|elsewhere) on .{1,30}|"
                     r"editors['’] picks|don['’]t miss|recommended for you|trending now|"
                     r"(?:part of )?(?:our )?complete coverage(?: on| of)?|"
                     r"latest|more|related|recommended|popular|trending|featured)\W*$", re.IGNORECASE)


# The same headers in other languages (Spanish, Portuguese, Italian, French, German, Dutch, Czech,
# Polish, Russian, Japanese, Chinese): "Noticias relacionadas", "Leia também", "Mehr zum Thema ...".
_RECIRC_WORLD = re.compile(
    r"^\W*(?:(?:noticias|notas|art[ií]culos|artigos|not[ií]cias|mat[ée]rias|articoli|notizie|contenidos|conte[úu]dos)\s+"
    r"(?:relacionad[oa]s|correlat[ie]|recomendad[oa]s|consigliat[ie])|relacionad[oa]s|correlati|"
    r"m[áa]s (?:sobre|noticias|le[ií]d[oa]s)\b.{0,40}|mais (?:sobre|lidas|not[ií]cias)\b.{0,40}|l[oa]s? m[áa]s le[ií]d[oa]s?|"
    r"(?:tambi[ée]n )?te puede interesar|lee tambi[ée]n|(?:leia|veja) tamb[ée]m|leggi anche|potrebbe interessarti|"
    r"(?:i )?pi[ùu] lett[ie]|(?:articles?|sujets?|contenus?) (?:li[ée]s|similaires|associ[ée]s|recommand[ée]s)|"
    r"(?:[àa] )?lire aussi|voir aussi|les plus lus|sur le m[êe]me sujet|(?:[äa]hnliche|verwandte|weitere|empfohlene) "
    r"(?:artikel|themen|beitr[äa]ge|nachrichten|meldungen)|mehr zum thema\b.{0,40}|lesen sie auch|meistgelesen\w*|"
    r"das k[öo]nnte sie auch interessieren|gerelateerde (?:artikelen|berichten)|lees ook|meest gelezen|"
    r"souvisej[ií]c[ií](?: [čc]l[áa]nky)?|[čc]t[eě]te (?:tak[ée]|d[áa]l)|nej[čc]ten[eě]j[šs][ií]|"
    r"powi[ąa]zane(?: artyku[łl]y)?|czytaj (?:tak[żz]e|te[żz])|najcz[ęe][śs]ciej czytane|читайте также|"
    r"похожие (?:статьи|новости|материалы)|по теме|самое читаемое|"
    r"関連(?:記事|ニュース)|相[关關](?:文章|新[闻聞]|阅读|閱讀)|"
    r"延伸[阅閱][读讀]|推[荐薦][阅閱][读讀])\W*$", re.IGNORECASE)


def more_stories(text: str, ctx: Context) -> bool:
    """Headers of link lists: "Latest Stories from ProPublica", "Featured Slide Shows", "Most read".

    Whole-line forms only: "More trouble ahead" is a subheading."""
    t = text.strip()
    return len(words(t)) <= 8 and not is_sentence(t) and bool(_RECIRC.match(t) or _RECIRC_WORLD.match(t))


# The label of a line pointing to another page: "Main article:", "See also:", "[Related:", "Read more:",
# "Also:", "Watch:", "Learn more:", "Read:". Such a line is never a section's title (`subheads`).
_POINTER_WORD = r"(?:main|see|also|further|related|read|more|information|articles?|stor(?:y|ies)|posts?|coverage|on|this)"
POINTER_LABEL = re.compile(rf"^\[?(?!(?:on|this)\s*:)(?P<label>{_POINTER_WORD}(?:\s+{_POINTER_WORD}){{0,2}}|"
                           r"read (?:next|now)|learn more|watch|listen|recommended|don['’]?t miss|must read|explore|trending)\s*:", re.IGNORECASE)
# Pointers a story sets in its own text, read as part of it (`insets` leaves them): "[Read: ...]" between
# a news story's paragraphs, a how-to's "Learn More: Seven Tips for ..." (Readability's expected articles keep both).
IN_TEXT_POINTER = re.compile(r"^(?:read|learn more)$", re.IGNORECASE)

# A comment thread's words in other languages ("Comentarios", "Kommentare", "Lascia un commento").
COMMENTS_WORLD = (r"comentarios|coment[áa]rios|commentaires|kommentare|commenti|reacties|koment[áa][řr]e|komentarze|"
                  r"комментари[ийя]|コメント|评论|評論")
LEAVE_COMMENT_WORLD = (r"(?:deja|deje|env[ií][aá]|escrib[ieí]|deixe|lascia|laisse[rz]?|schreiben sie|hinterlasse|plaats|"
                       r"napi[šs]te|zostaw|оставьте)\s+(?:(?:un|una|tu|su|seu|um|votre|einen|deinen|een)\s+)?"
                       r"(?:comentario|coment[áa]rio|commento|commentaire|kommentar|reactie|koment[áa][řr]|komentarz|"
                       r"комментарий)")
