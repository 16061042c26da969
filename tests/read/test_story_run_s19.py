"""The story's run in flattened text, session 19 (read/prose.py's sentence test): a paragraph
closed by a German or French quotation mark after its full stop („…“, »…«, « … ») is a sentence,
as the sentence-break test already reads those marks. Made-up pages."""

from audioed.read import parse
from audioed.read.prose import is_sentence

PAGE = """\
Startseite

Politik

Wirtschaft

Sport

Kultur

Grenzverkehr

Grenze an der Saar

Zollbeamte prüfen Pendler an der Brücke über die Saar.

(Foto: Agentur/Bildstelle)

Grenzorte Wie eine geschlossene Brücke zwei Dörfer trennt

Gesperrte Übergänge und strenge Kontrollen erinnern an eine Zeit, die längst vorbei schien. Die Nachbarn von drüben müssen draußen bleiben.

Alex Beispiel

12.05.2020 - 09:30 Uhr 3 Kommentare

Jetzt teilen

Jetzt teilen

Kleinhausen Wenn der alte Bürgermeister ins Erzählen kam, sprach er von den Tagen, als er mit seinen Freunden die Schranke an der Grenze an der Saar aufgebrochen hat: „Für uns stand fest, dass es zwischen diesen beiden Dörfern nie wieder eine Grenze geben darf.“

Die Leute im Dorf kannten die Geschichte bald auswendig. Die Brücke war seit Jahrzehnten offen, man kaufte drüben ein und arbeitete hüben, und niemand dachte mehr daran.

Dann kam der Frühling. Am Montag verkündete die Landesregierung, dass die Brücke bis auf Weiteres gesperrt werde und nur noch Pendler mit Bescheinigung passieren dürften.

Seitdem stehen zwei Wagen der Polizei am Ufer. Die Beamten kontrollieren jeden, der herüberkommt, und schicken die meisten wieder zurück, auch die Nachbarn, die seit Jahren täglich kommen.

„Das hätte sich hier niemand vorstellen können“, sagt die Wirtin des Gasthauses am Fluss. Ihre Stammgäste kommen von drüben, und seit Wochen bleibt die Gaststube leer.

Der Gemeinderat hat einen Brief an die Regierung geschrieben. Eine Antwort gibt es bisher nicht, und die Brücke bleibt zu.

Mehr zum Thema

Grenzen in Europa: Was jetzt gilt

Pendler klagen über Staus

Impressum

Datenschutz
"""

LEDE = "Kleinhausen Wenn der alte Bürgermeister ins Erzählen kam"


def test_a_paragraph_closed_by_a_german_or_french_quotation_mark_is_a_sentence():
    assert is_sentence("Er sagte: „Dafür stand fest, dass es hier keine Grenze mehr gibt.“")
    assert is_sentence("Sie sagte: »Nein.«")
    assert is_sentence("Il a répondu : « Non. »")
    assert is_sentence("„Ok.“")
    assert not is_sentence("Jo Lee bei „Schleife um Schleife, mit Umwegen…“")  # a quoted title cut off
    assert not is_sentence("Grenze an der Saar")


def test_a_one_sentence_lede_ending_in_a_quotation_is_the_story_not_a_line_holding_the_headline():
    # The lede names the headline's words and is one sentence ending in „…“: read as no sentence,
    # it was taken for a share row's line ending in the headline and dropped.
    article = parse(PAGE, fmt="text")
    kinds = {b.text[:len(LEDE)]: b.kind for b in article.blocks}
    assert kinds[LEDE] == "paragraph"
    assert article.title == "Grenze an der Saar"
