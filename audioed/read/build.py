"""From raw blocks to an Article: the editor's pass shared by every input format.

A format reader (text, HTML, Markdown) cuts its source into RawBlocks and gathers whatever
metadata the format carries; `build_article` then finds the title, dek, byline, dateline and
publisher, runs the clean-up rules and classifies every block. Nothing is dropped: every raw
block becomes a Block with a kind, so skipped furniture stays listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audioed.errors import InputError
from audioed.model import Article, Block
from audioed.read import (byline, cleanup, furniture, headers, headline_address, ingredients, insets, lede, masthead,
                          notices, siteaddress, sitename, storyend, storystart, subheads, tail)
from audioed.read.authors import find_byline
from audioed.read.cleanup import Context, is_sentence, sentence_breaks, split_sentences, words
from audioed.read.dates import find_dates
from audioed.read.metadata import Meta, find_dateline, gather_context, is_date_line, news_anchor, parse_date
from audioed.read.story_date import story_date
from audioed.read.subheads import is_title_like
from audioed.read.story import BODY, block_scores, mark_outside_story, mark_pull_quotes, story_span, thread_title


@dataclass
class RawBlock:
    text: str
    hint: str | None = None
    """A kind the format already knows (heading, caption, chrome, title...), else None."""
    blockquote: bool = False


def sentence_count(text: str) -> int:
    return 1 + sentence_breaks(text)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _same(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def build_article(raw: list[RawBlock], meta: Meta, *, source: str | None = None) -> Article:
    """Classify raw blocks and fill the Article's metadata."""
    raw = [RawBlock(rb.text.strip(), rb.hint, rb.blockquote) for rb in raw if rb.text.strip()]
    if not raw or not any(re.search(r"\w", rb.text) for rb in raw):
        raise InputError(f"{source or 'article'}: is empty (no text to narrate)")
    # (the scores the run is found with serve the story's end too, while no block's text has changed)
    scores = block_scores(raw) if not meta.structured else None
    texts = [rb.text for rb in raw]
    span = story_span(raw, scores) if not meta.structured else None
    # (the headline, byline, site and date are chosen over the run as found without the story's lists:
    # a list joined above the run moves its start over lines those choices read; frecall29b)
    named = story_span(raw, scores, lists=False) or span if span else None
    ctx, authors, publisher = gather_context(raw, meta, named)

    kinds: list[str] = []
    for rb in raw:
        if rb.hint and rb.hint not in BODY:
            kinds.append(rb.hint)
            continue
        kinds.append(cleanup.classify(rb.text, ctx) or rb.hint or "paragraph")

    stray = _strip_stray_lines(raw, kinds, ctx)
    title = _mark_title(raw, kinds, meta, named)
    if span:
        found = find_byline(raw, kinds, named)
        if found:
            authors = found
            ctx.authors |= set(found)
            # the author's name alone in a bio box is now known: not the story's
            kinds = [cleanup.classify(rb.text, ctx) or k if k == "paragraph" else k for rb, k in zip(raw, kinds)]
        site = sitename.site_name(raw, named, exclude=set(authors), url=meta.url)
        if not site and (not publisher or sitename.company(publisher)):
            site = siteaddress.address_name(meta.url, raw)  # the logo is a picture: "techcrunch.com"
        # the bio's "at Ars Technica" names in full what the page's labels shorten ("About Ars")
        if site and not (publisher and _norm(publisher).startswith(_norm(site)) and not sitename.company(publisher)):
            publisher = site
        elif not site and publisher and sitename.company(publisher):
            publisher = sitename.owner_site(publisher, raw)  # the footer's "© Al Jazeera Media Network"
        mark_outside_story(raw, kinds, span)
        tail.mark_tail(raw, kinds, span, furniture.mark_furniture(raw, kinds))
    for i, head in subheads.mark_headings([rb.text for rb in raw], kinds, [rb.hint for rb in raw]).items():
        raw[i].text = head  # "History[edit]" is heard "History"
    _mark_highlights(raw, kinds, span)
    if not meta.structured:
        _mark_box_above_lede(raw, kinds)
    if span:
        lede.mark_opening(raw, kinds, span)  # a share row's counters, labels, sign-up boxes above the story
    dek = _mark_dek(raw, kinds, meta)
    if span:
        lede.mark_after_dek(raw, kinds, span)  # captions, cards, date lines (which tell a dek from a lede)
        furniture.mark_credited_captions(raw, kinds)  # a picture's caption and credit inside the story
        insets.mark_insets(raw, kinds)  # recurring credits and pointers, credits glued to captions
        ingredients.mark_quantities(raw, kinds, span)  # a recipe's ingredients above its steps
    if meta.structured:
        _mark_recirculation(raw, kinds)
    _mark_tail(raw, kinds)
    if span:  # (after the tail: a notice under the story takes itself only, not the lines above it)
        notices.mark_disclosures(raw, kinds)  # a disclosure of affiliate links or advertisers
    mark_pull_quotes(raw, kinds)
    if span:  # (last: the models were trained on what the rules leave narrated; the end's saw no start model)
        unchanged = scores if [rb.text for rb in raw] == texts else None
        storystart.mark_story_start(raw, kinds, span, unchanged)
        storyend.mark_story_end(raw, kinds, span, unchanged)
        tail.mark_second_piece(raw, kinds)  # (after the model: a rule before it moves its window)
        tail.mark_closing_lines(raw, kinds)  # (the line alone, after the model too)
        tail.mark_announced(raw, kinds)  # (after the model: the rows a closing lead-in announces)
        furniture.mark_repeated_widgets(raw, kinds)  # (after the models: a line's own evidence, not its place)
        furniture.mark_stamped_teasers(raw, kinds)  # (after the model: its window stays on the story)
    # (last, on any page: as body lines, buttons, site notices and reading times end the run at a box)
    furniture.mark_buttons(raw, kinds)
    furniture.mark_wall_boxes(raw, kinds)  # (the same: a wall's offer lines, closed by its labels)
    furniture.mark_signup_forms(raw, kinds)  # (the same: a newsletter form's pitch and name over its button)
    furniture.mark_picture_credits(raw, kinds)  # (the same: a credit's line alone, its neighbours kept)
    furniture.mark_toggled_captions(raw, kinds)  # (the same: a toggled caption's copy under it, NPR's)

    blocks = []
    for i, (rb, k) in enumerate(zip(raw, kinds)):
        blocks.append(Block(index=i, kind=k, text=" ".join(rb.text.split()), blockquote=rb.blockquote))
        # Furniture lines cut out of a story block stay listed, under the same source index.
        blocks += [Block(index=i, kind=sk, text=" ".join(st.split())) for sk, st in stray.get(i, [])]
    if not any(b.kind == "paragraph" for b in blocks):
        raise InputError(f"{source or 'article'}: has no paragraphs to narrate")

    # A machine date on January 1st is mostly a year alone filled out (htmldate's, from a link's or the
    # copyright's year: 2025-01-01 for an August story): the page's own date line, if any, says the day;
    # not its update ("Updated January 2, 2021" under a story of New Year's Day).
    date = (meta.date if meta.date and not meta.date.endswith("-01-01") else None) \
        or story_date(raw, kinds, named, updates=not meta.date) or meta.date
    dateline = next((find_dateline(b.text) for b in blocks if b.kind == "paragraph"
                     and not is_date_line(b.text)), None)
    # The co-publishing note and the bio sentence are credits, heard in the outro.
    credits = [b.text for b in blocks if b.kind == "credit"]
    for rb, k in zip(raw, kinds):
        if k == "bio":  # the bio sentences, without the name label or contact links around them
            credits += [_without_contact(ln) for ln in rb.text.splitlines()
                        if cleanup.bio_match(ln) or cleanup.surname_bio(ln)]
    if title is None:
        first = next(b for b in blocks if b.kind == "paragraph")
        title = fallback_title(first.text, source)
    return Article(title=title, blocks=blocks, dek=dek, authors=authors, publisher=publisher, date=date,
                   url=meta.url, language=meta.language or "en", dateline=dateline, credits=credits,
                   source=source)


