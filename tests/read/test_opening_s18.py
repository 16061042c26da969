"""Where a flattened story starts, session 18 (read/lede.py, read/build.py's dek): the masthead's
lines set over the byline and date block (the standfirst, then the picture's caption) are not the
story's first paragraph; a slash date line is a date line whichever order its date is read in; a
share button's "Link copied" is the page's. Made-up pages."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import MENU_AND_TITLE, STORY, kinds, page

DEK = "The island's boats were full before the second pier, and the commission says more are coming."
CAPTION = ("A ferry leaves the second pier on a crowded morning crossing to the island, where commuters "
           "wait in line for the early boats.")


def _first_body_line(text):
    script = build_script(parse(text, fmt="text"))
    return next(ln.text for s in script.sections for ln in s.lines if ln.role not in ("intro", "outro"))


def test_the_caption_between_the_dek_and_the_byline_is_not_the_lede():
    text = page(MENU_AND_TITLE, [DEK, CAPTION, "By Jo Lee", "June 3, 2024, 4:18 PM EDT", "Link Copied"], STORY)
    article = parse(text, fmt="text")
    assert article.dek == DEK
    got = kinds(text)
    assert got[CAPTION] == "caption"
    assert got["Link Copied"] != "paragraph"
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_long_caption_over_the_date_and_byline_is_not_the_lede():
    long_caption = " ".join([CAPTION] * 4)  # a caption that tells the picture's whole story (over 50 words)
    text = page(MENU_AND_TITLE, [DEK, long_caption, "Link copied", "June 3, 2024, 4:18 PM UTC", "By Jo Lee"], STORY)
    assert parse(text, fmt="text").dek == DEK
    assert kinds(text)[long_caption] == "caption"
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_lede_with_the_story_under_it_is_still_the_lede():
    # no byline or date block under the second paragraph: the first is the story's own lede
    text = page(MENU_AND_TITLE, STORY, ["By Jo Lee"])
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_slash_date_line_either_order_allows_is_not_heard():
    # "10/04/2016" is October 4th or April 10th: a date line all the same
    text = page(MENU_AND_TITLE, ["By Jo Lee", "10/04/2016 05:07 AM EDT", "Link Copied"], STORY)
    assert kinds(text)["10/04/2016 05:07 AM EDT"] != "paragraph"
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_an_embedded_post_in_the_opening_is_not_the_headline_date_line():
    # the story's first paragraphs quote a post ("— name (@handle) date") above an inline "Related
    # Stories" box, and the densest run starts under the box: the opening above it is still heard
    from flat_page import MORE
    teasers = ["Harbor Board Delays Vote on Second Pier Again", "Island Cafes Plan Sunday Openings for Summer",
               "What the New Timetable Means for Commuters"]
    text = page(MENU_AND_TITLE, ["by Jo Lee June 3, 2024 at 7:18am", "Advertisement - story continues below"],
                STORY[:2], ["The commission has voted to double the crossings https://t.co/abc123",
                            "— Harbor News (@harbornews) June 3, 2024", "Advertisement - story continues below",
                            "Related Stories"], teasers, STORY[2:], MORE)
    got = kinds(text)
    assert got[STORY[0]] == "paragraph" and got[STORY[1]] == "paragraph"
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_writers_closing_remark_in_brackets_is_no_photo_credit():
    from audioed.read.cleanup import photo_credit_caption
    lede = ("Last Thursday I spoke at the harbor commission's public meeting. Here is the text I prepared. "
            "(Video is above, and the slides are below with a link to the full deck at the end. Let me know "
            "if you like this format.)")
    assert not photo_credit_caption(lede, None)
    assert photo_credit_caption("A ferry leaves the second pier. (Photo: Jo Lee, Harbor News)", None)
    text = page(MENU_AND_TITLE, ["By Jo Lee", "June 3, 2024", lede], STORY)
    assert kinds(text)[lede] == "paragraph"


def test_a_highlights_box_under_a_long_standfirst_is_not_heard():
    # a flattened page: menus above the headline, a standfirst of more than 25 words, then the box
    dek = ("The island's boats were full before the second pier, and the commission says two leased boats "
           "will join the fleet in June while fares stay the same for the rest of this year.")
    bullets = ["The commission voted to double the number of ferry crossings to the island from June",
               "Two leased boats will join the fleet when the new schedule starts next month",
               "Fares will not change this year although fuel costs could force a rise"]
    text = page(["Skip to content", "Sections", "Home", "World News", "Business News", "Opinion Pages",
                 "Local", "Sport", "Weather", "Video", "Podcasts", "Newsletters", "Search"],
                [MENU_AND_TITLE[-1], dek, "Updated: June 3, 2024 03:49 pm", "Highlights"], bullets, STORY)
    got = kinds(text)
    assert all(got[b] == "chrome" for b in bullets)  # (none of them taken for the dek either)
    assert _first_body_line(text).startswith(STORY[0][:40])
