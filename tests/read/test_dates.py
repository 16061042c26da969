"""Issue 18, session 13: the episode's date read in any language (read/dates.py), from made-up lines
and a made-up flattened page."""

import pytest

from audioed.read import parse
from audioed.read.dates import date_only, is_date_line, opening_date, page_date, parse_date, stamp_sentence_date
from flat_page import MENU_AND_TITLE, MORE, STORY, page


@pytest.mark.parametrize("line, day", [
    ("Sunday, May 28, 2006", "2006-05-28"),                      # English, month first
    ("Updated 4:12 PM, Jan. 5, 2024", "2024-01-05"),
    ("3rd of May, 2020", "2020-05-03"),
    ("Veröffentlicht am 3. März 2021", "2021-03-03"),            # German
    ("SAMSTAG, 5. OKTOBER 2013", "2013-10-05"),
    ("le 12 janvier 2020", "2020-01-12"),                        # French
    ("1er févr. 2019", "2019-02-01"),
    ("12 de enero de 2020", "2020-01-12"),                       # Spanish
    ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),  # Portuguese
    ("Pubblicato il 7 settembre 2018", "2018-09-07"),            # Italian
    ("3 maart 2021", "2021-03-03"),                              # Dutch
    ("Publicerad 14 augusti 2017", "2017-08-14"),                # Swedish
    ("15 августа 2016, 13:43", "2016-08-15"),                    # Russian
    ("Opublikowano 9 listopada 2022", "2022-11-09"),             # Polish
    ("2021-03-03 14:05", "2021-03-03"),                          # numeric forms
    ("2021-03-03T14:05:00+01:00", "2021-03-03"),
    ("03.03.2021", "2021-03-03"),
    ("Stand: 06.03.24 14:05", "2024-03-06"),
    ("14/03/2021", "2021-03-14"),
    ("03/14/2021", "2021-03-14"),
])
def test_a_date_line_in_each_language(line, day):
    assert parse_date(line) == day
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "31.02.2021",               # no such day
    "Python 3.10.12",           # a version
    "03/04/2021",               # March 4 or 3 April: no day to say
    "© 2021 The Harbor Gazette",  # a year is no date
    "Opening Bell 06.03.24",    # a headline holding a short date
    "Top 10 Moments 2019",
    "Mars 2020 Rover Lands",    # a month's name in another language, no day
])
def test_no_date_where_there_is_no_real_day(line):
    assert not is_date_line(line)


def test_the_published_date_over_the_updated_one():
    assert parse_date("Updated May 3, 2021 | Published May 1, 2021") == "2021-05-01"
    assert parse_date("Veröffentlicht am 1. Mai 2021, aktualisiert am 3. Mai 2021") == "2021-05-01"
    assert page_date(["Mis à jour le 7 janvier 2020", "Publié le 30 septembre 2018"]) == "2018-09-30"
    assert page_date(["Aktualisiert am 3. Mai 2021"]) == "2021-05-03"  # the only date there is


def test_a_flattened_page_with_a_german_date_line():
    text = page(MENU_AND_TITLE, ["Veröffentlicht am 4. Februar 2022, 14:09 Uhr"], STORY, MORE,
                ["Mehr zum Thema", "© 2023 Hafenblatt"])
    article = parse(text, fmt="text")
    assert article.date == "2022-02-04"
    heard = " ".join(b.text for b in article.blocks if b.kind == "paragraph")
    assert "Februar" not in heard  # the date line is furniture, heard in the intro only


def test_a_date_far_down_a_flattened_page_under_its_headline():
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Auto", "Digital",
            "Karriere", "Gesundheit", "Familie", "Panorama", "Regional", "Video", "Podcast", "Newsletter",
            "Abo", "Anmelden", "Suche", "Menü"]
    text = page(menu, MENU_AND_TITLE, ["12.10.2021"], STORY, MORE)
    assert parse(text, fmt="text").date == "2021-10-12"