def fallback_title(lede: str, source: str | None) -> str:
    """A title when the page shows none: the lede's first sentence when it is 25 words or fewer,
    else its opening clause, else the file's name; never words cut mid-clause ("... doctors and
    nurses who")."""
    first = split_sentences(lede, after_figures=True)[0]
    if len(words(first)) <= 25:
        return first.rstrip(".")
    clause = re.split(r"\s*(?:[,;:]|\s[—–]\s|\s--\s)\s*", first, maxsplit=1)[0]
    if 4 <= len(words(clause)) <= 16:
        return clause
    stem = re.sub(r"[-_]+", " ", re.sub(r"\.[A-Za-z]{1,5}$", "", (source or "").replace("\\", "/").rsplit("/", 1)[-1]))
    if re.search(r"[^\W\d_]{3}", stem) and not re.match(r"^https?", source or ""):
        return stem.strip().capitalize()
    return " ".join(first.split()[:10]) + "…"


def _without_contact(text: str) -> str:
    """A bio without its e-mail and social handles: nobody wants an address read aloud."""
    sentences = split_sentences(text)
    keep = [x for x in sentences if not re.search(r"@|https?://|^(?:Reach|Contact|Follow|Email|E-mail|Write to)\b", x)]
    return " ".join(keep) or sentences[0]


