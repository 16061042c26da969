"""A headline's first mark (read/masthead.py `headline_like`): session 44 (branch fmark44). A link's bullet opening
a line ("» Links to this article") is no headline, and a wire's headline opening on a backtick as its quote mark
("`Atonement' Up for British Film Awards", AP's 2008 style) is one. Every page here is made up."""

import pytest

from audioed.read import parse
from audioed.read.masthead import headline_like
from flat_page import MORE, STORY, page

MENU = ["Sign In | Register Now", "News", "World", "Politics", "Business", "Sports"]


def test_a_link_bullet_line_over_the_byline_is_not_the_title():
    # (a blog widget's pointer between the headline and the byline, as a 2008 newspaper's template set it)
    title = "Ferry Crossings to Double"
    toolbox = ["TOOLBOX", "Resize Text", "Save/Share +", "Digg", "Reddit", "Facebook", "Print This", "E-mail This",
               "COMMENT", "Discussion Policy", "CLOSE", "Comments that include profanity or personal attacks or other "
               "inappropriate comments or material will be removed from the site.", "Who's Blogging"]
    text = page(MENU, [title], toolbox, ["» Links to this article"],
                ["By Ana Ruiz", "Staff Writer", "Sunday, January 6, 2008; Page A04"], STORY, MORE)
    assert parse(text, fmt="text").title == title


def test_a_headline_opening_on_a_backtick_quote_is_the_title():
    title = "`Ferry' Vote Doubles Crossings to the Island"
    text = page(MENU, [title, "By ANA RUIZ, Associated Press Writer"], STORY, MORE)
    assert parse(text, fmt="text").title == title


@pytest.mark.parametrize("line", ["»Einfach kein Geld mehr, um die Miete zu zahlen«",
                                  "« Le port double ses traversées »",
                                  "«Die Zurückhaltung hat viel mit den USA zu tun»",
                                  "`Atonement' Up for British Film Awards"])
def test_quotations_opening_a_headline_stay_headlines(line):
    assert headline_like(line)


@pytest.mark.parametrize("line", ["» Links to this article", "» More from the harbor"])
def test_a_link_bullet_opens_no_headline(line):
    assert not headline_like(line)
