"""The reader's sentence-end test in any alphabet with cases, session 16 (read/prose.py:
`SENTENCE_BREAK`, `split_sentences`, `sentence_breaks`, `is_sentence`). Made-up lines."""

from audioed.read.prose import is_sentence, sentence_breaks, split_sentences


def test_a_german_sentence_may_start_with_an_umlaut():
    assert split_sentences("Der Fährplan gilt ab Juni. Über die Preise wird noch beraten.") == \
        ["Der Fährplan gilt ab Juni.", "Über die Preise wird noch beraten."]
    # "ß" and "ö" before the stop are lower-case letters too
    assert sentence_breaks("Die Straße war zu groß. Ärger gab es keinen. Alles blieb schön. Öfter fährt nun ein Boot") == 3


def test_a_russian_line_of_two_sentences_is_split_and_is_prose():
    line = "Паром будет ходить чаще. Новое расписание начнёт действовать в июне"
    assert split_sentences(line) == ["Паром будет ходить чаще.", "Новое расписание начнёт действовать в июне"]
    assert is_sentence(line)
    assert sentence_breaks("Έρχεται νέο πλοίο. Το δρομολόγιο αλλάζει") == 1


def test_a_title_an_initial_or_an_abbreviation_ends_no_sentence_in_any_alphabet():
    for line in ("Prof. Özdemir leitet die Sitzung", "Der Bericht von Dr. Ömer Yilmaz liegt vor",
                 "Поэт А. С. Пушкин родился в Москве", "Die Fähre (z. B. Über Nacht) fährt",
                 "Il a vu M. Éric Dupont hier", "The U.S. Öl deal holds"):
        assert sentence_breaks(line) == 0, line


def test_german_and_french_quotation_marks_around_a_break():
    assert sentence_breaks("Er kam spät. „Wir fahren morgen“, sagte er. »Noch« gilt der Plan.") == 2
    assert sentence_breaks("„Wir fahren morgen.“ Dann ging er.") == 1
    assert sentence_breaks("Il est venu. « Nous partons demain », dit-il.") == 1
    # a French closing guillemet stands after its stop and a space: no sentence opens with it
    assert sentence_breaks("« Le plan tient. » (12/01/2020, Radio)") == 0
