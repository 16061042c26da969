"""The headline in flattened text, session 18 (branch fhead11, read/masthead.py): lines shaped like
a headline that are a caption with its toggle, a quotation the story introduces, a notice closed by
its button, a consent or login row. Made-up lines and page."""

from audioed.read import parse
from audioed.read.masthead import headline_like
from flat_page import STORY, TITLE, page


def test_a_caption_closed_by_its_toggle_is_no_headline():
    caption = "Ferry passengers wait at the second pier on June 18, 2015. Jo Lee/AP hide caption"
    assert not headline_like(caption)
    assert not headline_like("Ferry passengers wait at the second pier Jo Lee toggle caption")
    # the caption shares more of the story's words than the headline, and sits straight over the story
    text = page(["Sections", "Home", "World News", "Business News", "Opinion Pages"],
                [TITLE, "Facebook", "Twitter", "June 3, 2024", "Jo Lee", "Enlarge this image",
                 "The harbor commission voted to double the ferry crossings to the island. Jo Lee/AP hide caption",
                 "toggle caption", "Jo Lee/AP"], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_a_quotation_the_story_introduces_is_no_headline():
    assert not headline_like('Lee said: "Is that how the boats should look?"')
    assert not headline_like("The mayor told reporters: “We will not wait another year”")
    assert headline_like('Mayor Says "We Will Not Wait" on Ferry Crossings')


def test_a_notice_closed_by_its_button_is_no_headline():
    assert not headline_like("Add this story to your website by copying the code below. Learn more")
    assert headline_like("Ferry Crossings to Double. Fares Stay")


def test_consent_and_login_rows_are_no_headline():
    assert not headline_like("No, thank you")
    assert not headline_like("No thanks")
    assert not headline_like("Log InSign Up")
    assert headline_like("Logistics Firms Back Ferry Plan")

