"""HTML input: what the extracted page holds besides plain paragraphs (tables, loose text, headings
alone) and the metadata the page declares in its own markup."""

from audioed.read import parse
from audioed.script import build_script

_PROSE = ["The county council heard from island residents about the ferry fares and the cost of fuel.",
          "Fishermen who cross twice a day will pay an extra forty dollars a week under the plan.",
          "A discount for seniors was dropped from the plan at the last minute, to the anger of many.",
          "The ferry operator warned that fuel prices could rise again in winter and fares with them."]


def _page(body: str, head: str = "", title: str = "Council Raises Ferry Fares") -> str:
    return f'<html lang="en"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


def _heard(article) -> str:
    return " ".join(line.text for _, line in build_script(article).lines() if line.role in ("narrator", "quote"))


def test_layout_table_columns_of_prose_are_read_and_its_menu_is_not():
    menu = "<td><ul><li><a href='/'>Home</a></li><li><a href='/a'>Archive</a></li><li>About us</li></ul></td>"
    story = "<td>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</td>"
    a = parse(_page(f"<table><tr>{menu}{story}</tr></table>"), fmt="html")
    heard = _heard(a)
    assert all(p in heard for p in _PROSE)
    assert "Archive" not in heard and "About us" not in heard


def test_table_rows_with_a_prose_cell_are_read_and_a_data_table_row_by_row():
    rows = "".join(f"<tr><td>Route {n}</td><td>{19 + n}</td><td>{p}</td></tr>" for n, p in enumerate(_PROSE))
    figures = "<table><tr><th>Route</th><th>Fare</th></tr><tr><td>North</td><td>$12</td></tr></table>"
    more = ("Residents of the outer islands said they would ask the state for help with the new fares. "
            "The council will hear their case at its next meeting in the spring.")
    a = parse(_page("<article><h1>Council Raises Ferry Fares</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE[:2])
                    + f"<table>{rows}</table>{figures}<p>{more}</p></article>"), fmt="html")
    heard = _heard(a)
    assert all(p in heard for p in _PROSE[2:])
    # a table of figures is part of the story (fares, results, ingredients): each row is heard
    assert "Route — Fare" in heard and "North — $12" in heard


def test_a_grid_of_labels_without_header_or_figures_is_not_read():
    # rows of short labels with no header cell and no number: a link grid (a site's footer menu)
    grid = ("<table><tr><td>Weekly</td><td>Archive</td><td>Contact us</td></tr>"
            "<tr><td>Subscribe</td><td>Write for us</td><td>Sponsors</td></tr></table>")
    a = parse(_page("<article><h1>Council Raises Ferry Fares</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE)
                    + f"{grid}</article>"), fmt="html")
    heard = _heard(a)
    assert all(p in heard for p in _PROSE)
    assert "Sponsors" not in heard and "Archive" not in heard


def test_a_digit_inside_a_link_label_does_not_make_a_data_table():
    # "Top 10 beaches" in a grid of section links: no cell is a figure, so the grid is not read.
    grid = ("<table><tr><td><a href='/f'>Ferries</a></td><td><a href='/w'>Weather</a></td>"
            "<td><a href='/i'>Island Life</a></td></tr><tr><td><a href='/b'>Top 10 beaches</a></td>"
            "<td><a href='/t'>Tide tables</a></td><td><a href='/c'>Webcams</a></td></tr></table>")
    a = parse(_page("<article><h1>Council Raises Ferry Fares</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE[:2])
                    + grid + "".join(f"<p>{p}</p>" for p in _PROSE[2:]) + "</article>"), fmt="html")
    heard = _heard(a)
    assert all(p in heard for p in _PROSE)
    assert "Ferries" not in heard and "beaches" not in heard


def test_a_headline_repeated_below_the_story_leaves_its_subheadings_heard():
    # The page's breadcrumb (ending in the headline) comes out below the story; the story's own
    # subheadings and short lines above it are not a header of teasers.
    sub = "Seniors lose their discount"
    body = (f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><h2>{sub}</h2><p>{_PROSE[2]}</p><p>{_PROSE[3]}</p>"
            "<p>Home › News › Council Raises Ferry Fares</p>")
    a = parse(_page(f"<article>{body}</article>"), fmt="html")
    heard = _heard(a)
    assert sub in heard and all(p in heard for p in _PROSE)


