"""A breadcrumb trail that the page's text glued to the headline with no space ("HomeSportLeichtathletikBerlin-Marathon:
Sebastian Hendel im Porträt", "HomeNewsIn A First, ...") is no part of the episode's title (session 39:
read/masthead.py `_glued_trail_end`, `headline_text` and `unglued`). A template sets its trail's links with no
separator; flattened, the links and the headline run together. The cut needs each part of the trail after its home
printed alone elsewhere on the page (its menu's links), so a brand glued to the trail ("HomeNewsiPhone") is not cut.
Row 97 (fglue39); docs/reading.md "A site's notices, a glued breadcrumb and reading times, session 39". The pages
here are made up in the trail's shape."""

import pytest

from audioed.read import parse
from audioed.script import build_script

STORY = [
    "Die Läuferin aus Köln lief beim Marathon in Berlin die schnellste Zeit ihrer Laufbahn und wurde Vierte.",
    "Nach dem Rennen sprach sie von einem Tag, an dem alles gepasst habe: das Wetter, die Strecke, die Beine.",
    "Ihr Trainer hatte ihr eine Zeit unter zweieinhalb Stunden zugetraut, sie blieb fast eine Minute darunter.",
    "Im Herbst will sie in Frankfurt starten, wenn die Verletzung am Knöchel bis dahin ausgeheilt ist.",
]
MENU = ["Menü", "Suche", "News", "Sport", "Leichtathletik", "Business", "Byznys", "B2B", "Domácí", "Politik"]


PHONE = [
    "The new iPhone 16 keeps last year's price while its camera takes sharper pictures in dim light, our review finds.",
    "The review unit's battery lasted a full day of heavy use, about two hours more than the phone it replaces.",
    "The camera's new sensor is larger, and the phone's night mode now works on video as well as on stills.",
    "At the same price as last year's model, the iPhone 16 review verdict is that it is the one to buy this year.",
]


def _page(*lines: str, menu_below: bool = False, story: list[str] = STORY) -> str:
    top, bottom = ([], MENU) if menu_below else (MENU, [])
    return "\n\n".join([*top, *lines, "28. September 2024", "Von Jo Lee", *story, *bottom]) + "\n"


def _title(page: str) -> str:
    return parse(page, fmt="text", source="page").title


@pytest.mark.parametrize("glued, headline", [
    ("HomeSportLeichtathletikMarathon in Berlin: Eine Läuferin im Porträt",
     "Marathon in Berlin: Eine Läuferin im Porträt"),
    ("HomeNewsIn A First, Water Found On A Distant Moon", "In A First, Water Found On A Distant Moon"),
    ("HomeBusinessThe Boss On His Way To Become The Richest Man (TSLA)",
     "The Boss On His Way To Become The Richest Man (TSLA)"),
    ("ZprávyByznysB2BRoky v důchodu tráví lidé po doktorech", "Roky v důchodu tráví lidé po doktorech"),
    # (capitals outside Latin-1 join the parts too)
    ("ZprávyByznysDomácíŘeditel školy odstoupil po kontrole", "Ředitel školy odstoupil po kontrole"),
])
def test_the_glued_trail_is_cut(glued, headline):
    assert _title(_page(glued)) == headline


def test_the_trail_is_cut_on_a_page_that_opens_with_it():
    # (no menu above the line: the title is its text's first title-like line; the menu is in the footer)
    assert _title(_page("HomeNewsIn A First, Water Found On A Distant Moon", menu_below=True)) == \
        "In A First, Water Found On A Distant Moon"


@pytest.mark.parametrize("text", [
    # a brand glued after the trail is no menu's link; a home word opening a headline; a trail with no headline
    "HomeNewsiPhone 16 review: a better camera",
    "HomeNewsMcDonald's raises prices again",
    "Homeland Security chief resigns after review",
    "HomePod review: great sound, small room",
])
def test_other_lines_are_kept_whole(text):
    assert _title(_page(text)) == text


def test_the_headline_set_again_alone_is_the_title_and_not_heard():
    # (the trail glued to the headline, then the headline alone: the alone line is the title's, not the story's; a
    # brand glued to the trail is found so too)
    for headline, glued, story in [("Marathon in Berlin: Eine Läuferin im Porträt", "ZprávyByznysB2B", STORY),
                                   ("iPhone 16 review: a better camera for the same price", "HomeNews", PHONE)]:
        article = parse(_page(glued + headline, headline, story=story), fmt="text", source="page")
        assert article.title == headline
        body = [line.text for section in build_script(article).sections for line in section.lines
                if line.role in ("narrator", "quote")]
        assert not any(headline in line for line in body) and glued not in " ".join(body)
