"""HTML pages: trafilatura finds the story's structure and the page metadata.

Before extraction, figures and promo boxes are taken out of the page and kept as skipped
blocks, so their captions and appeals can never leak into the body (extractors often keep a
figcaption as a paragraph) and the listener's script still lists them.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import Counter
from typing import Callable

from audioed.errors import InputError
from audioed.model import Article
from audioed.read import byline
from audioed.read.build import RawBlock, build_article
from audioed.read.metadata import Meta, parse_date, split_names
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


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


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


def _description(tree) -> str | None:
    """The page's own summary: og:description, meta description, or JSON-LD description."""
    for xp in ('//meta[@property="og:description"]/@content', '//meta[@name="description"]/@content',
               '//meta[@name="twitter:description"]/@content'):
        found = [v.strip() for v in tree.xpath(xp) if v.strip()]
        if found:
            return " ".join(found[0].split())
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and isinstance(item.get("description"), str):
                return " ".join(item["description"].split())
    return None


def _site_name(name: str | None) -> str | None:
    """The site's name as said aloud: "http://www.tmz.com" -> "tmz.com"."""
    if not name or not name.strip():
        return None
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip(), flags=re.IGNORECASE).rstrip("/") or None


_SEP = re.compile(r"\s+(?:[|»–—·•-]|::)\s+")


def _names_site(text: str, site: str | None, url: str | None) -> bool:
    """Does `text` name the site: its name, or a word of its address ("rueda.wikidot.com")?"""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url or "").split("/")[0].lower()
    stems = [w for w in host.split(".")[:-1] if len(w) >= 4] + ([_key(site)] if site and _key(site) else [])
    return any(st.replace("-", "") in _key(text) for st in stems)


def _without_site(title: str | None, site: str | None, tree, *, from_tag: bool = False,
                  url: str | None = None) -> str | None:
    """"Story | CNN Politics" -> "Story": the site's part goes when it names the site, or when the
    page's <h1> is the story part alone, or (in a <title>, which carries the site's name more
    often than not) when it is a short tail after a story of four words or more."""
    if not title:
        return title
    if re.search(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", title):
        title = html_lib.unescape(title)  # escaped twice in the page ("&#8222;Arschloch&#8220;")
    for h in (" ".join(_text(h).split()) for h in tree.iter("h1")):
        # The page's <h1> inside the title, set off by separators from a few words of site,
        # section or breadcrumb ("News - Elder: Aus dem Ghetto", "Story / Politik / Home").
        at = title.find(h) if len(h.split()) >= 3 else -1
        rest = (title[:at] + " " + title[at + len(h):]).strip() if at >= 0 else ""
        # (Not a site's name in the <h1> after the story: "Recipe | Our Kitchen Blog".)
        if rest and len(rest.split()) <= 10 and len(title[:at].split()) <= 3 and not _names_site(h, site, url) \
                and re.fullmatch(r"(?:\S.*?)?[|»–—·•/:-]", title[:at].strip() or "-") \
                and re.fullmatch(r"[|»–—·•/:-](?:.*\S)?", title[at + len(h):].strip() or "-"):
            return h
    parts = _SEP.split(title.strip())
    if len(parts) < 2:
        return title
    if from_tag and len(parts[-1].split()) <= 3 and len(parts[0].split()) >= 4:
        return title[:list(_SEP.finditer(title.strip()))[-1].start()].strip()
    tail = " ".join(parts[1:])
    h1s = [_key(_text(h)) for h in tree.iter("h1")]
    # A one- or two-word head ("New Zealand - Wikipedia") is the story's only when the tail is the
    # site's name or the page's <h1> says the head alone.
    if (site and _key(site) in _key(tail)) or any(h == _key(parts[0]) for h in h1s if h):
        return parts[0]
    if len(parts[0].split()) >= 3 and any(h.startswith(_key(parts[0])) for h in h1s if h):
        return parts[0]
    return title


def _meta_values(tree, *names: str) -> list[str]:
    """The contents of the page's <meta> tags for `names`, in that order of preference; for each
    name the RDFa form (property, which may list several names: "x:title dc:title") first,
    then the name form, case aside ("DC.title")."""
    out = []
    for name in names:
        low = name.lower()
        for xp in (f'//meta[contains(concat(" ", normalize-space(@property), " "), " {name} ")]/@content',
                   f'//meta[translate(@name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")="{low}"]'
                   "/@content"):
            out += [" ".join(v.split()) for v in tree.xpath(xp) if v.strip()]
    return out


def _declared_title(tree) -> str | None:
    """The title the page declares for sharing (JSON-LD headline, Dublin Core, OpenGraph, Twitter)."""
    for item in _ld_articles(tree):
        if isinstance(item.get("headline"), str) and item["headline"].strip():
            return " ".join(item["headline"].split())
    found = _meta_values(tree, "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title")
    return found[0] if found else None


def _ld_articles(tree):
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        script = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", script.strip())
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and re.search(r"Article|Posting|Report", str(item.get("@type", ""))):
                yield item


def _declared_authors(tree) -> tuple[list[str], list[str]]:
    """(people, organisations) a JSON-LD article names as its authors; people from the Dublin
    Core creator when JSON-LD names none."""
    people: list[str] = []
    orgs: list[str] = []
    for item in _ld_articles(tree):
        found = item.get("author") or []
        for a in found if isinstance(found, list) else [found]:
            if isinstance(a, dict) and isinstance(a.get("name"), str):
                kind = orgs if "Organization" in str(a.get("@type", "")) else people
                kind.append(" ".join(a["name"].split()))
            elif isinstance(a, str):
                people.append(" ".join(a.split()))
        if people or orgs:
            break
    people = [n for n in people if n]
    # Dublin Core's creator (a property may list several names: "dc:creator twitter:site_name").
    if not people:
        people = _meta_values(tree, "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator")[:1]
    return people, [n for n in orgs if n]


# A byline that credits several roles: "Rob Ewaschuk Edited by Betsy Beyer", "Story by X, photos by Y".
_ROLE_BY = re.compile(r"(?:^|,?\s+)(?:written|edited|reported|reporting|produced|compiled|photos?|photographs|"
                      r"illustrations?|graphics|video|words|story|text)\s+by\s+", re.IGNORECASE)


_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "y", "e"}


