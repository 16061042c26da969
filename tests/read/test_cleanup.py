"""Each clean-up rule: what it catches, and body sentences that look alike but must be kept."""

import pytest

from audioed.read import cleanup
from audioed.read.cleanup import Context, classify

CTX = Context(authors={"Sebastian Rotella", "Katherine Moss"}, publisher="ProPublica")

# Body sentences that share words with furniture; no rule may take them.
BODY = [
    "He declined to share details of the agreement, saying talks would continue next week.",
    "Residents were asked to donate blood after the crash, and hundreds lined up by noon.",
    "“We need people to donate,” said Maria Lopez, who runs the food bank. “The shelves are empty.”",
    "The video, posted on Tuesday, shows agents chasing a truck across the desert.",
    "Andrew Westphal is the director of Stardust @ home.",
    "Jennifer Allen is executive director of the Border Action Network, a migrant advocate group.",
    "Follow-up inspections found the same cracks in the pilings a year later.",
    "Share prices fell 3 percent after the announcement.",
    "Loading the truck took hours.",
    "Register early, officials said.",
    "The map, drawn in 1910, still decides who gets water first.",
    "Wikinews provides additional video, audio and photographs so our readers may learn more.",
    "In the 1990s, the Border Patrol worked closely with Grupo Beta, an elite Mexican police unit.",
    "A spokesperson for the agency declined to comment.",
    "The Israeli Defense Force declined to provide an attributable comment.",
    "The company did not respond to requests for comment.",
    "Those words, from a letter signed by more than 300 residents, were read aloud at the meeting.",
]


@pytest.mark.parametrize("text", BODY)
def test_body_sentences_are_kept(text):
    assert classify(text, CTX) is None


@pytest.mark.parametrize("rule, text", [
    (cleanup.icon_label_run, "Close Close Comment Creative Commons Donate Email Add Email Facebook Instagram "
                             "Mastodon Facebook Messenger Mobile Nav Menu Podcast Print RSS Search Secure Twitter"),
    (cleanup.icon_label_run, "Share Tweet Email Print Copy link"),
    (cleanup.action_row, "Donate Now"),
    (cleanup.action_row, "Independent journalism powered by the people. Join us"),
    (cleanup.action_row, "Share this story"),
    (cleanup.action_row, "Follow us on Instagram"),
    (cleanup.action_row, "ADVERTISEMENT"),
    (cleanup.more_stories, "Latest Stories from ProPublica"),
    (cleanup.more_stories, "Most Read"),
    (cleanup.more_stories, "Related coverage"),
    (cleanup.navigation_label, "Current site Current page"),
    (cleanup.navigation_label, "Home › News › Transportation"),
    (cleanup.page_meta, "Updated 4:12 PM EDT, June 3, 2025"),
    (cleanup.page_meta, "5 min read"),
    (cleanup.page_meta, "Copyright 2025 Coastal Wire. All rights reserved."),
    (cleanup.page_meta, "Topics: Drought, Agriculture, Water"),
])
def test_chrome_rules(rule, text):
    assert rule(text, CTX)
    assert classify(text, CTX) is not None