def _strip_stray_lines(raw: list[RawBlock], kinds: list[str], ctx: Context) -> dict[int, list[tuple[str, str]]]:
    """Take furniture lines ("Share", a photo credit) out of a story block that holds whole paragraphs.

    Only when every other line of the block ends like a sentence: in hard-wrapped prose a line
    is a fragment, and fragments are not judged.
    """
    stray: dict[int, list[tuple[str, str]]] = {}
    for i, rb in enumerate(raw):
        lines = [ln for ln in rb.text.splitlines() if ln.strip()]
        if kinds[i] != "paragraph" or len(lines) < 2:
            continue
        lk = [cleanup.classify_line(ln, ctx) for ln in lines]
        prose = [ln for ln, k in zip(lines, lk) if not k]
        if prose and len(prose) < len(lines) and all(is_sentence(ln) for ln in prose):
            rb.text = "\n".join(prose)
            stray[i] = [(k, ln) for ln, k in zip(lines, lk) if k]
    return stray


def _mark_title(raw: list[RawBlock], kinds: list[str], meta: Meta,
                span: tuple[int, int] | None = None) -> str | None:
    """The headline block: the one equal to the known title, else the first title-like block.

    Short blocks above the headline (section labels, dates) are page header, heard nowhere.
    """
    at = None
    # A text that opens with a headline-shaped line (a story pasted on its own, no menus above)
    # has its headline there, unless the page's address spells another line; a flattened page's
    # is found near its story.
    opens_with_headline = span and span[0] <= 12 and masthead.opens_with_headline(raw, kinds, span)
    thread = thread_title(raw) if span and not meta.title else None
    if span and not meta.title and (span[0] > 0 or thread is not None):
        at = headline_address.headline_in_address(raw, kinds, span, meta.url)
        if at is None:
            at = masthead.platform_headline(raw, kinds, span)
        if at is None:
            at = thread
        if at is None:
            at = masthead.headline_above(raw, kinds, span)
            # (a headline-shaped first line over the page's menu is the site's: "Hertha BSC Blog"; so is one
            # scoring a quarter of the headline found or less, though it shares a word: a tagline)
            if opens_with_headline and at is not None and not masthead.under_page_header(raw, at) \
                    and not masthead.outscores_first_line(raw, kinds, span, at):
                at = None
        if at is not None:
            at = masthead.unglued(raw, at, span)
            kinds[at] = "title"
            return masthead.headline_text(raw, at)
    for i, (rb, k) in enumerate(zip(raw[:12], kinds)):
        if k == "title" or (meta.title and _same(rb.text, meta.title)):
            at = i
            break
        # A story header flattened into one block: kicker, headline, date.
        # (In a page's own markup a sentence opening with the title's words is the lede, not a header.)
        if meta.title and _norm(meta.title) in _norm(rb.text) and \
                len(words(rb.text)) <= len(words(meta.title)) + 15 and not (meta.structured and is_sentence(rb.text)):
            at = i
            break
    if at is None and not meta.title:
        below_prose = False
        for i, (rb, k) in enumerate(zip(raw[:12], kinds)):
            # A question or exclamation under the story's prose is the story speaking, not its headline.
            if below_prose and re.search(r"[?!][\"”’']*$", rb.text.strip()):
                break
            # (two words will do for the text's first line: "Hermitian matrix" over its story)
            # (never a counter's "label: number" line, "Visitors today: 80 yesterday: 1088", a date line, nor a
            # site's notice: "Your cart is empty")
            if k in BODY and is_title_like(rb.text) and len(words(rb.text)) >= (2 if i == 0 else 3) \
                    and not masthead.counter_line(rb.text) and not is_date_line(rb.text) \
                    and not cleanup.site_notice(" ".join(rb.text.split())):
                at = i
                break
            below_prose = below_prose or (k in BODY and is_sentence(rb.text) and len(words(rb.text)) >= 12)
            if i == 0 and k in BODY and _title_case_with_stop(rb.text):
                at = i
                break
    if at is None:
        return meta.title
    kinds[at] = "title"
    above = [i for i in range(at) if kinds[i] in BODY]
    # In a page's extracted article the story starts at its headline: a teaser or two above it
    # are page furniture. In flat text only short labels are (a long block may be the story).
    teasers = meta.structured and sum(len(words(raw[i].text)) for i in above) <= 80
    prose = [i for i in above if is_sentence(raw[i].text) and len(words(raw[i].text)) >= 12]
    # The match sits below the story when more of the story's prose lies above it than below,
    # or when its block holds more than the title (a breadcrumb, a citation line); a teaser
    # or two above the page's own headline do not make it so.
    below = [i for i in range(at + 1, len(raw)) if kinds[i] in BODY and is_sentence(raw[i].text)
             and len(words(raw[i].text)) >= 12]
    past_story = len(prose) > len(below) or not (meta.title and _same(raw[at].text, meta.title))
    if meta.structured and len(prose) >= 2 and past_story:
        above, teasers = [i for i in above if i < prose[0]], False
    for i in above:
        if teasers or len(words(raw[i].text)) <= 20:
            kinds[i] = "chrome"
    return meta.title or _STOP_AT_END.sub("", masthead.headline_text(raw, at))


