"""Picture credits heard inside a flattened story in shapes the caption rules did not know: a business site's
"Jo Lee | Getty Images" under each picture, a magazine's "PHOTOGRAPH: JO LEE" in capitals, a German wire's
"Friso Gentsch/dpa", a stock site's "Jo Lee / Unsplash", a blog's "Featured image from Shutterstock.", the
flattening's "Getty Images)", and captions closed by "Photographer: Jo Lee/Getty Images Europe" or "AP Photo";
then (fcred41b) "Image Credits: Strava", "image source: Google", "Credit...Jo Lee for The New York Times" and
"Jo Lee - Getty Images" (session 41: cleanup.py `loose_credit`, marked by read/furniture.py `mark_picture_credits`
after the story's run is found, the line alone). Rows 100 and 101 (fcred41, fcred41b); docs/reading.md "Picture
credits in other shapes, session 41". The pages here are made up in the credits' shapes."""

import pytest

from audioed.read import cleanup, parse
from audioed.script import build_script

STORY = [
    "Six houseplants that forgive a forgetful owner",
    "By Dana Whitfield",
    "Most houseplants die from too much care, not too little, and a few of them thrive on being left alone for "
    "weeks at a time in a dim corner of the flat.",
    "We asked three nursery owners which plants come back to them least often, and the same names came up in "
    "every conversation, from the desert succulents to the leafy tropical ones.",
    "Snake Plant (Sansevieria trifasciata)",
    "Snake plants store water in their thick leaves and can go a month without a drink, which makes them the "
    "easiest plant on this list for people who travel often.",
    "They grow slowly, tolerate low light and rarely need a bigger pot, though a south-facing window will make "
    "them put out new shoots in the spring.",
    "Prayer Plant (Maranta leuconeura)",
    "Prayer plants fold their leaves up at night and open them again in the morning, and they like warm, "
    "filtered water and a bathroom's steamy air.",
    "Their leaves brown at the edges in dry air, so a tray of wet pebbles under the pot helps in winter when "
    "the heating is on.",
    "Whichever plant you choose, check the soil with a finger before watering rather than keeping to a schedule.",
]


def _heard(lines: list[str]) -> str:
    article = parse("\n\n".join(lines) + "\n", fmt="text", source="page")
    return "\n".join(line.text for section in build_script(article).sections for line in section.lines)


@pytest.mark.parametrize("credit", [
    "Grumpy Cow Studios | Getty Images", "Natalie Naccache | Bloomberg | Getty Images",
    "PHOTOGRAPH: SCOTT GILBERTSON; GETTY IMAGES", "PHOTOGRAPH: REI", "Friso Gentsch/dpa", "Von: det/dpa",
    "Getty Images)", "Featured image from Shutterstock.",
    # (fcred41b, session 41: labels in another case or number, a caption credit after dots or a dash)
    "Image Credits: Strava", "image source: Google", "Credit...Jo Lee for The New York Times",
    "Jo Lee - Getty Images",
])
def test_a_credit_under_each_picture_is_not_heard_and_the_headings_stay(credit):
    # the credit under each section's picture: it goes, the heading over it is the story's and stays
    page = [*STORY[:5], credit, *STORY[5:8], credit, *STORY[8:]]
    heard = _heard(page)
    assert credit not in heard
    for line in STORY[2:]:
        assert line in heard


@pytest.mark.parametrize("caption", [
    "Rene Benko. Photographer: Sebastian Widmann/Getty Images Europe",
    "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
    "A woman takes a picture of the dock near Puerto Cabello, Venezuela. AP Photo",
    "A flag flies over a refinery in Carson, California. (AP Photo/Damian Dovarganes) AP Photo",
    "The order sought to end birthright citizenship for some children. AP Photo/Eric Gay, File",
])
def test_a_caption_closed_by_its_credit_is_not_heard(caption):
    heard = _heard([*STORY[:4], caption, *STORY[4:]])
    assert caption not in heard
    for line in STORY[2:]:
        assert line in heard


def test_a_stock_sites_credit_is_one():
    # (a person's name then a slash is `furniture.mark_credited_captions`' shape already, which makes the line over
    # it a caption too; this rule's own cases are the ones above)
    assert cleanup.loose_credit("Micheile Henderson / Unsplash")


@pytest.mark.parametrize("line", [
    # the story's own lines that name an agency, a bar or a slash
    "Lahore police chief Malik Iqbal told AFP.",
    "The report was first published by dpa.",
    "Industry-leading tax preparation software from Thomson Reuters",
    "Privacy Policy | Terms of Service",
    "PHOTOS: Streets in Downtown Los Angeles That Have Been Sites of Police Violence",
    "The agency said the picture, credited \"AP Photo\", was taken in Florida. AP Photo",
    # the final read's cases (session 41): a course, a payment, a channel, a product, a table's cells, a section
    # label before a headline, a dateline, a citation style, a ski resort, subheadings and scores in capitals
    "Honors | AP", "Google Pay | UPI", "CNBC | Bloomberg", "Lightroom | Adobe Stock", "Football | Pool",
    "Price: $450,000 | Pool", "Analysis | For the GOP, a reckoning", "Agency | Department | EPA", "MLA/APA",
    "Canva / Unsplash", "Breckenridge/Keystone", "Berlin/dpa", "Wir danken dem Team/dpa", "Mit Material von dpa/AFP",
    "Top photos from the week's protests", "Cover photos by our readers", "Featured image: pick one that fits",
    "PHOTOS: INSIDE THE NEW STADIUM", "IMAGE: A-", "IMAGE: 4/10", "CREDIT: 700+",
    "It is a good card. Credit: for the most part, you need a score above 700.",
    # (fcred41b's shapes, in a story's words)
    "Credit... where credit is due",
    "Image source: the camera's sensor. It records light.", "The Big Short - Reuters review", "Apple - AFP",
])
def test_story_lines_naming_an_agency_are_no_credit(line):
    assert not cleanup.loose_credit(line)


def test_a_story_sentence_naming_an_agency_is_heard():
    line = "The minister told AFP that the talks would resume on Monday, and a spokesman later told Reuters the same."
    heard = _heard([*STORY[:4], line, *STORY[4:]])
    assert line in heard
