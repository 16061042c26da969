"""An HTML page's metadata: its title, summary, site name and authors from its own markup (JSON-LD,
OpenGraph, meta tags, rel=author), trafilatura's metadata, and the byline printed over the story.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from urllib.parse import urljoin, urlsplit

from audioed.read import byline
from audioed.read.build import RawBlock
from audioed.read.metadata import split_names
from audioed.read.prose import word_count
from audioed.read.siteaddress import name_key, names_address, url_label


def element_text(el) -> str:
    """An element's text, its whitespace runs made single spaces."""
    return " ".join("".join(el.itertext()).split())


def description(tree) -> str | None:
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


def site_name(name: str | None) -> str | None:
    """The site's name as said aloud: "http://www.tmz.com" -> "tmz.com"."""
    if not name or not name.strip():
        return None
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip(), flags=re.IGNORECASE).rstrip("/") or None


SEP = re.compile(r"\s+(?:[|»–—·•-]|::)\s+")


def names_site(text: str, site: str | None, url: str | None) -> bool:
    """Does `text` name the site: its declared name, or the name its address spells, whole or short,
    a word left out or not ("lakesidenews.com": Lakeside Daily News)?"""
    label = url_label(url)
    return bool(site and name_key(site) and name_key(site) in name_key(text)
                or label and (label in name_key(text) or names_address(label, text, skip=True)))


def _links_home(h, url: str | None) -> bool:
    """Does the heading link to the site's front page only (a logo: <h1><a href="/">Site</a></h1>)?"""
    hrefs = [a.get("href", "").strip() for a in h.iter("a")]
    return bool(hrefs) and all(urlsplit(urljoin(url or "", x)).path in ("", "/") and not urlsplit(x).query
                               and not urlsplit(x).fragment for x in hrefs)


def without_site(title: str | None, site: str | None, tree, *, from_tag: bool = False,
                  url: str | None = None) -> str | None:
    """"Story | CNN Politics" -> "Story": the site's part goes when it names the site, or when the
    page's <h1> is the story part alone, or (in a <title>, which carries the site's name more
    often than not) when it is a short tail after a story of four words or more."""
    if not title:
        return title
    if re.search(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", title):
        title = html_lib.unescape(title)  # escaped twice in the page ("&#8222;Arschloch&#8220;")
    for h in (" ".join(element_text(h).split()) for h in tree.iter("h1") if not _links_home(h, url)):
        # The page's <h1> inside the title, set off by separators from a few words of site,
        # section or breadcrumb ("News - Elder: Aus dem Ghetto", "Story / Politik / Home").
        at = title.find(h) if len(h.split()) >= 3 else -1
        rest = (title[:at] + " " + title[at + len(h):]).strip() if at >= 0 else ""
        # (Not a site's name in the <h1> after the story: "Recipe | Our Kitchen Blog".)
        if rest and len(rest.split()) <= 10 and len(title[:at].split()) <= 3 and not names_site(h, site, url) \
                and re.fullmatch(r"(?:\S.*?)?[|»–—·•/:-]", title[:at].strip() or "-") \
                and re.fullmatch(r"[|»–—·•/:-](?:.*\S)?", title[at + len(h):].strip() or "-"):
            return h
    parts = SEP.split(title.strip())
    if len(parts) < 2:
        return title
    if from_tag and len(parts[-1].split()) <= 3 and len(parts[0].split()) >= 4:
        return title[:list(SEP.finditer(title.strip()))[-1].start()].strip()
    tail = " ".join(parts[1:])
    h1s = [key(element_text(h)) for h in tree.iter("h1")]
    # A one- or two-word head ("New Zealand - Wikipedia") is the story's only when the tail is the
    # site's name or the page's <h1> says the head alone.
    if (site and key(site) in key(tail)) or any(h == key(parts[0]) for h in h1s if h):
        return parts[0]
    if len(parts[0].split()) >= 3 and any(h.startswith(key(parts[0])) for h in h1s if h):
        return parts[0]
    return title


# Marks that set a <title>'s parts apart ("Site > News -- Story", "Story (from Site)"); a comma,
# a full stop or a quote mark runs inside a headline. (Not "[Site]": Readability's truth keeps it.)
_PART_MARK = re.compile(r"[|»«–—·•/:>()~*;-]")
_NOT_SHOWN = {"head", "title", "script", "style", "noscript", "template", "option", "select", "textarea"}


def _br_lines(el) -> list[str]:
    """The lines an element's <br>s break its text into ("Headline<br>Jan 9, 2008"), if any."""
    if not any(c.tag == "br" for c in el):
        return []
    lines: list[list[str]] = [[el.text or ""]]
    for child in el:
        if child.tag == "br":
            lines.append([])
        elif isinstance(child.tag, str):
            lines[-1].extend(child.itertext())
        lines[-1].append(child.tail or "")
    return [" ".join("".join(line).split()) for line in lines]


def shown_part(title: str, tree, site: str | None = None, url: str | None = None) -> str | None:
    """The longest run of `title`'s words (three or more, set off from the rest by a separator mark)
    that an element of the page shows as its whole text, as the page writes it: the story's part of a
    <title> that also names its site and sections ("Sport > Rugby -- Story (from Site)"). Never a run
    naming the site nor a logo's; None when no part is shown or the title is shown whole."""
    words = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"\w+", title)]
    if not 4 <= len(words) <= 40:  # (a broken page's <title> may run on over its whole text)
        return None
    shown: dict[tuple[str, ...], str] = {}
    # (the whole tree: a 2008 page's markup can leave its text outside the <body> lxml builds)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN or any(a.tag in _NOT_SHOWN for a in el.iterancestors()):
            continue
        if el.tag in ("h1", "a") and _links_home(el, url):
            continue  # the site's logo
        for text in [element_text(el)] + _br_lines(el):
            if 3 <= len(text.split()) <= len(words) and len(text) <= len(title) + 10:
                shown.setdefault(tuple(w.lower() for w in re.findall(r"\w+", text)), text)
    if tuple(w for w, _, _ in words) in shown:
        return None  # the page shows the whole <title>: none of it is the site's alone
    best = None
    for i in range(len(words)):
        # a run starts at the title's start or after a mark, and ends at its end or before one
        if i and not _PART_MARK.search(title[words[i - 1][2]:words[i][1]]):
            continue
        for j in range(len(words), i + 2, -1):
            if (i, j) == (0, len(words)):
                continue
            if j < len(words) and not _PART_MARK.search(title[words[j - 1][2]:words[j][1]]):
                continue
            # (a permalink's "¶" or a separator at the line's end is no part of the headline)
            text = shown.get(tuple(w for w, _, _ in words[i:j]), "").strip(" ¶§#|»«–—·•/:>~*;-")
            if text and not names_site(text, site, url) and (best is None or len(text.split()) > len(best.split())):
                best = text
    return best


