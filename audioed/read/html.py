"""HTML pages: trafilatura finds the story's structure and the page metadata.

Before extraction, figures and promo boxes are taken out of the page and kept as skipped
blocks, so their captions and appeals can never leak into the body (extractors often keep a
figcaption as a paragraph) and the listener's script still lists them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from audioed.errors import InputError
from audioed.model import Article
from audioed.read import html_meta
from audioed.read.build import RawBlock, build_article
from audioed.read.cleanup import is_sentence, words
from audioed.read.html_meta import element_text as _text
from audioed.read.metadata import Meta, is_date_line, parse_date
from audioed.read.prose import word_count

# Class or id words of boxes that are never story: promos, share rows, related links, ads.
_BOX = re.compile(r"(?:^|[\s_-])(?:newsletter|promo|donat\w*|subscri\w*|signup|sign-up|share|sharing|social|"
                  r"related|recirc|more-stories|caption|img-caption|photo-credit|credit|read-more|advert\w*|"
                  r"ad|ads|sponsor\w*|membership|"
                  r"author-bio|bio|byline-bio|comments?|toolbar|breadcrumbs?|tags?)(?:$|[\s_-])", re.IGNORECASE)
_DEK = re.compile(r"(?:^|[\s_-])(?:dek|deck|standfirst|sub-?head(?:line)?|sub-?title|strapline|summary)(?:$|[\s_-])",
                  re.IGNORECASE)
_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")
_BOX_KIND = [(re.compile(r"caption|credit", re.I), "caption"),
             (re.compile(r"newsletter|signup|sign-up|subscri|donat|membership|promo", re.I), "promo"),
             (re.compile(r"bio", re.I), "bio")]


def _box_text(el) -> str:
    # Boxes are lists of links and buttons: their pieces are separate words, so join with spaces.
    text = " ".join(" ".join(el.itertext()).split())
    return re.sub(r"\s+([.,;:!?])", r"\1", text)


def _lift_furniture(tree) -> list[RawBlock]:
    """Remove figures, captions, asides and promo boxes from `tree`; return them as skipped blocks."""
    out: list[RawBlock] = []
    dropped: set = set()

    def gone(el) -> bool:
        # An element inside a box already taken out left with it (listed once, not once per wrapper).
        return el.getparent() is None or el in dropped or any(a in dropped for a in el.iterancestors())

    lifted = {"figure": "caption", "figcaption": "caption", "iframe": "embed", "nav": "chrome"}
    for el in list(tree.iter("figure", "figcaption", "aside", "noscript", "iframe", "nav")):
        if gone(el):
            continue
        kind = lifted.get(el.tag, "promo")  # an aside or a noscript: a box beside the story
        text = _box_text(el)
        if el.tag == "aside" and len(text.split()) > 150:
            continue  # a long aside can be a sidebar story; leave it to the extractor
        if text:
            out.append(RawBlock(text, hint=kind))
        dropped.add(el)
        el.drop_tree()
    # Headings that share a "subheadline" class are the story's section headings, not its dek.
    sections = Counter(h.get("class") for h in tree.iter(*_SUBHEADS) if h.get("class"))
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or gone(el) or el.tag in ("html", "body", "article", "main"):
            continue
        label = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        section = el.tag in _SUBHEADS and sections[el.get("class")] >= 2
        if _DEK.search(label) and 5 <= len(_text(el).split()) <= 60 and not section:
            # The page's own standfirst: the dek, heard once in the intro.
            out.append(RawBlock(_text(el), hint="dek"))
            dropped.add(el)
            el.drop_tree()
            continue
        if not _BOX.search(label):
            continue
        kind = next((k for rx, k in _BOX_KIND if rx.search(label)), "chrome")
        if el.tag in ("p", "li", "blockquote") and kind != "caption":
            # A single paragraph is judged by its words, not its class: sites tag story paragraphs
            # "paywall" or "share-worthy"; a promo paragraph is caught by the clean-up rules.
            continue
        text = _box_text(el)
        # A wrapper whose class mentions "share" may still hold the story: only small boxes go.
        if len(text.split()) > 120:
            continue
        if text:
            out.append(RawBlock(text, hint=kind))
        dropped.add(el)
        el.drop_tree()
    return out




# A table cell of this many words is prose (a layout table's column, a list's description).
_PROSE_CELL = 12
_FIGURE = re.compile(r"[^\w]{0,3}[\d\s.,:%$€£/–-]*\d[\d\s.,:%$€£/–-]*\w{0,3}")
_BLOCKS = ("p", "head", "quote", "list", "table", "code", "div")


def _heading_text(el) -> str:
    # Documentation pages put a permalink mark after each heading ("Install¶"); it is no word.
    return re.sub(r"\s*[¶#§🔗]+$", "", _text(el))


def _table_blocks(table) -> list[RawBlock]:
    """A table's prose: cells laid out as columns of paragraphs are read as paragraphs; a row
    with a prose cell is one block ("Film — 1947 — A woman who ..."), and so is each row of a
    data table (a header cell or a figure: fares, results, ingredients); a grid of bare labels
    (a link menu) is a figure, listed unread."""
    out: list[RawBlock] = []
    # A data table: a header cell, or a cell that is mostly a figure ("$12", "3:45", "19 %"); a
    # digit inside a label ("Top 10 beaches" in a link grid) does not make one.
    data = any(c.get("role") == "head" or _FIGURE.fullmatch(_text(c)) for c in table.iter("cell") if _text(c))
    for row in table.iter("row"):
        cells = [c for c in row if c.tag == "cell"]
        if any(child.tag in _BLOCKS for c in cells for child in c):
            # A layout table: the cells that hold prose are the page's columns; a cell of short
            # links beside them is its menu.
            for c in cells:
                inner = _body_blocks(c) if len(c) else ([RawBlock(_text(c))] if _text(c) else [])
                if any(word_count(rb.text) >= _PROSE_CELL for rb in inner):
                    out += inner
            continue
        texts = [_text(c) for c in cells if _text(c)]
        if texts and (data or any(word_count(t) >= _PROSE_CELL for t in texts)):
            out.append(RawBlock(" — ".join(texts)))
    return out or ([RawBlock(_text(table), hint="embed")] if _text(table) else [])


def _body_blocks(body) -> list[RawBlock]:
    out: list[RawBlock] = []
    if not len(body) and _text(body):
        return [RawBlock(_text(body))]  # the page's text set straight in its <body>
    if (body.text or "").strip():
        out.append(RawBlock(" ".join(body.text.split())))
    for el in body:
        _element_blocks(el, out)
        if (el.tail or "").strip():  # text set straight after a heading, in no paragraph of its own
            out.append(RawBlock(" ".join(el.tail.split())))
    return out


def _element_blocks(el, out: list[RawBlock]) -> None:
    """One element of the extracted body as raw blocks (a table as its prose, if any)."""
    if el.tag == "head":
        out.append(RawBlock(_heading_text(el), hint="heading"))
    elif el.tag == "quote":
        inner = [c for c in el if c.tag == "p"]
        for p in inner or [el]:
            out.append(RawBlock(_text(p), blockquote=True))
    elif el.tag == "list":
        for item in el.iter("item"):
            out.append(RawBlock(_text(item)))
    elif el.tag == "table":
        out += _table_blocks(el)
    elif el.tag == "graphic":
        text = _text(el)
        if text:
            out.append(RawBlock(text, hint="embed"))
    else:
        out.append(RawBlock(_text(el)))


# Under this many words, the recall-favouring extraction may have settled on one teaser of a list page.
_SHORT_STORY = 150


def _extract(tree, url: str | None) -> list[RawBlock]:
    """The story's blocks by trafilatura, favouring recall; when that finds a short text and the
    default setting five times as many words (a list page, where it settled on one teaser), the
    default's."""
    import copy

    import trafilatura

    def run(favor_recall: bool) -> list[RawBlock]:
        doc = trafilatura.bare_extraction(copy.deepcopy(tree), url=url, with_metadata=False, include_comments=False,
                                          include_tables=True, include_images=False, favor_recall=favor_recall)
        return _body_blocks(doc.body) if doc is not None and doc.body is not None else []

    return _fuller(run(True), lambda: run(False))


