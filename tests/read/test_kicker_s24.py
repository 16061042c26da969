"""A kicker over the headline in flattened text, session 24 (branch fkicker, read/masthead.py `_under_kicker`):
a short kicker (a topic or a column's name) straight over a headline that the story's first paragraph, or
the headline's own credit, follows. Without the rule the kicker was taken: on the date / kicker / headline
stack, row 52's `_under_credit` reads the date as the kicker's credit and the headline as its dek, and
climbs to the kicker; `_under_kicker` runs after it. A dek under its headline stays a dek. Made-up pages."""

from audioed.read import parse
from flat_page import STORY, page

MENU_DE = ["Home", "Region", "Sport", "Kultur", "Archiv"]
STORY_DE = [
    "Die Hafenkommission hat am Dienstag beschlossen, die Zahl der Fährfahrten zur Insel zu verdoppeln, und damit "
    "einen Streit beendet, der das Ufer drei Jahre lang gespalten hatte.",
    "Pendler hatten sich monatelang beklagt, dass die Morgenboote schon vor dem zweiten Steg voll waren, und die "
    "eigene Zählung der Kommission zeigte Gedränge bei jeder Überfahrt.",
    "Der neue Fahrplan beginnt im Juni, wenn zwei gemietete Boote zur Flotte stoßen, teilte die Kommission in "
    "einer Erklärung mit.",
    "Die Preise ändern sich in diesem Jahr nicht, doch die Kommission warnte, dass die Treibstoffkosten im Herbst "
    "eine Erhöhung erzwingen könnten.",
    "Geschäfte auf der Insel begrüßten den Entscheid und sagten, die vollen Boote hätten Wochenendbesucher zwei "
    "Sommer lang von den Läden am alten Kai ferngehalten.",
]
STORY_FR = [
    "La commission du port a voté mardi le doublement des traversées vers l'île, mettant fin à une querelle qui "
    "divisait le quai depuis trois ans.",
    "Les usagers se plaignaient depuis des mois que les bateaux du matin étaient pleins avant le deuxième ponton, "
    "et le propre comptage de la commission montrait la foule à chaque traversée.",
    "Le nouvel horaire commence en juin, quand deux bateaux loués rejoindront la flotte, a indiqué la commission.",
    "Les tarifs ne changeront pas cette année, mais la commission prévient que le carburant pourrait imposer une "
    "hausse à l'automne.",
    "Les commerces de l'île ont salué la décision, disant que les bateaux bondés éloignaient les visiteurs du "
    "week-end depuis deux étés.",
]


def test_a_kicker_over_the_headline_and_the_lede():
    # the kicker names the topic and shares the story's words; the headline stands straight over the lede
    text = page(MENU_DE, ["07.11.2023", "Streit am Inselufer", "Kommission verdoppelt Fährfahrten"], STORY_DE)
    assert parse(text, fmt="text").title == "Kommission verdoppelt Fährfahrten"


def test_a_column_name_over_the_headline_and_its_credit():
    text = page(["Accueil", "Actualité", "Chroniques", "Agenda", "Connexion"],
                ["La commission en débats", "Libre cours : la traversée, les îles et nous",
                 "Par Jo Lee le 07 mai 2020"], STORY_FR)
    assert parse(text, fmt="text").title == "Libre cours : la traversée, les îles et nous"


def test_a_headline_over_its_dek_sentence_stays():
    # (a short headline, so the rule looks at the line under it: a question is a candidate, but a sentence)
    head = "Ferry Crossings to Double"
    text = page(["Home", "Local", "Business", "Weather", "Opinion"],
                [head, "Will two more boats be enough?"], STORY)
    assert parse(text, fmt="text").title == head


def test_a_headline_over_a_dek_restating_it_stays():
    head = "Fährfahrten zur Insel"
    text = page(MENU_DE, [head, "Doppelt so viele Fährfahrten ab Juni"], STORY_DE)
    assert parse(text, fmt="text").title == head
