"""Session 25 (frun18): a short post of one paragraph under its date line, then a longer run of undated prose
that is not the story (a blog's comment form, an advertiser's copy in the sidebar). Kadane's best-sum run was
the longer one; a dated run above it, too short to be an opening, that weighs 40% of it at least is the
story. A dated run much lighter than the run below (a caption under the date over a long story) is not."""

from test_comment_posts_s24 import run_text  # (the run story_span finds, as text)

MENU = ["Startseite", "Touren", "Fotos", "Über mich"]
HEADLINE = "Frühjahrsputz am Steg"
DATE = "12. April 2021"
POST = ["Am Samstag haben wir mit zwölf Leuten den Steg und das Ufer vom Müll befreit: drei Säcke Plastik, "
        "ein alter Reifen und erstaunlich viele Flaschendeckel. Danke an alle, die mitgeholfen haben!"]
SHARE = ["Teilen mit:", "Facebook", "Twitter", "Gefällt mir", "Neue Bojen im Hafen", "Rückblick auf die Saison",
         "Wetter am Wochenende"]
FORM = [
    "Schreibe einen Kommentar zu diesem Beitrag, wir freuen uns über jede Rückmeldung von unseren Lesern.",
    "Deine E-Mail-Adresse wird nicht veröffentlicht und nur verwendet, um dich bei Antworten zu benachrichtigen.",
    "Mit dem Absenden des Formulars erklärst du dich damit einverstanden, dass deine Angaben gespeichert werden.",
    "Informiere mich über neue Beiträge per E-Mail, du kannst dich jederzeit wieder abmelden.",
]
FOOTER = ["Impressum", "Datenschutz"]


def test_a_short_dated_post_takes_the_run_from_a_longer_undated_form():
    assert run_text([MENU, [HEADLINE, DATE], POST, SHARE, FORM, FOOTER]) == POST


def test_a_light_dated_line_does_not_take_the_run_from_a_long_story():
    story_ = [f"{s} {s}" for s in FORM] * 2  # a story below weighing far more than the dated line
    caption = ["Foto: Das Ufer am Morgen nach dem Sturm, aufgenommen vom Steg aus."]
    run = run_text([MENU, [HEADLINE, DATE], caption, SHARE, story_, FOOTER])
    assert run[0] == story_[0]


def test_a_short_run_without_its_date_line_does_not_take_the_run():
    assert run_text([MENU, [HEADLINE], POST, SHARE, FORM, FOOTER]) != POST
