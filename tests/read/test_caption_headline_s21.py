"""The headline in flattened text, session 21 (branch fhead16, read/masthead.py `_caption_shaped`):
a line that `lede` would call a picture's caption (its credit straight under it) paraphrases the
story and outscores the headline over it; it scores half as a headline candidate, so the headline
wins. A credit line giving an address is the story's, and the line over it keeps its score.
Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Home", "Local", "Business", "Weather", "Opinion"]
HEADLINE = "A Long Wait Ends for Island Commuters"
CAPTION = ("Commuters wait on the second pier for the morning ferry crossing to the island, before the "
           "harbor commission voted to double the crossings")


def test_a_caption_over_its_credit_gives_way_to_the_headline_over_it():
    text = page(MENU, [HEADLINE, CAPTION, "Photo: Jo Lee/AFP"], STORY, MORE)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_line_over_a_credit_with_an_address_keeps_its_score():
    # the agency's credit with its address under the headline is the story's, not a picture's:
    # halved, the headline would lose to the job-ads menu line over it
    head = "Meet the commuter who tattooed the island ferry schedule on his arm"
    above = ["Post a ferry crossing job ad", "Island jobs", "Harbor Town 113 25"]
    masthead = [head, "AFP/The Harbor Times - news@harbortimes.example", "Published: 28 Apr 2020", "Share"]
    text = page(MENU, above, masthead, STORY, MORE)
    assert parse(text, fmt="text").title == head
