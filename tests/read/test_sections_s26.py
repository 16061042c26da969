"""Session 26 (ffrecall): a story with a subheading over each short paragraph looks like a teaser list (a
headline over a blurb, three pairs in a row), whose blurbs score nothing. A chain of such pairs set between
the run's paragraphs, or starting right under the run with the run's words, is the story's sections: heard.
A teaser list about other stories under the run stays the page's."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

FOOT = ["Privacy Policy", "Contact us", "Terms of use", "Newsletter"]

SECTIONS = [
    ("Extra Crossings From the Second Pier",
     "The two leased boats will carry the extra crossings from the second pier, the commission said."),
    ("Commuters Still Want Earlier Boats",
     "Commuters at the second pier said the schedule helps, but asked for an earlier crossing in winter."),
    ("Fuel Costs Could Raise Fares",
     "The commission warned again that fuel costs could force a rise in fares in the autumn."),
]

# (the sections under the run share its words: the commission, the crossings, the pier, the schedule)
CLOSING = [
    ("Island Businesses Plan Longer Hours",
     "Island businesses on the quay welcomed the commission's decision and said the schedule will bring weekend "
     "visitors back to the shops along the old quay in June."),
    ("The School Asks About Morning Crossings",
     "The island's school asked the commission to keep the earliest morning crossing at its present time, so that "
     "teachers who commute from the mainland can start classes before nine."),
    ("The Commission Will Review Passenger Counts",
     "The commission said it will review the schedule next spring, comparing a full season of passenger counts "
     "at the second pier with the three years before the vote on the ferry crossings."),
]

TEASERS = [
    ("Council Approves New Library Budget",
     "The city council approved money for a new library on Monday after a long debate."),
    ("Local Bakery Wins National Award",
     "A family bakery on Main Street won a national prize for its sourdough bread."),
    ("High School Team Reaches Final",
     "The basketball team beat its rivals by two points to reach the state final."),
]


def _flat(pairs):
    return [x for head, blurb in pairs for x in (head, blurb)]


def test_sections_between_the_runs_paragraphs_are_heard():
    first, rest = SECTIONS[0], SECTIONS[1:]
    got = kinds(page(MENU_AND_TITLE, STORY, _flat([first]), MORE[:2], _flat(rest), FOOT))
    assert all(got[blurb] == "paragraph" for _, blurb in SECTIONS)


def test_sections_right_under_the_run_sharing_its_words_are_heard():
    got = kinds(page(MENU_AND_TITLE, STORY, MORE[:2], ["The old quay at dawn (Image: Harbor Photo)"],
                     _flat(CLOSING), FOOT))
    assert all(got[blurb] == "paragraph" for _, blurb in CLOSING)


def test_a_teaser_list_under_the_run_is_not_heard():
    got = kinds(page(MENU_AND_TITLE, STORY, MORE, _flat(TEASERS), FOOT))
    assert all(got[blurb] != "paragraph" for _, blurb in TEASERS)


# The guards (e03c7c8): pairs under the run that share its words, but a teaser list's or a picture's by their marks
CAPTION = ["The old quay at dawn (Image: Harbor Photo)"]


def test_pairs_with_a_date_line_are_a_teaser_list():
    got = kinds(page(MENU_AND_TITLE, STORY, MORE[:2], CAPTION, _flat(CLOSING), ["June 2, 2024"], FOOT))
    assert all(got[blurb] != "paragraph" for _, blurb in CLOSING)


def test_pairs_with_a_blurb_printed_twice_are_a_carousel():
    got = kinds(page(MENU_AND_TITLE, STORY, MORE[:2], CAPTION, _flat(CLOSING), _flat(CLOSING[:1]), FOOT))
    assert all(got[blurb] != "paragraph" for _, blurb in CLOSING)


def test_the_sections_stop_at_a_pair_titled_by_a_pictures_credit():
    got = kinds(page(MENU_AND_TITLE, STORY, MORE[:2], CAPTION, _flat(CLOSING[:2]), ["FOTOS: © Jo Lee"],
                     _flat(CLOSING[2:]), FOOT))
    assert [got[blurb] == "paragraph" for _, blurb in CLOSING] == [True, True, False]
