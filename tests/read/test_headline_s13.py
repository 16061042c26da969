"""The headline in flattened text read without the page's address (session 13: read/masthead.py
headline_like, _caption, under_page_header, _headline_above's credit steps, _credited_pair;
read/headline_credit.py minutes, _BY_LABEL). Made-up pages."""

from audioed.read import parse
from audioed.read.headline_credit import minutes as _minutes
from audioed.read.masthead import headline_like
from flat_page import STORY, TITLE, page

MENU = ["Menü", "Startseite", "Lokales", "Sport", "Impressum"]
# shares more of the story's words than the headline does
SUBTITLE = "Harbor commission votes to double the island ferry crossings from June"


def test_a_headline_may_open_with_a_low_or_a_guillemet_quotation_mark():
    for head in ("»Endlich mehr Fähren zur Insel« – Hafen stimmt zu", "„Ferry crossings“: the harbor vote",
                 "‚Ferry crossings‘ double after the harbor vote"):
        assert headline_like(head)
    head = "»Ferry crossings to the island will double«"
    text = page(MENU, ["Lokales", head, "The commission voted on Tuesday, ending the waterfront dispute",
                       "Von Ana Ruiz", "03.06.2024, 12:01 Uhr"], STORY)
    assert parse(text, fmt="text").title == head


def test_a_line_with_a_copyright_sign_is_a_credit_not_a_headline():
    caption = "Commuters board the island ferry at the harbor. © AFP / Jo Lee"
    assert not headline_like(caption)
    text = page(MENU, [caption, TITLE, "Wer fährt mit? Die Kommission verdoppelt die Fahrten", "June 3, 2024"],
                STORY)
    assert parse(text, fmt="text").title == TITLE


def test_a_first_line_sharing_the_storys_words_over_the_menu_is_the_sites():
    # The blog's name opens the text and shares the story's words; a menu stands under it, and
    # the headline with its byline under the menu: the headline, not the blog's name.
    text = page(["Harbor Ferry Blog", "Home", "About", "Archive"], [TITLE, "By Ana Ruiz | June 3, 2024"], STORY)
    assert parse(text, fmt="text").title == TITLE
    # (one label under the name is no menu: a story pasted with its headline on top, as before)
    assert parse(page(["Harbor Ferry Blog", "Home", TITLE, "June 3, 2024"], STORY), fmt="text").title \
        == "Harbor Ferry Blog"


def test_the_headline_is_the_line_the_credit_hangs_from():
    # A byline set as a label and a name, a date, a share row, then a subtitle that shares more of
    # the story's words, with no credit of its own: the headline over the byline is the title.
    text = page(MENU, [TITLE, "By", "Ana Ruiz", "Date", "June 3, 2024", "Share", "Facebook", "Twitter", "Email",
                       SUBTITLE], STORY)
    assert parse(text, fmt="text").title == TITLE
    # a reading time is such a credit too, in any language
    for stamp in ("Estimated reading time: 6 minutes", "5 Minuten Lesezeit", "Lesedauer: 8 Min."):
        assert _minutes(stamp)
        assert parse(page(MENU, [TITLE, stamp, SUBTITLE], STORY), fmt="text").title == TITLE
    assert not _minutes("The commission met for 45 minutes before the vote on Tuesday")


def test_a_date_over_its_headline_is_not_the_credit_of_the_line_above():
    # "Aktuelle Meldungen" / date / headline: the date is the headline's, set over it; the line
    # above it is a section's name, not a headline of two words.
    text = page(MENU, ["Aktuelle Meldungen", "June 3, 2024", TITLE], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_a_headline_of_two_words_with_its_date_under_it():
    text = page(MENU, ["Ferry crossings", "3. Juni 2024", "Allgemein"], STORY)
    assert parse(text, fmt="text").title == "Ferry crossings"
    # (a name with a date under it is a byline, not a headline)
    text = page(MENU, ["Ana Ruiz", "3. Juni 2024", "Allgemein"], STORY)
    assert parse(text, fmt="text").title != "Ana Ruiz"


def test_a_line_far_over_the_story_gives_way_to_the_one_its_run_hangs_from():
    # A tagline in the page's header shares more of the story's words than the headline; it has no
    # credit under it, the headline has its date and byline straight under it and the story under those.
    labels = ["Home", "Opinion", "Sport", "Weather", "Travel", "Arts", "Books", "Music", "Games", "Autos", "Homes"]
    text = page(["Menu", "Island ferry crossings and harbor commission news", *labels],
                ["Ferry vote ends dispute", "June 3, 2024 | Ana Ruiz"], STORY)
    assert parse(text, fmt="text").title == "Ferry vote ends dispute"


def test_a_bylines_label_set_alone_is_a_credit():
    # "Article by" over the writer's handle in lower case: the two-word headline over them is it.
    text = page(MENU, ["Editors Pick", "Ferry crossings", "Article by", "harborledger", "Share"], STORY)
    assert parse(text, fmt="text").title == "Ferry crossings"
