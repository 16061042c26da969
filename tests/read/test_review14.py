"""Session 14's review (branch review14): readings the session's merged rules got wrong, each on a
small made-up page."""

from audioed.read import parse
from audioed.read.dates import is_date_line
from flat_page import page

BERICHT = [
    "Die Bundesanwaltschaft hat am Mittwoch Anklage gegen einen mutmaßlichen Helfer erhoben. Das teilte die "
    "Behörde in Karlsruhe mit.",
    "Der Mann soll dem Täter Waffen beschafft haben, sagte ein Sprecher. Er sitzt seit Monaten in Untersuchungshaft.",
    "Die Verteidigung wies die Vorwürfe zurück. Ein Termin für den Prozess steht noch nicht fest.",
]


def test_a_headline_with_von_or_by_and_a_date_is_no_date_line():
    # "von"/"by" after a headline's own words is no byline: its names are not set aside as a date line's
    for head in ["Anschlag von Hanau: Bundesanwaltschaft erhebt Anklage am 3. März 2021",
                 "Rede von Kanzlerin Merkel im Bundestag am 3. März 2021",
                 "Killed by Police Officer Jones in Brooklyn on May 3, 2021"]:
        assert not is_date_line(head)
    # a byline's own label before its "by" still is ("Posted by Jo Lee")
    assert is_date_line("Posted by Jo Lee Harbor Desk on May 3, 2021")
    head = "Anschlag von Hanau: Bundesanwaltschaft erhebt Anklage am 3. März 2021"
    a = parse(page(["Nachrichten", "Politik", head, "Von Jana Berger"], BERICHT, ["Mehr zum Thema"]), fmt="text")
    assert a.title == head and a.authors == ["Jana Berger"]


def test_an_undated_story_takes_no_date_from_the_comments_or_teasers_under_it():
    from flat_page import MENU_AND_TITLE, MORE, STORY
    tags = ["Tags", "Harbor", "Ferries", "Island", "Share", "Tweet", "Email", "Print", "About us", "Contact"]
    comments = ["12 Comments", "Leave a Reply", "Mark Hill posted on March 3, 2019 at 4:15 pm",
                "This is exactly what I predicted last year, the commission never learns.", "Reply",
                "Anna Kurz posted on March 4, 2019 at 9:02 am", "The boats will be full anyway, no matter what.", "Reply"]
    teasers = ["Related", "Island school asks for an earlier boat", "Posted on January 12, 2018",
               "Quay cafes to open on Sundays", "Posted on January 10, 2018"]
    for under in (comments, teasers):
        assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], STORY, MORE, tags, under), fmt="text").date is None
    # the page's one note under the story still dates it
    note = ["This entry was posted on Monday, May 3rd, 2021 at 10:00 am and is filed under Harbor."]
    assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], STORY, MORE, tags, note), fmt="text").date == "2021-05-03"


def test_a_brand_in_camel_case_closing_a_short_paragraph_is_no_glued_credit():
    from flat_page import MENU_AND_TITLE, MORE, STORY, kinds
    lines = ["Commuters can follow the new schedule in a free course on LinkedIn Learning",
             "The commission's chair once reached the final of MasterChef Australia"]
    got = kinds(page(MENU_AND_TITLE, ["By Jo Lee"], STORY[:2], lines[:1], STORY[2:], lines[1:], MORE))
    assert all(got[x] not in ("caption", "chrome") for x in lines)
    # a credit glued to a caption's lower-case or long last word still is one
    caps = ["Commuters waiting on the quay for the morning ferriesLena Ostrova",
            "Die Fähre am Anleger vor dem alten MarktplatzLena Ostrova"]
    got = kinds(page(MENU_AND_TITLE, ["By Jo Lee"], STORY[:2], caps, STORY[2:], MORE))
    assert all(got[c] == "caption" for c in caps)


def test_a_retrospective_opening_on_a_past_date_gives_no_story_date():
    from flat_page import MENU_AND_TITLE, MORE, STORY
    from audioed.read.dates import opening_date
    for o in ["June 4, 1989 – Tanks rolled into the square before dawn, and by morning the protest was over.",
              "9. November 1989: Die Mauer fällt, und Tausende strömen noch in der Nacht nach West-Berlin."]:
        assert opening_date(o) is None
        assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], [o], STORY[1:], MORE), fmt="text").date is None
    # a weekday, a place, or a time beside the date still make it a dateline
    assert opening_date("Saturday, May 3, 2021 — The commission voted on Tuesday.") == "2021-05-03"
    assert opening_date("19.10.2019, 15:30 Uhr Am 8. Spieltag treffen die beiden Vereine aufeinander.") == "2019-10-19"


def test_a_posted_and_a_changed_date_under_the_story_are_the_pages_own():
    from flat_page import MENU_AND_TITLE, MORE, STORY
    tags = ["Tags", "Harbor", "Ferries", "Island", "Share", "Tweet", "Email", "Print", "About us", "Contact"]
    under = ["Letzte Änderung: 31.10.2023 - 14:49:39", "Kommentare", "Erschienen am: 01.11.2023"]
    assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], STORY, MORE, tags, under), fmt="text").date == "2023-11-01"


def test_the_pages_own_date_under_the_story_beside_a_dated_list_still_dates_it():
    from flat_page import MENU_AND_TITLE, MORE, STORY
    tags = ["Tags", "Harbor", "Ferries", "Island", "Share", "Tweet", "Email", "Print"]
    under = ["Erschienen am: 01.11.2023", "Mehr zum Thema", "Inselschule will eine frühere Fähre", "29.10.2023",
             "Cafés am Kai öffnen sonntags", "27.10.2023"]
    assert parse(page(MENU_AND_TITLE, ["By Jo Lee"], STORY, MORE, tags, under), fmt="text").date == "2023-11-01"
