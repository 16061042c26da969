"""Sentence splitting: no break after abbreviations or inside quotations; real ends kept."""

from __future__ import annotations

import pytest

from audioed.script.normalize import normalize
from audioed.script.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("Cmdr. Armando Treviño leads the unit. He spoke Tuesday.",
     ["Cmdr. Armando Treviño leads the unit.", "He spoke Tuesday."]),
    ("The U.S. Navy sailed. It was late.", ["The U.S. Navy sailed.", "It was late."]),
    ("Sen. John McCain, R-Ariz., said so. Gov. Jan Brewer agreed.",
     ["Sen. John McCain, R-Ariz., said so.", "Gov. Jan Brewer agreed."]),
    ("At 3 p.m. Tuesday, agents met. Then they left.",
     ["At 3 p.m. Tuesday, agents met.", "Then they left."]),
    ("John F. Kennedy was president. He died young.",
     ["John F. Kennedy was president.", "He died young."]),
    ("Lt. Col. Smith spoke. Maj. Jones agreed.", ["Lt. Col. Smith spoke.", "Maj. Jones agreed."]),
    ("The No. 2 official resigned.", ["The No. 2 official resigned."]),
    ("He met Dr. Wu on Jan. 5 in St. Paul. She agreed.",
     ["He met Dr. Wu on Jan. 5 in St. Paul.", "She agreed."]),
])
def test_no_break_after_abbreviations(text, expected):
    assert split_sentences(text) == expected


def test_breaks_after_an_initialism_that_ends_a_sentence():
    assert split_sentences("He lives in Washington, D.C. The city is big.") == \
        ["He lives in Washington, D.C.", "The city is big."]
    assert split_sentences("They moved to Yuma, Ariz. They stayed.") == \
        ["They moved to Yuma, Ariz.", "They stayed."]


def test_no_break_inside_quotations():
    text = ("“We are fighting a common enemy. We are going to work together,” he said. "
            "Then he left.")
    assert split_sentences(text) == [
        "“We are fighting a common enemy. We are going to work together,” he said.",
        "Then he left."]
    assert split_sentences('He said "Stop. Now." and left. Later he returned.') == \
        ['He said "Stop. Now." and left.', "Later he returned."]


def test_ellipsis_stays_with_its_sentence():
    assert split_sentences("It could fail. ... Right now it cannot compete.") == \
        ["It could fail. ...", "Right now it cannot compete."]


def test_words_are_kept():
    text = "A  first one.\nA second, with Gov. Brewer! A third? Yes."
    assert " ".join(split_sentences(text)).split() == text.split()
    assert split_sentences("   ") == []


def test_normalized_text_splits_the_same_way_espeak_hears_it():
    from piper.phonemize_espeak import EspeakPhonemizer

    text = ("NOGALES, ARIZ. -- In a sensitive operation, U.S. Border Patrol agents met Cmdr. "
            "Armando Treviño at 3 p.m. Tuesday. “We are planting a seed,” he said. In the "
            "1990s, Sen. John McCain, R-Ariz., and Mexican officials met in Washington, D.C.")
    spoken = normalize(text)
    heard = EspeakPhonemizer().phonemize("en-us", spoken)
    assert len(split_sentences(spoken)) == len(heard) == 4


def test_a_stray_quotation_mark_does_not_glue_sentences():
    text = 'It took samples from comet Wild (also known as "Wild 2) in space. It landed. It was found.'
    assert len(split_sentences(text)) == 3
