"""The story's date in flattened page text (read/dates.py, read/story_date.py): session 28 (branch fdate28),
dates in Japanese, Chinese and Korean, a slash date's order by an American time zone, a publishing label's
date inside a byline line, and a list's dates just under the story. Every page here is made up."""

from audioed.read import dates, parse
from audioed.read.build import RawBlock
from audioed.read.story_date import story_date
from flat_page import MORE, STORY, TITLE, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact", "Imprint"]


def date_of(top, below=(), above=()):
    return parse(page(MENU, list(above), [TITLE], list(top), STORY + MORE, list(below), FOOTER), fmt="text").date


def test_japanese_chinese_and_korean_dates_are_read():
    assert date_of(["2019年3月2日 09時18分"]) == "2019-03-02"
    assert date_of(["松村太郎2019年04月13日 09時00分"]) == "2019-04-13"  # (a byline's name glued to it)
    assert [d for *_, d in dates.find_dates("2019년 3월 2일 오전 9:18")] == ["2019-03-02"]
    # a month without its day is no date
    assert dates.find_dates("2019年04月") == [] and date_of(["2019年04月"]) is None


def test_an_american_time_zone_says_a_slash_date_is_month_first():
    assert date_of(["10/04/2016 05:07 AM EDT"]) == "2016-10-04"
    assert dates.day_first(["10/11/2022 08:00 AM EDT"]) is False
    # either order is a real day and nothing says which: no date
    assert date_of(["10/04/2016 05:07"]) is None
    assert dates.day_first(["10/04/2016 5:07 pm GMT"]) is None and dates.day_first(["10/04/2016 5:07 pm et al"]) is None


def test_a_publishing_label_dates_a_byline_line_too_long_for_a_date_line():
    line = "Jo Lee · Harbor News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago"
    assert not dates.is_date_line(line)
    assert date_of([line]) == "2022-10-14"
    assert dates.labelled_date("Published February 24, 2020Last updated July 21, 2022This article is more than "
                               "2 years old.") == "2020-02-24"
    # no label straight before the date, or an update's label: not this rule's
    assert dates.labelled_date("Jo Lee · Harbor News · Updated: Oct 14, 2022 9:27 AM ET | 4 comments") is None
    assert dates.labelled_date("Jo Lee · Harbor News · Published by the Harbor Press Group on the island Oct 14, "
                               "2022") is None


def test_a_list_of_dates_just_under_the_story_is_not_its_date():
    teasers = ["Island school asks for an earlier boat", "12.04.2024, 10:21 Uhr",
               "Quay cafes to open on Sundays", "27.03.2024, 12:29 Uhr", "Fuel costs weigh on the fleet",
               "25.03.2024, 05:13 Uhr"]
    assert date_of([], teasers) is None
    # the story's own date line above the headline is then the one read
    assert date_of([], teasers, above=["22.04.2024, 17:26 Uhr", "Harbor News", "Local"]) == "2024-04-22"


def test_a_date_line_under_the_story_with_comments_far_below_is_kept():
    # the story's own date line just under it has the comments' shape, but no other day near it
    comments = [x for k in range(4) for x in
                (f"Reader {k}", f"14. 01. 2020, 1{k}:47", "I take the morning boat every day and it is always full.")]
    filler = [f"More from the harbor desk, part {k}" for k in range(10)]
    texts = [*MENU, TITLE, *STORY, *MORE, "13. 1. 2020", *filler, *comments, *FOOTER]
    kinds = ["chrome"] * len(MENU) + ["title"] + ["paragraph"] * len(STORY + MORE)
    kinds += ["chrome"] * (len(texts) - len(kinds))
    span = (len(MENU) + 1, len(MENU) + 1 + len(STORY + MORE))
    assert story_date([RawBlock(t) for t in texts], kinds, span) == "2020-01-13"
