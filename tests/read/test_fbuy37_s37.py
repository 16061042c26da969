"""A button alone on its line is not narrated: an affiliate roundup's shop buttons ("$129 at Amazon", "Buy on
Amazon", "Check Price at REI"), a landing page's "Learn More" and "Get Started", a sign-up form's field labels
(session 37: read/cleanup.py `lone_button`, marked by read/furniture.py `mark_buttons` once the story's start
and end are found). A British paper's comment thread under "Have your say" (read/story.py's comments header).
NPR's "Sponsor Message" and a gallery's "View 6 Images" (read/cleanup.py). Rows 89 (fbuy37), 90 (fsay37) and 92
(fmisc37); docs/reading.md "Buttons a listener cannot press, session 37"."""

import pytest

from flat_page import MORE, STORY, TITLE, narrated, page

from audioed.read import parse
from audioed.read.cleanup import classify, lone_button
from audioed.read.prose import Context
from audioed.read.story import comments_header
from audioed.script import build_script

BUTTONS = [
    "$129 at Amazon",
    "$348 at Amazon $379 at Williams Sonoma",
    "$200 at REI (Men's Regular)",
    "$25 at Sea to Summit (Women's Regular)",
    "$40 at foryourparty.com",
    "SHOP AT PAPERELIZA.COM",
    "Buy on Amazon | Buy on Adorama",
    "See on Coffee Bros",
    "View on Amazon links to amazon",
    "View at Amazon View at REI",
    "Check Price at Amazon (On Sale!)",
    "Check price at Amazon $1,299 list",
    "$150 AT DICK'S SPORTING GOODS",
    "See Deal",
    "Shop Now",
    "Learn More",
    "Learn more.",
    "GET STARTED",
    "Get started for free",
    "Email Address",
    "Your Email*",
    "Your First and Last Name*",
    "Your Name *",
    "Your Phone Number",
    "Submit",
    "Like Loading...",
    "Read the review",
    "Show Full Specification Details ▼",
]


@pytest.mark.parametrize("text", BUTTONS)
def test_a_button_alone_on_its_line_is_one(text):
    assert lone_button(text)


@pytest.mark.parametrize("text", [
    # the same words in the story's own lines
    "$5 at Walmart is a bargain, shoppers said.",
    "$5 at Walmart, $7 at Target",  # (a price list's line, not one shop's button)
    "Shop at home this Christmas and save money",
    "Learn more about the program",  # (a subheading)
    "Get started with Python",
    "Buy on Amazon if you must, she said.",
    "See at the end of the story",
    "Your name will not be published.",
    "Submit your story to the editors by Friday.",
    "Read the review of the film on page 4.",
    "Learn More:",  # (a label leading into the line under it)
    # Title Case subheadings of a guide, and a film's title
    "Shop at Thrift Stores",
    "Shop on Small Business Saturday",
    "$600 From Washington Is Not Enough",
    "$600 At Walmart Is Too Much",
    "$10 From Grandma",
    "Your Name",
])
def test_the_same_words_in_the_story_are_no_button(text):
    assert not lone_button(text)


def test_shop_buttons_between_a_roundups_picks_are_not_narrated():
    picks = [STORY[0], STORY[1], "$129 at Amazon", STORY[2], STORY[3], "Buy on Amazon | Buy on Adorama", MORE[0],
             MORE[1], "Learn More", MORE[2], MORE[3]]
    heard = narrated(page([TITLE], picks))
    assert not any(b in h for b in ("at Amazon", "Buy on", "Learn More") for h in heard)
    assert all(any(s in h for h in heard) for s in STORY[1:] + MORE)  # the story around them is whole (the first
    # paragraph is the dek, heard in the intro)


def test_a_button_in_an_html_article_is_not_narrated():
    html = "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>" % (
        TITLE, TITLE, "".join(f"<p>{x}</p>" for x in [STORY[0], STORY[1], "$129 at Amazon", STORY[2], "Learn More",
                                                      STORY[3]]))
    heard = [line.text for _, line in build_script(parse(html, fmt="html")).lines() if line.role != "outro"]
    assert not any(b in h for b in ("at Amazon", "Learn More") for h in heard)
    assert all(any(s in h for h in heard) for s in STORY)


def test_a_have_your_say_thread_is_not_narrated():
    thread = ["Have your say", "I took that ferry for ten years and never once found a seat on the morning boat.",
              "Jo Reader, Leeds, UK", "About time too. The commission should have done this three years ago."]
    heard = narrated(page([TITLE], STORY, thread))
    assert not any(x in h for x in thread for h in heard)
    assert any(STORY[-1] in h for h in heard)
    assert comments_header("HAVE YOUR SAY…")
    assert not comments_header("Have your say on the ferry plan by Friday")  # (a story's line)


@pytest.mark.parametrize("text,kind", [("Sponsor Message", "chrome"), ("View 6 Images", "chrome"),
                                       ("View 12 photos", "chrome"),
                                       ("A sponsor message from the mayor was read at the launch.", None)])
def test_an_npr_ad_label_and_a_gallery_button_are_furniture(text, kind):
    # (row 92, fmisc37: NPR's ad slot label; Reach's gallery button)
    assert classify(text, Context()) == kind
