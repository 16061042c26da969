"""A story's last subheading whose words its paragraph says in lower case ("Conclusion" / "In conclusion, ...") is
no "about" box's label: the story's closing section is heard. A box whose prose spells the label's name with its
capitals is still one (session 50, branch fabout50; read/furniture.py `mark_about_boxes`). Every text here is made
up."""

from flat_page import MORE, STORY, kinds, page
from test_furniture import HEAD

CLOSING = ("In conclusion, the commission's vote settles the schedule for this year, and the spring review will "
           "show whether the two leased boats are enough.")
PLANNER = ("The commission's website offers a ferry schedule planner that shows which crossings are full on each "
           "morning of the week.")


def test_a_closing_subheading_said_again_in_lower_case_heads_story_text():
    got = kinds(page(HEAD, STORY, MORE, ["Conclusion", CLOSING]))
    assert got[CLOSING] == "paragraph"


def test_a_subheading_whose_words_the_paragraph_uses_heads_story_text():
    got = kinds(page(HEAD, STORY, MORE, ["Ferry Schedule Planner", PLANNER]))
    assert got[PLANNER] == "paragraph"


def test_a_bio_under_its_writers_name_alone_is_still_not_read():
    bio = "Mara Linden covers the waterfront and the island ferries for the Bay Ledger, where she has worked since 2015."
    got = kinds(page(HEAD, STORY, MORE, ["Mara Linden", bio]))
    assert got[bio] == "chrome"
