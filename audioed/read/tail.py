"""Furniture at the end of a flattened story or set into its last part: a sign-up box (a cluster
of lines talking to the reader about the page), a ranked list of other stories ("Most read": 1,
title, 2, title...), a live news ticker beside the story ("14:44 Headline"), a comment thread under
its count or its title ("20 thoughts on “Title”"), a sidebar under its label, a teaser's excerpt
with its "Read more" link, a chart flattened one label a line, a teaser title read between two others
with no header above them, teasers under a link-list header closing the run, a link-list box the run
crossed into the page, whatever follows an about box or a press release's company paragraphs, and
a second piece under the story (a title with its date line or byline over prose) and a closing line under
it (a site's address, a licence or citation note; both after the story-end model).

Structural rules over neighbouring blocks, run after `story.mark_outside_story` and `furniture`:
each marks body blocks "chrome" in the kinds `build` assigns. Flattened text only. Figures:
docs/reading.md, "Flattened-text end of story, session 10", "... teasers without a header, session 10b"
and "Flattened-text outside words after the story, session 11".
"""

from __future__ import annotations

import collections
import re
from typing import TYPE_CHECKING

from audioed.read import byline
from audioed.read.cleanup import Context, classify, is_sentence, split_sentences, words
from audioed.read.dates import is_date_line
from audioed.read.furniture import BOX_AFTER, BOX_TAIL, PROMO_WORDS, speaks, to_reader
from audioed.read.headers import more_stories
from audioed.read.story import (BARRIER, BODY, GAP_COST, HEADER_COST, THREAD_AFTER, block_scores, comments_header,
                                 headline_shaped, tag_line)

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

# Kinds `cleanup` gives a sign-up box's lines on their own.
_PROMO_KINDS = ("promo",)
# A sign-up box's lines: this many blocks apart at most, this many lines at least.
BOX_WINDOW, BOX_HITS = 3, 2


