"""Headers over the page's own lists, in any of the languages a page may be in: a link list of other
stories ("Most read", "Related coverage", "Lire aussi", "【関連記事】"), and the comment words of a
thread's header (`story.comments_header`). A story's text is under neither. Also the page's other
words in those languages that are no story's: a pointer's label ("See also:"), buttons and labels
("Jetzt teilen", "Anzeige", "Kategorie:"), a blog engine's notes, an author box's header.
"""

from __future__ import annotations

import re

from audioed.read.prose import Context, is_sentence, words

# A link's button under a teaser or card ("Read more", "See now", "Find out more").
BUTTON = re.compile(r"^(?:read|see|view|learn|find out)\s+(?:more|now|next)\W*$", re.IGNORECASE)

# (an author box's list: "Jane Doe's Most Recent Stories")
_RECIRC = re.compile(r"^(?:(?:(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})['’]s\s+)?"
                     r"(?:featured|(?:most )?recent|related|recommended|popular|trending|more|latest|top|other|similar)\s+"
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
_RECIRC_WORLD_WORDS = (
    r"(?:noticias|notas|art[ií]culos|artigos|not[ií]cias|mat[ée]rias|articoli|notizie|contenidos|conte[úu]dos)\s+"
    r"(?:relacionad[oa]s|correlat[ie]|recomendad[oa]s|consigliat[ie])|relacionad[oa]s|correlati|"
    r"m[áa]s (?:sobre|noticias|le[ií]d[oa]s)\b.{0,40}|mais (?:sobre|lidas|not[ií]cias)\b.{0,40}|l[oa]s? m[áa]s le[ií]d[oa]s?|"
    r"(?:tambi[ée]n )?te puede interesar|lee tambi[ée]n|(?:leia|veja) tamb[ée]m|leggi anche|potrebbe interessarti|"
    r"(?:i )?pi[ùu] lett[ie]|(?:articles?|sujets?|contenus?) (?:li[ée]s|similaires|associ[ée]s|recommand[ée]s)|"
    r"(?:[àa] )?lire aussi|voir aussi|les plus lus|sur le m[êe]me sujet|(?:[äa]hnliche|verwandte|weitere|empfohlene) "
    r"(?:artikel|themen|beitr[äa]ge|nachrichten|meldungen)|mehr zum thema\b.{0,40}|lesen sie auch|"
    r"(?:die )?meistgelesenen?(?: artikel| beitr[äa]ge| nachrichten)?(?: (?:bei|auf|von|im) .{1,30})?|meistgelesen\w*|"
    r"das k[öo]nnte (?:sie|dich|dir|euch) auch interessieren|gerelateerde (?:artikelen|berichten)|lees ook|meest gelezen|"
    r"souvisej[ií]c[ií](?: [čc]l[áa]nky)?|[čc]t[eě]te (?:tak[ée]|d[áa]l)|nej[čc]ten[eě]j[šs][ií]|"
    r"powi[ąa]zane(?: artyku[łl]y)?|czytaj (?:tak[żz]e|te[żz])|najcz[ęe][śs]ciej czytane|читайте также|"
    r"похожие (?:статьи|новости|материалы)|по теме|самое читаемое|"
    r"関連(?:記事|ニュース)|相[关關](?:文章|新[闻聞]|阅读|閱讀)|"
    r"延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]"
    # more on the subject: "Weitere Informationen", "Zum Weiterlesen", "Más información", "En savoir plus", "Dowiedz się więcej"
    r"|weitere (?:informationen|infos)\b.{0,50}|(?:zusatz|mehr |hintergrund)informationen|(?:noch )?mehr infos(?: f[üu]r \w+)?|"
    r"zum weiterlesen|mehr (?:aus|von) (?:der|dem|den|unserer?) .{1,40}|beliebte beitr[äa]ge(?: zum thema)?|"
    r"m[áa]s informaci[óo]n|inf[óo]rmate m[áa]s|lea (?:m[áa]s|tambi[ée]n)|mais informa[çc][õo]es|saiba mais|"
    r"(?:pour )?en savoir plus|pour approfondir|per saperne di pi[ùu]|approfondimenti|meer informatie|"
    r"wi[ęe]cej informacji|dowiedz si[ęe] wi[ęe]cej|(?:zobacz|przeczytaj) (?:te[żz]|tak[żz]e|r[óo]wnie[żz])|"
    r"explore further|further information|more information")
_RECIRC_WORLD = re.compile(rf"^\W*(?:{_RECIRC_WORLD_WORDS})\W*$", re.IGNORECASE)


def more_stories(text: str, ctx: Context) -> bool:
    """Headers of link lists: "Latest Stories from ProPublica", "Featured Slide Shows", "Most read".

    Whole-line forms only: "More trouble ahead" is a subheading."""
    t = text.strip()
    return len(words(t)) <= 8 and not is_sentence(t) and bool(_RECIRC.match(t) or _RECIRC_WORLD.match(t))


# The label of a line pointing to another page: "Main article:", "See also:", "[Related:", "Read more:",
# "Also:", "Watch:", "Learn more:", "Read:". Such a line is never a section's title (`subheads`), and,
# but for the labels a story reads in its text (IN_TEXT_POINTER), furniture (`cleanup.link_teaser`).
POINTER_WORD = r"(?:main|see|also|further|related|read|more|information|articles?|stor(?:y|ies)|posts?|coverage|on|this)"
POINTER_LABEL = re.compile(rf"^\[?(?!(?:on|this)\s*:)(?P<label>{POINTER_WORD}(?:\s+{POINTER_WORD}){{0,2}}|"
                           r"read (?:next|now)|learn more|watch|listen|recommended|don['’]?t miss|must read|explore|trending|"
                           r"further reading|related content|"
                           rf"{_RECIRC_WORLD_WORDS})\s*:", re.IGNORECASE)
# Pointers a story sets in its own text, read as part of it (`insets` leaves them): "[Read: ...]" between
# a news story's paragraphs, a how-to's "Learn More: Seven Tips for ...", "Lire aussi : ..." in a French
# daily's (Readability's expected articles keep all three).
IN_TEXT_POINTER = re.compile(rf"^(?:read|learn more|{_RECIRC_WORLD_WORDS})$", re.IGNORECASE)

# A comment thread's words in other languages ("Comentarios", "Kommentare", "Lascia un commento").
COMMENTS_WORLD = (r"comentarios|coment[áa]rios|commentaires|kommentare|commenti|reacties|koment[áa][řr]e|komentarze|"
                  r"комментари[ийя]|コメント|评论|評論")
LEAVE_COMMENT_WORLD = (r"(?:deja|deje|env[ií][aá]|escrib[ieí]|deixe|lascia|laisse[rz]?|schreiben sie|hinterlasse|plaats|"
                       r"napi[šs]te|zostaw|оставьте)\s+(?:(?:un|una|tu|su|seu|um|votre|einen|deinen|een)\s+)?"
                       r"(?:comentario|coment[áa]rio|commento|commentaire|kommentar|reactie|koment[áa][řr]|komentarz|"
                       r"комментарий)")


# A skip link for screen readers, the page's first line, in the languages pages are most often written in
# ("Skip to main content", "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido"): never a headline.
SKIP_LINK = (r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|menu)|"
             r"direkt zu[mr] (?:haupt)?(?:inhalt|navigation|hauptmen[üu]|suche)(?: springen| wechseln)?|"
             r"zu[mr] (?:haupt)?(?:inhalt|navigation|hauptmen[üu]|suche) (?:springen|wechseln)|"
             r"(?:inhalt|navigation) [üu]berspringen|(?:aller|passer|acc[ée]der) (?:directement )?au contenu(?: principal)?|"
             r"(?:saltar|ir|pasar) al contenido(?: principal)?|(?:ir|pular|saltar) para o conte[úu]do(?: principal)?|"
             r"(?:vai|passa|salta) al contenuto(?: principale)?|(?:ga|spring|direct) naar (?:de )?(?:hoofd)?inhoud|"
             r"przejd[źz] do (?:tre[śs]ci|zawarto[śs]ci)")


