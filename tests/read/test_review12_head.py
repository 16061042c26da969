"""Issue 18 review 12, items 2, 3, 6 and 12: a section name, an ad label or a headline with a
number and a year taken for the story's title (read/masthead.py, read/headline_address.py)."""

from audioed.read import parse
from audioed.read.build import RawBlock
from audioed.read.dates import is_date_line
from audioed.read.masthead import headline_above
from flat_page import STORY, TITLE, page

MENU = ["Sections", "Home", "World News", "Business News", "Opinion Pages"]
WINDOWS = [
    "Microsoft's Windows 11 arrived on Tuesday with a new start menu, rounded corners and a store that "
    "opens its doors to apps from other shops, the company said.",
    "Reviewers found Windows 11 faster on new machines, although older computers cannot install it "
    "because of a security chip the system asks for.",
    "The update is free for owners of Windows 10 computers that meet the requirements, and it will "
    "reach most of them by the middle of next year.",
]


def test_a_headline_with_a_number_and_a_year_is_no_date_line():
    # "Windows 11 Review 2021" is a word, a number, a word and a year, but "Review" is no month.
    head = "Windows 11 Review 2021"
    assert parse(page(MENU, [head, "June 3, 2021"], WINDOWS), fmt="text").title == head
    for line in ("Top 10 Moments 2019", "Formula 1 Season 2022"):
        assert not is_date_line(line)
    # dates in words of other languages still are date lines
    assert parse(page([TITLE, "SAMSTAG, 3. JUNI 2024"], STORY), fmt="text").title == TITLE
    assert parse(page([TITLE, "15 августа 2016, 13:43"], STORY), fmt="text").title == TITLE


def test_a_section_the_address_names_is_no_headline():
    url = "https://paper.example/health-and-wellness/1234567"
    assert parse(page([TITLE], ["Health and Wellness"], STORY), fmt="text", url=url).title == TITLE
    menu = ["Home", "News", "Health and Wellness", "Sport", "Contact us"]
    assert parse(page(menu, [TITLE, "By Ann Lee", "June 3, 2024"], STORY), fmt="text", url=url).title == TITLE
    menu = ["Home", "Local News", "Sport", "Weather", "Contact us"]
    assert parse(page(menu, [TITLE, "By Ann Lee", "June 3, 2024"], STORY), fmt="text",
                 url="https://paper.example/local-news/").title == TITLE
    # the story's own address still spells its headline
    url = "https://paper.example/news/ferry-crossings-to-double-after-harbor-vote/1234567"
    assert parse(page(menu, ["Health and Wellness", TITLE, "By Ann Lee"], STORY), fmt="text", url=url).title == TITLE


def test_an_ad_label_or_a_section_word_is_no_short_headline():
    for label in ("Anzeige", "Politik", "Local News"):
        assert parse(page(MENU, [label], STORY), fmt="text").title != label
    # a menu item the page repeats over its story is no headline either
    assert parse(page(MENU, ["World News"], STORY), fmt="text").title != "World News"
    assert parse(page(MENU, ["Ein Albtraum"], STORY), fmt="text").title == "Ein Albtraum"
    assert parse(page(MENU, ["Bielersee-Winterhechte"], STORY), fmt="text").title == "Bielersee-Winterhechte"
    assert parse(page(MENU, ["Hope!"], STORY), fmt="text").title == "Hope!"


def test_a_short_headline_as_the_last_block_raises_nothing():
    raw = [RawBlock(t) for t in MENU + ["Ein Albtraum"]]
    assert headline_above(raw, ["paragraph"] * 6, (5, 5)) in (None, 5)