# Some archives end every headline with a full stop ("Sanders Promises Action On Immigration.").
# Title Case tells it from a short lede: a sentence of the story never capitalises every word.
_STOP_AT_END = re.compile(r"\.(?=[’”\"']*$)")


def _title_case_with_stop(text: str) -> bool:
    t = _STOP_AT_END.sub("", text.strip())
    long_words = [w for w in words(t) if len(w) >= 4 and w[0].isalpha()]
    return t != text.strip() and is_title_like(t) and 3 <= len(words(t)) <= 20 \
        and len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _mark_dek(raw: list[RawBlock], kinds: list[str], meta: Meta) -> str | None:
    """The dek: a standalone summary between the headline and the story; read once, in the intro.

    In flat text it is the first prose block under the headline, unless a byline comes first
    or it opens with a dateline (then it is the lede). Publishers set the standfirst above the
    byline and the date line, so under a date line prose is the story, unless a byline follows
    it (then it is a standfirst set under the date); that holds for a date or byline line already
    taken for the page's furniture. A paragraph ending in a colon introduces the story's next
    block: no standfirst. From HTML or front matter the known
    description is the dek; a block equal to it is marked so it is not read twice.
    """
    try:
        start = kinds.index("title") + 1
    except ValueError:
        start = 0
    body_after = lambda j: sum(1 for k in kinds[j + 1:] if k == "paragraph")  # noqa: E731
    if meta.dek:
        if any(k == "dek" and _same(rb.text, meta.dek) for rb, k in zip(raw, kinds)):
            return meta.dek  # the page's own standfirst element
        cut = re.sub(r"\s*(?:\.\.\.|…)$", "", meta.dek)
        for j in range(start, min(start + 6, len(raw))):
            # A subtitle heading that the page's description cuts short ("... No questions ask…").
            if cut != meta.dek and kinds[j] == "heading" and len(words(cut)) >= 5 and \
                    _norm(raw[j].text).startswith(_norm(cut)):
                kinds[j] = "dek"
                return " ".join(raw[j].text.split())
            # A subtitle set as a heading (<h2>) under the headline is the standfirst too; a
            # paragraph the description repeats is the lede, heard in the body (and no dek).
            if kinds[j] in BODY and _same(raw[j].text, meta.dek):
                if kinds[j] == "paragraph" and not raw[j].hint:
                    return None
                kinds[j] = "dek"
                return meta.dek
        # An excerpt of the lede (a cut-off description) would be heard twice, a cut-off or a
        # site-wide description ("News from the valley since 1890") says nothing of this story.
        story = [raw[j].text for j in range(start, len(raw)) if kinds[j] == "paragraph"
                 and not is_date_line(raw[j].text)]
        head = " ".join(words(meta.dek)[:8]).lower()
        if not story or (head and " ".join(words(story[0])[:8]).lower() == head):
            return None
        if meta.dek.rstrip().endswith(("...", "…")):
            return None
        topic = {w.lower() for w in words(" ".join([meta.title or ""] + story[:3])) if len(w) > 3}
        if len({w.lower() for w in words(meta.dek) if len(w) > 3} & topic) < 2:
            return None
        return meta.dek
    if meta.structured or start == 0:
        return None  # no headline found: the first prose block is the story's lede, not a standfirst
    gap = 0
    for j in range(start, min(start + 8, len(raw))):
        k, t = kinds[j], raw[j].text
        if k == "byline":
            return None  # prose after the byline is the story's lede; a dek sits above the byline
        # (a credit line the page's furniture rules took counts too: "Posted by Jo 21.10.2019", "Published: 28 Apr")
        taken = k == "chrome" and _credit_stamp(t)
        if taken and byline.by_line(t):
            return None
        # (a reading time in another language is furniture too, marked once the run is found: "Lesezeit: 3 Min.")
        if taken or k == "paragraph" and (is_date_line(t) or cleanup.reading_time_other(t)):
            gap += 1
            if gap > 2:
                return None
            continue
        if k != "paragraph":
            continue
        ok = (not raw[j].blockquote and find_dateline(t) is None and len(words(t)) <= 80
              and re.match(r"^[A-Z0-9]", t) and body_after(j) >= 3
              and (is_sentence(t) or len(words(t)) >= 8)  # some standfirsts drop the full stop
              and (gap == 0 or _byline_next(kinds, j))
              and not t.rstrip().endswith(":")  # (it introduces what follows: "Jo Lee, the chair, on the bill:")
              and not (is_sentence(t) and _prose_next(raw, kinds, j) and not lede.over_credit(raw, kinds, j + 1)))
        if ok:
            kinds[j] = "dek"
            return " ".join(t.split())
        return None
    return None