# A page's buttons and calls in other languages, as whole lines or closing one ("Jetzt teilen",
# "Teilen Sie dies mit:", "Rezept drucken", "Hinterlasse eine Antwort", "Zum Newsletter anmelden",
# "Weiterlesen", "Zurück zur Übersicht", an ad's label "Anzeige"): English ones are `cleanup`'s.
_CALLS_WORLD = (
    # share, print
    r"(?:jetzt |artikel |beitrag |seite )?teilen(?: sie)?(?: (?:dies|diesen (?:artikel|beitrag)))?(?: mit| auf \w+)?|"
    r"(?:diesen )?(?:artikel|beitrag) teilen|compart(?:ir|e)(?: (?:en|esta noticia|este art[ií]culo) ?\w*)?|"
    r"compartilh(?:e|ar)|partag(?:er|ez)(?: (?:sur \w+|cet article))?|condividi(?: (?:su \w+|questo articolo))?|"
    r"udost[ęe]pnij|podziel si[ęe]|delen|deel (?:dit|deze) (?:artikel|bericht)|sd[íi]l(?:et|ejte)|поделиться|"
    r"(?:(?:rezept|artikel|seite|beitrag) )?drucken|imprimir|imprimer|stampa|drukuj|afdrukken|"
    # comment
    r"hinterlasse (?:eine antwort|einen kommentar)|schreibe einen kommentar|kommentar (?:schreiben|verfassen)|"
    r"antwort hinterlassen|antworten|deja una respuesta|deixe uma resposta|laisser une r[ée]ponse|lascia una risposta|"
    r"dodaj komentarz|zostaw odpowied[źz]|geef een reactie|"
    # sign up, read on, back
    r"(?:zum )?newsletter (?:abonnieren|bestellen|anmelden)|(?:jetzt )?(?:anmelden|registrieren|abonnieren)|"
    r"suscr[ií]bete|abonnez-vous|iscriviti|zapisz si[ęe]|"
    r"weiterlesen|mehr lesen|(?:hier )?mehr erfahren|le(?:er|a) m[áa]s|leia mais|lire la suite|continua a leggere|"
    r"czytaj (?:dalej|wi[ęe]cej)|lees (?:meer|verder)|[čc][íi]st d[áa]l|"
    r"zur[üu]ck(?: zu[rm]? (?:[üu]bersicht|startseite|blog|artikel\w*))?|zur [üu]bersicht|volver|retour|torna indietro|"
    # a post's labels: its categories, tags, table of contents
    r"kategorien?|schlagw[öo]rter?|stichw[öo]rter?|tags|inhaltsverzeichnis|categor[ií]as?|etiquetas|cat[ée]gories?|"
    r"[ée]tiquettes|tagi|trefwoorden|"
    # an ad's label
    r"werbung|anzeige|reklama|publicidad|publicidade|publicit[ée]|pubblicit[àa]|advertentie|реклама")