def meta_values(tree, *names: str) -> list[str]:
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


def declared_title(tree) -> str | None:
    """The title the page declares for sharing (JSON-LD headline, Dublin Core, OpenGraph, Twitter)."""
    for item in ld_articles(tree):
        if isinstance(item.get("headline"), str) and item["headline"].strip():
            return " ".join(item["headline"].split())
    found = meta_values(tree, "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title")
    return found[0] if found else None


def ld_articles(tree):
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        script = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", script.strip())
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and re.search(r"Article|Posting|Report", str(item.get("@type", ""))):
                yield item


def declared_authors(tree) -> tuple[list[str], list[str]]:
    """(people, organisations) a JSON-LD article names as its authors; people from the Dublin
    Core creator when JSON-LD names none."""
    people: list[str] = []
    orgs: list[str] = []
    for item in ld_articles(tree):
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
        people = meta_values(tree, "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator")[:1]
    return people, [n for n in orgs if n]


# A byline that credits several roles: "Rob Ewaschuk Edited by Betsy Beyer", "Story by X, photos by Y".
ROLE_BY = re.compile(r"(?:^|,?\s+)(?:written|edited|reported|reporting|produced|compiled|photos?|photographs|"
                      r"illustrations?|graphics|video|words|story|text)\s+by\s+", re.IGNORECASE)


PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "y", "e"}


def authors(tree, doc_meta, site: str | None) -> list[str]:
    """The authors, from the page's own markup first: every person JSON-LD names (trafilatura
    keeps one of a list), the Dublin Core creator; else trafilatura's pick of meta author,
    rel=author and the byline; else the organisation JSON-LD names as the author ("Contributors
    to Wikimedia projects") when it is not the site itself."""
    people, orgs = declared_authors(tree)
    picked = doc_meta.author if doc_meta and doc_meta.author else ""
    # A link after the name comes through as words ("Bradley M Kuhn http; Ebb Org; Bkuhn"): it goes.
    picked = re.split(r"\s+(?:https?|www)\b", picked)[0]
    names = people or [part for part in ROLE_BY.split(picked) if part.strip()]
    # A name has a given name and a surname; one word is a site or a form label ("Username", "Mac & i"),
    # unless it is a wire agency in capitals ("AFP").
    authors = [a for n in names for a in split_names(n) if len(a.split()) >= 2 or (a.isupper() and len(a) >= 2)]
    if not people:
        # trafilatura's pick may be a heading it took for a byline ("Authority control"): a name's
        # words are capitalised, particles aside.
        authors = [a for a in authors if not any(w[:1].islower() and w not in PARTICLES for w in a.split())
                   and not re.search(r"\d", a)]  # nor a date ("Last Updated January 7")
    publishers = {key(site or "")} | {key(p.get("name", "")) for item in ld_articles(tree)
                                       for p in [item.get("publisher")] if isinstance(p, dict)}
    if not authors:
        authors = [o for o in orgs if key(o) not in publishers and not any(key(o) in p for p in publishers if p)]
    if len(authors) > 1 and site:
        # "By Dana Ford and Tom Watkins, CNN": the newsroom is not one of the authors.
        authors = [a for a in authors if key(a) != key(site)] or authors
    return authors


def address(name: str, page: str) -> bool:
    """Is an author's name a web address the page writes, as trafilatura spells it ("Jungefreiheit De"
    for a meta author "jungefreiheit.de", "Wien Orf At" for "wien.ORF.at")? A site, not a person."""
    ws = name.split()
    # (a top-level domain ends it; "ana.renz@..." is a person's e-mail address, not a site's)
    return len(ws) >= 2 and len(ws[-1]) <= 3 and bool(
        re.search(r"(?<![\w.])" + r"\.".join(map(re.escape, ws)) + r"(?![\w@])", page, re.IGNORECASE))


def printed_byline(blocks: list[RawBlock]) -> list[str]:
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


def title_tag(tree) -> str:
    return " ".join((tree.findtext(".//title") or "").split())


def key(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def same_title(heading: str, title: str | None) -> bool:
    """Is `heading` the title, or the title's first part before a site-name separator ("Story | Site")?"""
    if not title:
        return False
    return key(heading) in (key(title), key(re.split(r"\s+[|–—·•-]\s+|\s+::\s+", title)[0]))
