"""A reading time in another language than English is page furniture, never narrated (session 39: read/cleanup.py
`reading_time_other`, marked by `furniture.mark_buttons` once the story's run is found). German newsrooms print
"Lesezeit: 3 Min." or "3 Min Lesezeit" under the byline; flattened, the line was heard between the byline and the
story. Row 98 (fread39); docs/reading.md "A site's notices, a glued breadcrumb and reading times, session 39". The
lines and the page here are made up in the newsrooms' shapes."""

import pytest

from audioed.read import parse
from audioed.read.cleanup import reading_time_other
from audioed.script import build_script


@pytest.mark.parametrize("text", [
    "Lesezeit: 3 Min.", "3 Min Lesezeit", "Lesedauer: 8 Min.", "Lesedauer: ca. 8 Minuten", "Lesezeit 4 Minuten",
    "Temps de lecture : 4 min", "4 min de lectura", "Tiempo de lectura: 5 minutos", "Tempo di lettura: 3 minuti",
    "Czas czytania: 5 min", "Czas czytania: 2 minuty", "3 min. leestijd", "Doba čtení: 3 minuty",
    "Lesezeit: 3–4 Min.",
])
def test_a_reading_time_is_furniture(text):
    assert reading_time_other(text)


@pytest.mark.parametrize("text", [
    "Die Lesezeit beträgt 3 Minuten, sagt der Verlag.",
    "3 Minuten Lesezeit sind zu viel für viele Leser",
    "Lesezeit: 3 Min. Der Bundestag hat am Freitag ein Gesetz beschlossen.",
    "Treffen in 5 Minuten",
])
def test_story_lines_about_reading_time_stay(text):
    assert not reading_time_other(text)


STORY = [
    "Mieter in drei Städten wollen im Sommer keine Miete mehr zahlen",
    "Von Jo Lee",
    "In Berlin, Hamburg und München haben sich Mieterinitiativen zusammengeschlossen, um gemeinsam gegen steigende "
    "Mieten zu protestieren und einen Mietenstopp zu fordern.",
    "Die Initiativen berufen sich auf Vorbilder in den Vereinigten Staaten, wo Aktivisten seit Monaten für einen "
    "Stopp der Mieterhöhungen trommeln.",
    "Vermieterverbände warnen vor den Folgen: Wer die Miete nicht zahle, riskiere die Kündigung der Wohnung.",
    "Die Initiativen wollen im Juni über den Beginn des Streiks entscheiden und bis dahin weitere Mieter gewinnen.",
]


@pytest.mark.parametrize("at", [1, 2])
def test_the_reading_time_is_not_heard(at):
    # (under the headline it was taken for the dek; under the byline it was heard before the story)
    story = [*STORY[:at], "Lesezeit: 3 Min.", *STORY[at:]]
    page = "\n\n".join(["Menü", "Suche", "Politik", "Wirtschaft", *story]) + "\n"
    article = parse(page, fmt="text", source="page")
    heard = " ".join(line.text for section in build_script(article).sections for line in section.lines)
    assert "Lesezeit" not in heard and "In Berlin, Hamburg und München" in heard