CALL_WORLD = re.compile(rf"^\W*(?:{_CALLS_WORLD})\W*$", re.IGNORECASE)
# (closing a short line after its question or slogan: "Dir hat der Artikel gefallen? Jetzt teilen...")
CALL_WORLD_END = re.compile(rf"[.!?:|•·]\s*(?:{_CALLS_WORLD})\W*$", re.IGNORECASE)

# The author's box header: "About the author", "Über den Autor", "Sobre el autor", "À propos de l'auteur".
ABOUT_AUTHOR = re.compile(r"^\W*(?:about the authors?|about me|[üu]ber mich|sobre m[íi]|o mnie|[üu]ber (?:den|die) autor(?:in|en|innen)?|sobre (?:el|la|los|o|a) "
                          r"autor(?:a|es)?|[àa] propos de l['’]auteur|sull['’]autore|o autor(?:ze|ce)|over de auteur|"
                          r"об авторе)\W*$", re.IGNORECASE)

# A blog engine's notes around a post, opening a block, in the languages its themes are translated
# into: where the post was filed ("Dieser Eintrag wurde veröffentlicht in ...", "This entry was posted
# in ..."), the comment form's notes ("Deine E-Mail-Adresse wird nicht veröffentlicht", "... Akismet,
# um Spam zu reduzieren"), a closed thread ("Die Kommentarfunktion ist geschlossen").
POST_NOTE = re.compile(
    r"^\W*(?:(?:dieser|der) (?:eintrag|beitrag|artikel) wurde\b.{0,80}?\b(?:ver[öo]ffentlicht|geschrieben|verfasst|abgelegt)|"
    r"this (?:entry|post) was (?:posted|written|filed)|cette entr[ée]e a [ée]t[ée] publi[ée]e|esta entrada (?:fue|se) publicó|"
    r"esta entrada fue publicada|questa voce [èe] stata pubblicata|dit bericht werd (?:geplaatst|gepubliceerd)|"
    r"wpis zosta[łl] opublikowany|"
    r"(?:deine|ihre) e-?mail-?adresse wird nicht ver[öo]ffentlicht|tu (?:direcci[óo]n de )?correo electr[óo]nico no ser[áa] publicad[oa]|"
    r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publi[ée]e|il tuo indirizzo email non sar[àa] pubblicato|"
    r"je e-?mailadres wordt niet gepubliceerd|tw[óo]j adres e-?mail nie zostanie opublikowany|"
    r"(?:die )?kommentarfunktion ist (?:geschlossen|deaktiviert)|kommentare sind (?:derzeit )?geschlossen|"
    r"los comentarios est[áa]n cerrados|les commentaires sont ferm[ée]s|i commenti sono chiusi)|"
    r"\b(?:uses|verwendet|utilise|usa|utiliza) \w+,? (?:to reduce spam|um spam zu reduzieren|pour r[ée]duire les "
    r"ind[ée]sirables|para reducir el spam|per ridurre lo spam)\b",
    re.IGNORECASE)