@pytest.mark.parametrize("rule, text", [
    (cleanup.photo_credit_caption, "Mexican immigrants attempt to cross the Mexico-U.S. border from Sasabe on April 6, "
                                   "2006. (Omar Torres/AFP/Getty Images)"),
    (cleanup.photo_credit_caption, "Cars cross the bridge on Monday. (Coastal Wire Photo/Rita Gomez)"),
    (cleanup.photo_credit_caption, "A worker lays drip tape near Marston. (Photo: Ana Ruiz/Valley Courier)"),
    (cleanup.photo_credit_caption, "Protesters gather outside the court. Jane Roe/Reuters"),
    (cleanup.media_label_caption, "Artist's rendering of Spacecraft Stardust Image: NASA"),
    (cleanup.media_label_caption, "Opening night of the exhibit at the university. Video: Miharris & Acphillips."),
    (cleanup.media_label_caption, "Full interview with the curator of the exhibition. Audio: Jkthom."),
    (cleanup.media_label_caption, "Children explore the reading room. Photo: Sam Ortiz/Northside Weekly"),
    (cleanup.media_label_caption, "Video: Firefighters battle the blaze overnight"),
    (cleanup.media_label_caption, "Image copyright Harbor Ledger Photos"),
    (cleanup.media_label_caption, "Image caption The second pier at dawn, before the first boat"),
    (cleanup.credit_line, "GETTY"),
    (cleanup.media_label_caption, "Die Fähre am Kai, kurz vor der Abfahrt. Foto: Anna Berg/Hafenblatt"),
    (cleanup.media_label_caption, "Image Copyright @harborledger @harborledger"),  # an embedded post's picture
])
def test_caption_rules(rule, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == "caption"


@pytest.mark.parametrize("text", [
    "Map: U.S. and Mexico Patrol the Border. Click to see how the two countries take on drug and immigrant smuggling.",
    "Chart: How river flows at Marston compare with the last 30 years. Tap to explore the data by month.",
    "Interactive: Where the money went",
    "Explore the data: click here to see every school in the district.",
])
def test_interactive_embed(text):
    assert cleanup.interactive_embed(text, CTX)
    assert classify(text, CTX) == "embed"


@pytest.mark.parametrize("rule, text", [
    (cleanup.newsletter_promo, "Sign up for our free morning newsletter and never miss a local story."),
    (cleanup.newsletter_promo, "Get the best of our reporting delivered to your inbox every Friday."),
    (cleanup.newsletter_promo, "No spam, we promise. You can unsubscribe at any time and we will never share your details."),
    (cleanup.donation_promo, "The Harbor Ledger is a nonprofit newsroom. Support our local reporting with a donation today."),
    (cleanup.donation_promo, "Support independent local journalism. Become a member of the Valley Courier today."),
])
def test_promo_rules(rule, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == "promo"


def test_promo_rules_leave_reported_appeals():
    # A first-person story sentence that mentions an inbox and the reader is not a sign-up box.
    assert not cleanup.newsletter_promo("A week after I visit the lab, the results arrive in my inbox: the pills "
                                        "you bought online are pure.", CTX)
    text = "The charity said it needs donations before winter, and our reporter found shelves nearly bare."
    assert not cleanup.donation_promo("“Please donate,” said the pastor. “We need you.”", CTX)
    assert classify(text, CTX) is None


@pytest.mark.parametrize("rule, text", [
    (cleanup.author_portrait, "Portrait of Sebastian Rotella"),
    (cleanup.author_name_alone, "Sebastian Rotella"),
    (cleanup.author_name_alone, "KATHERINE MOSS"),
    (cleanup.author_bio, "Sebastian Rotella is a reporter at ProPublica. An award-winning foreign correspondent."),
    (cleanup.author_bio, "Moss covers New England for Coastal Wire."),
    (cleanup.author_bio, "Contact Katherine Moss at kmoss@example.com."),
])
def test_author_bio_rules(rule, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == "bio"


def test_bio_rule_needs_the_author_when_one_is_known():
    # A source described in the body is not the author's bio.
    assert not cleanup.author_bio("John Smith is a reporter at the Daily News who broke the story.", CTX)
    assert not cleanup.author_name_alone("Jennifer Allen", CTX)


@pytest.mark.parametrize("rule, text", [
    (cleanup.copublish_note, "This story was co-published with The Tribune Washington bureau."),
    (cleanup.copublish_note, "This article was produced in partnership with the Marshall Project."),
    (cleanup.copublish_note, "Associated writer Marta Ruiz in Augusta contributed to this report."),
    (cleanup.copublish_note, "Staff writer Ben Alvarez contributed reporting."),
    (cleanup.correction_note, "Correction: An earlier version of this story misstated the number of passengers."),
    (cleanup.correction_note, "Editor's note: This story has been updated with a response from the county."),
    (cleanup.correction_note, "An earlier version of this article gave the wrong date."),
])
def test_credit_rules(rule, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == "credit"


@pytest.mark.parametrize("text", ["By Jane Q. Doe and John Roe", "By KATHERINE MOSS and DEV PATEL",
                                  "By Marisol Chen, The Harbor Ledger"])
def test_byline(text):
    assert cleanup.byline(text, CTX)
    assert classify(text, CTX) == "byline"


def test_multiline_block_of_furniture_takes_first_line_kind():
    block = ("Close Close Comment Creative Commons Donate Email Facebook Twitter\n"
             "Independent journalism powered by the people. Join us\nDonate Now")
    assert classify(block, CTX) == "chrome"


def test_link_list_under_a_related_header_is_chrome():
    assert classify("Related coverage\nMaine voters approve transportation bond\nWhy bridges fail", CTX) == "chrome"


def test_block_mixing_a_label_and_story_is_kept():
    assert classify("Share\nThe council voted 4-3 on Tuesday to raise the fare, citing fuel costs.", CTX) is None


def test_separator_is_chrome():
    assert classify("___", CTX) == "chrome"
    assert classify("* * *", CTX) == "chrome"


def test_every_rule_is_in_the_table_once():
    names = [rule.__name__ for _, rule in cleanup.RULES]
    assert len(names) == len(set(names))
    assert all(kind in ("chrome", "caption", "embed", "promo", "bio", "credit", "byline") for kind, _ in cleanup.RULES)


@pytest.mark.parametrize("rule, text", [
    (cleanup.page_meta, "Tue 18 Jul 2023 13.44 BST"),
    (cleanup.page_meta, "4:12 PM EDT, June 3, 2025"),
    (cleanup.link_teaser, "Read more: Valley reservoirs hit record low as heat wave drags on."),
    (cleanup.link_teaser, "RELATED: County approves dock repair contract"),
    (cleanup.action_row, "Enlarge this image"),
    (cleanup.action_row, "toggle caption"),
    (cleanup.action_row, "Reuse this content"),
])
def test_more_chrome_rules(rule, text):
    assert rule(text, CTX)


def test_date_without_clock_is_not_a_stamp():
    # A bare date line is part of some stories' text (Wikinews opens with one): it is kept.
    assert not cleanup.page_meta("Sunday, May 28, 2006", CTX)
    assert classify("Sunday, May 28, 2006", CTX) is None


def test_placed_byline():
    assert cleanup.byline("Helena Smith in Athens and Sam Jones in Madrid", CTX)
    assert not cleanup.byline("Helena Smith in Athens said the fires were spreading.", CTX)


@pytest.mark.parametrize("kind, text", [
    ("chrome", "This article is more than 2 years old"),
    ("chrome", "Our Standards: The Thomson Reuters Trust Principles."),
    ("chrome", "Leave a Reply Cancel reply"),
    ("chrome", "Your email address will not be published."),
    ("credit", "Reporting by Jane Doe; Editing by Bill Berkrot"),
    ("credit", "(Reporting by Jane Doe in London; additional reporting by John Roe)"),
    ("promo", "Thank you for reading."),
    ("promo", "Have a news tip? Contact us."),
    ("promo", "This content was paid for by an advertiser."),
    ("caption", "Photo courtesy of the Smith family"),
    ("caption", "Image credit: NASA/JPL-Caltech"),
    ("caption", "Jane Doe/AP"),
    ("caption", "Getty Images"),
    ("embed", "Watch the full interview below."),
])
def test_page_furniture_of_other_publishers(kind, text):
    assert classify(text, CTX) == kind


@pytest.mark.parametrize("text", [
    "He said the AP/NORC poll showed that support had fallen.",
    "The company was sponsored by a local bank, officials said.",
    "Posted in the lobby, the notice warned residents.",
    "Thank you, he said, for reading the letter aloud at the meeting.",
])
def test_sentences_like_furniture_are_kept(text):
    assert classify(text, CTX) is None


# --- rules found on other publishers' pages (benchmarks/reader_generality.py) ------------------

@pytest.mark.parametrize("rule, kind, text", [
    (cleanup.icon_label_run, "chrome", "All Share Services"),
    (cleanup.icon_label_run, "chrome", "Share on Twitter Share on Facebook 1 of 5 Close Fullscreen Thumbnails"),
    (cleanup.action_row, "chrome", "PreviousNext"),
    (cleanup.action_row, "chrome", "Next story"),
    (cleanup.action_row, "chrome", "Previous"),
    (cleanup.ui_status, "chrome", "Please wait..."),
    (cleanup.ui_status, "chrome", "This feature is temporarily unavailable. Please try again later."),
    (cleanup.ui_status, "chrome", "Thanks!"),
    (cleanup.app_promo, "promo", "Now check your email account on your mobile phone to download your new app."),
    (cleanup.app_promo, "promo", "Get the app: our best journalism, available on the App Store."),
    (cleanup.more_stories, "chrome", "Featured Slide Shows"),
    (cleanup.more_stories, "chrome", "More from The Harbor Ledger"),
    (cleanup.more_stories, "chrome", "Today on WebMD"),
    (cleanup.more_stories, "chrome", "You Might Also Like"),
    (cleanup.more_stories, "chrome", "More Great Ledger Stories"),  # the site's name between
    (cleanup.more_stories, "chrome", "More Top Stories"),
])
def test_widget_and_recirculation_rules(rule, kind, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == kind


@pytest.mark.parametrize("text", [
    "What Comes Next",  # a subheading, not a pager button
    "Next, the council will vote on the budget.",
    "Thanks to the new law, clinics can stay open later.",
    "Please wait for the bus at the corner, the sign said.",
    "The company said it would release an app next year.",
    "More trouble ahead for the harbor",
    "More trouble for the stories we tell",
    "Recent floods changed the river's course.",
])
def test_widget_rules_leave_story_text(text):
    assert classify(text, CTX) is None
    assert not cleanup.more_stories(text, CTX)


def test_byline_with_a_time_stamp_after_the_names():
    m = cleanup.byline_match("By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson")
    assert m and m.group("names") == "Steven Mufson"
    assert cleanup.byline_match("By Jane Doe, Updated 4:12 PM").group("names") == "Jane Doe"


@pytest.mark.parametrize("rule, kind, text", [
    (cleanup.page_meta, "chrome", "November 28, 2013 -- Updated 0203 GMT (1003 HKT)"),
    (cleanup.reader_appeal, "promo", "Are you in the storm? Please share your videos, pictures and stories with us."),
    (cleanup.more_stories, "chrome", "Part of complete coverage on"),
    (cleanup.navigation_label, "chrome", "Home | Video | World | U.S. | Africa | Asia | Europe | Latin America | "
                                         "Middle East | Business | World Sport | Entertainment | Tech | Travel"),
])
def test_rules_from_older_news_pages(rule, kind, text):
    assert rule(text, CTX)
    assert classify(text, CTX) == kind


def test_dated_sentence_and_pipe_quote_are_kept():
    assert classify("November 28, 2013 was the day the storm finally passed over the city.", CTX) is None
    assert classify("He said the choice was simple: stay | go | wait, and he chose to wait.", CTX) is None


def test_copyright_line_anywhere_in_a_short_line():
    text = "The CNN Wire ™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved."
    assert cleanup.page_meta(text, CTX) and classify(text, CTX) == "chrome"
    assert classify("“All rights reserved,” the lawyer said of the song's lyrics in court.", CTX) is None


def test_a_last_paragraph_closing_on_two_apostrophes_is_the_story():
    # Older newswire text closes a quotation with '' (PolNeAR's NYT articles): the story's last
    # paragraph ending so is a sentence, not a footer label.
    from audioed.read import parse_text
    text = ("Senate Passes the Harbor Bill\n\n"
            "WASHINGTON — The Senate passed the harbor bill on Tuesday after a long night of debate, "
            "sending it to the House, where its fate is less certain.\n\n"
            "Senator Ann Lee, who wrote much of the bill, said the vote was a relief for the port towns "
            "that had waited a decade for the money.\n\n"
            "''We did what the towns asked of us,'' she said. ''Now the House has to do the same.''\n")
    last = parse_text(text, source="harbor").blocks[-1]
    assert last.kind == "paragraph" and last.text.endswith("the same.''")
