"""Who said it: the speaker found from the sentence around a quotation (names here are made up)."""

from __future__ import annotations

import pytest

from audioed.script.attribution import attribution_after, attribution_before
from audioed.script.names import NAME_RUN_RE, clean_name, is_outlet
from audioed.script.quotes import find_quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [s.speaker for spans in find_quotes(list(paragraphs)) for s in spans if s.quote]


@pytest.mark.parametrize("run, name", [
    ("Housing Council Maria Ortiz", "Maria Ortiz"),  # an organisation glued to the name
    ("Lakeside University's Dana Reyes", "Dana Reyes"),  # the person after a possessive
    ("Ortiz's", "Ortiz"),
    ("Howard Dean", "Howard Dean"),  # a title word ending the run is a surname
    ("Deputy Mayor Ana Lee", "Ana Lee"),
    ("Stated Lee", "Lee"),  # a past-tense speech verb opening the sentence
    ("Hope Marlow", "Hope Marlow"),  # a bare verb form may be a given name
    ("Dana Holt Says Town", "Dana Holt"),  # a headline's verb ends the name
    ("Small Claims Court", "Small Claims Court"),  # a plural noun is no verb here
])
def test_clean_name(run, name):
    assert clean_name(run) == name


def test_hyphenated_names_and_compound_modifiers():
    runs = NAME_RUN_RE.findall("A Reyes-style retort from Park Ji-hye and a Texas-based Ortiz-Lopez.")
    assert runs == ["A", "Park Ji-hye", "Ortiz-Lopez"]


@pytest.mark.parametrize("name, outlet", [
    ("Sky News", True), ("The Washington Post", True), ("Reuters", True), ("Maria Ortiz", False),
])
def test_outlets(name, outlet):
    assert is_outlet(name) is outlet


def test_role_words_and_names_before_the_speaker():
    a = attribution_after(" said former Vermont governor Tom Hale (D), a supporter of the bill.")
    assert a.run == "Tom Hale"
    a = attribution_after(" the mayor's top policy aide Jake Rowe said.")
    assert clean_name(a.run) == "Jake Rowe"


def test_outlet_is_no_speaker_and_does_not_borrow_one():
    assert speakers("Dana Reyes runs the clinic.",
                    "“Funding fell by half,” the Daily Herald reported.") == [None]


def test_speech_verb_nearest_the_quote_and_main_clause():
    assert speakers("In a Facebook post after the speech, Reyes wrote: “I could not disagree more.”") == ["Reyes"]
    assert speakers("Asked if he thought the ad went too far, Tom Hale responded: “I guess so.”") == ["Tom Hale"]
    # The main clause's speaker, not the embedded clause's subject.
    assert speakers("Ana Lee said she is certain Reyes will continue to be “a champion for the town.”")[0] == "Ana Lee"


def test_sentence_subject_with_any_verb():
    assert speakers("During a speech on Monday, Ana Lee attacked the plan, saying, “It will fail.”") == ["Ana Lee"]
    assert speakers("In July, Tom Hale cynically dismissed the town as the “suburbs of the capital.”") == ["Tom Hale"]


def test_subordinate_clause_is_skipped():
    assert speakers("After Tom Hale criticized her in a debate, Ana Lee shot back, “I chose my own path.”") == ["Ana Lee"]


def test_speaker_labels():
    assert speakers("Lee: “Our goal is to win the vote.” Hale: “The goal is to stop the plan.”") == ["Lee", "Hale"]


def test_any_verb_closing_a_tag_and_a_tag_after_a_clause():
    assert speakers("“What changed so fast?” Reyes questioned.") == ["Reyes"]
    assert speakers("“That was a lot of money,” remembered Tom Hale, the former treasurer.") == ["Tom Hale"]
    assert speakers("A cashier who “steals a handful of bills” is punished, Warren said.") == ["Warren"]


def test_a_new_sentence_after_a_quote_is_no_tag():
    # Capitalised pronoun and a clause after the verb: the next sentence, not the quote's tag.
    assert attribution_after(" He said he had called the minister.") is None
    assert attribution_after(" Reyes insisted that the council “stop now.”") is None
    assert attribution_after(" The star then recalled an incident.") is None
    assert attribution_before("Sanders delivered a snappy retort: ").run == "Sanders"