def test_teasers_above_the_pages_headline_are_not_read_before_it():
    # Two teaser paragraphs above the <h1>, the story below it: the match is the page's own
    # headline, not a breadcrumb below the story, so the teasers stay page furniture.
    teasers = ["Readers across the islands have been asking us for weeks what the new ferry fares will mean for them.",
               "Our guide to the council's budget walks through every change that lands on your household."]
    body = ("<article>" + "".join(f"<p>{t}</p>" for t in teasers) + "<h1>Council Raises Ferry Fares</h1><p>By Ann Lee</p>"
            + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article>")
    a = parse(_page(body), fmt="html")
    heard = _heard(a)
    assert a.title == "Council Raises Ferry Fares" and all(p in heard for p in _PROSE)
    assert not any(t in heard for t in teasers)


def test_text_set_straight_after_a_heading_is_read():
    # trafilatura keeps such text as the tail of its <head> element (in table cells, blog templates).
    from lxml import etree
    from audioed.read.html import _body_blocks

    loose = ("The second part of the story was set in no paragraph of its own, straight after the heading, "
             "and it still tells the listener how the vote went.")
    body = etree.fromstring(f'<body><p>{_PROSE[0]}</p><head rend="h2">The vote</head>{loose}<p>{_PROSE[1]}</p></body>')
    assert [(rb.text, rb.hint) for rb in _body_blocks(body)] == [
        (_PROSE[0], None), ("The vote", "heading"), (loose, None), (_PROSE[1], None)]


def test_text_set_straight_in_the_body_is_read_and_a_menu_alone_is_an_error():
    a = parse(_page("Fares rise on Monday."), fmt="html")
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == ["Fares rise on Monday."]
    import pytest
    from audioed.errors import InputError
    with pytest.raises(InputError):
        parse(_page("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"), fmt="html")


def test_a_page_of_headings_alone_reads_them():
    a = parse(_page("<article><h2>Ferry timetable one</h2><h2>Ferry timetable two</h2></article>"), fmt="html")
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == ["Ferry timetable one", "Ferry timetable two"]


def test_one_paragraph_page_opening_with_the_title_words_is_read():
    text = "Council raises ferry fares, and the island pays more from Monday on every crossing."
    a = parse(_page(f"<main><div><div>{text}</div></div></main>", title="Council Raises Ferry Fares"),
              fmt="html")
    assert a.title == "Council Raises Ferry Fares"
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == [text]


def test_the_one_paragraph_equal_to_the_description_is_the_story():
    text = "Council raises ferry fares, and the island pays more from Monday on every crossing."
    a = parse(_page(f"<article><p>{text}</p></article>", head=f'<meta name="description" content="{text}">'),
              fmt="html")
    assert a.dek is None and [b.text for b in a.blocks if b.kind == "paragraph"] == [text]


def test_permalink_mark_after_a_heading_is_not_a_word():
    body = ('<div class="section"><h1>Shared Mutable History<a class="headerlink" href="#h">¶</a></h1>'
            + "".join(f"<p>{p}</p>" for p in _PROSE) + "</div>")
    a = parse(_page(body, title="Shared Mutable History — the manual"), fmt="html")
    assert a.title == "Shared Mutable History"


def test_declared_title_rdfa_property_lists_and_preference():
    body = "<article><h1>Something else</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article>"
    head = ('<meta name="DC.title" content="Name form title"><meta property="og:title twitter:title" content="OG">'
            '<meta property="x:title dc:title" content="Property form title">')
    assert parse(_page(body, head=head, title="Title element"), fmt="html").title == "Property form title"


def test_title_element_loses_a_short_site_tail():
    body = "<article>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article>"
    a = parse(_page(body, title="Council raises the ferry fares again – Harbor Ledger"), fmt="html")
    assert a.title == "Council raises the ferry fares again"
    # A declared title keeps its dash: it is the headline the page shares.
    a = parse(_page(body, head='<meta property="og:title" content="Ferry fares – what changes on Monday">'),
              fmt="html")
    assert a.title == "Ferry fares – what changes on Monday"


def _ld(author) -> str:
    import json
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council Raises Ferry Fares",
            "author": author, "publisher": {"@type": "Organization", "name": "Harbor Ledger"}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


_BODY = "<article><h1>Council Raises Ferry Fares</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article>"


def test_organisation_declared_as_author_is_the_byline_unless_it_is_the_publisher():
    a = parse(_page(_BODY, head=_ld({"@type": "Organization", "name": "Contributors to the Ledger Wiki"})),
              fmt="html")
    assert a.authors == ["Contributors to the Ledger Wiki"]
    a = parse(_page(_BODY, head=_ld({"@type": "Organization", "name": "Harbor Ledger"})), fmt="html")
    assert a.authors == []
    both = [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Organization", "name": "Ledger Wire Desk"}]
    assert parse(_page(_BODY, head=_ld(both)), fmt="html").authors == ["Ana Ruiz"]


def test_byline_crediting_several_roles_names_each_person():
    byline = '<p class="byline author">Written by Ana Ruiz Edited by Tom Okafor</p>'
    a = parse(_page(_BODY.replace("</h1>", "</h1>" + byline)), fmt="html")
    assert a.authors == ["Ana Ruiz", "Tom Okafor"]


def test_a_heading_or_a_date_taken_for_the_byline_is_no_author():
    for label in ("Authority control", "Last Updated January 7"):
        a = parse(_page(_BODY, head=f'<meta name="author" content="{label}">'), fmt="html")
        assert a.authors == [], label
    a = parse(_page(_BODY, head='<meta name="author" content="Ana Ruiz http://ledger.example/ana">'), fmt="html")
    assert a.authors == ["Ana Ruiz"]


def test_comment_between_the_text_pieces_of_a_paragraph_loses_nothing():
    # React pages render "<!-- -->" between adjacent text nodes of one paragraph.
    pieces = ["When the council met on Monday, ", "<!-- -->", "the fares were raised by a fifth", "<!-- -->",
              ", and islanders said they would appeal the vote before the end of the month."]
    body = ("<article><h1>Council Raises Ferry Fares</h1>" + "".join(f"<p>{p}</p>" for p in _PROSE)
            + f"<p>{''.join(pieces)}</p></article>")
    assert "the fares were raised by a fifth, and islanders said they would appeal" in _heard(parse(_page(body),
                                                                                                     fmt="html"))


def test_a_lede_the_description_repeats_is_heard_in_the_body_not_as_the_dek():
    head = f'<meta name="description" content="{_PROSE[0]}">'
    a = parse(_page(_BODY, head=head), fmt="html")
    assert a.dek is None
    assert [b.kind for b in a.blocks if b.text == _PROSE[0]] == ["paragraph"]
    assert [line.text for _, line in build_script(a).lines()].count(_PROSE[0]) == 1


def test_when_the_recall_setting_settles_on_a_teaser_the_default_extraction_is_read():
    # trafilatura's favor_recall can settle on a list page's teaser (or a story's header) where
    # its default setting finds the text: the fuller one is read, the other asked for only then.
    from audioed.read.build import RawBlock
    from audioed.read.html import _fuller

    teaser = [RawBlock("One teaser of twelve words that the recall setting settled on here.")]
    listing = [RawBlock(p) for p in _PROSE * 4]
    assert _fuller(teaser, lambda: listing) == listing
    assert _fuller(teaser, lambda: teaser * 2) == teaser  # not five times as many words
    asked = []
    assert _fuller(listing, lambda: asked.append(1) or teaser) == listing and not asked

def test_an_xhtml_page_that_declares_its_encoding_is_read():
    # Decoded text with "<?xml ... encoding=...?>" is refused by lxml: the declaration must go first.
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Dam opens after ten years</title></head>'
            '<body><article><h1>Dam opens after ten years</h1>'
            '<p>The new dam on the river opened on Monday after a decade of building and argument.</p>'
            '<p>Engineers said the reservoir would fill over the coming winter, months ahead of plan.</p>'
            '</article></body></html>')
    article = parse(page, fmt="html")
    text = " ".join(b.text for b in article.blocks)
    assert "decade of building" in text and "reservoir would fill" in text
    assert article.title == "Dam opens after ten years"


def test_a_declaration_after_a_stray_control_character_is_still_removed():
    # A NUL or other control byte before "<?xml ...?>", or a declaration missing its "?", once kept the
    # declaration in: "cannot parse HTML".
    for junk, end in (("\x00", "?>"), ("\x01\x02", "?>"), ("\n\ufeff", "?>"), ("", ">")):
        page = (junk + '<?xml version="1.0" encoding="iso-8859-1"' + end + '\n'
                '<html><head><title>Dam opens after ten years</title></head><body><article>'
                '<h1>Dam opens after ten years</h1>'
                '<p>The new dam on the river opened on Monday after a decade of building and argument.</p>'
                '<p>Engineers said the reservoir would fill over the coming winter, months ahead of plan.</p>'
                '</article></body></html>')
        text = " ".join(b.text for b in parse(page, fmt="html").blocks)
        assert "decade of building" in text, repr(junk)


def test_a_declaration_the_pattern_misses_is_overridden_not_refused(monkeypatch):
    # Whatever shape of declaration slips past the pattern, the decoded text is parsed as UTF-8 bytes,
    # with its own characters (the declared Latin-1 does not turn the dash into mojibake).
    import re as re_module

    from audioed.read import html as html_reader
    monkeypatch.setattr(html_reader, "_XML_DECLARATION", re_module.compile(r"(?!)"))
    page = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html><head><title>Dam opens</title></head><body>'
            '<article><h1>Dam opens after ten years</h1>'
            '<p>The new dam on the river opened on Monday \u2014 after a decade of building and argument.</p>'
            '<p>Engineers said the reservoir would fill over the coming winter, months ahead of plan.</p>'
            '</article></body></html>')
    text = " ".join(b.text for b in parse(page, fmt="html").blocks)
    assert "Monday \u2014 after a decade" in text


