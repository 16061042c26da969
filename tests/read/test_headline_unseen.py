"""The headline on templates of many publishers (session 12: read/masthead.py opens_with_headline,
unglued, headline_like, headline_scores; read/headline_address.py). Made-up pages."""

from audioed.read import parse
from audioed.read.build import RawBlock
from audioed.read.masthead import _stopped_headline, headline_like, headline_scores
from flat_page import STORY, TITLE, page

MENU = ["Menü", "Startseite", "Lokales", "Sport", "Impressum"]
SUBHEAD = "Harbor Commission Votes to Double the Island Ferry Crossings"  # shares more of the story's words


def test_a_skip_link_on_the_first_line_is_not_the_headline():
    # "Zum Inhalt springen" is headline-shaped and opens the text, the story starts within twelve
    # blocks; it shares no word with the story: a page's first line, not a pasted story's headline.
    for first in (["Zum Inhalt springen"], ["Direkt zum Inhalt", "Ein Blog über Häfen und Fähren"]):
        assert parse(page(first, MENU, [TITLE, "3. Juni 2024 von Ana Ruiz"], STORY), fmt="text").title == TITLE


def test_a_story_pasted_with_its_headline_on_top_keeps_it():
    assert parse(page([TITLE, "By Ana Ruiz"], STORY), fmt="text").title == TITLE
    assert parse(page([TITLE, "Share", "Print"], STORY), fmt="text").title == TITLE


def test_a_breadcrumb_trail_ending_in_the_headline_gives_way_to_the_headline_alone():
    trail = f"Home » Lokales » {TITLE}"
    # the trail on the text's first line, the headline alone under the menu
    assert parse(page([trail], MENU, [TITLE, "3. Juni 2024"], STORY), fmt="text").title == TITLE
    # the trail under the headline's date, nearer the story, both spelling the address
    url = "https://news.example.org/lokales/ferry-crossings-to-double-after-harbor-vote/"
    text = page(MENU, [TITLE, "Posted on June 3, 2024 by Ana Ruiz", trail], STORY)
    assert parse(text, fmt="text", url=url).title == TITLE
    # a trail with no copy of its end stays the title as before (nothing better to give)
    assert parse(page(MENU, [trail], STORY), fmt="text").title


def test_a_headline_may_open_with_a_brand_in_lower_case():
    assert headline_like("iOS 13 will fix the FaceTime eye contact problem")
    assert headline_like("eBay sues its former sellers over fees")
    assert not headline_like("and the ferries will run later")
    text = page(["Apple", "Tech", "iOS"], ["iOS 13 will fix the harbor ferry crossing problem", "New, 74 comments",
                                            "Better calls for everyone", "By Ana Ruiz Jun 3, 2024"], STORY)
    assert parse(text, fmt="text").title == "iOS 13 will fix the harbor ferry crossing problem"


def test_of_lines_spelling_the_address_alike_the_one_made_only_of_it():
    # The headline, and nearer the story a product sheet's label quoting it: both hold all of the
    # address's words; the headline holds nothing else.
    url = "https://shop.example.org/ferry-crossings-to-double-after-harbor-vote"
    quoted = f'Produktinformationen "{TITLE}"'
    text = page(MENU, [TITLE, "Art.-Nr.: 1000017279"], STORY[:1], ["Beschreibung", quoted], STORY[1:])
    assert parse(text, fmt="text", url=url).title == TITLE


def test_a_first_line_over_a_breadcrumb_trail_is_page_header():
    # The first line shares no word with the story, and no menu of short labels follows it (the
    # menu is one long line), but a breadcrumb trail does: the page's header, not a pasted headline.
    text = page(["Sunday Reading Club", "Home About Contact Reviews Recipes Travel Guides Lifestyle Shop",
                 f"You are here: Home » Travel » {TITLE}", "THURSDAY, MAY 30, 2019", TITLE], STORY)
    assert parse(text, fmt="text").title == TITLE