def test_catalan_dates():
    # lede.py's own "12 de ... de 2020" pattern took any word for a month; it is folded in here (session 13)
    assert parse_date("22 de gener de 2020") == "2020-01-22"
    assert parse_date("dimarts, 14 d'abril de 2020, 09:30") == "2020-04-14"
    assert parse_date("3 d’octubre de 2019") == "2019-10-03"
    assert is_date_line("dijous, 5 de desembre de 2019")


@pytest.mark.parametrize("line, alone", [
    ("Sunday, May 28, 2006", True),             # Wikinews' date under its headline
    ("12 October 2017", True),
    ("2018-09-16", True),
    ("Dienstag, 3. März 2021", True),
    ("dijous, 5 de desembre de 2019", True),
    ("Updated May 3, 2021", False),             # a label
    ("May 28, 2006 10:00", False),              # a time
    ("By admin - 2018-09-16", False),
    ("Top 10 Moments 2019", False),
])
def test_a_date_and_nothing_else(line, alone):
    assert date_only(line) is alone


# Review 13 (issue 18): dates that are not the story's.
MENU = ["Menu", "Home", "Local", "Sport", "Opinion"]


@pytest.mark.parametrize("line, day", [
    ("Updated 12/31/2021", "2021-12-31"),          # month first, a day of 20-31
    ("03/24/2021 10:15 AM", "2021-03-24"),
])
def test_an_american_date_late_in_the_month(line, day):
    assert parse_date(line) == day


@pytest.mark.parametrize("line", [
    "Extra boats will sail on June 1, 2024, July 15, 2024 and August 26, 2024.",  # a sentence
    "The ferry ran on 3 May 2021 and stopped on 4 May 2021.",
    "Ferry crossings double from 01.06.2024",     # a headline holding a date
    "Home Assistant 2024.6.1 release notes",
])
def test_no_date_line_in_a_sentence_or_a_headline(line):
    assert not is_date_line(line)


@pytest.mark.parametrize("line", [
    "By Poppie Platt 12 May 2022, 4:18pm",
    "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
    "Last modified on Mon 18 Nov 2019 18.56 GMT",
    "Aktualisiert am 17.01.2021.",
])
def test_a_date_line_with_its_labels_and_names(line):
    assert is_date_line(line)


def test_no_episode_date_from_the_story_text():
    filler = [f"Paragraph {i} tells how the island's ferry service grew from one boat to a fleet of six over "
              "the years that followed the war." for i in range(24)]
    timeline = page(MENU, MENU_AND_TITLE[-1:], STORY, filler[:12], ["March 3, 2016"], filler[12:], MORE)
    assert parse(timeline, fmt="text").date is None
    sentence = page(MENU, MENU_AND_TITLE[-1:], STORY[:2],
                    ["Extra boats will sail on June 1, 2024, July 15, 2024 and August 26, 2024."], STORY[2:], MORE)
    assert parse(sentence, fmt="text").date is None


def test_the_date_line_not_the_headlines_date():
    text = page(MENU, ["Ferry crossings double from 01.06.2024", "By Jo Lee", "June 3, 2024"], STORY, MORE)
    assert parse(text, fmt="text").date == "2024-06-03"


def test_a_new_years_day_story_keeps_its_date_over_its_update():
    html = ("<html><head><title>Ferry vote</title>"
            '<meta property="article:published_time" content="2021-01-01T09:00:00Z"></head><body><article>'
            "<h1>Ferry Crossings to Double After Harbor Vote</h1><p>Updated January 2, 2021</p>"
            + "".join(f"<p>{p}</p>" for p in STORY + MORE) + "</article></body></html>")
    assert parse(html, fmt="html").date == "2021-01-01"


# Session 14 (fdate2): what a date line holds beside its date is told from a headline's words.
@pytest.mark.parametrize("line, day", [
    ("Posted on 3. März 20213. März 2021Author Redaktion", "2021-03-03"),   # a published and an updated date glued
    ("Veröffentlicht am 10. Mai 20219. Mai 2021 von Johanna Becker", "2021-05-10"),
    ("von Johanna Becker, Online-Redaktion Veröffentlicht: 26.12.2022", "2022-12-26"),  # a byline's names and labels
    ("03.05.2021 Artikel: Download PDF Drucken Teilen", "2021-05-03"),         # the buttons beside it
    ("⋅ May 3, 2021 ⋅ Email this post ⋅ Print this page ⋅ Comment", "2021-05-03"),
    ("3. Mai 2021 Johanna Becker Kommentare 4 Kommentare", "2021-05-03"),              # a comment count
])
def test_a_date_line_with_its_byline_labels_and_buttons(line, day):
    assert is_date_line(line)
    assert parse_date(line) == day


