"""Quotation detection and attribution: a table of hard cases, and properties that hold
for any text (no character of the source is lost or duplicated)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audioed.script.quotes import QUOTE_MARKS, Span, find_quotes


def quotes_of(paragraphs, **kw):
    """(paragraph, text, speaker, kind) for every quote span."""
    return [(i, s.text, s.speaker, s.kind)
            for i, spans in enumerate(find_quotes(paragraphs, **kw)) for s in spans if s.quote]


# Each case: paragraphs, then the quote spans expected (paragraph, text, speaker, kind).
CASES = {
    "curly, name after verb with appositive": (
        ["“There’s so much potential for corruption,” said Jennifer Allen, executive director "
         "of the Border Action Network. “It could be destined for failure.”"],
        [(0, "There’s so much potential for corruption,", "Jennifer Allen", "direct"),
         (0, "It could be destined for failure.", "Jennifer Allen", "direct")],
    ),
    "title kept out, appositive between name and verb": (
        ["“We are planting a seed,” Cmdr. Armando Treviño, who leads the police in Sonora, "
         "said Tuesday here in Nogales. “We are fighting a common enemy.”"],
        [(0, "We are planting a seed,", "Armando Treviño", "direct"),
         (0, "We are fighting a common enemy.", "Armando Treviño", "direct")],
    ),
    "straight double quotes, comma outside the marks": (
        ['"Pop art was about what popular culture thought was important", Kathryn Waters said.'],
        [(0, "Pop art was about what popular culture thought was important", "Kathryn Waters", "direct")],
    ),
    "surname resolves to the full name introduced earlier": (
        ["Capt. Eduardo Peña, a 23-year veteran, watched the training.",
         "“It’s historic,” Peña said. “Criminals will dislike it.”"],
        [(1, "It’s historic,", "Eduardo Peña", "direct"),
         (1, "Criminals will dislike it.", "Eduardo Peña", "direct")],
    ),
    "pronoun resolves to the person in the previous paragraph": (
        ["Mexican Ambassador Arturo Sarukhan praised the model as part of an enforcement "
         "“sea change” resulting from close cooperation.",
         "“Drug smuggling organizations have diversified their portfolio,” he said in an interview."],
        [(1, "Drug smuggling organizations have diversified their portfolio,", "Arturo Sarukhan", "direct")],
    ),
    "speaker before the quote with a colon": (
        ["Mayor Ruth Banks said: “We will rebuild every house on this street.”"],
        [(0, "We will rebuild every house on this street.", "Ruth Banks", "direct")],
    ),
    "according to": (
        ["According to Dr. Priya Natarajan, “the data show a clear trend toward warming.”"],
        [(0, "the data show a clear trend toward warming.", "Priya Natarajan", "direct")],
    ),
    "X told ..., adding a partial quote": (
        ["Sen. Mark Olsen told reporters the bill was dead, adding that his party is "
         "“ready to start over from scratch next year.”"],
        [(0, "ready to start over from scratch next year.", "Mark Olsen", "partial")],
    ),
    "scare quotes stay with the narrator": (
        ["Treviño plans to set up two “mirror” bases south of the outposts.",
         "The ambassador called it part of a “sea change” in cooperation."],
        [],
    ),
    "title of a work in quotes is not a quotation": (
        ['The exhibit "Photographs and Prints from the University Collection" opens Monday.'],
        [],
    ),
    "nested single quotes, straight open and curly close": (
        ["“Cold. He said: 'The bad guys shot at me, but it only hit my finger.’ He was "
         "something,” Pacheco said."],
        [(0, "Cold. He said: 'The bad guys shot at me, but it only hit my finger.’ He was something,",
          "Pacheco", "direct")],
    ),
    "apostrophes are not quotation marks": (
        ["“In the ’90s we played rock ’n’ roll at Treviño’s place, and the smugglers’ trucks "
         "didn't stop us,” said Tom Reyes."],
        [(0, "In the ’90s we played rock ’n’ roll at Treviño’s place, and the smugglers’ trucks "
             "didn't stop us,", "Tom Reyes", "direct")],
    ),
    "multi-paragraph quotation (news convention)": (
        ["“The first thing we did was call the families,” said Chief Maria Lopez. “Then we waited.",
         "“Nobody slept that night. Nobody.”",
         "The search ended at dawn."],
        [(0, "The first thing we did was call the families,", "Maria Lopez", "direct"),
         (0, "Then we waited.", "Maria Lopez", "direct"),
         (1, "Nobody slept that night. Nobody.", "Maria Lopez", "direct")],
    ),
    "unattributed quote paragraph after an indirect-speech paragraph": (
        ["Former commissioner Doris Meissner said the idea was adopted without debate.",
         "“I was surprised that there was little objection.”"],
        [(1, "I was surprised that there was little objection.", "Doris Meissner", "direct")],
    ),
    "typo between verb and name": (
        ["“Yes, it could increase danger for us,” said. Capt. Eduardo Peña, a veteran."],
        [(0, "Yes, it could increase danger for us,", "Eduardo Peña", "direct")],
    ),
    "unknown speaker stays None": (
        ["“Nobody knows what will happen next.”"],
        [(0, "Nobody knows what will happen next.", None, "direct")],
    ),
    "a short direct quote with attribution is a quotation": (
        ["“No,” she said."],
        [(0, "No,", None, "direct")],
    ),
    "unclosed quotation at the end of the text runs to the paragraph end": (
        ["Officials were blunt. “We will not negotiate with anyone who threatens us"],
        [(0, "We will not negotiate with anyone who threatens us", None, "direct")],
    ),
    "missing opener: closer followed by attribution": (
        ["We will not negotiate,” Gov. Ann Richards said."],
        [(0, "We will not negotiate,", "Ann Richards", "direct")],
    ),
    "British style single quotes": (
        ["‘We have done everything we could,’ said Inspector James Holt. Holt’s team left at noon."],
        [(0, "We have done everything we could,", "James Holt", "direct")],
    ),
    "pronoun before the quote": (
        ["Sheriff Dana Cole stood by the gate.", "She said: “The road stays closed until Friday.”"],
        [(1, "The road stays closed until Friday.", "Dana Cole", "direct")],
    ),
    "British style with apostrophes inside": (
        ["Dr. Helen Ward left early. ‘It’s over, and the ’90s are gone,’ she said."],
        [(0, "It’s over, and the ’90s are gone,", "Helen Ward", "direct")],
    ),
    "partial quote after a verb of calling": (
        ["Gov. Ann Richards called the plan “a recipe for disaster for working families.”"],
        [(0, "a recipe for disaster for working families.", "Ann Richards", "partial")],
    ),
    "multi-paragraph quotation attributed only in its last paragraph": (
        ["Rain fell all week.", "“We have to act now.", "“Otherwise it will be too late,” said Jane Doe."],
        [(1, "We have to act now.", "Jane Doe", "direct"),
         (2, "Otherwise it will be too late,", "Jane Doe", "direct")],
    ),
    "possessive before the speaker's name": (
        ['"He will testify," said Bob Jones\' lawyer, Ann Hart.'],
        [(0, "He will testify,", "Ann Hart", "direct")],
    ),
    "a title in quotes is not a person for a pronoun": (
        ["Officer Linda Park joined in May.",
         'The program, known as "Operation Safe Streets," began then. "It works," she said.'],
        [(1, "It works,", "Linda Park", "direct")],
    ),
    "lower-case role between verb and name": (
        ['"It\'s surreal," said guard Tristen Newton, the most outstanding player.'],
        [(0, "It's surreal,", "Tristen Newton", "direct")],
    ),
    "organisation and role before the name, name first": (
        ["“We see them every night,” Border Patrol agent Luis Ortega said."],
        [(0, "We see them every night,", "Luis Ortega", "direct")],
    ),
    "British style with a plural possessive inside": (
        ["‘The smugglers’ trucks were gone by dawn,’ said Inspector James Holt."],
        [(0, "The smugglers’ trucks were gone by dawn,", "James Holt", "direct")],
    ),
    "British style with double quotes nested": (
        ["Kemi Badenoch, the Conservative leader, said: ‘They said “no new taxes” and broke "
         "that promise.’", "The prime minister said the plan would ‘change lives’."],
        [(0, "They said “no new taxes” and broke that promise.", "Kemi Badenoch", "direct")],
    ),
    "she finds the woman named before, not the last man": (
        ["Jennifer Allen met the commander. She called his plan risky.",
         "Capt. Eduardo Peña, a veteran, disagreed with her.",
         "“There’s so much potential for corruption,” she said."],
        [(2, "There’s so much potential for corruption,", "Jennifer Allen", "direct")],
    ),
    "an unattributed quote after a sentence about a known person": (
        ["“It was a long flight,” said Dan Cole, who flew in with Ann Reyes.",
         "Reyes, who had been awake for a day, was tired. “I just want to sleep.”"],
        [(0, "It was a long flight,", "Dan Cole", "direct"),
         (1, "I just want to sleep.", "Ann Reyes", "direct")],
    ),
    "X told someone, then the quote": (
        ["Gov. Ann Richards told reporters: “We are not done yet.”"],
        [(0, "We are not done yet.", "Ann Richards", "direct")],
    ),
    "a role resolves to the person introduced with it": (
        ["Mayor Ruth Banks toured the site.", "“It is a disaster,” the mayor said."],
        [(1, "It is a disaster,", "Ruth Banks", "direct")],
    ),
    "a role nobody was introduced with stays unknown": (
        ["John Smith spoke first.",
         "“Nobody told us anything at all,” a spokeswoman for the agency said."],
        [(1, "Nobody told us anything at all,", None, "direct")],
    ),
    "two apostrophes as double marks, a third one nested": (
        ["''We are not leaving,'' said Mayor Ruth Banks. ''I told them, 'Not today.'''"],
        [(0, "We are not leaving,", "Ruth Banks", "direct"),
         (0, "I told them, 'Not today.'", "Ruth Banks", "direct")],
    ),
    "curly quotation nested in a straight one": (
        ['"The survey asked: “Do you trust the count?” Half said no," said Ann Reyes.'],
        [(0, "The survey asked: “Do you trust the count?” Half said no,", "Ann Reyes", "direct")],
    ),
    "curly quotation nested in a straight one running into the next paragraph": (
        ['"REYES: Well, this is an episode of “Shark Tank.” But it is serious.',
         '"COLE: It is."'],
        # (each turn's label names its speaker: session 10)
        [(0, "REYES: Well, this is an episode of “Shark Tank.” But it is serious.", "Reyes", "direct"),
         (1, "COLE: It is.", "Cole", "direct")],
    ),
    "a stray straight mark before a curly quotation is not an opener": (
        ['"The crowd kept chanting “We want more, we want more!”', "Then it was over."],
        [(0, "We want more, we want more!", None, "partial")],
    ),
    "a closer opening a paragraph is a misdirected opener": (
        ["” … what we learned is that words matter,” he said."],
        [(0, "… what we learned is that words matter,", None, "direct")],
    ),
    "a three-word fragment inside a sentence is a partial quote": (
        ["Mayor Ruth Banks condemned the test as “provocative and destabilizing” on Friday."],
        [(0, "provocative and destabilizing", "Ruth Banks", "partial")],
    ),
    "a two-word fragment with a compound is a partial quote": (
        ["Mayor Ruth Banks called the plan a “one-term promise.”"],
        [(0, "one-term promise.", "Ruth Banks", "partial")],
    ),
    "verb, role, then the name": (
        ["“It was a good day,” said the mayor, Ruth Banks."],
        [(0, "It was a good day,", "Ruth Banks", "direct")],
    ),
    # Session 10 (made-up sentences of each shape).
    "an article and one name in quotes is a title": (
        ["A revival of “The X-Men” was among the best-rated shows."],
        [],
    ),
    "a title opening with a number is a title": (
        ['The film, "12 Nights: The Story of the Harbor Strike," is based on a book.'],
        [],
    ),
    "a quotation whose closing mark was lost before the next one runs to it": (
        ["“We came to help,” Cole said. “We stayed for a week. “Then the rain came,” Cole said."],
        [(0, "We came to help,", "Cole", "direct"),
         (0, "We stayed for a week.", "Cole", "direct"),
         (0, "Then the rain came,", "Cole", "direct")],
    ),
    "a direction mark before a misdirected opener": (
        ["\u202a”We will rebuild the bridge by spring!” wrote Dana Holt."],
        [(0, "We will rebuild the bridge by spring!", "Dana Holt", "direct")],
    ),
    "a transcript's labels inside the quotation name each turn": (
        ["Part of the interview follows:",
         '"HOLT: Why did you leave the council?',
         '"REYES: Well, the vote was over and I had done my part.',
         '"But the work was not finished.',
         '"Ann Cole: It never is."'],
        [(1, "HOLT: Why did you leave the council?", "Holt", "direct"),
         (2, "REYES: Well, the vote was over and I had done my part.", "Reyes", "direct"),
         (3, "But the work was not finished.", "Reyes", "direct"),
         (4, "Ann Cole: It never is.", "Ann Cole", "direct")],
    ),
    "a page label or a title and subtitle inside the quotation is no speaker": (
        ['"UPDATE: The bridge reopened on Monday, officials said."',
         'She wrote "Harbor Lights: The Story of a Town, Told by Its People" in 2010.'],
        [(0, "UPDATE: The bridge reopened on Monday, officials said.", None, "direct")],
    ),
    "a work's title set off with its author is narrated, a passive's agent is not an author": (
        ['WEEKEND—"The Harbor Café to close at the end of May," by Times\' Dana Holt: "The café will close."',
         "The plan was “both costly and late” by any measure, Ann Lee said."],
        [(0, "The café will close.", None, "direct"),
         (1, "both costly and late", "Ann Lee", "direct")],
    ),
    "an outlet's name that is the surname of someone met before is that person, not after 'the'": (
        ["Mayor Tom Herald met the council.", "“We will rebuild,” Herald said.",
         "“The vote was close,” the Herald said of the count."],
        [(1, "We will rebuild,", "Tom Herald", "direct"),
         (2, "The vote was close,", None, "direct")],
    ),
    "the person of a town and its state": (
        ["Dana Holt of Lakeview, South Dakota says she thinks the mayor can win if he keeps “doing what he is doing.”"],
        [(0, "doing what he is doing.", "Dana Holt", "partial")],
    ),
    "an appositive never opens with a conjunction": (
        ["The plan went too far, angering farmers in North Dakota, and prompting charges that "
         "Ann Lee, for one, called “a reckless giveaway.”"],
        [(0, "a reckless giveaway.", "Ann Lee", "partial")],
    ),
    "a curly quotation nested in a curly one when the outer closes after it": (
        ["Dana Holt wrote, “We act even when “our side” is wrong. That is the test.” The post spread.",
         "“We will win, Holt said. “Then we go home.”"],
        [(0, "We act even when “our side” is wrong. That is the test.", "Dana Holt", "direct"),
         (1, "We will win, Holt said.", "Dana Holt", "direct"),  # (no closer after: not nested)
         (1, "Then we go home.", "Dana Holt", "direct")],
    ),
    "a place before commas, the titled person or the subject before the verb speaks": (
        ["At a rally in Portsmouth, N.H., on Tuesday, Senator Ann Lee of Vermont endorsed Mr. Hart, "
         "saying that he would ''make an outstanding mayor.''",
         "Tuesday at a college in Berea, OH, after winning Ohio, Gov. Tom Hale (R-OH), said, “We go west.”",
         "“We will win,” Cole, Ann Arbor mayor, said.",
         "Holt, New Jersey’s sitting governor, repeated that Hart recites the same points, calling him "
         "a “talented guy” when required to “deliver a speech, read a teleprompter.”"],
        [(0, "make an outstanding mayor.", "Ann Lee", "partial"),
         (1, "We go west.", "Tom Hale", "direct"),
         (2, "We will win,", "Cole", "direct"),
         (3, "deliver a speech, read a teleprompter.", "Holt", "partial")],
    ),
    "a headline's verb ends the name before it; 'an angry X' tags a quote": (
        ["Dana Holt Says Town Will Rebuild.", "“Our town will always be our town,” an angry Holt retaliated."],
        [(1, "Our town will always be our town,", "Dana Holt", "direct")],
    ),
    "time adjuncts and prepositions are no objects or roles in a tag": (
        ["Ann Lee met Tom Hart.", "“We are here,” Hart shot back with a laugh.",
         "Lee added about Hart: “He is a friend.”",
         "“We mourn them,” Lee tweeted the day after the storm."],
        [(1, "We are here,", "Tom Hart", "direct"),
         (2, "He is a friend.", "Ann Lee", "direct"),
         (3, "We mourn them,", "Ann Lee", "direct")],
    ),
    "a paragraph ending in a colon introduces the quotation after it": (
        ["Ann Cole met Tom Hart in May.", "Stated Cole:", "“We are not leaving this town.”",
         "Tom Hart issued the following statement:", "“The council has done its work.”",
         "The Lakeside Times reports:", "“The vote was close.”"],
        [(2, "We are not leaving this town.", "Ann Cole", "direct"),
         (4, "The council has done its work.", "Tom Hart", "direct"),
         (6, "The vote was close.", None, "direct")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hard_cases(name):
    paragraphs, expected = CASES[name]
    assert quotes_of(paragraphs) == expected


def test_scare_quote_words_stay_in_the_narration():
    [spans] = find_quotes(["Treviño plans to set up two “mirror” bases for his officers."])
    text = "Treviño plans to set up two “mirror” bases for his officers."
    assert spans == [Span(text, start=0, end=len(text))]


def test_nested_quotation_is_reported():
    [spans] = find_quotes(["“He said: 'The bad guys shot at me.’ He was calm,” Pacheco said."])
    assert spans[0].nested == ("The bad guys shot at me.",)


def test_block_quotation_is_one_quote_of_the_speaker_introduced_before():
    paragraphs = ["In her letter, Judge Amy Walsh wrote:",
                  "“The court cannot ignore what happened. It will not.”",
                  "The letter was released Monday."]
    spans = find_quotes(paragraphs, blockquotes=[False, True, False])
    assert spans[1] == [Span("The court cannot ignore what happened. It will not.", True,
                             "Amy Walsh", kind="block", start=1, end=52)]
    assert not any(s.quote for s in spans[0] + spans[2])


def test_empty_paragraphs_give_no_spans():
    assert find_quotes(["", "  "]) == [[], []]


# --- Properties -------------------------------------------------------------------------

PIECES = st.sampled_from([
    "“", "”", '"', "'", "‘", "’", " ", ", ", ". ", "said ", "he said", " Peña said. ",
    "There’s", "’90s", "rock ’n’ roll", "Cmdr. Armando Treviño", "according to ", ": ",
    "We are", "the ", "mirror", "a", "B", "\n", "«", "»", "„", "''", "'''", "=",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


def check_invariant(paragraph: str, spans: list[Span]) -> None:
    pos = 0
    for s in spans:
        assert s.start >= pos and s.end >= s.start
        assert paragraph[s.start:s.end] == s.text
        gap = paragraph[pos:s.start]
        assert not any(ch.isalnum() for ch in gap), (gap, spans)
        pos = s.end
    assert not any(ch.isalnum() for ch in paragraph[pos:])


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_no_character_is_lost_or_duplicated(paragraphs):
    for paragraph, spans in zip(paragraphs, find_quotes(paragraphs), strict=True):
        check_invariant(paragraph, spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=3), st.lists(st.booleans(), max_size=3))
def test_block_quotations_keep_every_character(paragraphs, blocks):
    for paragraph, spans in zip(paragraphs, find_quotes(paragraphs, blockquotes=blocks), strict=True):
        check_invariant(paragraph, spans)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_only_marks_and_punctuation_are_removed(paragraph):
    [spans] = find_quotes([paragraph])
    kept = "".join(s.text for s in spans)
    # Every letter and digit survives once, in order.
    assert [c for c in kept if c.isalnum()] == [c for c in paragraph if c.isalnum()]
    # Nothing but quotation marks, whitespace and punctuation is dropped.
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    dropped = {paragraph[i] for i in range(len(paragraph)) if i not in covered}
    assert all(ch in QUOTE_MARKS or not ch.isalnum() for ch in dropped)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["“", "”", '"', "'", "‘", "’", None])),
                max_size=12))
def test_real_article_with_marks_added_or_removed_keeps_every_character(corpus, edits):
    import re

    from conftest import REFERENCE

    paragraphs = re.split(r"\n\s*\n", REFERENCE.read_text(encoding="utf-8"))[5:45]
    text = "\n\n".join(paragraphs)
    for where, mark in edits:
        i = int(where * len(text))
        if mark is None:  # remove the nearest quotation mark at or after i
            j = next((k for k in range(i, len(text)) if text[k] in QUOTE_MARKS), None)
            text = text if j is None else text[:j] + text[j + 1:]
        else:
            text = text[:i] + mark + text[i:]
    paragraphs = re.split(r"\n\s*\n", text)
    for paragraph, spans in zip(paragraphs, find_quotes(paragraphs), strict=True):
        check_invariant(paragraph, spans)


def test_a_subheading_all_in_quotation_marks_is_read_by_the_narrator():
    [heading, body] = find_quotes(["“We will rebuild every house”", "“We will,” said Ruth Banks."],
                                  headings=[True, False])
    assert heading == [Span("“We will rebuild every house”", start=0, end=29)]
    assert [s.text for s in body if s.quote] == ["We will,"]


def test_a_markdown_subheading_in_quotes_is_no_quote_line():
    from audioed.read import parse
    from audioed.script import build_script

    text = ("# Storm hits the coast\n\nThe storm reached the coast on Monday night and flooded "
            "the harbour road before dawn, officials said.\n\n## “We will rebuild every house”\n\n"
            "“We will rebuild every house on this street,” Mayor Ruth Banks said on Tuesday "
            "morning at the town hall.\n")
    script = build_script(parse(text, fmt="markdown"))
    quotes = [line.text for _, line in script.lines() if line.role == "quote"]
    assert quotes == ["We will rebuild every house on this street,"]


def test_markup_attribute_values_are_not_quotations():
    [spans] = find_quotes(['<tweet author=" the rate is high" date="May 2">Ann Reyes said '
                           '“the rate is 51 percent.”</tweet>'])
    assert [s.text for s in spans if s.quote] == ["the rate is 51 percent."]