def _fuller(found: list[RawBlock], default: Callable[[], list[RawBlock]]) -> list[RawBlock]:
    """`found`, or the default setting's blocks when `found` is short and they are five times
    as many words (the recall setting settled on one teaser, or a header, of the page)."""
    def size(blocks: list[RawBlock]) -> int:
        return sum(word_count(rb.text) for rb in blocks)

    if size(found) < _SHORT_STORY:
        other = default()
        if size(other) > 5 * size(found):
            return other
    return found


# A page whose markup shows fewer words than this, but carries scripts, builds its text in the browser.
_SCRIPTED_WORDS = 50


def _scripted(html: str | bytes) -> str:
    """The reason to add when a page yields no text: its words come from scripts no reader here runs
    (a JavaScript app's shell), so the user knows to save the text a browser shows instead."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # (the caller parsed it once already; a second parse failing adds no reason)
        return ""
    scripts = tree.xpath("//script")
    for el in tree.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    if scripts and word_count(tree.text_content()) < _SCRIPTED_WORDS:
        return (" (the page builds its text with scripts: save the text a browser shows, e.g. as a .txt file, "
                "and read that)")
    return ""


# (The closing "?" is optional: lxml refuses "<?xml ... encoding=...>" without it too.)
_XML_DECLARATION = re.compile(r"\A[\ufeff\s]*<\?xml[^>]*>")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_html(html: str | bytes, *, source: str | None = None, url: str | None = None) -> Article:
    import lxml.html
    import trafilatura

    if isinstance(html, str):
        # A control character no XML allows makes the extractor return nothing for the whole page;
        # it goes first, so that one before the declaration cannot hide it from the next step.
        html = _NOT_XML.sub("", html)
        # lxml refuses decoded text that still declares its encoding (XHTML's "<?xml ...?>").
        html = _XML_DECLARATION.sub("", html, count=1)
    try:
        # Comments go (as trafilatura's own loader drops them): React pages put "<!-- -->" between
        # the text pieces of a paragraph, and the extractor loses the text after one.
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    except ValueError as e:
        if not isinstance(html, str) or "encoding declaration" not in str(e):
            raise InputError(f"{source or 'page'}: cannot parse HTML ({e})") from None
        # A declaration of a shape the pattern above misses: the text is already decoded, so give
        # lxml its UTF-8 bytes and say so, which overrides whatever the page declares.
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(
            remove_comments=True, remove_pis=True, encoding="utf-8"))
    except Exception as e:  # lxml raises several types for unusable markup
        raise InputError(f"{source or 'page'}: cannot parse HTML ({e})") from None
    description = html_meta.description(tree)
    language = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    doc_meta = trafilatura.extract_metadata(tree)
    # (read before the furniture is lifted: the headline may sit in a box that goes; only for a page that
    # declares no title, as it is used only then and reads every element: a third of a second on 3 MB)
    shown = None if html_meta.declared_title(tree) else html_meta.shown_part(
        html_meta.title_tag(tree), tree, html_meta.site_name(doc_meta.sitename if doc_meta else None), url)
    skipped = _lift_furniture(tree)
    blocks = _extract(tree, url)
    if not any(rb.text for rb in blocks):
        raise InputError(f"{source or 'page'}: no article text found in the HTML{_scripted(html)}")
    if not any(rb.text and rb.hint is None for rb in blocks):
        for rb in blocks:  # a page of headings alone: they are what it has to say
            rb.hint = None if rb.hint == "heading" else rb.hint

    site = html_meta.site_name(doc_meta.sitename if doc_meta else None)
    page = html if isinstance(html, str) else html.decode("utf-8", "replace")
    authors = [a for a in html_meta.authors(tree, doc_meta, site) if not html_meta.address(a, page)] or html_meta.printed_byline(blocks)
    date = parse_date(doc_meta.date) if doc_meta and doc_meta.date else None
    standfirsts = [rb for rb in skipped if rb.hint == "dek"]
    if len(standfirsts) > 1:
        # Several "standfirst" boxes are the teasers of other stories; the page's own is the one
        # its description repeats, if any.
        for rb in standfirsts:
            if not (description and html_meta.key(rb.text) == html_meta.key(description)):
                rb.hint = "chrome"
    standfirst = next((rb.text for rb in skipped if rb.hint == "dek"), None)
    dek = standfirst or description or (doc_meta.description if doc_meta else None)
    if dek and [html_meta.key(rb.text) for rb in blocks if rb.hint is None and rb.text] == [html_meta.key(dek)]:
        dek = None  # the page's one paragraph is the story, not a summary of it
    declared = html_meta.declared_title(tree)
    # Without a declared title, the page's <title> names the story; trafilatura may have taken an
    # <h1> that is a section label or a first heading ("Lorem", "Allergies Health Center").
    title = declared or (html_meta.title_tag(tree) if len(html_meta.title_tag(tree).split()) >= 2 else None) or \
        (doc_meta.title if doc_meta else None)
    from_tag = not declared and title == html_meta.title_tag(tree)
    if from_tag and shown:
        # The <title> names its site and sections too: the part the page shows is the story's.
        title = shown
    else:
        title = html_meta.without_site(title, site, tree, from_tag=from_tag, url=url)
    # A <title> naming the site, no part of it shown on the page: the site's title, not the story's; the
    # story's first headline-like line is (as in a text), else the <title> after all.
    sites_own = from_tag and not shown and html_meta.names_site(html_meta.title_tag(tree), site, url)
    # (the story's first heading, past a date, is its headline; without one, its first headline-like line)
    lead = next((rb for rb in blocks[:3] if rb.hint == "heading" and len(rb.text.split()) >= 3
                 and not is_date_line(rb.text)), None) if sites_own else None
    meta = Meta(title=(lead.text if lead else None) if sites_own else title,
                dek=dek, structured=True,
                authors=authors, publisher=site, date=date,
                url=(doc_meta.url if doc_meta else None) or url,
                language=(language or (doc_meta.language if doc_meta else None) or "en").split("-")[0].lower())
    head = next((rb for rb in blocks[:3] if rb.hint == "heading"), None)
    hint = head.hint if head else None
    if head and html_meta.same_title(head.text, html_meta.title_tag(tree)) and not html_meta.same_title(head.text, meta.title):
        # The story opens with a heading that the page's <title> names; the metadata title
        # was a section's <h1> ("Allergies Health Center"): the story's own headline wins.
        meta.title = head.text
    if meta.title and head and html_meta.same_title(head.text, meta.title):
        head.hint = "title"
        meta.title = head.text  # the story's own heading: "Story", not "Story | Site"
    article = build_article(blocks + skipped, meta, source=source)
    if sites_own and not _over_prose(article):
        meta.title = title  # (no line over the story's first prose: a menu, an advert, a list's item)
        if head:
            head.hint = hint
        article = build_article(blocks + skipped, meta, source=source)
    return article


def _over_prose(article: Article) -> bool:
    """Is the block taken as headline over the story: the first paragraph under it (past the
    byline, a share row, a label) a sentence of 12 words or more, and no such paragraph above it
    (a subheading or the next story's headline)?"""
    def prose(b) -> bool:
        return b.kind == "paragraph" and is_sentence(b.text) and len(words(b.text)) >= 12

    at = next((i for i, b in enumerate(article.blocks) if b.kind == "title"), None)
    if at is None or any(prose(b) for b in article.blocks[:at]):
        return False
    under = next((b for b in article.blocks[at + 1:at + 5] if b.kind == "paragraph"), None)
    return under is not None and prose(under)