@pytest.mark.parametrize("line", [
    "Ferry deal signed by Mayor Lee on June 3, 2024",     # names after a headline's words are no byline
    "Von Bremen nach Hamburg: Fähre fährt ab 01.06.2024",  # "Von" opening a headline, no name after it
    "Harbor Times will print its last edition on June 3, 2024",
    "Version 120193.3.2021",                              # a day glued to a number that is no year
])
def test_a_headline_with_a_date_and_a_line_word_is_still_no_date_line(line):
    assert not is_date_line(line)


def test_a_reading_time_beside_the_date_ends_no_sentence():
    assert is_date_line("06.11.2023, 15:20 Uhr • 2 Min. Lesezeit")
    assert is_date_line("May 3, 2021 · 4 min. read")


def test_a_last_change_is_an_update():
    assert page_date(["Letzte Änderung: 31.10.2023 - 14:49:39", "Erschienen am: 01.11.2023"]) == "2023-11-01"


@pytest.mark.parametrize("text, day", [
    ("Karlsruhe, (12.11.2021). Traditionell gedenken die Christen ihrer Toten.", "2021-11-12"),  # a place, the date
    ("Red. / 31.10.2023 Die ehemalige Kolonie steht vor dem Niedergang.", "2023-10-31"),           # a label, the date
    ("19.10.2019, 15:30 UhrAm 8. Spieltag treffen die beiden Vereine aufeinander.", "2019-10-19"),  # a time glued on
    ("HARBOR CITY (May 3, 2021) – The commission voted on Tuesday.", "2021-05-03"),
    ("Am 19. Oktober 2019 gastiert die Mannschaft in Dortmund.", None),                             # the sentence's own
    ("On May 3, 2021, the commission voted to double the crossings.", None),
    ("May 3, 2021 was the day the commission voted.", None),
    ("The commission voted on 3 May 2021 to double the crossings.", None),
])
def test_a_story_opening_with_its_dateline(text, day):
    assert opening_date(text) == day


@pytest.mark.parametrize("text, day", [
    ("This entry was posted on Monday, May 3rd, 2021 at 10:00 am and is filed under Harbor.", "2021-05-03"),
    ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "2020-01-29"),
    ("This page was last modified on 4 November 2020, at 19:23.", "2020-11-04"),
    ("The ferry first sailed on 3 May 2021.", None),      # a sentence with a date, no note of the page's
])
def test_a_pages_posted_or_changed_note(text, day):
    assert stamp_sentence_date(text) == day


def test_dates_when_no_date_line_is_near_the_headline():
    # the story's dateline, the page's "posted on" note under it, a date line far above the headline
    opening = ["HARBOR CITY (May 3, 2021) – " + STORY[0]]
    assert parse(page(MENU, MENU_AND_TITLE[-1:], opening, STORY[1:], MORE), fmt="text").date == "2021-05-03"
    note = ["This entry was posted on Monday, May 3rd, 2021 at 10:00 am and is filed under Harbor."]
    assert parse(page(MENU, MENU_AND_TITLE[-1:], STORY, MORE, note, ["© Harbor Gazette"]), fmt="text").date \
        == "2021-05-03"
    far = ["Published May 3, 2021", "Share", "Tweet", "Email", "Print", "Harbor", "Ferries", "Island", "Schools",
           "Weather", "Sport", "Opinion"]
    assert parse(page(MENU, far, MENU_AND_TITLE[-1:], STORY, MORE), fmt="text").date == "2021-05-03"
    # a story sentence still gives none
    sentence = ["On May 3, 2021, the commission voted to double the crossings to the island after three years."]
    assert parse(page(MENU, MENU_AND_TITLE[-1:], sentence, STORY[1:], MORE), fmt="text").date is None