def test_a_title_escaped_twice_is_heard_with_its_marks():
    head = '<meta property="og:title" content="&amp;#8222;Fares&amp;#8220;: Council &amp;raquo; Islands">'
    a = parse(_page("<article>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article>", head=head), fmt="html")
    assert a.title == "„Fares“: Council » Islands"


def test_the_pages_h1_inside_its_title_drops_the_section_and_breadcrumb_around_it():
    story = "".join(f"<p>{p}</p>" for p in _PROSE)
    for title in ("News - Ferry Fares Rise Again", "Ferry Fares Rise Again / Politics / Home",
                  "Isles Gazette: Ferry Fares Rise Again"):
        a = parse(_page(f"<article><h1>Ferry Fares Rise Again</h1>{story}</article>", title=title), fmt="html")
        assert a.title == "Ferry Fares Rise Again", title


def test_a_blogs_name_in_its_h1_is_not_taken_for_the_story_title():
    # "Story | Blog" with the blog's name as the page's <h1>, and a story part short enough
    # ("Ferry Fish |": at most 3 words with the separator) for the <h1>-in-title rule to run:
    # the blog's name (as the site's name, or as its address) is not the story's title.
    story = "".join(f"<p>{p}</p>" for p in _PROSE)
    body, title = f"<h1>Island Kitchen Notes</h1><article>{story}</article>", "Ferry Fish | Island Kitchen Notes"
    named = parse(_page(body, head='<meta property="og:site_name" content="Island Kitchen Notes">', title=title),
                  fmt="html")
    assert named.title == "Ferry Fish"
    addressed = parse(_page(body, title=title), fmt="html", url="https://islandkitchennotes.com/2024/ferry-fish")
    assert addressed.title.startswith("Ferry Fish")


