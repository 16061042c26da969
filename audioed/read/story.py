"""Where the story is among a page's blocks: the densest run of prose in flattened text, the page
around it, and pull quotes that repeat the story. Part of the editor's pass in `build`.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from audioed.read import cleanup, headers, shapes
from audioed.read.cleanup import Context, is_sentence, sentence_breaks, words
from audioed.read.headers import COMMENTS_WORLD, LEAVE_COMMENT_WORLD
from audioed.read.metadata import is_date_line
from audioed.read.prose import word_count

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

BODY = ("paragraph", "heading")
"""Block kinds heard as the story's own text."""

# Flattened pages: a short line outside the story costs this many words of prose to cross.
GAP_COST = 12


_MARKUP = re.compile(r"</?(?:div|img|iframe|span|a|p|script|style|i|b)\b[^>]*>", re.IGNORECASE)
_LEGAL = re.compile(r"©|\ball rights reserved\b|\bregistered trademarks?\b|\b(?:this|our) (?:web ?)?site\b|\bcopyright\b|\bterms of (?:use|service)\b|\bprivacy policy\b",
                    re.IGNORECASE)
# A cookie-consent notice: long prose, in no story ("This website uses cookies to improve your experience").
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(r"\b(?:web\s?sites?|site|brows\w+|consent\w*|accept\w*|agree\w*|privacy|opt[- ]?out)\b",
                      re.IGNORECASE)
# (a citation in a list of notes opens with its back-link caret: "^ Doe, Jane (2019)...")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[•·▪◦*–+^-])\s+\S")
# A list item closed by when it ran ("• Federer rolls Down Under 1/15/2008, 3:19 p.m. EST"): a teaser's link.
_STAMP_END = re.compile(r"(?:\b\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?)(?:\s+[A-Z]{2,4})?\W*$")


# A line of code: a statement's end, a brace, a comment, a keyword opening an assignment, a call.
_CODE = re.compile(r"[;{}]\s*(?://.*)?$|^\s*[})\]]|^\s*(?://|/\*|\*/)|^\s*(?:var|let|const|def|return|import|"
                   r"function|if|else|for|while)\b.*[=(:{]|\w\.\w+\(.*\)|"
                   # a query's clause, a snake_case name, a box-drawn table's row: a code sample's lines
                   r"^(?:SELECT|FROM|WHERE|(?:GROUP|ORDER|PARTITION) BY|WITH|JOIN|LIMIT|HAVING|UNION)\b|"
                   r"\b[a-z]+_[a-z_]+\b|│")