def _prose_words(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """Each block's prose words: a body sentence's words, 0 for anything else."""
    return [len(words(rb.text)) if k in BODY and is_sentence(rb.text) else 0 for rb, k in zip(raw, kinds)]


def _promo_line(raw: list[RawBlock], kinds: list[str], i: int) -> bool:
    t = raw[i].text
    if kinds[i] in _PROMO_KINDS:
        return True
    # (a line another rule took is still the box's: "I agree that X can send me the newsletter")
    return kinds[i] in BODY + ("chrome",) and len(words(t)) <= PROMO_WORDS and to_reader(t) and not speaks(t)


def mark_signup_boxes(raw: list[RawBlock], kinds: list[str]) -> list[int]:
    """A sign-up or follow-us box set into the story's last part ("Pick Six Newsletter", "Get the
    day's big stories...", "I agree that X can send me the newsletter"): BOX_HITS lines or more, each
    within BOX_WINDOW blocks of the next, that talk to the reader about the page (`furniture`'s
    lexicon) or that `cleanup` knows as a promo, with BOX_AFTER of the story's prose above and at
    most BOX_TAIL below. Those lines, and the labels between them, are chrome.
    (The closing-promo rule reads up from the page's end and stops at the footer's sentences.)
    Returns where the boxes start."""
    prose = _prose_words(raw, kinds)
    total = sum(prose)
    found: list[int] = []
    if not total:
        return found
    hits = [i for i in range(len(raw)) if _promo_line(raw, kinds, i)]
    boxes: list[list[int]] = []
    for i in hits:
        if boxes and i - boxes[-1][-1] <= BOX_WINDOW:
            boxes[-1].append(i)
        else:
            boxes.append([i])
    for box in boxes:
        if len(box) < BOX_HITS:
            continue
        first, last = box[0], box[-1]
        if sum(prose[:first]) < BOX_AFTER * total or sum(prose[last + 1:]) > BOX_TAIL * total:
            continue
        # a box's lines are short: a longer paragraph among them is a story about signing up (a deals post)
        if any(kinds[j] in BODY and len(words(raw[j].text)) > PROMO_WORDS for j in range(first, last + 1)):
            continue
        for j in range(first, last + 1):
            # between its lines, a label is the box's ("Subscribe No thanks"); a sentence may be the story's
            if kinds[j] in BODY and (j in box or not is_sentence(raw[j].text)):
                kinds[j] = "chrome"
        found.append(first)
    return found


def mark_after_boxes(raw: list[RawBlock], kinds: list[str], boxes: list[int]) -> None:
    """The story ends at its closing box: an author's or a company's about box, a press release's
    company paragraphs (each found with most of the story's prose above it). What follows it is the
    page's (media contacts, promos, a site's link columns), not the story's. (A sign-up or donation
    box is set into a story's last part as often as after it: the story may go on under it.)"""
    for j in range(min(boxes), len(raw)) if boxes else ():
        if kinds[j] in BODY:
            kinds[j] = "chrome"


# A ranked list's counter: a line that is a number alone ("1", "2.", "#3").
_COUNTER = re.compile(r"^#?(\d{1,2})\.?$")
# Counters in sequence at least, each at most this many blocks after the one before.
RANKED, RANK_GAP = 3, 3


def mark_ranked_lists(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """A ranked list of other stories after the story ("Most read", "Most popular"), flattened
    with each rank on a line of its own: "1", a title, "2", a title... RANKED counters or more
    counting up from 1 after the story's run, each within RANK_GAP blocks of the one before: the
    counters and the lines between them (a title, sometimes its blurb), and the last item, are
    chrome. Inside the run a counter may head a list article's item: left alone."""
    i = span[1] + 1
    while i < len(raw):
        m = _COUNTER.match(raw[i].text.strip())
        if not m or int(m.group(1)) != 1:
            i += 1
            continue
        counters, j = [i], i + 1
        while j < len(raw) and j - counters[-1] <= RANK_GAP:
            c = _COUNTER.match(raw[j].text.strip())
            if c and int(c.group(1)) == len(counters) + 1:
                counters.append(j)
            j += 1
        if len(counters) < RANKED:
            i += 1
            continue
        end = min(len(raw) - 1, counters[-1] + (counters[-1] - counters[-2]))
        for k in range(counters[0], end + 1):
            if kinds[k] in BODY:
                kinds[k] = "chrome"
        i = end + 1


# A ticker's entry: a clock time, then its headline on the same line ("14:44 Accusations de ...").
_TICK = re.compile(r"^([01]?\d|2[0-3])[:h.]([0-5]\d)\s+(?=\S)(.*)$")
# Entries at least; prose words of the story above the first one at least.
TICKS, TICKER_AFTER = 3, 100


def mark_ticker(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """A live news ticker beside the story, flattened into its run ("14:44 Headline", "14:32
    Headline", with a post's text between some): TICKS lines or more in the run or after it that
    open with a clock time and go on with a headline (not a sentence), their times in order (the
    newest first or last), with TICKER_AFTER prose words of the story above the first. From the
    first entry to the run's end the blocks are the ticker's, not the story's. A story told by
    the clock ("4:14 p.m." alone above each update) has no headline after its times."""
    ticks = []
    for i in range(span[0], len(raw)):
        m = _TICK.match(raw[i].text.strip())
        if m and kinds[i] in BODY + ("chrome",) and len(words(m.group(3))) >= 3 and not is_sentence(m.group(3)):
            ticks.append((i, int(m.group(1)) * 60 + int(m.group(2))))
    if len(ticks) < TICKS:
        return
    times = [t for _, t in ticks]
    if times != sorted(times) and times != sorted(times, reverse=True):
        return
    first = ticks[0][0]
    prose = _prose_words(raw, kinds)
    if sum(prose[span[0]:first]) < TICKER_AFTER or first > span[1]:
        return
    for k in range(first, span[1] + 1):
        if kinds[k] in BODY:
            kinds[k] = "chrome"


def mark_tail(raw: list[RawBlock], kinds: list[str], span: tuple[int, int], boxes: list[int]) -> None:
    """Every rule of this module, on a flattened page's kinds after `furniture`'s (`boxes`: where
    its about boxes and company boilerplate start)."""
    mark_ticker(raw, kinds, span)
    mark_ranked_lists(raw, kinds, span)
    mark_signup_boxes(raw, kinds)
    mark_after_boxes(raw, kinds, boxes)
    mark_counted_threads(raw, kinds, span)
    mark_titled_threads(raw, kinds, span)
    mark_read_more_excerpts(raw, kinds)
    mark_charts(raw, kinds)
    mark_teaser_islands(raw, kinds, span)
    mark_headed_teasers(raw, kinds, span)
    mark_crossed_boxes(raw, kinds, span)


# A teaser title the barrier left for reading: this many lines at most, each this many words at most.
ISLAND_LINES, ISLAND_WORDS = 2, 15
# A sentence's full stop: after a word of three letters or more (an abbreviation's "U.S." is a title's).
_WORD_STOP = re.compile(r"[^\W\d_]{3,}\.[\"'”’)]*$")


def mark_teaser_islands(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """Teaser titles with no header after the story ("YouTubers must unionize", "Could an astronaut
    ...?", "Citi units fined $28.8 million"): one or two short lines after the story's run, right
    between two lines already taken as chrome that are shaped like headlines (capitalized, no
    sentence, 3-20 words). A title that reads as a sentence scored as prose and broke the run of
    short lines that makes a barrier; between two other titles it is one of them."""
    def title(k: int) -> bool:
        return 0 <= k < len(raw) and kinds[k] == "chrome" and headline_shaped(raw[k].text)

    def teaser(k: int) -> bool:  # short, and no full stop closing a word: a title or a question, not a sentence
        t = raw[k].text.strip()
        return len(words(t)) <= ISLAND_WORDS and not _WORD_STOP.search(t)
    # the first lines read after the run (a line read between them and the run, such as the story's
    # date line, would lose its place as the story's last label)
    i = next((k for k in range(span[1] + 1, len(raw)) if kinds[k] in BODY), len(raw))
    j = i
    while j < len(raw) and kinds[j] in BODY:
        j += 1
    if i < len(raw) and j - i <= ISLAND_LINES and title(i - 1) and title(j) and all(teaser(k) for k in range(i, j)):
        for k in range(i, j):
            kinds[k] = "chrome"


def mark_counted_threads(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """A comment count after the story's run ("1 comment", "12 Comments") heads its thread as a
    header does ("Comments"): what follows is readers' posts or the page's end, not the story.
    (By the byline, above the run, a count is only a count: `story.thread_header` leaves it; so is
    one with less than BOX_AFTER of the page's prose above it.)"""
    prose = _prose_words(raw, kinds)
    for i in range(span[1] + 1, len(raw)):
        # (with most of the page's prose above it: a count between a short run and the story's rest is a share bar's)
        if comments_header(raw[i].text) and re.search(r"\d", raw[i].text) and sum(prose[:i]) >= BOX_AFTER * sum(prose):
            for j in range(i + 1, len(raw)):
                if kinds[j] in BODY:
                    kinds[j] = "chrome"
            return


# A blog's comment thread titled by its count and the post's title, in the languages its engine's
# themes are in: "20 thoughts on “Title”", "11 Antworten zu „Title“", "3 Kommentare zu ...", "2 réflexions
# sur « ... »", "2 pensamientos sobre “...”".
_THREAD_TITLE = re.compile(
    r"^\W*(?:\d+|one|no)\s+(?:thoughts?|responses?|comments?|repl(?:y|ies)|antworten|antwort|kommentare?|gedanken|"
    r"respuestas?|comentarios?|r[ée]ponses?|commentaires?|rispost[ae]|comment[io]|reacties|reactie|komentarz[ey]?|"
    r"r[ée]flexions?|pensamientos?|pensieri|pensiero|gedachten|gedachte|coment[áa]rios?)\s+"
    r"(?:on|to|zu|auf|f[üu]r|a|en|[àa]|sur|su|op|do|sobre|over|em)\s+\S", re.IGNORECASE)
# (the post's title in quote marks ending the line: WordPress's "%1$s thoughts on “%2$s”" in every language)
_QUOTED_TITLE = re.compile(r"\s[\"“„«‘‚]\s*([^\"“”„«»]{2,}?)\s*[\"”“»’‘]\s*$")


# A page's sidebar under its label for screen readers, a whole line: "Primary Sidebar", "Haupt-Sidebar",
# "Seitenleiste", "Barra lateral"; a blog theme's "Reader Interactions" over its comments.
_SIDEBAR = re.compile(r"^\W*(?:(?:(?:haupt|primary|main|secondary)[- ]?)?(?:sidebar|seitenleiste)|barra lateral|"
                      r"barre lat[ée]rale|reader interactions)\W*$", re.IGNORECASE)


def mark_titled_threads(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """A comment thread under its title ("20 thoughts on “Title”", "11 Antworten zu „Title“"), or the
    page's sidebar under its label ("Haupt-Sidebar"), in the story's run or after it, with BOX_AFTER of
    the page's prose above: the title and what follows are readers' posts and the comment form, or the
    site's boxes, not the story. A title quoting the page's headline whole needs only THREAD_AFTER words of
    the run's prose above it: a long thread outweighs the story over it."""
    prose = _prose_words(raw, kinds)
    head = kinds.index("title") if "title" in kinds else None
    headline = " ".join(raw[head].text.split()).casefold() if head is not None else None
    for i in range(len(raw)):
        t = " ".join(raw[i].text.split())
        titled = _THREAD_TITLE.match(t) and len(words(t)) <= 25
        quoted = _QUOTED_TITLE.search(t) if titled and head is not None and head < i else None
        if (titled or _SIDEBAR.match(t)) and sum(prose[:i]) >= BOX_AFTER * sum(prose) \
                or quoted and quoted.group(1).casefold() == headline and sum(prose[span[0]:i]) >= THREAD_AFTER:
            for j in range(i, len(raw)):
                if kinds[j] in BODY:
                    kinds[j] = "chrome"
            return


# A teaser's excerpt: cut off after a word, then its link ("... over the last few… Read more"), and
# sometimes the address of the site it is on ("… Read more example.com").
_READ_MORE = re.compile(r"(?:…|\.\.\.)\s*(?:(?:read|continue reading|keep reading)(?: more)?\W*)+"
                        r"(?:[\w\u200b-]+(?:\.[\w\u200b-]+)*\.\u200b?[a-z]{2,}\W*)?$", re.IGNORECASE)


def mark_read_more_excerpts(raw: list[RawBlock], kinds: list[str]) -> None:
    """An excerpt cut off after a word with its "Read more" link ("... As it… Read more") is another
    story's teaser, in the run or beside it (a bare excerpt inside the run stays: fiction and blogs
    end paragraphs with "…"), and so is the title line right above it that is no sentence."""
    for i, rb in enumerate(raw):
        if kinds[i] in BODY and _READ_MORE.search(rb.text):
            kinds[i] = "chrome"
            if i > 0 and kinds[i - 1] in BODY and not is_sentence(raw[i - 1].text):
                kinds[i - 1] = "chrome"


# A chart flattened one label a line: this many figure-only lines at least, half its lines at least;
# its other lines are short labels ("billion", "PROJECTED", the chart's title).
CHART_FIGURES, CHART_LABEL_WORDS = 6, 8


# One figure: a year's tick ("’17"), an amount ("$915", "13.0%", "-2.5"); a code sample's output has more on a line.
_TICK_LABEL = re.compile(r"[’'‘]?[-+−]?[$€£¥]?\d[\d.,]*\s?%?")


def _figure(t: str) -> bool:
    """A chart's tick or value: figures and marks, no word ("’17", "$915", "13.0%")."""
    return _TICK_LABEL.fullmatch(t.strip()) is not None


def mark_charts(raw: list[RawBlock], kinds: list[str]) -> None:
    """A chart or graphic flattened into the story one label a line ("$915", "billion", "’17", "’18",
    ...): a stretch of body blocks, each a figure alone or a short label that is no sentence, with
    CHART_FIGURES figures and at least as many figures as labels. A listener hears no axis."""
    def part(i: int) -> bool:
        t = raw[i].text
        return kinds[i] in BODY and (_figure(t) or (len(words(t)) <= CHART_LABEL_WORDS and not is_sentence(t)))
    i = 0
    while i < len(raw):
        if not part(i):
            i += 1
            continue
        j = i
        while j < len(raw) and part(j):
            j += 1
        figures = sum(_figure(raw[k].text) for k in range(i, j))
        if figures >= CHART_FIGURES and 2 * figures >= j - i:
            for k in range(i, j):
                kinds[k] = "chrome"
        i = j


# Teasers under a link-list header closing the run: this many at least, each this many words at most.
HEADED_TEASERS, TEASER_BLOCK_WORDS = 3, 40


# Words a name follows inside a sentence ("the city of Boston", "in March", "said Jo Park"): a capital
# after one of them is the sentence's name, not the start of a blurb glued to a title.
_BEFORE_NAME = frozenset("""a an the of in at on to for from by with without about against into onto over under
near off via per than as and or but nor if that who whom whose which where when while since until after before
said says say told tells tell asked asks according wrote writes added adds called named including like
is are was were be been has have had my your his her its our their""".split())
# Words that open a blurb's sentence, never a name run's next word ("... Michael Jackson The HBO ...").
_OPENS = frozenset("a an the this these those it its he she they we his their our".split())


def glued_teaser(t: str) -> bool:
    """A teaser's title glued to its blurb in one block ("Pets benefit our mental health A systematic
    review of ... ."): the first sentence has a capitalized word right after a word with no mark
    closing it, 3-15 words in (the title's end, unpunctuated), and the block reads as sentences.
    A capital after a function word or a speech verb ("the city of Boston", "told Jo Park"), or
    after another capital ("North Quay"), is a name in the sentence, unless it is a word that opens
    sentences ("Michael Jackson The HBO documentary ...")."""
    ws = t.split()
    if not is_sentence(t):
        return False
    for k in range(1, min(len(ws), 16)):
        if re.search(r"[.!?]['\"”’)]*$", ws[k - 1]):
            return False  # the first sentence ended: a story's paragraph has its capitals there
        if k < 3 or not ws[k][:1].isupper() or not re.search(r"[^\W_]['\"”’]?$", ws[k - 1]):
            continue
        before = re.sub(r"['\"”’]$", "", ws[k - 1])
        if ws[k].lower() in _OPENS:
            return True
        # (a name: after a function word, a figure ("12 April") or a capital, or with a capital after it)
        name = before.lower() in _BEFORE_NAME or before[:1].isupper() or any(c.isdigit() for c in before)
        if not name and not (k + 1 < len(ws) and ws[k + 1][:1].isupper()):
            return True
    return False


def mark_headed_teasers(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """Teasers under a link-list header that closes the story's run ("Related coverage", "Next Up
    In ...", "Most Read"), with BOX_AFTER of the run's prose above it: HEADED_TEASERS body blocks or
    more from it to the run's end, each a teaser's title (headline-shaped, no sentence) or a title
    glued to its blurb, none longer than TEASER_BLOCK_WORDS: chrome. (A story goes on under a
    "Related" box too, in paragraphs: those are neither shape.)"""
    prose = _prose_words(raw, kinds)
    total = sum(prose[span[0]:span[1] + 1])
    for h in range(span[0], span[1] + 1):
        if not more_stories(raw[h].text, Context()) or sum(prose[span[0]:h]) < BOX_AFTER * total:
            continue
        below = [k for k in range(h + 1, span[1] + 1) if kinds[k] in BODY and not more_stories(raw[k].text, Context())]
        if len(below) >= HEADED_TEASERS and all(
                len(words(raw[k].text)) <= TEASER_BLOCK_WORDS and (headline_shaped(raw[k].text) or glued_teaser(raw[k].text))
                for k in below):
            for k in range(h, span[1] + 1):
                if kinds[k] in BODY:
                    kinds[k] = "chrome"
            return


def mark_crossed_boxes(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """The run crossed a link-list box into the page: a link-list header ("Related", "Související")
    with BOX_AFTER of the run's prose above it, and below it, still in the run, a barrier (BARRIER
    short lines in a row, one that no rule knows: the one `story.mark_outside_story` stops at) made
    mostly of labels ("reklama", "3 minutes ago", "Photo"), not of the box's own titles. The
    run went on only because more prose came after (a feed's next story, another teaser's text).
    From the header to the run's end is the page's. (A story going on under a "Related" box has no
    such barrier before its next paragraph.)"""
    prose = _prose_words(raw, kinds)
    total = sum(prose[span[0]:span[1] + 1])
    scores = None
    for h in range(span[0], span[1] + 1):
        if not more_stories(raw[h].text, Context()) or sum(prose[span[0]:h]) < BOX_AFTER * total:
            continue
        scores = scores or block_scores(raw)
        for k in range(h + 1, span[1] - BARRIER + 2):
            row = scores[k:k + BARRIER]
            labels = sum(not headline_shaped(raw[j].text) for j in range(k, k + BARRIER))
            # (labels, not titles: a box's own titles under its header are a barrier too, and the story goes on under them)
            if all(x <= -GAP_COST for x in row) and any(x > -HEADER_COST for x in row) and 2 * labels > BARRIER:
                for j in range(h, span[1] + 1):
                    if kinds[j] in BODY:
                        kinds[j] = "chrome"
                return


# The story's end model looks at this many narrated blocks up from the last; a second piece starts
# among them, under at least this many narrated words of the story.
PIECE_WINDOW, PIECE_AFTER_WORDS = 12, 150


def _quoted_post(t: str) -> bool:
    # an embedded post's signature is the story's quotation ("— Jo Lee (@jolee) May 5, 2022"); a link is no line
    return "@" in t or t[:1] in "—–-" or bool(re.search(r"https?:|www\.|[^\W\d]/[^\W\d]", t))


def _piece_mark(t: str) -> bool:
    """A date line or a byline, as set under or over a piece's title."""
    t = " ".join(t.split())
    return len(words(t)) <= 16 and not _quoted_post(t) and bool(is_date_line(t) or byline.by_word(t) or byline.by_line(t))


def _piece_title(t: str) -> bool:
    # (a label before a colon is a fact box's row: "Seiten: 400 Seiten")
    t = " ".join(t.split())
    return headline_shaped(t) and not re.match(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:", t) and not _piece_mark(t)


def _prose_from(raw: list[RawBlock], j: int, reach: int = 3) -> bool:
    return any(is_sentence(raw[k].text) and len(words(raw[k].text)) >= 8 for k in range(j, min(len(raw), j + reach)))


def second_piece(raw: list[RawBlock], kinds: list[str]) -> int | None:
    """Where another piece starts under the story, in prose shaped like the story's own: a title with
    its date line or byline right under or over it, over prose (a second article, a related story's
    opening)."""
    heard = [i for i, k in enumerate(kinds) if k in BODY]
    texts = [rb.text for rb in raw]
    above = [0]
    for i in heard:
        above.append(above[-1] + len(words(texts[i])))
    for n in range(max(2, len(heard) - PIECE_WINDOW), len(heard)):
        i, nxt = heard[n], texts[heard[n] + 1] if heard[n] + 1 < len(texts) else ""
        if above[n] >= PIECE_AFTER_WORDS and _prose_from(raw, i + 2) \
                and (_piece_title(texts[i]) and _piece_mark(nxt) or _piece_mark(texts[i]) and _piece_title(nxt)):
            return i
    return None


def mark_second_piece(raw: list[RawBlock], kinds: list[str]) -> None:
    """Every narrated block from where a second piece starts under the story (`second_piece`)."""
    start = second_piece(raw, kinds)
    if start is None:
        return
    for j in range(start, len(kinds)):
        if kinds[j] in BODY:
            kinds[j] = "chrome"


# A closing line under the story, read at the page's end: a site's address, a copyright, licence or
# citation note, a disclaimer; this many words at most (an address line: fewer, the domain alone or a "www.").
CLOSING_WORDS, CLOSING_ADDRESS_WORDS = 25, 12
# (a domain, not a link: a link with its path is a story's reference)
_DOMAIN = re.compile(r"(?<![/\w.@-])(?:www\.)?[\w-]+\.(?:com|org|net|gov|edu|info|eu|de|at|ch|fr|it|es|nl|pl|be|uk)\b(?!/|[.\w-]\w)",
                     re.IGNORECASE)
_RIGHTS = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright(?:ed)?\b|\blicen[cs]ed under\b|\bCC[- ]BY\b|\ball rights reserved\b|"
                     r"\balle rechte vorbehalten\b|\btous droits r[ée]serv[ée]s\b|\btodos los derechos reservados\b|"
                     r"\b(?:suggested citation|zitiervorschlag|zitierweise|cite (?:this|as)|citation sugg[ée]r[ée]e)\b|"
                     r"\b(?:is|are) not responsible for\b|\bkeine (?:haftung|gew[äa]hr)\b",
                     re.IGNORECASE)


def closing_line(t: str, valued: bool = False) -> bool:
    """A line that closes a page, not a story: a label whose value went to the next line ("Release
    Date:"), a copyright, licence or citation note, a disclaimer, a short line naming a site by its
    address ("BVINEWS.COM", "More at www.example.org.")."""
    t = " ".join(t.split())
    n = len(words(t))
    if n <= 4 and t.endswith(":"):
        return valued  # (a label over a narrated line heads it: "Someone else wrote:", "Fazit:")
    if "://" in t:
        return n <= CLOSING_WORDS and bool(_RIGHTS.search(t))
    domain = _DOMAIN.search(t)
    # (a domain alone is a source's or the site's name; in a sentence, only a "www." points away from the story)
    return n <= CLOSING_WORDS and bool(_RIGHTS.search(t)) or n <= CLOSING_ADDRESS_WORDS and bool(domain) and (
        domain.group(0) == t.strip(" .!") or domain.group(0).lower().startswith("www.") and is_sentence(t))


def mark_closing_lines(raw: list[RawBlock], kinds: list[str]) -> None:
    """Each closing line (`closing_line`) among the last PIECE_WINDOW narrated blocks, under
    PIECE_AFTER_WORDS narrated words at least: chrome (the line alone; what follows it may be the story's)."""
    heard = [i for i, k in enumerate(kinds) if k in BODY]
    above = 0
    for n, i in enumerate(heard):
        valued = i + 1 < len(raw) and kinds[i + 1] not in BODY  # the label's value was taken as furniture
        if n >= len(heard) - PIECE_WINDOW and above >= PIECE_AFTER_WORDS and closing_line(raw[i].text, valued):
            kinds[i] = "chrome"
        above += len(words(raw[i].text))


# The lines a story's closing lead-in announces: this many at most, each this many words at most.
ANNOUNCED_LINES, ANNOUNCED_WORDS = 8, 40
# A lead-in is a sentence of this many words at least ("... gibt es folgende Bestimmungen:"), not a label ("Tags:").
LEAD_IN_WORDS = 5
# A quotation set line by line under its lead-in (a poem, a statement): it opens and closes with a mark.
_QUOTE_OPEN = re.compile(r"^[\"“„«‘‚»]")
# A lead-in to a video, a post or a picture: flattened text kept none of it, what follows is the page's.
_MEDIA = re.compile(r"\b(?:videos?|vídeos?|footage|clips?|watch|tweets?|photos?|pictures?|images?|galler(?:y|ie)|"
                    r"bilder|fotos?|fotograf[íi]as?|immagini|embed)\b", re.IGNORECASE)
# A form's prompt ("Fill in your details below or click an icon to log in:"): its fields follow, no story's lines.
_FORM = re.compile(r"\b(?:log(?:ged)? in|sign in|fill in|enter your|einzuloggen|anmelden|trage deine|gib hier)\b", re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[\"”“»«’‘][.!?,;:]?\s*$")
# A lead-in that sends the reader on ("Read about:", "... erhalten Sie auf den Seiten von X:", "check out"): the
# lines under it are links to other pages, the page's own (a partner's links, related posts), not the story's.
_POINTER = re.compile(r"\b(?:read (?:more|about|our|on)|continue reading|learn more|find out more|more (?:information|details)|"
                      r"visit|see (?:also|more|our|all)|check(?:ing)? out|follow (?:us|me|our)|subscribe|sign up|download|"
                      r"click|links?|related|you (?:may|might) (?:also )?like|lesen sie (?:auch|mehr|weiter)|weiterlesen|"
                      r"weitere (?:informationen|infos|artikel|beiträge)|mehr (?:dazu|zum thema|infos?)|finden sie|"
                      r"besuchen|folgen sie|abonn\w*|siehe|interessier\w*|(?:lea|leer|lee) más|más información|visite|"
                      r"síguenos|à lire|lire aussi|voir (?:aussi|plus)|plus d.infos?|suivez)\b", re.IGNORECASE)
# A widget's list with its counts ("Bodegas Valdemar (4)": posts per producer, per category, per month).
_COUNTED = re.compile(r"\(\d+\)\s*$")


def _announces(lead: str) -> bool:
    """The story's last paragraph is a sentence (not a label) that ends on a colon and announces its own lines:
    no media lead-in, no form's prompt, no pointer to other pages in its last sentence."""
    last = (split_sentences(lead.strip()) or [lead])[-1]  # (not cut at "z. B." / "e.g.": the pointer is before it)
    return lead.rstrip().endswith(":") and len(words(lead)) >= LEAD_IN_WORDS and not _MEDIA.search(lead) \
        and not _FORM.search(lead) and not _POINTER.search(last)


def _row_stops(t: str, kind: str, seen: collections.Counter) -> bool:
    """A line the announced rows end at: one labelled other than chrome, one of more than ANNOUNCED_WORDS words,
    one a rule knows as the page's (a link-list or comments header, a tag line, a button), a date line (a
    teaser's), a widget's counted item, no word, or a line the page prints twice (a menu's or an ad box's)."""
    return kind != "chrome" or len(words(t)) > ANNOUNCED_WORDS or bool(more_stories(t, Context())) \
        or comments_header(t) or tag_line(t) or bool(classify(t, Context())) or not re.search(r"[^\W\d_]{2}", t) \
        or seen[" ".join(t.split()).lower()] > 1 or is_date_line(t) or _COUNTED.search(t) is not None


def announced_rows(raw: list[RawBlock], kinds: list[str], lead: int) -> list[int]:
    """The blocks under the lead-in up to the first that stops them, or through a quotation's closing mark,
    or to the page's end. Nothing when no such end comes within ANNOUNCED_LINES: rows that run on are a
    menu's, not a sheet's."""
    seen = collections.Counter(" ".join(rb.text.split()).lower() for rb in raw)
    quoted = lead + 1 < len(raw) and _QUOTE_OPEN.match(raw[lead + 1].text.lstrip()) is not None
    rows: list[int] = []
    for i in range(lead + 1, min(len(raw), lead + 2 + ANNOUNCED_LINES)):
        t = raw[i].text
        if _row_stops(t, kinds[i], seen):
            if _COUNTED.search(t) and rows and len(words(raw[rows[-1]].text)) <= 2:
                rows.pop()  # (the counted widget's heading: "Erzeugerübersicht")
            return rows
        if len(rows) == ANNOUNCED_LINES:
            return []
        rows.append(i)
        if quoted and _QUOTE_CLOSE.search(t):
            return rows  # the quotation it announced is closed: the page goes on
    return rows  # the page's end


def mark_announced(raw: list[RawBlock], kinds: list[str]) -> None:
    """The story's last paragraph ends on a colon: it announces what follows (a table's rows, a poem, a list
    of names), which is the story's, though its short lines look like the page's. Heard up to the first line
    a rule knows (a link-list or comments header, a tag line, a share button, a date line, a widget's count): the
    page begins there. A lead-in pointing to other pages announces nothing; nor rows with no end in reach."""
    heard = [i for i, k in enumerate(kinds) if k == "paragraph"]
    if heard and _announces(raw[heard[-1]].text):
        for i in announced_rows(raw, kinds, heard[-1]):
            kinds[i] = "paragraph"