# A post's labels with their values, in other languages ("Kategorie: Blog, Reisen", "Schlagwörter: ...",
# "Aktualisiert am 17.01.2021", "Stand: 12.03.2020"): English ones are `cleanup.page_meta`'s.
POST_LABEL = re.compile(
    r"^\W*(?:kategorien?|schlagw[öo]rter?|stichw[öo]rter?|abgelegt unter|categor[ií]as?|etiquetas|cat[ée]gories?|"
    r"[ée]tiquettes|mots-cl[ée]s|categorie|tagi|kategorie|trefwoorden)\s*:", re.IGNORECASE)
DATE_LABEL = re.compile(
    r"^\W*(?:(?:zuletzt )?(?:aktualisiert|ge[äa]ndert)|ver[öo]ffentlicht|stand|erstellt|actualizado|publicado|publi[ée]|"
    r"mis [àa] jour|pubblicato|aggiornato|ultima modifica|opublikowano|zaktualizowano|bijgewerkt|gepubliceerd)"
    r"\b(?: (?:am|vom|on|el|le|il|op|dnia))?\s*:?\s*\d", re.IGNORECASE)
# A page's label for the story's metadata, then its value: "Location: The Press Association Newsdesk", "Source: Press
# Association", "Published Date: 03 January 2008": never the headline.
META_LABEL = re.compile(r"^\W*(?:location|source|published(?: date| on)?|posted(?: on)?|last updated|section|"
                        r"filed (?:under|in))\s*:\s*\S", re.IGNORECASE)
# A picture's label over its caption, in other languages: "Beitragsbild: Titelseite der ...", "Foto: ...".
PICTURE_LABEL = re.compile(r"^(?:beitragsbild|titelbild|bild|fotos?|imagen|immagine|zdj[ęe]cie|afbeelding)\s*:\s*\S",
                           re.IGNORECASE)
