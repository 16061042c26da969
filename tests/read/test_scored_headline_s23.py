"""The headline in flattened text when the right line is scored but lost, session 23 (fhead20's three
rules, read/masthead.py): a kicker's colon is no breadcrumb's glue (`unglued`), a section label over a
byline is no pasted story's headline (`opens_with_headline`), and a headline under the page's menus wins
over a sidebar's line above them (`_under_menu`). Made-up pages."""

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, page

COLON_HEADLINE = "Ferries: Crossings to Double After Harbor Vote"
OWN_HEADLINE = "Island Boats Will Run Twice as Often From June"


def title(*parts):
    return parse(page(*parts), fmt="text").title


def test_a_headline_with_a_kickers_colon_keeps_its_kicker():
    # the headline's last words printed again near it (a breadcrumb's last part) do not cut it
    assert title(["Sections", "Home", COLON_HEADLINE, "Published 12 May 2020",
                  "Crossings to Double After Harbor Vote"], STORY, MORE) == COLON_HEADLINE


def test_a_section_label_over_the_writers_is_no_pasted_headline():
    assert title(["Ferries | Jo Lee, Kim Roe", TITLE, "Published 12 May 2020"], STORY, MORE) == TITLE


def test_the_headline_under_the_menus_wins_over_a_sidebar_line_above_them():
    sidebar = "Harbor Commission Ends Three-Year Dispute Over Crossings"
    assert title([sidebar, "Sections", "Home", "World", "Business", "Opinion", OWN_HEADLINE, "By Jo Lee"],
                 STORY, MORE) == OWN_HEADLINE


def test_a_line_over_the_menus_sharing_the_headlines_words_stays():
    # (a kicker or the headline's own first print shares its words: the rule leaves the pick)
    upper = "Commuters Complained About Morning Boats for Months"
    assert title([upper, "Sections", "Home", "World", "Business", "Opinion", OWN_HEADLINE, "By Jo Lee"],
                 STORY, MORE) == upper
