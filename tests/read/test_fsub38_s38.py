"""A Substack post's title is the line under Substack's bar, not its subtitle (session 38: read/masthead.py
`platform_headline`, called first in read/build.py `_mark_title`). Flattened, every Substack page sets its bar's
two buttons glued ("SubscribeSign in"), then the post's title, its subtitle, the writers and the date; the
subtitle paraphrases the post and outscored the title. Row 93 (fsub38); docs/reading.md "A platform's masthead and banner,
session 38". The pages here are made up in Substack's shape."""

import pytest

from audioed.read import parse
from audioed.read.build import RawBlock
from audioed.read.masthead import platform_headline
from audioed.script import build_script

BODY = [
    "Every team that ships a language model to customers learns the same lesson within a month: the model is the "
    "easy part, and the control loop around the model is where the engineering goes.",
    "In this issue I walk through the control loop we use for our agents, how much autonomy each step gets, and "
    "why we moved most of the agent steps back into plain workflows after the first quarter.",
    "The short version is that autonomy is a slider, not a switch. Engineers who ship agents decide for every "
    "step how far along the slider it may go, and they write that decision down before the model runs.",
    "The longer version follows, with the numbers from our last three releases and the mistakes we made first.",
]


def page(*head: str) -> str:
    return "\n\n".join([*head, *BODY]) + "\n"


SUBSTACK = page("Field Notes", "SubscribeSign in", "The Slider",
                "What engineers who ship agents decide about autonomy for every step",
                "Dana Okafor", "Oct 07, 2025", "95", "15", "Share")


def test_the_title_under_the_bar_wins_over_the_subtitle():
    article = parse(SUBSTACK, fmt="text", source="post")
    assert article.title == "The Slider"
    assert article.authors == ["Dana Okafor"]


def test_the_title_is_heard_first_and_the_bar_never():
    script = build_script(parse(SUBSTACK, fmt="text", source="post"))
    heard = [line.text for section in script.sections for line in section.lines]
    assert heard[0] == "The Slider"
    assert not any("SubscribeSign in" in t for t in heard)


def test_a_title_in_lower_case_and_no_subtitle():
    text = page("SubscribeSign in", "what the slider cannot undo", "Dana Okafor", "Dec 12, 2025", "Share")
    assert parse(text, fmt="text", source="post").title == "what the slider cannot undo"


def blocks(*lines: str):
    raw = [RawBlock(t) for t in (*lines, *BODY)]
    return raw, ["paragraph"] * len(raw), (len(lines), len(raw) - 1)


def test_the_bar_gives_the_line_under_it():
    raw, kinds, span = blocks("Field Notes", "SubscribeSign in", "The Slider", "Dana Okafor", "Oct 07, 2025", "Share")
    assert platform_headline(raw, kinds, span) == 2


@pytest.mark.parametrize("head", [
    # the bar in other capitals, as newspapers print it over their own names: only Substack's case counts
    ("SubscribeSign In", "The Slider", "Dana Okafor", "Oct 07, 2025"),
    # no date under the writers
    ("SubscribeSign in", "The Slider", "Dana Okafor", "Archive", "About"),
    # a byline under the bar, then a name and the date
    ("SubscribeSign in", "Dana Okafor and Lee Chen", "Jo Roe", "Oct 07, 2025"),
    # a paragraph under the bar, no title
    ("SubscribeSign in", " ".join(["word"] * 26), "Dana Okafor", "Oct 07, 2025"),
    # the bar with no writers and date under the line: a publication's home page, not a post
    ("SubscribeSign in", "Field Notes", "Notes on shipping software", "Archive", "About"),
    # the bar far down the page (a sign-up box at the foot of another page)
    ("Home", "News", "Sport", "SubscribeSign in", "The Slider", "Dana Okafor", "Oct 07, 2025"),
    # a byline under the bar, no title
    ("SubscribeSign in", "Dana Okafor", "Oct 07, 2025", "Share"),
])
def test_no_post_masthead_no_platform_title(head):
    assert platform_headline(*blocks(*head)) is None
