"""The episode title of HTML pages that declare none (session 30, fhtitle30: L3S-GN1's 2008 pages, no
JSON-LD or OpenGraph, the headline seldom in an <h1>): the part of the <title> the page shows as a line of
its own; a <title> that only names the site yields to the story's headline-like line over its prose."""

import lxml.html

from audioed.read import parse

STORY = """<p>The harbor ferry will carry passengers again from Monday, the port authority said on Friday,
after three weeks in dry dock while welders replaced a cracked plate in its hull.</p>
<p>Commuters have crowded onto buses since the ferry was taken out of service in early January, and the
authority added two extra morning runs to make up for the lost crossings this week.</p>
<p>Engineers found the crack during a routine inspection and said it posed no danger to passengers, but the
authority decided to repair it at once rather than wait for the spring overhaul of the fleet.</p>
<p>The ferry carries about four thousand people a day across the harbor between the two city centres.</p>"""


def page(title: str, top: str, story: str = STORY) -> str:
    return f"""<html><head><title>{title}</title></head><body>
<table><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td>{top}{story}</td></tr></table></body></html>"""


URL = "http://www.harborledger.com/news/story.php?id=123"


# --- the <title>'s part the page shows

def test_the_part_of_the_title_the_page_shows_is_the_title():
    html = page("Harbor Ledger > News > Local -- Ferry resumes service after hull repairs",
                '<div class="headline1">Ferry resumes service after hull repairs</div>')
    assert parse(html, fmt="html", url=URL).title == "Ferry resumes service after hull repairs"


def test_a_headline_line_broken_off_by_br_counts_as_shown():
    html = page("Ferry resumes service after hull repairs: Local: News: Harbor Ledger",
                '<p class="top">Ferry resumes service after hull repairs<br>January 18, 2008</p>')
    assert parse(html, fmt="html", url=URL).title == "Ferry resumes service after hull repairs"


def test_the_page_spelling_of_the_part_is_kept():
    # The <title> drops the pound sign and capitalises every word; the page's line is what is heard.
    html = page("Ferry Could Cost 15m In Repairs (from Harbor Ledger)",
                '<div class="head">Ferry could cost £15m in repairs</div>')
    assert parse(html, fmt="html", url=URL).title == "Ferry could cost £15m in repairs"


def test_a_run_not_set_off_by_a_mark_is_no_part():
    # "Ferry resumes service" is a link elsewhere on the page, but in the <title> it runs on into
    # "after hull repairs" with no separator: the title is not cut there.
    html = page("Ferry resumes service after hull repairs",
                '<a href="/x">Ferry resumes service</a>')
    assert parse(html, fmt="html", url=URL).title == "Ferry resumes service after hull repairs"


def test_a_bracketed_site_is_no_separator():
    # (Readability's truth keeps "Title [Site]" whole.)
    from audioed.read.html_meta import shown_part

    tree = lxml.html.fromstring(page("Weekly Edition for March 26, 2015 [Harbor Ledger]",
                                     "<h2>Weekly Edition for March 26, 2015</h2>"))
    assert shown_part("Weekly Edition for March 26, 2015 [Harbor Ledger]", tree) is None


def test_a_declared_title_is_left_alone():
    html = page("Harbor Ledger > News > Ferry resumes service after hull repairs",
                '<div class="headline1">Ferry resumes service after hull repairs</div>').replace(
        "</head>", '<meta property="og:title" content="Harbor ferry back in service"></head>')
    assert parse(html, fmt="html", url=URL).title == "Harbor ferry back in service"


# --- a <title> that names only the site

def test_a_site_title_yields_to_the_headline_over_the_story():
    html = page("Harbor Ledger", "<p><b>Ferry resumes service after hull repairs</b></p>")
    assert parse(html, fmt="html", url=URL).title == "Ferry resumes service after hull repairs"


def test_a_site_title_stays_when_no_headline_sits_over_prose():
    # The first headline-like line is an advert's, over more adverts: no story's prose under it.
    ads = "".join(f"<p><b>{n} Power Supply</b></p><p>Get your mojo going! 4120 Industrial Ave</p>"
                  for n in ("AJ", "BK", "CL"))
    html = page("Harbor Ledger", ads)
    assert parse(html, fmt="html", url=URL).title == "Harbor Ledger"