def test_the_address_outranks_a_headline_shaped_first_line():
    # The blog's name opens the text and shares the story's words; the page's address spells the
    # headline under it.
    text = page(["Harbor Ferry Blog", "Home", TITLE, "June 3, 2024"], STORY)
    url = "https://blog.example.org/2024/06/ferry-crossings-to-double-after-harbor-vote.html"
    assert parse(text, fmt="text", url=url).title == TITLE
    assert parse(text, fmt="text").title == "Harbor Ferry Blog"  # (without it, as a pasted story's headline)


def test_a_numeric_date_or_time_under_a_line_is_its_credit():
    # "03.02.2022 15:34" and "19.10.2019" (dates the date-line reader leaves to the stamp reader)
    # under a line count as its date, as "June 3, 2024" does: the line scores as a headline.
    scores = []
    for under in ("03.02.2022 15:34", "19.10.2019", "June 3, 2024", "Teilen"):
        raw = [RawBlock(t) for t in [*MENU, TITLE, under, "Teilen", *STORY]]
        got = dict((i, s) for s, i in headline_scores(raw, ["paragraph"] * len(raw), (len(MENU) + 3, len(raw) - 1)))
        scores.append(got[len(MENU)])
    assert scores[0] == scores[1] == scores[2] > scores[3]


def test_a_one_sentence_tagline_over_a_date_is_no_headline_with_stops():
    # A headline may have stops inside it ("... 'Meth. We're on it.' They just might be."), over
    # its date; a site's tagline of one sentence ending in a stop, over the post's date, is no such headline.
    tagline = "Harbor ferry news and island information."
    assert parse(page([tagline, "Friday, December 23, 2016", "Ferry crossings double!"], STORY),
                 fmt="text").title == "Ferry crossings double!"
    stops = "South Dakota doubles down on 'Meth. We're on it.' They just might be."
    raw = [RawBlock(t) for t in ["Menu", stops, "Friday, December 23, 2016"]]
    assert _stopped_headline(raw, 1)


def test_a_kicker_straight_above_the_headline_is_no_headline():
    # A kicker half as long as the headline, straight above it, sharing the story's words: the line
    # over a headline at most half its length is its section or topic, not the headline over a standfirst.
    assert parse(page(MENU, ["Island Ferry Fleet", TITLE, "June 3, 2024"], STORY), fmt="text").title == TITLE


def test_a_headline_of_one_or_two_words_under_the_pages_menu():
    # No headline-shaped line shares the story's words; a two-word line straight above the story,
    # under the page's menu, is its headline ("Ein Albtraum"). With no menu above (a text of its
    # own), the title is found as before.
    assert parse(page(MENU, ["Ein Albtraum"], STORY), fmt="text").title == "Ein Albtraum"
    assert parse(page(["Harbor Notes Weekly Edition", "a", "=", "x", "Ein Albtraum"], STORY),
                 fmt="text").title == "Harbor Notes Weekly Edition"


GERMAN_LEDE = ("Am 3. Juni 2024 hat die Hafenkommission beschlossen, die Zahl der Fährfahrten zur Insel zu "
               "verdoppeln, nach drei Jahren Streit am Hafen.")


def test_a_date_in_words_of_another_language_is_no_headline():
    # "SAMSTAG, 3. JUNI 2024" and "3. Juni 2024, 13:43" (a weekday, a day, a month's name, a year,
    # a time): dates the date-line reader, which knows English months, does not read. Neither is
    # the text's pasted headline nor a candidate, though they share "Juni" with the story.
    head = "(News) Mehr Fährfahrten zur Insel nach Beschluss der Hafenkommission"
    assert parse(page(["SAMSTAG, 3. JUNI 2024", head], [GERMAN_LEDE], STORY), fmt="text").title == head
    head = "Ein Sommer ohne Warteschlangen am Kai"
    assert parse(page(MENU, ["3. Juni 2024, 13:43", head], [GERMAN_LEDE], STORY), fmt="text").title == head
