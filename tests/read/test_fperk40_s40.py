"""A paywall's box inside a flattened story: under its notice ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "Create an
account or sign in to continue with your reading experience.") the offer's lines ("Enjoy additional articles per
month.", "Get email updates from your favourite authors.") were heard between the story's paragraphs on a
newspaper group's pages; its form's "or" and "View more offers" too (session 40: read/furniture.py
`mark_wall_boxes`, after the story's run is found). Row 99 (fperk40); docs/reading.md "A paywall's offer, session 40".
The pages here are made up in the boxes' shapes."""

from audioed.read import parse
from audioed.script import build_script

STORY = [
    "Harbour bridge to close for six weeks of repairs",
    "The city will shut the old harbour bridge to traffic from Monday while crews replace its worn deck plates.",
    "Engineers found cracks in the plates during an inspection in the spring, and the council voted last month to "
    "pay for the work from its reserve fund rather than wait for a provincial grant.",
    "Buses will run on a detour through the industrial park, adding about ten minutes to the trip downtown, and "
    "the ferry will add two sailings each morning for commuters who cross on foot.",
    "Shop owners near the bridge worry the closure will keep customers away during the busiest weeks of the "
    "summer, and the business association has asked the council for a parking break.",
    "The council expects the bridge to reopen in the middle of August if the weather holds.",
]

BOX = [
    "THIS STORY IS RESERVED FOR SUBSCRIBERS",
    "Enjoy unlimited reading on any device.",
    "Exclusive columns from our city hall team and others.",
    "The Ledger ePaper, a replica of the print edition.",
    "Support local reporting.",
    "SUBSCRIBE FOR MORE STORIES",
    "Create an account or sign in to continue with your reading experience.",
    "Read stories from across the region with one account.",
    "Get email updates from the writers you follow.",
    "Sign In or Create an Account",
    "Email Address",
    "Continue",
    "or",
    "View more offers",
    "Article content",
]


def _heard(lines: list[str]) -> str:
    article = parse("\n\n".join(lines) + "\n", fmt="text", source="page")
    return "\n".join(line.text for section in build_script(article).sections for line in section.lines)


def test_a_paywall_box_inside_the_story_is_not_heard():
    heard = _heard([*STORY[:3], *BOX, *STORY[3:]])
    for line in ("Enjoy unlimited reading", "Exclusive columns", "ePaper", "Support local reporting",
                 "Read stories from across the region", "Get email updates", "View more offers"):
        assert line not in heard
    assert "\nor\n" not in f"\n{heard}\n"
    for line in STORY[1:]:
        assert line in heard  # the story on both sides of the box


def test_short_story_paragraphs_after_a_sign_in_notice_stay():
    # a notice at the top, then the story's own short paragraphs between ad slots: no box's label closes them
    short = ["The bridge closes Monday.", "Crews start at six in the morning.", "Buses will take a detour."]
    heard = _heard([STORY[0], "Already a subscriber? Sign in", *short, "Advertisement", *STORY[1:]])
    for line in short:
        assert line in heard


def test_very_short_story_lines_after_a_sign_in_notice_stay():
    # the notice, the dek (a short line that is no paragraph), then the story's own two- and three-word lines
    short = ["Bridge closes Monday.", "Crews start early."]
    heard = _heard([STORY[0], "Already a subscriber? Sign in", "Six weeks of repairs on the old deck.", *short,
                    "Advertisement", *STORY[1:]])
    for line in short:
        assert line in heard


def test_the_box_ends_at_a_line_that_quotes():
    quoted = "“We had no choice,” the mayor said."
    heard = _heard([*STORY[:3], "Create an account or sign in to continue with your reading experience.", quoted,
                    "Buses will take a detour.", "Sign In", *STORY[3:]])
    assert "We had no choice" in heard and "Buses will take a detour." in heard


def test_lines_after_a_notice_that_no_label_closes_stay():
    short = ["The bridge closes Monday.", "Crews start at six in the morning."]
    heard = _heard([*STORY[:3], "Subscribe to continue reading this article.", *short, *STORY[3:]])
    for line in short:
        assert line in heard


SHORT = ["The bridge closes Monday.", "Crews start at six in the morning."]


def test_a_caption_or_a_label_printed_between_paragraphs_closes_no_box():
    # (the first form of the rule took any short line that is no paragraph for the box's: "Article content"
    # printed twice, a Spanish ad label, a share row, a tag line)
    for after in ("Article content", "Publicidad", "Story continues below", "Share this article",
                  "Listen to this article", "Topics: Transport, City Hall"):
        heard = _heard([STORY[0], "Already a subscriber? Sign in", *SHORT, after, *STORY[1:3], after, *STORY[3:]])
        for line in SHORT:
            assert line in heard, after


def test_the_story_where_it_picks_up_after_a_box_is_heard():
    # the box's form ends with its buttons; the story's short lines and subheading under it are the story's
    for resume in (["The detour", *STORY[3:]], ["Not everyone agrees.", "Some say it is too late.", *STORY[3:]]):
        heard = _heard([*STORY[:3], *BOX[:-1], *resume])
        assert "View more offers" not in heard and "Get email updates" not in heard
        for line in resume:
            assert line in heard


def test_a_masthead_sign_in_link_over_the_story_and_a_newsletter_promotion_is_no_box():
    # (found in the lead's read after the review: one notice, the story's short lines, then a newsletter's
    # promotion, which had closed them as a box's offer)
    heard = _heard([STORY[0], STORY[1], "Already a subscriber? Sign in", *SHORT, "Buses will take a detour.",
                    "Sign up for our morning newsletter to get the latest news in your inbox.", *STORY[2:]])
    for line in (*SHORT, "Buses will take a detour."):
        assert line in heard