def _authors(tree, doc_meta, site: str | None) -> list[str]:
    """The authors, from the page's own markup first: every person JSON-LD names (trafilatura
    keeps one of a list), the Dublin Core creator; else trafilatura's pick of meta author,
    rel=author and the byline; else the organisation JSON-LD names as the author ("Contributors
    to Wikimedia projects") when it is not the site itself."""
    people, orgs = _declared_authors(tree)
    picked = doc_meta.author if doc_meta and doc_meta.author else ""
    # A link after the name comes through as words ("Bradley M Kuhn http; Ebb Org; Bkuhn"): it goes.
    picked = re.split(r"\s+(?:https?|www)\b", picked)[0]
    names = people or [part for part in _ROLE_BY.split(picked) if part.strip()]
    # A name has a given name and a surname; one word is a site or a form label ("Username", "Mac & i"),
    # unless it is a wire agency in capitals ("AFP").
    authors = [a for n in names for a in split_names(n) if len(a.split()) >= 2 or (a.isupper() and len(a) >= 2)]
    if not people:
        # trafilatura's pick may be a heading it took for a byline ("Authority control"): a name's
        # words are capitalised, particles aside.
        authors = [a for a in authors if not any(w[:1].islower() and w not in _PARTICLES for w in a.split())
                   and not re.search(r"\d", a)]  # nor a date ("Last Updated January 7")
    publishers = {_key(site or "")} | {_key(p.get("name", "")) for item in _ld_articles(tree)
                                       for p in [item.get("publisher")] if isinstance(p, dict)}
    if not authors:
        authors = [o for o in orgs if _key(o) not in publishers and not any(_key(o) in p for p in publishers if p)]
    if len(authors) > 1 and site:
        # "By Dana Ford and Tom Watkins, CNN": the newsroom is not one of the authors.
        authors = [a for a in authors if _key(a) != _key(site)] or authors
    return authors


def _address(name: str, page: str) -> bool:
    """Is an author's name a web address the page writes, as trafilatura spells it ("Jungefreiheit De"
    for a meta author "jungefreiheit.de", "Wien Orf At" for "wien.ORF.at")? A site, not a person."""
    ws = name.split()
    # (a top-level domain ends it; "ana.renz@..." is a person's e-mail address, not a site's)
    return len(ws) >= 2 and len(ws[-1]) <= 3 and bool(
        re.search(r"(?<![\w.])" + r"\.".join(map(re.escape, ws)) + r"(?![\w@])", page, re.IGNORECASE))