def _credit_stamp(t: str) -> bool:
    """A date line, or a "by" byline with its date ("Posted by Jo 21.10.2019")."""
    return lede.date_line(" ".join(t.split())) or bool(byline.by_line(t)) and bool(find_dates(t))


# The story's next paragraph right under a first paragraph: a sentence of this many words at least.
LEDE_NEXT = 12


def _prose_next(raw: list[RawBlock], kinds: list[str], j: int) -> bool:
    """Is block j followed at once by a paragraph of prose? Then it is the story's lede: a standfirst
    stands apart from the story (a byline, a date, a picture, a label between them)."""
    nxt = j + 2 if j + 1 < len(raw) and kinds[j + 1] == "heading" else j + 1  # (or its first section's)
    return nxt < len(raw) and kinds[nxt] == "paragraph" and is_sentence(raw[nxt].text) and \
        len(words(raw[nxt].text)) >= LEDE_NEXT and not is_date_line(raw[nxt].text)


def _byline_next(kinds: list[str], j: int) -> bool:
    """Is the next block that is not furniture a byline? (A standfirst sits above the byline.)"""
    nxt = next((k for k in kinds[j + 1:] if k in BODY + ("byline",)), None)
    return nxt == "byline"


_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|asked)\b", re.IGNORECASE)


