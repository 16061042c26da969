"""The headline in flattened text, session 22 (branch fhead17, read/masthead.py `_far_masthead`): a
story's masthead (a headline-shaped line, its date straight under it, then a paragraph of prose using
its words) further over the story's run than any headline is looked for is the headline: a long block of
teasers cut the story in two and the run found is its later part. Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Home", "Local", "Business", "Weather", "Opinion"]
HEADLINE = "Harbor Commission Doubles the Island Ferry Crossings"
OPENING = [HEADLINE, "Published 12 May 2020, 09:14",
           "The harbor commission voted on Tuesday to double the island ferry crossings, ending a dispute "
           "that had divided the waterfront and its commuters for three years."]
# Other stories' cards, each a headline and a label, seventy blocks between the opening and the run;
# the last one shares the story's words and is taken for its headline when no masthead is looked for.
TEASERS = [x for n in range(34) for x in (f"Volunteers repaint the lighthouse on the north point, part {n + 1}",
                                          "Read more")] + ["Island school asks for an earlier morning ferry", "Read more"]


def test_a_masthead_over_a_long_teaser_block_is_the_headline():
    text = page(MENU, OPENING, TEASERS, ["Up next"], STORY, MORE, MORE)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_far_line_whose_prose_shares_none_of_its_words_is_no_masthead():
    # a card with a date and a blurb far over the story, but the blurb is about something else
    card = ["Garden Show Opens This Weekend", "Published 12 May 2020, 09:14",
            "Volunteers spent the winter repainting the lighthouse on the north point and the work "
            "finished in time for the tourist season."]
    text = page(MENU, card, TEASERS, ["Up next"], STORY, MORE, MORE)
    assert parse(text, fmt="text").title != card[0]