def _printed_byline(blocks: list[RawBlock]) -> list[str]:
    """Without a name in the markup, the byline the page prints over its story ("von Jo Lee", "Par
    Léa Martin", "11.12.2019 - Jo Lee"): a "by" line, or a dated person's name, among the first
    blocks, above the story's second long paragraph. Its block is then the byline, not narrated."""
    prose = 0
    for rb in blocks[:12]:
        if rb.hint not in (None, "byline"):
            continue
        names = byline.by_line(rb.text)
        if not names and word_count(rb.text) <= 8 and byline.stamp(rb.text):  # a date, a name: "11.12.2019 - Jo Lee"
            names = [n for n in byline.name_line(rb.text) if byline.person_name(n)]
        if names:
            rb.hint = "byline"
            return names
        if word_count(rb.text) >= 25:
            prose += 1
            if prose > 1:
                break
    return []


def _title_tag(tree) -> str:
    return " ".join((tree.findtext(".//title") or "").split())


def _key(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def _same_title(heading: str, title: str | None) -> bool:
    """Is `heading` the title, or the title's first part before a site-name separator ("Story | Site")?"""
    if not title:
        return False
    return _key(heading) in (_key(title), _key(re.split(r"\s+[|–—·•-]\s+|\s+::\s+", title)[0]))


# A table cell of this many words is prose (a layout table's column, a list's description).
_PROSE_CELL = 12
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
    data = any(c.get("role") == "head" for c in table.iter("cell")) or re.search(r"\d", _text(table))
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


_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_html(html: str | bytes, *, source: str | None = None, url: str | None = None) -> Article:
    import lxml.html
    import trafilatura

    if isinstance(html, str):
        # lxml refuses decoded text that still declares its encoding (XHTML's "<?xml ...?>").
        html = _XML_DECLARATION.sub("", html, count=1)
        # A control character no XML allows makes the extractor return nothing for the whole page.
        html = _NOT_XML.sub("", html)
    try:
        # Comments go (as trafilatura's own loader drops them): React pages put "<!-- -->" between
        # the text pieces of a paragraph, and the extractor loses the text after one.
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    except Exception as e:  # lxml raises several types for unusable markup
        raise InputError(f"{source or 'page'}: cannot parse HTML ({e})") from None
    description = _description(tree)
    language = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    doc_meta = trafilatura.extract_metadata(tree)
    skipped = _lift_furniture(tree)
    blocks = _extract(tree, url)
    if not any(rb.text for rb in blocks):
        raise InputError(f"{source or 'page'}: no article text found in the HTML")
    if not any(rb.text and rb.hint is None for rb in blocks):
        for rb in blocks:  # a page of headings alone: they are what it has to say
            rb.hint = None if rb.hint == "heading" else rb.hint

    site = _site_name(doc_meta.sitename if doc_meta else None)
    page = html if isinstance(html, str) else html.decode("utf-8", "replace")
    authors = [a for a in _authors(tree, doc_meta, site) if not _address(a, page)] or _printed_byline(blocks)
    date = parse_date(doc_meta.date) if doc_meta and doc_meta.date else None
    standfirsts = [rb for rb in skipped if rb.hint == "dek"]
    if len(standfirsts) > 1:
        # Several "standfirst" boxes are the teasers of other stories; the page's own is the one
        # its description repeats, if any.
        for rb in standfirsts:
            if not (description and _key(rb.text) == _key(description)):
                rb.hint = "chrome"
    standfirst = next((rb.text for rb in skipped if rb.hint == "dek"), None)
    dek = standfirst or description or (doc_meta.description if doc_meta else None)
    if dek and [_key(rb.text) for rb in blocks if rb.hint is None and rb.text] == [_key(dek)]:
        dek = None  # the page's one paragraph is the story, not a summary of it
    declared = _declared_title(tree)
    # Without a declared title, the page's <title> names the story; trafilatura may have taken an
    # <h1> that is a section label or a first heading ("Lorem", "Allergies Health Center").
    title = declared or (_title_tag(tree) if len(_title_tag(tree).split()) >= 2 else None) or \
        (doc_meta.title if doc_meta else None)
    meta = Meta(title=_without_site(title, site, tree, from_tag=not declared and title == _title_tag(tree), url=url),
                dek=dek, structured=True,
                authors=authors, publisher=site, date=date,
                url=(doc_meta.url if doc_meta else None) or url,
                language=(language or (doc_meta.language if doc_meta else None) or "en").split("-")[0].lower())
    head = next((rb for rb in blocks[:3] if rb.hint == "heading"), None)
    if head and _same_title(head.text, _title_tag(tree)) and not _same_title(head.text, meta.title):
        # The story opens with a heading that the page's <title> names; the metadata title
        # was a section's <h1> ("Allergies Health Center"): the story's own headline wins.
        meta.title = head.text
    if meta.title and head and _same_title(head.text, meta.title):
        head.hint = "title"
        meta.title = head.text  # the story's own heading: "Story", not "Story | Site"
    return build_article(blocks + skipped, meta, source=source)
