"""A short headline under a page's menu, its longer standfirst under it: the headline is the title (row 114, branch
fclimb47). The standfirst shares more of the story's words and outscores the headline; the climb to the shorter line
over it had stopped because the menu's last label above and the standfirst below made the headline look like one line
of a link list. Now, with the pick straight under it, only another story's headline over it, its own shortness (half
the pick's words or fewer: a kicker), a pick the page prints again or one that holds its words (the headline with a
kicker glued on), a quotation, or a section's name the page's menu lists too (row 115, branch fclimb47b) make it a
list's line. Session 47: read/masthead.py `_in_list_over`, `_in_menu`. Every page here is made up; each guard's page
reads the kicker, the teaser or the section as the title without that guard."""

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, narrated, page

MENU = ["Sections", "Home", "Local News", "Contact Us", "Subscribe", "Newspaper FAQs"]
HEAD = "Harbor Commission Ends Long Ferry Dispute"
DEK = "Commuters get more morning boats to the island from June"
DATE = "Tuesday, January 8, 2008 3:20 AM"
VOTE = "The Ferry Vote: Crossings, Fares and the Quay"


def title(*parts):
    return parse(page(*parts), fmt="text").title


def test_the_headline_over_its_standfirst_under_a_menu():
    assert title(MENU, [HEAD, DEK, DATE, "By Ana Ruiz"], STORY, MORE) == HEAD


def test_the_headline_over_its_standfirst_and_a_writer_s_name():
    assert title(MENU, ["Page 1 2", HEAD, DEK, "Ana Ruiz", "16 Jan 2008 12:25 GMT"], STORY, MORE) == HEAD


def test_a_teaser_over_the_headline_stays_a_teaser():
    # two teasers of other stories over the headline: the one straight over it is one more teaser
    teasers = ["Quay Shops Plan Longer Summer Hours", "School Asks To Keep Earliest Crossing"]
    assert title(MENU, teasers + [TITLE, DATE, "By Ana Ruiz"], STORY, MORE) == TITLE


def test_a_short_line_over_the_headline_is_its_kicker():
    assert title(MENU, ["Island Ferry Crossings", VOTE, DATE, "By Ana Ruiz"], STORY, MORE) == VOTE


def test_a_quotation_over_the_headline_is_its_kicker():
    head = "Harbor Commission Votes to Double Ferry Crossings to the Island"
    assert title(MENU, ["'Morning boats were full every day'", head, DATE, "By Ana Ruiz"], STORY, MORE) == head


def test_a_headline_the_page_prints_again_keeps_its_kicker_over_it():
    assert title(["Menu", VOTE] + MENU, ["New Island Boats From June", VOTE, DATE, "By Ana Ruiz"], STORY, MORE) == VOTE


def test_the_headline_glued_to_a_kicker_under_its_short_form_keeps_the_standfirst_heard():
    # the glued line holds the short form's words: it is the headline, the standfirst is the prose under it
    glued = "Island Ferries Harbor Commission Ends Long Ferry Dispute After Three Years"
    standfirst = ("Harbor · Commuters will get more morning boats to the island from June, and fares stay the same "
                  "this year")
    text = page(MENU, [HEAD, glued, standfirst, DATE, "By Ana Ruiz"], STORY, MORE)
    article = parse(text, fmt="text")
    assert article.dek == standfirst or standfirst in narrated(text)


def test_a_section_s_name_the_menu_lists_too_is_no_headline():
    # row 115 (branch fclimb47b): the section's name over the headline is printed in the page's menu too
    section = "Island Ferries and Harbor Crossings"
    menu = ["Menu", "Politique", "International", "Justice", section, "Science", "Techno"]
    assert title(menu, ["Accueil", section, VOTE, DATE, "By Ana Ruiz"], STORY, MORE) == VOTE
