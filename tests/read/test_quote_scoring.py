"""The quotation and speaker scoring of benchmarks/reading_quotes.py (PolNeAR and GUM), as issue 18
words it: a quote is found when it covers at least half of a gold quotation's words; speakers are
compared by surname. Each session-15 fix is checked against the session-14 scorer it replaced."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_quotes import match_quotes, named, same_speaker, tally  # noqa: E402

GREAT = "not to make America great again but to make America whole again"
WHOLE = "make America whole again"


def test_a_quote_counts_when_it_covers_half_the_gold_words_and_lies_inside_it():
    assert match_quotes(["we will build the bridge in spring"], ["we will build the bridge"]) == {0: 0}
    assert match_quotes(["we will build the bridge in spring"], ["we will build"]) == {}
    # covering the gold is not enough: the found quote must be mostly the gold's words
    assert match_quotes(["build the bridge"], ["build the bridge, and the tunnel, and the road, and a port"]) == {}


def test_each_gold_quotation_takes_the_quote_covering_most_of_it():
    gold = [GREAT, WHOLE]
    found = [WHOLE, GREAT]
    # the first free quote over half pairs them crosswise (the short quote covers 7 of the long
    # quotation's 12 words), so each would be judged by the other's speaker
    old = match_quotes(gold, found, best=False)
    assert match_quotes(gold, found) == {0: 1, 1: 0}
    assert old == {0: 0, 1: 1}


def test_a_double_surname_is_compared_by_either_part():
    assert same_speaker("Melba Acosta Febo", ["Ms. Acosta"])
    assert same_speaker("Melba Acosta Febo", ["Febo"])
    assert same_speaker("Ms. Acosta", ["Trump", "Melba Acosta Febo"], double=False) is False
    assert not same_speaker("Melba Acosta Febo", ["Ms. Acosta"], double=False)
    # a courtesy title or an initial is no part of the surname
    assert not same_speaker("Sen. Bernie Sanders", ["Bernie"])
    assert not same_speaker("John F. Kerry", ["F"])
    assert not same_speaker("Melba Acosta Febo", ["Mr. Febo-Diaz"])


def test_an_office_before_of_is_not_the_name():
    assert named("Speaker of the House Rep. Paul Ryan (R-WI)") == "House Rep. Paul Ryan"
    assert named("Former Secretary of State Madeleine Albright") == "State Madeleine Albright"
    assert named("Speaker of the House Rep. Paul Ryan (R-WI)", audit=False) == "Speaker"
    # a person of a place or an organisation keeps the person's name
    assert named("Jeffrey Lewis of the James Martin Center") == "Jeffrey Lewis"
    assert named("Chancellor Angela Merkel of Germany") == "Chancellor Angela Merkel"


def test_a_description_naming_someone_else_names_no_speaker():
    assert named("a person close to the Clintons") is None
    assert named("an Associated Press-GfK poll released Thursday") is None
    assert named("a spokesman for Bernie Sanders") is None
    assert named("a person close to the Clintons", audit=False) == "Clintons"
    # a description before the name, or a name given to the described person, still names them
    assert named("former Gov. Jeb Bush of Florida") == "Gov. Jeb Bush"
    assert named("undecided Republican voter Stephanie Hooton") == "Stephanie Hooton"
    assert named("a retired neurosurgeon Ben Carson") == "Ben Carson"
    assert named("a 70-year-old academic named Eric Kingson") == "Eric Kingson"


def test_tally_counts_found_extra_and_speakers():
    gold = [dict(text="we will build the bridge in spring", who="Ms. Acosta", who_s14="Ms. Acosta"),
            dict(text="the tunnel will wait another year", who=None, who_s14="Clintons")]
    found = [("we will build the bridge in spring", "Melba Acosta Febo"), ("this is a quote nobody marked", None),
             ("ok", None)]
    n = tally(gold, found)
    assert (n["tp"], n["fn"], n["fp"], n["spk_ok"], n["spk_n"], n["named_n"]) == (1, 1, 1, 1, 1, 1)
    old = tally(gold, found, best=False, double=False, audit=False)
    assert (old["spk_ok"], old["spk_n"], old["named_n"]) == (0, 1, 2)
