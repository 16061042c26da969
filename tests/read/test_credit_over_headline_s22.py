"""The headline in flattened text, session 22 (branch fhead18, read/masthead.py `_under_credit`): a
masthead that prints its credit over the headline (date / headline / dek or caption) has its headline
straight under the credit; the dek or the caption under the headline paraphrases the story, outscores
the headline on shared words, and is no headline when the credit hangs over the line above it and none
hangs under it. Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Home", "Local", "Business", "Weather", "Opinion"]
HEADLINE = "Island Vote Ends a Long Wait"
# (a picture's caption under the headline, no stop at its end, using the story's words)
CAPTION = ("After the vote the harbor commission will double the ferry crossings to the island "
           "(pictured: commuters at the second pier on Tuesday)")


def test_the_line_under_the_credit_is_the_headline_over_its_caption():
    text = page(MENU, ["Harbor", "Updated: 12.05.2020, 09:14", "Published: 12.05.2020", HEADLINE, CAPTION,
                       "Jo Lee", "Kim Park"], STORY, MORE)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_headline_over_its_credit_under_a_dated_card_stays():
    # the common stack (headline / credit / story) under a dated card stays as it was: the rule moves a
    # pick only up to the line straight over it (a guard that holds with and without the rule)
    card = ["Published: 11.05.2020", "Lighthouse Repainting Finished", "Published: 11.05.2020"]
    title = "Harbor Commission Doubles the Island Ferry Crossings"
    text = page(MENU, card, [title, "By Jo Lee", "Published: 12.05.2020"], STORY, MORE)
    assert parse(text, fmt="text").title == title
