"""Session 23 (frun16): a short blog post under its masthead (the headline over its dated byline), its tags
and its comment form under it, and a longer run below the form (the form's notes, a sidebar's tag cloud):
the run under the masthead is the story. A run with its own masthead, or with no post's end between the
masthead and the run, stays."""

from audioed.read import parse, story
from audioed.read.build import RawBlock

MENU = ["Harbor Notes", "Home", "About", "Archive", "Contact"]
HEADLINE = "Spring cleaning at the old pier"
DATED = "Posted by harborwriter on 12 March 2020"
POST = [
    "The sailing club's children cleaned the old pier on Saturday and filled twelve bags with bottles, nets "
    "and wrappers washed up over the winter.",
]
SHARE = ["Share this:", "Twitter", "Facebook"]
TAGS = ["Categories: News", "Tags: pier, cleaning"]
FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked with a star below.",
        "Name *", "Email *", "Website"]
SIDEBAR = [
    "Recent posts",
    "Sailing into the new season with the club's two new dinghies and a fresh coat of paint on the clubhouse.",
    "Archives",
    "The club's members race on Sundays through the summer, repair the boats through the winter, and hear "
    "the harbor office's news at the clubhouse before each of the long trips along the coast.",
    "The club meets on the first Monday of every month at the clubhouse by the old pier, and every member "
    "is welcome to bring a friend, a question, or a plan for the summer's regattas and the long trips.",
]
FOOTER = ["Privacy", "Imprint"]


def lines(*parts):
    return [t for part in parts for t in part]


def span_text(raw):
    first, last = story.story_span(raw)
    return [raw[i].text for i in range(first, last + 1)]


def test_the_post_under_its_masthead_is_the_run_not_the_sidebar_below_its_form():
    raw = [RawBlock(t) for t in lines(MENU, [HEADLINE, DATED], POST, SHARE, TAGS, FORM, SIDEBAR, FOOTER)]
    assert span_text(raw) == POST


def test_the_post_is_heard_and_the_sidebar_is_not():
    text = "\n\n".join(lines(MENU, [HEADLINE, DATED], POST, SHARE, TAGS, FORM, SIDEBAR, FOOTER))
    article = parse(text, fmt="text")
    heard = " ".join(b.text for b in article.blocks if b.kind == "paragraph")
    assert POST[0] in heard and SIDEBAR[3] not in heard


def test_a_run_under_its_own_masthead_stays():
    # the same prose as a second post, with its own headline and date line: no anchor above it
    second = ["Club meeting notes", "13 March 2020"]
    raw = [RawBlock(t) for t in lines(MENU, [HEADLINE, DATED], POST, TAGS, second, SIDEBAR[3:], FOOTER)]
    assert span_text(raw) == SIDEBAR[3:]


def test_no_post_end_between_the_masthead_and_the_run_leaves_it():
    # a short standfirst under the masthead, then the longer story itself: the densest run is the story
    raw = [RawBlock(t) for t in lines(MENU, [HEADLINE, DATED], POST, SHARE, SIDEBAR[3:], FOOTER)]
    assert span_text(raw)[-1] == SIDEBAR[-1]
