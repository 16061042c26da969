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