def test_a_control_character_in_the_page_does_not_lose_its_story():
    # lxml keeps a character no XML allows; the extractor then finds nothing on the whole page.
    story = "".join(f"<p>{p}</p>" for p in _PROSE)
    a = parse(_page(f"<article><h1>Council Raises Ferry Fares</h1>{story}<p>Source\x07 (2020):\x07 Ferry report<br><br>Fuel\x07 prices</p></article>"), fmt="html")
    assert all(p in _heard(a) for p in _PROSE)


def test_section_headings_sharing_a_subheadline_class_are_heard_not_taken_for_the_dek():
    subs = ["Seniors lose their discount at the last minute", "Fuel prices may push fares up again"]
    body = (f"<p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><h3 class='article-subheadline'>{subs[0]}</h3><p>{_PROSE[2]}</p>"
            f"<h3 class='article-subheadline'>{subs[1]}</h3><p>{_PROSE[3]}</p>")
    a = parse(_page(f"<article><h1>Council Raises Ferry Fares</h1>{body}</article>"), fmt="html")
    heard = _heard(a)
    assert all(s in heard for s in subs) and all(p in heard for p in _PROSE)


def test_a_site_logo_h1_the_address_spells_short_is_not_the_story_title():
    # "Story | Site" with the site's logo as the page's <h1>: its name is the address written short
    # ("lakesidenews" for Lakeside Daily News), or the <h1> links to the front page.
    story = "".join(f"<p>{p}</p>" for p in _PROSE)
    title = "Ferry Vote | Lakeside Daily News"
    for h1, url in (("<h1>Lakeside Daily News</h1>", "https://www.lakesidenews.com/ferry/vote"),
                    ('<h1><a href="/">Lakeside Daily News</a></h1>', "https://paper.example/ferry/vote"),
                    ('<h1><a href="https://www.lakeside.example/">Lakeside Daily News</a></h1>', None)):
        a = parse(_page(f"{h1}<article>{story}</article>", title=title), fmt="html", url=url)
        assert a.title != "Lakeside Daily News", (h1, url)
    # the story's own <h1> inside the title is still taken
    a = parse(_page(f"<article><h1>Ferry Vote</h1>{story}</article>", title=title), fmt="html",
              url="https://www.lakesidenews.com/ferry/vote")
    assert a.title == "Ferry Vote"


def test_names_site_reads_the_address_as_siteaddress_does():
    from audioed.read.html_meta import names_site
    assert names_site("Lakeside Daily News", None, "https://www.lakesidenews.com/x")
    assert names_site("Los Angeles Times", None, "https://www.latimes.com/x")  # written short
    assert names_site("Island Kitchen Notes", "Island Kitchen Notes", None)
    assert not names_site("Ferry Vote", None, "https://www.lakesidenews.com/x")
