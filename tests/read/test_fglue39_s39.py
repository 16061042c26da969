"""A breadcrumb trail that the page's text glued to the headline with no space ("HomeSportLeichtathletikBerlin-Marathon:
Sebastian Hendel im Porträt", "HomeNewsIn A First, ...") is no part of the episode's title (session 39:
read/masthead.py `_glued_trail_end`, `headline_text` and `unglued`). A WordPress theme or a newsroom's template sets
its trail's links with no separator; flattened, the links and the headline run together. Row 97 (fglue39);
docs/reading.md "A site's notices, a glued breadcrumb and reading times, session 39". The pages here are made up in
the trail's shape."""

import pytest

from audioed.read import parse
from audioed.read.masthead import headline_text

STORY = [
    "Die Läuferin aus Köln lief beim Marathon in Berlin die schnellste Zeit ihrer Laufbahn und wurde Vierte.",
    "Nach dem Rennen sprach sie von einem Tag, an dem alles gepasst habe: das Wetter, die Strecke, die Beine.",
    "Ihr Trainer hatte ihr eine Zeit unter zweieinhalb Stunden zugetraut, sie blieb fast eine Minute darunter.",
    "Im Herbst will sie in Frankfurt starten, wenn die Verletzung am Knöchel bis dahin ausgeheilt ist.",
]


@pytest.mark.parametrize("glued, headline", [
    ("HomeSportLeichtathletikMarathon in Berlin: Eine Läuferin im Porträt", "Marathon in Berlin: Eine Läuferin im Porträt"),
    ("HomeNewsIn A First, Water Found On A Distant Moon", "In A First, Water Found On A Distant Moon"),
    ("HomeBusinessThe Boss On His Way To Become The Richest Man (TSLA)",
     "The Boss On His Way To Become The Richest Man (TSLA)"),
    ("ZprávyByznysB2BRoky v důchodu tráví lidé po doktorech", "Roky v důchodu tráví lidé po doktorech"),
])
def test_the_glued_trail_is_cut(glued, headline):
    assert headline_text(glued) == headline


@pytest.mark.parametrize("text", [
    # a name in camel case after the trail, a home word opening a headline, a trail with no headline after it
    "HomeNewsMcDonald's raises prices again",
    "Homeland Security chief resigns after review",
    "HomePod review: great sound, small room",
    "HomeLuxemburgPolitikWirtschaftSport",
    "HomeRugbyNationWales Rugby",
    "Marathon in Berlin: Eine Läuferin im Porträt",
])
def test_other_lines_are_kept_whole(text):
    assert headline_text(text) == text


def test_the_title_has_no_trail():
    page = "\n\n".join(["Menü", "Suche", "Anmelden", "Sport", "Politik", "Kultur",
                        "HomeSportLeichtathletikMarathon in Berlin: Eine Läuferin im Porträt",
                        "28. September 2024", "Von Jo Lee", *STORY]) + "\n"
    assert parse(page, fmt="text", source="page").title == "Marathon in Berlin: Eine Läuferin im Porträt"


def test_the_headline_set_again_alone_is_the_title_and_not_heard():
    # (the trail glued to the headline, then the headline alone: the alone line is the title's, not the story's)
    from audioed.script import build_script
    headline = "Marathon in Berlin: Eine Läuferin im Porträt"
    page = "\n\n".join(["Menü", "Suche", "Anmelden", "Sport", "Politik", "Kultur",
                        "ZprávyByznysB2B" + headline, headline, "28. September 2024", "Von Jo Lee", *STORY]) + "\n"
    article = parse(page, fmt="text", source="page")
    assert article.title == headline
    body = [line.text for section in build_script(article).sections for line in section.lines
            if line.role in ("narrator", "quote")]
    assert not any(headline in line for line in body) and "Byznys" not in " ".join(body)
