"""Inside the story, session 21 (branch fmid): a sentence closed by a German quotation mark ("…“",
"…«") or a French one after a space ("… »") is a sentence (read/prose.py): the story's one-sentence
paragraph quoting someone is not a label. Made-up lines and pages."""

from audioed.read.prose import is_sentence
from flat_page import kinds, page

GERMAN = [
    "Der Gemeinderat hat am Dienstag beschlossen, die Zahl der Fährverbindungen zur Insel zu verdoppeln, und "
    "damit einen Streit beendet, der das Hafenviertel drei Jahre lang gespalten hatte.",
    "Pendler hatten sich monatelang beklagt, dass die Boote am Morgen schon voll waren, bevor sie den zweiten "
    "Anleger erreichten, und die eigene Zählung des Rates zeigte volle Boote bei jeder Überfahrt.",
    "Der neue Fahrplan gilt ab Juni, wenn zwei gemietete Boote zur Flotte stoßen, teilte der Rat mit.",
    "Die Preise ändern sich in diesem Jahr nicht, doch der Rat warnte, dass die Treibstoffkosten im Herbst "
    "eine Erhöhung erzwingen könnten, wenn sie weiter steigen.",
]


def test_a_german_or_french_closing_quote_ends_a_sentence():
    assert is_sentence("Die Bürgermeisterin sagte: „Für uns war klar, dass die Boote fahren müssen.“")
    assert is_sentence("„Wir fahren weiter!«, rief der Kapitän.") and is_sentence("»Wir fahren weiter!«")
    assert is_sentence("Le maire a déclaré : « Nous doublerons les traversées. »")


def test_a_link_arrow_after_a_question_is_no_sentence_end():
    # (a spaced "»" with no "«" before it is a link's arrow, not a French quote's end)
    assert not is_sentence("Noch Fragen? »")
    assert not is_sentence("Fähren zur Insel")


def test_a_quoted_lede_holding_the_kicker_is_the_story():
    # the kicker taken as the headline also reads in the lede: a line "holding the headline and more,
    # no sentence" is a share row's, but this one is a sentence closed by "…“"
    lede = ("Hafen Wenn die Bürgermeisterin von den Fähren zur Insel sprach, erinnerte sie an die Jahre, "
            "in denen die Pendler am Anleger warten mussten: „Für uns war klar, dass die Fähren zur Insel "
            "öfter fahren müssen, und zwar jeden Morgen.“")
    text = page(["Startseite", "Politik", "Wirtschaft", "Kontakt"],
                ["Fähren zur Insel", "Anna Schmidt", "27.04.2020 - 18:50 Uhr", "Jetzt teilen"], [lede], GERMAN)
    assert kinds(text)[" ".join(lede.split())] == "paragraph"