def test_page_labels_are_not_speakers():
    # A fact-check's claim is quoted after a label; the claimant is not the label.
    assert speakers("Claim: “The bridge was closed for ten years.”") == [None]
    assert speakers("Verdict: “Misleading.” Ana Lee: “We stand by it.”")[-1] == "Ana Lee"


def test_pronoun_tag_is_the_subject_just_speaking():
    assert speakers("Dana Reyes criticized the plan on Monday. Tom Hale was asked about it.",
                    "Hale fired back: “It is a fair plan,” he wrote.") == ["Tom Hale"]
    assert speakers("Sources said the vote was close.",
                    "Asked about the vote, Feinstein said “I don't know anything about it,” she said.") == ["Feinstein"]


def test_introductory_phrase_and_capitals():
    # The name between commas is the subject; the place before it opens the sentence.
    assert speakers("In a panel in Lisbon, Marc H. Morial, the chief executive, told a student "
                    "who asked that “this is not the first generation to be frustrated.”") == ["Marc H. Morial"]
    assert speakers("In January, Gov. Earl Ray Tomblin of West Virginia lauded the mine owner "
                    "for helping develop “new and innovative ideas.”") == ["Earl Ray Tomblin"]
    assert clean_name("CONGRESS HAS INVESTIGATED HIM") is None


def test_a_new_sentence_after_a_quote_names_no_tag_after_its_comma():
    paragraph = ("“No one doubts it,” spokesman Rick Tyler said, “and he has the record.” "
                 "On the trail, Cruz spoke.")
    assert speakers(paragraph) == ["Rick Tyler", "Rick Tyler"]


def test_quote_closed_by_a_full_stop_takes_no_tag_from_the_next_sentence():
    # A capitalised subject after “....” starts a new sentence: not the quote's speaker.
    assert speakers("Mayor Ruth Banks called the plan a “one-term promise.” Work starts in May.") \
        == ["Ruth Banks"]
    assert speakers("Freedonia insisted that Ruritania “stop its dangerous escapades.” "
                    "The Energy Board said the tests went on.") == ["Freedonia"]
    assert attribution_after(" The Energy Board said the tests went on.", ended=True) is None
    # A tag that is its whole sentence still counts, full stop or not ("“...” Hart said.").
    assert attribution_after(" Tom Hart said on Monday.", ended=True).run == "Tom Hart"
    # A tag in lower case still goes with it, and without the full stop a name tag does too.
    assert attribution_after(" said Tom Hart.", ended=True).run == "Tom Hart"
    assert attribution_after(" Tom Hart said.").run == "Tom Hart"


def test_text_after_an_earlier_quote_in_the_sentence_has_no_subject_of_its_own():
    # Tom Hart is named after “...”, inside the sentence whose subject is Ann Lee.
    assert speakers("Ann Lee says her “good old friend” Tom Hart ran “a campaign of lies and smears.”") \
        == ["Ann Lee", "Ann Lee"]
    assert attribution_before(" Tom Hart ran ", starts_sentence=False) is None
    assert attribution_before("Tom Hart ran ").run == "Tom Hart"
    # A name and a verb running into the next quotation are no tag ("Tom Hart ran “").
    assert attribution_after(" Tom Hart ran ", quote_follows=True) is None
    assert attribution_after(" climate change, Tom Hart said. ", quote_follows=True).run == "Tom Hart"
    # A new sentence after a quotation still has its subject, and a signature still counts.
    assert speakers("“We will win.” Tom Hart said his rivals were “a spent force.”") \
        == ["Tom Hart", "Tom Hart"]
    assert speakers("“Too far.” ― Ana Ruiz “Not far enough.” ― Lee Park") == ["Ana Ruiz", "Lee Park"]


def test_person_of_an_organisation_before_the_quote():
    # The person before "of", not the organisation named after it; a title or a plural noun
    # before "of" is no person ("Governor of ...", "Officials of ...").
    assert speakers("Hana Berg of Lakeside Bank, the largest private bank, warned that while "
                    "“logic would suggest a rise in rates,” the attacks “may trigger a rush.”") \
        == ["Hana Berg", "Hana Berg"]
    assert attribution_before("Officials of the Water Board said: ").run == "Water Board"
    assert attribution_before("Governor of Ruritania Ann Lee said: ").run != "Governor"