# A link-list or comments header costs this many words of prose to cross: what follows is not the story.
HEADER_COST = 60.0
# (Substack heads every post's thread "Discussion about this post"; British papers head theirs "Have your say")
_COMMENTS = re.compile(r"^(?:\d+\s+)?(?:comments?|reply|reader comments|join the (?:discussion|conversation)|"
                       r"discussion about this (?:post|article|story)|"
                       r"have your say|"
                       r"leave a (?:comment|reply)|(?:add|post|show|view) (?:a |\d+ )?comments?|"
                       rf"{COMMENTS_WORLD}|{LEAVE_COMMENT_WORLD})(?:\s*\(\d+\))?\W*$", re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
# A comment thread's own header, in any wording: a short line around "comments" ("Top Rated Comments",
# "[ 167 comments ]", "No comments yet", "blog comments powered by Disqus"), or a numbered "Comment".
_THREAD = re.compile(rf"^\W*(?:[\w’']+\s+){{0,3}}(?:comments|{COMMENTS_WORLD})\b(?:\s+[\w’']+){{0,4}}\W*(?:\(\d+\))?\W*$|"
                     r"^\W*\d+\s+comment\W*$", re.IGNORECASE)


# A teaser's excerpt, cut off after a word ("... and has...", "... As it… Read more").
_EXCERPT = re.compile(r"[^\W\d_](?:…|\.\.\.)(?:\s*read more)*\W*$", re.IGNORECASE)


def comments_header(t: str) -> bool:
    """Does the line head a comment thread, or sit in one ("Reply")? What follows is readers' text."""
    return bool(_COMMENTS.match(t)) or (len(words(t)) <= 8 and not is_sentence(t) and bool(_THREAD.match(t)))


# A post's tag or category line under the story, or the comment form's note ("Tags: ...", "Filed under
# ...", "Themen: ...", "Veröffentlicht in ...", "This entry was posted in ..."): the story is over.
_TAGS = re.compile(r"^\W*(?:(?:tags?|topics?|themen|schlagw[öo]rter|stichw[öo]rter|kategorien?|categor(?:y|ies)|"
                   r"mots-cl[ée]s|[ée]tiquettes|etiquetas|categor[ií]as?|cat[ée]gories?|tagi|trefwoorden|related topics|"
                   r"more on)(?:\s+[\w’']+){0,3}\s*(?::|$)|(?:filed under|posted in|ver[öo]ffentlicht in|abgelegt unter)\s+\S)",
                   re.IGNORECASE)
TAG_WORDS = 30


def tag_line(t: str) -> bool:
    """Does the line file the post under its tags or categories, or open the comment form?"""
    return len(words(t)) <= TAG_WORDS and bool(_TAGS.match(t) or headers.POST_NOTE.match(t))


# A reader's post signed above its text ("Peter sagt:", "Jane Doe says:", "Marie dit :"), at most
# SIGNATURE_WORDS words, and the reply button under it, alone or after the post's time ("... | Antworten"),
# or naming what it answers ("reply to comment").
_SIGNED = re.compile(r"^\W*\S.{0,60}?\s(?:sagt|says|said|schreibt|schrieb|wrote|writes|dit|dice|disse|zegt|"
                     r"napisa[łl]a?|escribi[óo]|scrive)\s*:\s*$", re.IGNORECASE)
_REPLY = re.compile(r"^(?:[^|\n]{0,40}\|\s*)?\W*(?:antworten|reply|r[ée]pondre|responder|rispondi|odpowiedz|"
                    r"beantwoorden|reageer|responda|reply to (?:this )?comment)\W*$", re.IGNORECASE)
SIGNATURE_WORDS, POST_BLOCKS = 8, 10


def _signed(t: str) -> bool:
    return len(words(t)) <= SIGNATURE_WORDS and bool(_SIGNED.match(t))


# A thread's post stamped over its text with its age ("· 3 yr. ago", "u/name · 6 years ago", "vor 2 Tagen",
# "il y a 3 ans") or its date and time, and closed by its buttons ("Share", "Reply", "ReportSave", "melden"):
# a forum's, a social site's or a newspaper's readers' thread. The stamp alone, at most SIGNATURE_WORDS words.
_AGE_ONE = (r"(?:edited\s+)?(?:\d+\s*(?:yr|year|mo|month|wk|week|d|day|h|hr|hour|min|minute)s?\.?\s+ago|"
            r"vor\s+\d+\s+(?:jahr|monat|woche|tag|stunde|std|minute|min)\w*|il y a\s+\d+\s+\w+|hace\s+\d+\s+\w+|"
            r"\d+\s+(?:jaar|maanden|weken|dagen|uur|minuten)\s+geleden|"
            r"(?:včera|dnes|yesterday|today|gestern|heute)\W+\d{1,2}[:.]\d{2})")
# (no "\s*" before the "\W*": it holds the spaces already, and the two splitting a long run of spaces
# between them cost its length squared)
AGE = re.compile(rf"^(?:[^·|]{{0,40}}[·|]|(?:posted|submitted)(?:\s*by)?)?\W*{_AGE_ONE}(?:\s*[·|]\s*{_AGE_ONE})?"
                 r"(?:\s+by\s+\S+)?\W*$", re.IGNORECASE)
"""A line giving a post's or a card's age alone: "u/name · 6 years ago", "vor 2 Std.", "gestern 14:40"
(also `furniture`'s stamp under another story's card)."""
_BUTTONS = re.compile(r"^\W*(?:share|teilen|partager|compartir|condividi|delen|report|melden|signaler|reportsave|"
                      r"share\s*report(?:\s*save)?|reportsavefollow)\W*$", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?!\.\d)")
# Stamped posts on a page that make it a thread (a story's one dated aside is none).
THREAD_POSTS = 3


def _aged(t: str) -> bool:
    """A post's stamp: its age, or its date with the time of day ("14. 01. 2020, 20:29")."""
    return len(words(t)) <= SIGNATURE_WORDS and bool(AGE.match(t) or (_CLOCK.search(t) and is_date_line(t)))


def stamped_thread(raw: list[RawBlock]) -> list[range]:
    """A thread's posts, each the blocks between its age line and the first button line under it (within
    POST_BLOCKS, no other age line between, a button right under the stamp making none), when the page has
    THREAD_POSTS such posts at least. The first may be the thread's opening post (a forum's question, a social
    site's post), the story: `_opening` says when; under a news story all are readers' replies."""
    found = _closed_posts(raw, _aged, lambda t: bool(_BUTTONS.match(t) or _REPLY.match(t)))
    return found if len(found) >= THREAD_POSTS else []


def _closed_posts(raw: list[RawBlock], opens, closes) -> list[range]:
    """The posts of a page: the blocks between a line `opens` knows (a signature, a stamp) and the first line
    `closes` knows under it (its buttons), within POST_BLOCKS and with no other opener between. A closer
    straight under the opener makes none (a dated list's item straight over its share button is no post)."""
    found: list[range] = []
    for s in range(len(raw)):
        if not opens(raw[s].text):
            continue
        for r in range(s + 1, min(len(raw), s + 1 + POST_BLOCKS)):
            if opens(raw[r].text):
                break
            if closes(raw[r].text):
                if r > s + 1:
                    found.append(range(s + 1, r))
                break
    return found


# The count of a post's replies among its buttons ("2.8k comments", "313 Comments").
_REPLIES = re.compile(rf"^\W*\d[\d.,]*\s*k?\s+(?:comments?|replies|answers|antworten|{COMMENTS_WORLD})\W*$", re.IGNORECASE)


def _opening(raw: list[RawBlock], thread: list[range]) -> range | None:
    """The thread's opening post: its first, when it holds the count of its replies and no line
    `comments_header` knows ("12 Comments", "Reply") stands above it (a blog's first comment under its
    story has a comments header over it and holds no count)."""
    if not thread or any(comments_header(raw[i].text) for i in range(thread[0].start)):
        return None
    return thread[0] if any(_REPLIES.match(raw[i].text) for i in thread[0]) else None


# A line naming the replies over a thread with no opening post ("Leserkommentare", "11 Antworten zu ...").
_NAMES_REPLIES = re.compile(rf"comment|kommentar|{COMMENTS_WORLD}|discussion|diskussion|\brepl(?:y|ies)\b|antworten|"
                            r"r[ée]actions?|reacties", re.IGNORECASE)
NAMED_ABOVE = 6


def _named_thread(raw: list[RawBlock], first: int) -> bool:
    """Does a short line within NAMED_ABOVE blocks over the thread's first post name the replies?"""
    return any(len(words(raw[i].text)) <= SIGNATURE_WORDS and _NAMES_REPLIES.search(raw[i].text)
               for i in range(max(0, first - NAMED_ABOVE), first))


def _post_title(raw: list[RawBlock], post: range) -> int | None:
    """The opening post's title: its first line of two words or more (past its vote count, "Archived")."""
    return next((i for i in post if len(re.findall(r"[^\W\d_]{2,}", raw[i].text)) >= 2
                 and not comments_header(raw[i].text) and not _URL.match(raw[i].text)), None)


def thread_title(raw: list[RawBlock]) -> int | None:
    """The headline of a thread page whose densest prose is not above its opening post (it is the post,
    or the readers' replies): the post's title. (A story above a thread keeps its own headline.)"""
    post = _opening(raw, stamped_thread(raw))
    dense = _densest(block_scores(raw)) if post is not None else None
    if dense is None or dense[1] < post.start:
        return None
    return _post_title(raw, post)


def comment_posts(raw: list[RawBlock]) -> list[int]:
    """The blocks of readers' posts: between a signature line and the reply button closing its post
    (the button within POST_BLOCKS blocks of the signature, no other signature between). A story quoting someone "says:" has
    no reply button under the quote. And a thread's replies stamped with their age or date and time
    (`stamped_thread`), its opening post left out; with no opening post, only when a line over the thread
    names the replies (`_named_thread`: a live blog's stamped entries are not readers' posts)."""
    thread = stamped_thread(raw)
    opening = _opening(raw, thread)
    if opening is None and thread and not _named_thread(raw, thread[0].start):
        thread = []  # (a live blog's entries are stamped and shared too: replies are announced as such)
    signed = _closed_posts(raw, _signed, lambda t: bool(_REPLY.match(t)))
    return [i for post in thread if post != opening for i in post] + [i for post in signed for i in post]


def thread_header(t: str) -> bool:
    """A header over the whole thread ("Comments", "Top Rated Comments", "Leave a reply"), not a
    button ("Reply", a table's "Comment" column) nor a count ("0 Comments" by the byline, a teaser's)."""
    return comments_header(t) and not re.match(r"^\W*(?:\d+\s+)?(?:comment|reply)\W*$|^\W*\d+\s+comments?\W*(?:\(\d+\))?$",
                                                t.strip(), re.IGNORECASE)


def _story_score(rb: RawBlock) -> float:
    """A block's score on its own: prose scores its words, a short line that is not a sentence
    costs GAP_COST, lines found inside stories as often as outside (list items, chart axes, code)
    score nothing."""
    t = rb.text
    n = word_count(t)
    if rb.hint is not None and rb.hint not in BODY:
        return 0.0
    if not re.search(r"[^\W\d_]{2}", t):
        return 0.0  # numbers and marks: a chart's axis flattened line by line, inside the story
    legal = _LEGAL.search(t) or (_COOKIES.search(t) and _CONSENT.search(t))
    if _MARKUP.search(t) or (legal and not re.search(r"\b(?:said|says)\b", t)):
        return -max(GAP_COST, n)  # markup left by a noscript, the footer's legal small print
    if _LIST_ITEM.match(t) or t.rstrip().endswith(":"):
        # a list item or the line that opens one: inside the story as often as not; a sentence is prose unless a
        # time stamp closes it (`_STAMP_END`: a teaser's link)
        return float(n) if n >= 10 and is_sentence(t.rstrip()[:-1] + ".") and not _STAMP_END.search(t) else 0.0
    if n >= 20 and _EXCERPT.search(t):
        return -GAP_COST  # an excerpt cut off mid-sentence ("... the government told Parliament on Wednesday. It..."): a teaser
    if headers.more_stories(t, Context()) or comments_header(t):
        return -HEADER_COST  # "More stories", "Most read", "12 Comments": what follows is not the story
    if cleanup.classify(t, Context()):
        # Furniture the rules know (a promo, a credit, "Advertisement") sits inside stories too;
        # it is skipped on its own, and costs a short story paragraph little to cross.
        return -GAP_COST / 4
    if is_sentence(t) or re.search(r"[。！？][」』”]?$", t):
        return float(n)  # a short sentence too ("Yes." closing an interview)
    if _CODE.search(t) or len(re.findall(r"(?<![\w.])\d[\d.,:%]*(?![\w.])", t)) >= 3 or _URL.match(t):
        return 0.0  # a line of a code sample, a table's row, a bare address: inside the story as often as not
    if n >= 30:
        return n / 2  # long but unpunctuated: a list flattened into one block, or a run-on
    return -GAP_COST


def _continues(raw: list[RawBlock], i: int) -> bool:
    """Is block i a line of hard-wrapped prose (a <pre> text, a poem)? It runs on from the line
    above (it opens in lower case after a line with no final stop) or into the line below."""
    t, n = raw[i].text, len(words(raw[i].text))
    if n < 4:
        return False
    starts_low = re.match(r"^[\"“‘(]?[a-z]", t) is not None
    if starts_low and i > 0 and not is_sentence(raw[i - 1].text):
        return True
    return i + 1 < len(raw) and re.match(r"^[a-z]", raw[i + 1].text) is not None and \
        not re.search(r"[.!?:]$", t) and len(words(raw[i + 1].text)) >= 4


def headline_shaped(t: str) -> bool:
    # a slideshow's counter before its slide's title ("4/50 ..."), a link's arrow ("» ...")
    t = re.sub(r"^(?:\d{1,3}\s*/\s*\d{1,3}|[»›▸▶►])\s+", "", t)
    n = len(words(t))
    return 3 <= n <= 20 and t[:1].isupper() and not is_sentence(t) and not t.rstrip().endswith(":")


def block_scores(raw: list[RawBlock]) -> list[float]:
    """Every block's story score, with what its neighbours say: a line of wrapped prose scores as
    prose; a short blurb (TEASER_WORDS words, three sentences at most) under a headline-shaped
    line, in a chain of three such pairs each within TEASER_WINDOW blocks of the next, is a teaser
    list's ("More stories", a section front), not the story's: it scores nothing (beside the story
    it is chrome)."""
    return _scores(raw)[0]


def _scores(raw: list[RawBlock]) -> tuple[list[float], set[int]]:
    scores = [_story_score(rb) for rb in raw]
    for i in range(len(raw)):
        if scores[i] == -GAP_COST and (_continues(raw, i) or shapes.wrapped_cjk(raw, i)):
            scores[i] = word_count(raw[i].text) / 2
    short = [x == -GAP_COST for x in scores]
    for i in shapes.list_items(raw, short) + shapes.markup_listing(raw) + shapes.contents(raw) + \
            shapes.table_rows(raw) + shapes.repeated_notes(raw, scores):
        scores[i] = 0.0
    pairs = [i for i in range(1, len(raw)) if _teaser_pair(raw, scores, i)]
    blurbs = {i for a, b, c in zip(pairs, pairs[1:], pairs[2:]) if max(b - a, c - b) <= TEASER_WINDOW
              for i in (a, b, c)}
    zeroed = [0.0 if i in blurbs else x for i, x in enumerate(scores)]
    # A list article (a product roundup, "10 ways to ..."): its items look like a teaser list's, and
    # with them at nothing the run found is a scrap inside the list. A chain around the run that
    # outweighs it twice is the story.
    span = _densest(zeroed)
    run = sum(zeroed[span[0]:span[1] + 1]) if span else 0.0
    own = {i for chain in _chains(blurbs) if span and chain[0] <= span[0] and span[1] <= chain[-1]
           and sum(scores[j] for j in chain) >= 2 * run for i in chain}
    # A subheaded story's sections look like teasers too: a chain inside the run or right under it is the story's
    if span:
        own |= {i for chain in _chains(blurbs) if _sections(raw, scores, chain, span)
                for i in _uncredited(raw, chain) if i >= span[0]}
    return [scores[i] if i in own else x for i, x in enumerate(zeroed)], blurbs - own


# Short lines between two paragraphs of the story (bullets flattened one a line, a section's facts):
# this many at most; topic words each paragraph (with the next beyond it) shares with the densest run.
LIST_LINES, LIST_SHARED = 15, 5


def _story_lists(raw: list[RawBlock], scores: list[float]) -> list[int]:
    """The short lines of a list inside the story: LIST_LINES at most between two paragraphs, none a
    link-list or comments header, a date line, or markup or small print longer than GAP_COST words (a
    shorter one costs what any short line does, and may be among them); the two paragraphs share a topic
    word, and each (with the paragraph beyond it) shares LIST_SHARED with the page's densest run. A 2025 guide's
    bullets carry no mark in flattened text and cost the run as a menu's lines do (frecall29)."""
    prose = [i for i, x in enumerate(scores) if x > 0]
    first = _densest(scores)
    if first is None:
        return []
    run = {w.lower() for i in range(first[0], first[1] + 1) for w in _TOPIC_WORD.findall(raw[i].text)}

    def topic(ks) -> set[str]:
        return {w.lower() for k in ks for w in _TOPIC_WORD.findall(raw[k].text)}

    def side(k: int, step: int) -> set[str]:  # the paragraph, and the one beyond it when prose
        return topic([k] + ([k + step] if 0 <= k + step < len(raw) and scores[k + step] > 0 else []))
    out = []
    for p, q in zip(prose, prose[1:]):
        between = range(p + 1, q)
        if not 2 <= len(between) <= LIST_LINES or \
                any(scores[i] < -GAP_COST or is_date_line(raw[i].text) for i in between):
            continue
        if topic([p]) & topic([q]) and len(side(p, -1) & run) >= LIST_SHARED and len(side(q, 1) & run) >= LIST_SHARED:
            out += [i for i in between if scores[i] < 0]
    return out


# A chain of pairs right under the run: its first blurb this many blocks at most below the run's last block.
SECTIONS_BELOW = 4


def _sections(raw: list[RawBlock], scores: list[float], chain: list[int], span: tuple[int, int]) -> bool:
    """Is a chain of headline-and-blurb pairs the story's own sections (a subheading over each paragraph)?
    It is when a pair sits between the run's paragraphs (a teaser list stands beside the story, not inside
    it), or when the chain starts right under the run, only furniture the rules know between (a caption),
    and its blurbs share the run's words (`_same_story`). Not when a date line stands among its pairs, or a blurb
    is printed twice (a carousel): teasers' marks."""
    if any(is_date_line(raw[j].text) for j in range(max(chain[0], span[0]), min(len(raw), chain[-1] + 2))) or \
            len({raw[i].text for i in chain}) < len(chain):
        return False
    if any(span[0] < i < span[1] for i in chain):
        return True
    if not span[1] < chain[0] <= span[1] + SECTIONS_BELOW:
        return False
    head = next((j for j in (chain[0] - 1, chain[0] - 2) if headline_shaped(raw[j].text)), chain[0] - 1)
    return all(scores[j] > -GAP_COST for j in range(span[1] + 1, head)) and \
        _same_story(raw, scores, (chain[0], chain[-1]), span)


def _uncredited(raw: list[RawBlock], chain: list[int]) -> list[int]:
    """The chain's pairs up to the first whose title is a picture's credit ("FOTOS: © Jo Lee"): no subheading,
    a picture and its caption or another piece's teaser under it."""
    for n, i in enumerate(chain):
        if any("©" in raw[j].text for j in (i - 1, i - 2) if j >= 0):
            return chain[:n]
    return chain


def _chains(blurbs: set[int]) -> list[list[int]]:
    """The teaser chains: blurbs each within TEASER_WINDOW blocks of the next."""
    chains: list[list[int]] = []
    for i in sorted(blurbs):
        if chains and i - chains[-1][-1] <= TEASER_WINDOW:
            chains[-1].append(i)
        else:
            chains.append([i])
    return chains


def _densest(scores: list[float]) -> tuple[int, int] | None:
    """The run with the largest sum (Kadane's maximum subarray)."""
    best = cur = 0.0
    start = 0
    span = None
    for i, score in enumerate(scores):
        if cur <= 0:
            cur, start = score, i
        else:
            cur += score
        if cur > best:
            best, span = cur, (start, i)
    return span


TEASER_WINDOW = 6
TEASER_WORDS = 80


def _teaser_pair(raw: list[RawBlock], scores: list[float], i: int) -> bool:
    t = raw[i].text
    if scores[i] <= 0 or len(words(t)) > TEASER_WORDS or sentence_breaks(t) > 2:
        return False
    above = [j for j in (i - 1, i - 2) if j >= 0]
    return any(scores[j] == -GAP_COST and headline_shaped(raw[j].text) for j in above[:1]) or \
        (len(above) == 2 and scores[above[0]] < 0 and scores[above[1]] == -GAP_COST
         and headline_shaped(raw[above[1]].text))


def story_span(raw: list[RawBlock], scores: list[float] | None = None, *,
               lists: bool = True) -> tuple[int, int] | None:
    """(first, last) block of the story in flattened page text: the run of blocks where prose is
    densest (the largest sum of `block_scores`: a sentence scores its words, a short line that is
    not a sentence costs GAP_COST). Menus, teaser lists, footers and comment threads are runs of
    short lines, so the story's run stops at them; subheadings, credits and captions inside the
    story are single lines, crossed because the prose on both sides outweighs them. `scores`: the
    page's `block_scores`, when the caller has them already. `lists=False`: the run without
    `_story_lists` (the span the headline, byline and date are chosen over).
    """
    return _extent(raw, block_scores(raw) if scores is None else scores, lists)[0]


def _extent(raw: list[RawBlock], scores: list[float],
            lists: bool = True) -> tuple[tuple[int, int] | None, list[int]]:
    """The story's span, and the blocks inside it that are not the story's (a video player's
    controls between its two halves, a slideshow dropped into a numbered list)."""
    # (bullets between two paragraphs of the story cost the run nothing: for the span only, the page's
    # scores stay as they are for the stages that read lines beside the run)
    listed = set(_story_lists(raw, scores)) if lists else set()
    scores = [0.0 if i in listed else x for i, x in enumerate(scores)]
    span, gap = _opening_run(raw, scores, _cut_at_tags(raw, scores, _cut_at_thread(raw, scores, _off_posts(raw, scores))))
    span, more = _resumed_list(raw, scores, span)
    return span, list(gap) + list(more)


def _off_posts(raw: list[RawBlock], scores: list[float]) -> tuple[int, int] | None:
    """The densest run, unless half its prose or more is readers' posts (`comment_posts`): a long post
    outweighs a short story above it. Then the densest run with the posts weighing nothing."""
    span = _densest(scores)
    posts = set(comment_posts(raw))
    if span is None or not posts:
        return span
    inside = range(span[0], span[1] + 1)
    if 2 * sum(max(scores[i], 0.0) for i in inside if i in posts) < sum(max(scores[i], 0.0) for i in inside):
        return span
    # (a thread's opening post is the story however short: its prose; a post that is a title over a
    # picture or a link has none, and its title is the headline, `thread_title`)
    opening = _opening(raw, stamped_thread(raw))
    prose = [i for i in opening or () if scores[i] > 0]
    if opening is not None and set(prose) - {_post_title(raw, opening)}:
        return prose[0], prose[-1]
    return _densest([min(x, 0.0) if i in posts else x for i, x in enumerate(scores)])


# A numbered list's item title ("5. Beware the wall-mounted hairdryer"): its number, at most this many words.
_ITEM = re.compile(r"^(\d{1,2})[.)]\s+[^\W\d_]")
ITEM_TITLE_WORDS = 15


def _resumed_list(raw: list[RawBlock], scores: list[float],
                  span: tuple[int, int] | None) -> tuple[tuple[int, int] | None, range]:
    """A list article cut by a slideshow or a box of teasers: the run ends at item k of its own
    numbered list (k - 1 in the run too), and item k + 1 comes after the box, with no item 1 (another
    list starting) nor a comments header between. The span then runs on over the rest of the list;
    the box between (returned) is not the story's."""
    if span is None:
        return span, range(0)
    def number(i: int) -> int | None:
        m = _ITEM.match(raw[i].text)
        return int(m.group(1)) if m and len(words(raw[i].text)) <= ITEM_TITLE_WORDS else None
    seen = [n for i in range(span[0], span[1] + 1) if (n := number(i)) is not None]
    if len(seen) < 2 or seen[-2] != seen[-1] - 1:
        return span, range(0)
    last = seen[-1]
    for m in range(span[1] + 1, len(raw)):
        if number(m) == 1 or thread_header(raw[m].text):
            return span, range(0)
        if number(m) == last + 1:
            break
    else:
        return span, range(0)
    end, total, best = m, 0.0, 0.0
    for i in range(m, len(raw)):  # the rest of the list: the best run on from its next item
        if scores[i] <= -HEADER_COST or thread_header(raw[i].text):
            break
        total += scores[i]
        if total > best:
            end, best = i, total
    return ((span[0], end), range(span[1] + 1, m)) if best > 0 else (span, range(0))


# The story's opening: a run starting this many blocks at most under a date line; this much prose at least.
DATE_ABOVE, OPENING_WORDS = 6, 100


def _dated(raw: list[RawBlock], i: int) -> bool:
    return any(is_date_line(raw[j].text) for j in range(max(0, i - DATE_ABOVE), i))


def _opening_run(raw: list[RawBlock], scores: list[float],
                 span: tuple[int, int] | None) -> tuple[tuple[int, int] | None, list[int]]:
    """A story cut in two by a video player's or a slideshow's controls: the run found is its second
    half when it has no date line above it and an earlier run of OPENING_WORDS prose does, with no
    link-list or comments header between; or when the earlier run's sentences share the run's words
    (`_same_story`), with no comments header between (a video's "Up next" list sits inside stories).
    The span then starts at the opening; the controls between (returned) are not the story's. A dated run
    above too short to be an opening may be the story itself (`_short_dated`)."""
    if span is None or _dated(raw, span[0]):
        return span, []
    first = _densest(scores[:span[0]])
    if first is None:
        return span, []
    if sum(scores[first[0]:first[1] + 1]) < OPENING_WORDS:
        return _short_dated(raw, scores, first, span), []
    gap = range(first[1] + 1, span[0])
    if _dated(raw, first[0]):
        if any(scores[i] <= -HEADER_COST or thread_header(raw[i].text) for i in gap):
            return span, []
        return (first[0], span[1]), list(gap)
    if any(comments_header(raw[i].text) for i in gap) or not _same_story(raw, scores, first, span):
        return span, []
    # (a sentence of the story between a caption and the player is the story's: only what is no prose goes)
    return (first[0], span[1]), [i for i in gap if scores[i] <= 0]


# A dated run above, too short to be an opening, that weighs this share of the undated run at least.
DATED_SHARE = 0.4


def _short_dated(raw: list[RawBlock], scores: list[float], first: tuple[int, int],
                 span: tuple[int, int]) -> tuple[int, int]:
    """A short post under its date line (a paragraph or two) with a longer undated run below it (a comment
    form, a sidebar, an advertiser's copy): the dated run is the story when it weighs DATED_SHARE of the other."""
    if _dated(raw, first[0]) and sum(scores[first[0]:first[1] + 1]) >= DATED_SHARE * sum(scores[span[0]:span[1] + 1]):
        return first
    return span


# Words of five letters or more that two runs of one story share: this many at least, this share of the upper's.
SHARED_WORDS, SHARED_SHARE = 20, 0.25
_TOPIC_WORD = re.compile(r"[^\W\d_]{5,}")
# (a closing stop, not `is_sentence`: a table's rows ending in a repeated label pass that)
_STOP_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def _same_story(raw: list[RawBlock], scores: list[float], first: tuple[int, int], span: tuple[int, int]) -> bool:
    """Is the run above the story's other half? Its prose is sentences (not a table's rows repeating a
    label; half its prose blocks or more end on a stop) and shares the run's topic words."""
    prose = [i for i in range(first[0], first[1] + 1) if scores[i] > 0]
    if sum(bool(_STOP_END.search(raw[i].text)) for i in prose) * 2 < len(prose):
        return False

    def topic(a: int, b: int) -> set[str]:
        return {w.lower() for i in range(a, b + 1) for w in _TOPIC_WORD.findall(raw[i].text)}
    upper = topic(*first)
    shared = upper & topic(*span)
    return len(shared) >= SHARED_WORDS and len(shared) >= SHARED_SHARE * len(upper)


# Prose words of the run above a comments header that make it the story's end, not a count by the byline.
THREAD_AFTER = 100


def _cut_at_thread(raw: list[RawBlock], scores: list[float], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A comment thread outweighs its header: the run grows over it when readers wrote more than
    the story. A comments header after THREAD_AFTER words of the run's prose ends the run."""
    if span is None:
        return None
    prose = 0.0
    for i in range(span[0], span[1] + 1):
        if prose >= THREAD_AFTER and thread_header(raw[i].text):
            last = max(j for j in range(span[0], i) if scores[j] > 0)
            return span[0], last
        prose += max(scores[i], 0.0)
    return span


def _cut_at_tags(raw: list[RawBlock], scores: list[float], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The run ends above a tag line (`tag_line`) with at least as much of its prose above as below: a
    writer's box, teasers or a comment form under the tags outweighed the line and carried the run on."""
    if span is None:
        return None
    prose = [max(x, 0.0) for x in scores]
    for i in range(span[0] + 1, span[1] + 1):
        if not tag_line(raw[i].text):  # (the line first: the sums only where a tag line stands)
            continue
        above = sum(prose[span[0]:i])
        if above > 0 and above >= sum(prose[i + 1:span[1] + 1]):
            return span[0], max(j for j in range(span[0], i) if scores[j] > 0)
    return span


BARRIER = 3
# Words of prose that make a block between the headline and the story's run the story's opening.
OPENING_PROSE = 20


# An embedded post's signature line: a dash, the writer's name and handle, the day it was posted.
_SIGNED_POST = re.compile(r"^\W*[—–-]\s*[^\n]{0,80}\(@\w{1,30}\)")


def mark_outside_story(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """Flattened page text: body-like blocks beyond a menu or link list that closes the story's
    run (BARRIER short lines in a row, one at least that no rule knows, or the headline above it) are the page
    around it: menus, teaser lists, footers, comments. Prose before such a barrier stays (a short
    paragraph next to an appeal or two is still the story's); a short line beside the run does not
    (a share button, a section label, a teaser headline), unless it is a date line."""
    title = kinds.index("title") if "title" in kinds and kinds.index("title") < span[0] else None
    scores, blurbs = _scores(raw)
    found = list(scores)  # (the scores the run is found with: computed once, before the blurbs' change below)
    # (a dek or a caption above the byline or date line under the headline is the page's header)
    # (not an embedded post's signature, "— Jo Lee (@jolee) May 3, 2024": the story's opening quotes it)
    dated = len(raw) if title is None else max((j for j in range(title + 1, span[0])
                                                if kinds[j] == "byline" or is_date_line(raw[j].text)
                                                and not _SIGNED_POST.match(raw[j].text)), default=title)
    # ... and it stops at a link list's header ("Related", "Most read"): the prose under it is the list's
    boxed = next((j for j in range(dated + 1, span[0]) if scores[j] <= -HEADER_COST or thread_header(raw[j].text)),
                 span[0])
    for i in blurbs:
        scores[i] = -GAP_COST / 4  # a teaser's blurb beside the story is not the story's
    short_lede = _short_lede(raw, scores, dated, span)

    def outward(indexes, barrier_at=None):
        run, unknown, crossed = 0, 0, False
        for i in indexes:
            if i == barrier_at:
                crossed = True
                continue
            # A short line, markup, the footer's small print, a link-list header ("Most read");
            # the run needs one line no rule knows (headers alone may sit inside a story).
            gap = scores[i] <= -GAP_COST
            run, unknown = (run + 1, unknown + (scores[i] > -HEADER_COST)) if gap else (0, 0)
            # After the story a comments header is a wall: readers' posts follow (a link list's header
            # is none: "Related" boxes sit inside stories, and the story goes on under them).
            # So is a tag line: the post is filed, what follows is the page's.
            crossed = crossed or (run >= BARRIER and unknown > 0) or \
                (i > span[1] and (thread_header(raw[i].text) or tag_line(raw[i].text)))
            # Beside the story only prose is the story's: a short line there is a label or a link.
            # Between the headline's date line and the run, prose is the story's opening set apart by a
            # share row, a gallery's credits or a box: kept whatever barrier stands between (above the
            # first link list's header there).
            opening = dated < i < boxed and scores[i] >= OPENING_PROSE or i in short_lede
            if (crossed or (scores[i] < 0 and not _kept_beside(raw, i, title, span))) and kinds[i] in BODY \
                    and not opening:
                kinds[i] = "chrome"

    outward(range(span[0] - 1, -1, -1), barrier_at=title)
    outward(range(span[1] + 1, len(raw)))
    for i in _extent(raw, found)[1]:
        if kinds[i] in BODY:  # the player's controls between the story's two halves, a slideshow in a list
            kinds[i] = "chrome"
    for i in range(span[0], span[1]):  # a card linking to another story, dropped into this one
        if kinds[i] in BODY and _doubled(raw[i].text):
            kinds[i] = "chrome"


# Short-sentence blocks in a row that make the story's opening (one alone may be a caption).
SHORT_LEDE_ROW = 2


def _short_lede(raw: list[RawBlock], scores: list[float], dated: int, span: tuple[int, int]) -> set[int]:
    """The story's opening in short sentences: blocks each one sentence or more scoring under OPENING_PROSE,
    in a row straight under the headline's date line or byline (the headline, when it has neither), that run
    straight into the opening's prose (a block of OPENING_PROSE, or the run). One line of prose alone there may
    be a caption; a row that the story goes on from is its lede set one sentence a paragraph."""
    row = []
    for i in range(dated + 1, span[0] + 1):  # (a link list's header, `boxed`, is no sentence: it ends the row)
        if i == span[0] or scores[i] >= OPENING_PROSE:
            return set(row) if len(row) >= SHORT_LEDE_ROW else set()
        if not (0 < scores[i] < OPENING_PROSE and _STOP_END.search(raw[i].text)):
            return set()
        row.append(i)
    return set()


def _doubled(t: str) -> bool:
    """A link card's title given twice or thrice over (its image's alt text, its link, its heading)."""
    t = " ".join(t.split())
    m = re.fullmatch(r"(.{12,}?)(?:\s*\1){1,2}", t) if len(t) <= 400 else None
    # a title has no full stop; a sentence said twice over is the writer's, and is read
    return m is not None and not m.group(1).rstrip().endswith((".", "!", "?", "…"))


def _kept_beside(raw: list[RawBlock], i: int, title: int | None, span: tuple[int, int]) -> bool:
    """A short line beside the story that is still the article's: a date line (the dek and byline
    rules read it), a standfirst without its full stop between the headline and the story, the
    story's last paragraph cut off."""
    between = title is not None and title < i < span[0]
    # the story's last paragraph cut off by a paywall or a "read more" fold: a teaser's excerpt elsewhere
    folded = i == span[1] + 1 and _EXCERPT.search(raw[i].text) is not None and len(words(raw[i].text)) >= 20
    return is_date_line(raw[i].text) or (between and len(words(raw[i].text)) >= 8) or folded


def _grams(text: str) -> set[tuple[str, ...]]:
    ws = re.findall(r"\w+", text.lower())  # punctuation aside: "appeal." and "appeal" are one word
    return {tuple(ws[i:i + 4]) for i in range(len(ws) - 3)}


def mark_pull_quotes(raw: list[RawBlock], kinds: list[str]) -> None:
    """A short block repeating a passage of a longer story paragraph is a pull quote: heard once."""
    body = [i for i, k in enumerate(kinds) if k in ("paragraph", "dek")]
    grams = {i: _grams(raw[i].text) for i in body}
    sizes = {i: len(words(raw[i].text)) for i in body}
    # Which blocks hold each phrase: a candidate is compared only with blocks sharing its rarest
    # phrases, not with every block (pairwise comparison took minutes on a 5 MB text).
    holders: dict[tuple[str, ...], list[int]] = {}
    for j in body:
        for g in grams[j]:
            holders.setdefault(g, []).append(j)
    verdicts: dict[str, bool] = {}  # identical blocks get the same verdict
    for i in body:
        n = sizes[i]
        # Five distinct phrases at least: a repetitive line ("Go go go go ...") repeats nothing quotable.
        if kinds[i] != "paragraph" or not 8 <= n <= 60 or len(grams[i]) < 5:
            continue
        if raw[i].text not in verdicts:
            verdicts[raw[i].text] = _repeats_longer(i, grams, sizes, holders)
        if verdicts[raw[i].text]:
            kinds[i] = "chrome"


def _repeats_longer(i: int, grams: dict, sizes: dict, holders: dict) -> bool:
    """Does a longer block hold 90% of block i's phrases? A block that does holds at least one of
    any (misses allowed + 1) of them, so only the holders of the rarest few are compared."""
    need = math.ceil(0.9 * len(grams[i]))  # the same float bound as ever
    probes = sorted(grams[i], key=lambda g: len(holders[g]))[:len(grams[i]) - need + 1]
    seen: set[int] = set()
    for g in probes:
        for j in holders[g]:
            if j in seen or j == i or sizes[j] <= sizes[i]:
                continue
            seen.add(j)
            if len(grams[i] & grams[j]) >= need:
                return True
    return False