def _mark_box_above_lede(raw: list[RawBlock], kinds: list[str]) -> None:
    """A caption or explainer box set between the date line and the lede, in flat text.

    On a date-first page (the date line straight under the headline, no byline or standfirst
    above it) the story starts under the date. Pictures and fact boxes floated beside the
    opening land there when the page is flattened, and a long one without a credit reads like
    prose. It is told from the lede by what follows: a lede places the news in time (a
    dateline, "on Tuesday", a date of the last weeks) and is one or two sentences; a box of
    three or more sentences that does neither, quotes nobody, and is followed by a paragraph
    that does anchor the news is not the story's opening. It is skipped as a caption, listed.
    """
    try:
        t = kinds.index("title")
    except ValueError:
        return
    seq = [i for i in range(t + 1, min(t + 10, len(raw))) if kinds[i] in BODY + ("byline", "dek")]
    if len(seq) < 3 or kinds[seq[0]] != "paragraph" or not is_date_line(raw[seq[0]].text):
        return
    date = parse_date(raw[seq[0]].text)
    j, nxt = seq[1], seq[2]
    box, lede = raw[j].text, raw[nxt].text
    if kinds[j] != "paragraph" or kinds[nxt] != "paragraph" or raw[j].blockquote or is_date_line(box):
        return
    if (sentence_count(box) >= 3 and not _ATTRIBUTION.search(box) and not news_anchor(box, date)
            and news_anchor(lede, date) and is_sentence(lede)):
        kinds[j] = "caption"


_HIGHLIGHTS = re.compile(r"^(?:story highlights|highlights|key points|key takeaways|in brief|at a glance|"
                         r"quick read|tl;? ?dr)\W*$", re.IGNORECASE)


def _mark_highlights(raw: list[RawBlock], kinds: list[str], span: tuple[int, int] | None = None) -> None:
    """A "Story highlights" box above the lede: its header and its bullets summarise the story.

    Only above the lede (no paragraph of more than 25 words before the header), and only the
    short single-sentence bullets under it, six at most; the story starts at the first longer block.
    """
    # (flattened text: between the headline and the story's first paragraph, a standfirst above it)
    opening = lede.opening(raw, kinds, span) if span and "title" in kinds else None
    for i in opening if opening is not None else range(min(15, len(raw))):
        rb = raw[i]
        # (in the opening, a standfirst stands apart: a byline, a date or a picture under it, not the story)
        if kinds[i] in BODY and len(words(rb.text)) > 25 and \
                (opening is None or i + 1 >= len(raw) or kinds[i + 1] in BODY):
            return  # the story has started
        if kinds[i] not in BODY + ("chrome",) or not _HIGHLIGHTS.match(rb.text.strip()):
            continue
        kinds[i] = "chrome"
        for j in range(i + 1, min(i + 7, len(raw))):
            t = raw[j].text
            # (a bullet may be taken for the page's already: a short line beside the story's run)
            if kinds[j] not in BODY + ("chrome",) or len(words(t)) > 25 or sentence_count(t) > 1:
                break
            kinds[j] = "chrome"
        return


def _mark_recirculation(raw: list[RawBlock], kinds: list[str]) -> None:
    """A link-list header after the story ("Featured Slide Shows", "More from ..."): the rest is links.

    Only near the end: the story's words are mostly (75%) above it and what follows is blurbs,
    so a list set inside the story does not end it. Only in a page's extracted article (HTML, Markdown): there
    the extractor ran past the story; flat text keeps every paragraph (labels are handled one by one).
    """
    story = [i for i, k in enumerate(kinds) if k == "paragraph"]
    total = sum(len(words(raw[i].text)) for i in story)
    for i, rb in enumerate(raw):
        if kinds[i] not in BODY + ("chrome",) or not headers.more_stories(rb.text, Context()):
            continue
        after = [len(words(raw[j].text)) for j in story if j > i]
        # Teasers are blurbs (70 words at most each) and the story is mostly (75%) above the header.
        if story and story[0] < i and sum(after) <= 0.25 * total and all(n <= 70 for n in after):
            for j in range(i, len(kinds)):
                if kinds[j] in BODY:
                    kinds[j] = "chrome"
            return


def _mark_tail(raw: list[RawBlock], kinds: list[str]) -> None:
    """After the story ends (its last prose paragraph), leftover labels are footer chrome."""
    prose = [i for i, k in enumerate(kinds) if k == "paragraph" and is_sentence(raw[i].text)]
    if not prose:
        return
    for i in range(prose[-1] + 1, len(kinds)):
        if kinds[i] in BODY and not is_sentence(raw[i].text) and len(words(raw[i].text)) <= 12:
            kinds[i] = "chrome"
