"""More hard cases for quotation detection and attribution (made-up sentences of each shape;
tests/script/test_quotes.py has the first table and the properties)."""

from __future__ import annotations

import pytest

from test_quotes import quotes_of


# Each case: paragraphs, then the quote spans expected (paragraph, text, speaker, kind).
CASES = {
    "an exclamation or a question in title case is said, a title with a subtitle is not": (
        ["Mayor Ann Lee thanked the crowd. She declared “What a Great Night!” and left.",
         "Tom Hart asked “Who Pays the Bill?” at the meeting.",
         "He starred in “Storm Town 2: Here We Go Again!” last year."],
        [(0, "What a Great Night!", "Ann Lee", "partial"),
         (1, "Who Pays the Bill?", "Tom Hart", "partial")],
    ),
    "a straight quotation nested in a straight one when the outer closes after it": (
        ['Tom Hart tweeted, "Reports say the driver shouted "Stop the bus!" as he drove off."',
         '"If a buyer walks in and says, "I want a thousand rounds," you might worry," Hart said.'],
        [(0, 'Reports say the driver shouted "Stop the bus!" as he drove off.', "Tom Hart", "direct"),
         (1, 'If a buyer walks in and says, "I want a thousand rounds," you might worry,', "Tom Hart",
          "direct")],
    ),
    "a title opening its sentence and running on into it is narrated": (
        ["“Harbor Lights Tonight” star Ann Lee spoke to fans on Monday.",
         "“The Long Winter” was nominated for an award.",
         "“We are ready,” Lee said. “Come Home Soon” was the show’s last episode."],
        [(2, "We are ready,", "Ann Lee", "direct")],
    ),
    "a one-word subject after an opening place phrase speaks, not the place": (
        ["Tom Hart met voters in May.",
         "Here in Lakeview, Hart stepped up his attacks on the plan, saying, “We will not stop.”"],
        [(1, "We will not stop.", "Tom Hart", "direct")],
    ),
    "the last speech verb introduces the quotation when it opens after 'that the'": (
        ["Ann Lee suggested that nobody can win, while Tom Hart said that the “risks are too high” "
         "for the town."],
        [(0, "risks are too high", "Tom Hart", "partial")],
    ),
    "more speech verbs: interjected, snapped, lamented": (
        ["Ann Lee said the plan was fine, to which Tom Hart interjected: “It is not.”",
         "“Enough,” Lee snapped.", "“We lost a year,” Hart lamented."],
        [(0, "It is not.", "Tom Hart", "direct"), (1, "Enough,", "Ann Lee", "direct"),
         (2, "We lost a year,", "Tom Hart", "direct")],
    ),
    "a quotation paragraph signed on the next line is the signer's": (
        ["Ann Lee and Tom Hart met for a debate on Monday.",
         '"We will cut taxes for every family in the town."', "- Tom Hart.",
         "The debate ran late into the night.", "- Dana Holt."],
        [(1, "We will cut taxes for every family in the town.", "Tom Hart", "direct")],
    ),
    "verb-first tags: any verb before a name and its town, 'Said X, who ..., “'": (
        ["“This is wonderful!” beamed Tom Hart of Lakeview, Ohio, who came early.",
         "The old house became a museum. Said Ann Lee, who grew up next door, “We were proud of it.”"],
        [(0, "This is wonderful!", "Tom Hart", "direct"), (1, "We were proud of it.", "Ann Lee", "direct")],
    ),
    "'telling X:' names the listener; a time between the subject and its speech verb": (
        ["Back in 1999, Tom Hart praised the mayor's skills, telling the Herald: “I wish I could do that.”",
         "Much of the anger went to the board, which Ann Lee on Wednesday called “a club of old friends.”"],
        [(0, "I wish I could do that.", "Tom Hart", "direct"), (1, "a club of old friends.", "Ann Lee", "partial")],
    ),
    "-ing speech verbs ('with X yelling:'), and a long opening clause before the subject": (
        ["At a rally in Lakeview on Saturday, some people pushed a protester, with Tom Hart "
         "reportedly yelling: “Get him out of here!”",
         "Speaking to the Lakeview Courier on Monday in Millbrook, which is set to host the county's "
         "second vote on Tuesday, Ann Lee referred to Hart as “a bright, charming leader” today."],
        [(0, "Get him out of here!", "Tom Hart", "direct"),
         (1, "a bright, charming leader", "Ann Lee", "partial")],
    ),
    "a compound's parts count in an inline fragment; 'need' is no past tense in a tag": (
        ['The grant will bring towns the "grass-roots firepower" they need to win, '
         'fund spokesman Tom Hart said.'],
        [(0, "grass-roots firepower", "Tom Hart", "direct")],
    ),
    "a person 'of' an organisation 'of' a place; a tag set off inside the sentence": (
        ["However, as Bishop Ann Lee of the Lutheran Synod of Millbrook told the Herald, “We have suffered.”",
         "The puzzle of the mayor, says Tom Hart, a historian at the Lakeview Library, is that he was "
         "“one of the most careful mayors in the state,” not a bold one.",
         "Hours later, Lee answered Hart, telling the Courier, “He is a friend.”"],
        [(0, "We have suffered.", "Ann Lee", "direct"),
         (1, "one of the most careful mayors in the state,", "Tom Hart", "partial"),
         (2, "He is a friend.", "Ann Lee", "direct")],
    ),
    "a name given with 'called', 'named' or 'dubbed' is no speaker": (
        ["The new ferry, called Sea Lark, will carry “up to two hundred people” across the bay.",
         "A youth club, called Lakeview Forward, has been “working hard for the young people of the town.”",
         "The old mill, named Stone Wheel, was “the heart of the valley” for a century.",
         "The plan, dubbed Green Streets, is “a start, not an end” for the council."],
        [(0, "up to two hundred people", None, "partial"),
         (1, "working hard for the young people of the town.", None, "partial"),
         (2, "the heart of the valley", None, "partial"),
         (3, "a start, not an end", None, "partial")],
    ),
    "a title-case quotation after a naming word ('titled', 'reading', 'chanting') is someone's words": (
        ["Ann Lee held up a sign reading “Hands Off Our Park” at the meeting.",
         "Tom Hart released a memo titled “The Facts on the Bridge.”",
         "Tom Hart said on “Morning Talk Today” that he would run.",
         "He starred in “The Long Winter Nights” last year.",
         "The new ferry, named “Sea Lark Two,” sails at noon.",
         "Ann Lee has called the mayor “The Queen of the Valley” for years."],
        [(0, "Hands Off Our Park", "Ann Lee", "partial"),
         (1, "The Facts on the Bridge.", "Tom Hart", "partial"),
         (5, "The Queen of the Valley", "Ann Lee", "partial")],
    ),
    "a work's title after 'read'/'reading' or a naming word about a work is nobody's words": (
        ["The banner read “Hands Off Our Park” at the meeting.",
         "Ann Lee read “The Old Man and the Sea” on the ferry.",
         "Tom Hart appeared on a show called “Meet the Press” on Sunday.",
         "Ann Lee wrote a book titled “The Art of the Deal” in the spring.",
         "Tom Hart is reading “War and Peace” this month.",
         "Critics have called the film “Sea of Love” a flop.",
         "The children were reading “War and Peace” in class.",
         "Outside, two men wore shirts that read “Vote for the Pier.”"],
        [(0, "Hands Off Our Park", None, "partial"), (7, "Vote for the Pier.", None, "partial")],
    ),
    "a crowd's chant is speech even in title case": (
        ["Outside the hall, marchers were chanting “We Want Water” at the gates."],
        [(0, "We Want Water", None, "partial")],
    ),
    "an appositive whose closing comma was lost: the person before it, not the organisation": (
        ["Ann Lee, president and CEO of Lakeside Savings Bank stated, “It is a math problem.”",
         "Tom Hart, who is chairman of the Valley Growth Fund said, “We will not stop.”"],
        [(0, "It is a math problem.", "Ann Lee", "direct"), (1, "We will not stop.", "Tom Hart", "direct")],
    ),
    "a title ends no name: 'said former Ohio Gov. and party Chairman X'": (
        ["“He is playing that role again,” said former Ohio Gov. and Lakeview Party Chairman Tom Hart."],
        [(0, "He is playing that role again,", "Tom Hart", "direct")],
    ),
    "a possessive before the role in a tag after the quotation: '“...,” his friend X said'": (
        ["Tom Hart was flying home from Lakeview.",
         "“He had so many plans,” his friend Ann Lee told the Courier.",
         "“He never gave up,” their neighbour Dana Holt said."],
        [(1, "He had so many plans,", "Ann Lee", "direct"), (2, "He never gave up,", "Dana Holt", "direct")],
    ),
    "a place after the sentence's opening preposition is no subject; the bare name between the commas is": (
        ["At Boca Lakes, where it costs new members a fortune to join, Jay Dee, the club’s president, "
         "suggested that the trouble came from “the business of selling houses.”"],
        [(0, "the business of selling houses.", "Jay Dee", "partial")],
    ),
    "initials are no capitalised word: 'CBC Chairman G.K. Lee of Ohio said'": (
        ["NFL Commissioner J.R. Hart of Lakeview said the plan was “a real step forward for the league.”"],
        [(0, "a real step forward for the league.", "J.R. Hart", "partial")],
    ),
    "a speech verb and a colon introduce the next quotation, not the one before": (
        ["After Ann Lee said that some students might do better at “less advanced schools,” Tom Hart "
         "said: “I do not like what she said.”",
         "“We will fight,” Dana Holt said: “and we will win.”"],
        [(0, "less advanced schools,", "Ann Lee", "partial"),
         (0, "I do not like what she said.", "Tom Hart", "direct"),
         (1, "We will fight,", "Dana Holt", "direct"), (1, "and we will win.", "Dana Holt", "direct")],
    ),
    "a verb and 'to' before the speech verb: 'X was prompted to say'": (
        ["Ann Lee turned tougher. “If we lose the vote, we lose the town,” Ms. Lee said.",
         "But the meeting was so calm that Tom Hart was prompted to say, “I cannot believe how civil it is.”"],
        [(0, "If we lose the vote, we lose the town,", "Ann Lee", "direct"),
         (1, "I cannot believe how civil it is.", "Tom Hart", "direct")],
    ),
    "'repeat' is a speech verb: the words it introduces are said even in title case": (
        ["At every stop, Ann Lee repeats, again and again, “Jobs For Every Town,” to the crowd."],
        [(0, "Jobs For Every Town,", "Ann Lee", "direct")],
    ),
    "past tenses in -eed after the name are verbs of a tag": (
        ["“We will build the bridge,” Tom Hart decreed.",
         "“Every family will get a seat,” Ann Lee guaranteed."],
        [(0, "We will build the bridge,", "Tom Hart", "direct"),
         (1, "Every family will get a seat,", "Ann Lee", "direct")],
    ),
    # session 13 (docs/reading.md "Quotations on text we have not tuned on, session 13")
    "a quotation paragraph with no tag goes on from the narrated paragraph's subject": (
        ["Ann Lee, a county planner, spoke to the council on Monday.",
         "Tom Hart asked about the cost.",
         "Lee is hopeful about the bridge, in part because she sees it as a link.",
         "“Not only can the town build it, it can build it this year.”"],
        [(3, "Not only can the town build it, it can build it this year.", "Ann Lee", "direct")],
    ),
    "a pronoun subject of the narrated paragraph before an untagged quotation": (
        ["Tom Hart spoke first.", "Mayor Ann Lee stood up after him.", "She pauses.",
         "“Well, thank you all so much for coming.”"],
        [(3, "Well, thank you all so much for coming.", "Ann Lee", "direct")],
    ),
    "a paragraph about a thing passes no speaker on": (
        ["Tom Hart spoke first.", "Ann Lee spoke next.", "The bridge is old and the town is small.",
         "“We cannot wait any longer for the state.”"],
        [(3, "We cannot wait any longer for the state.", None, "direct")],
    ),
    "a scare quote in a narrated sentence does not go on from the paragraph before": (
        ["Mayor Ann Lee has run the harbor commission since 2015.",
         "Citing the “dismal numbers from last summer,” the commission voted to add boats."],
        [(1, "dismal numbers from last summer,", None, "partial")],
    ),
    "a quotation after a narrated sentence of its own paragraph does not go on from the one before": (
        ["Mayor Ann Lee has run the harbor commission since 2015.",
         "The commission voted to add boats. “It is only a start for the island.”"],
        [(1, "It is only a start for the island.", None, "direct")],
    ),
    "an unknown speaker's tag ends the carried voice": (
        ["Mayor Ann Lee spoke at the meeting. Lee stayed to the end.",
         "“We are done listening to you,” a resident shouted from the back.",
         "“Shame on all of you!”"],
        [(1, "We are done listening to you,", None, "direct"),
         (2, "Shame on all of you!", None, "direct")],
    ),
    "a quotation in an opening participial phrase is the main clause's subject's": (
        ["Tom Hart spoke first.",
         "Citing the storms and their “dreams of an easy year for the town,” Ann Lee urged the council to act."],
        [(1, "dreams of an easy year for the town,", "Ann Lee", "partial")],
    ),
    "an 'as X put it' clause names the speaker": (
        ["Tom Hart spoke first.",
         "Or, as Ann Lee, a former planner, put it: “The bridge is already late.”",
         "As the Herald’s Rosa Diaz puts it, the mayor is making the council “an offer it cannot refuse.”"],
        [(1, "The bridge is already late.", "Ann Lee", "direct"),
         (2, "an offer it cannot refuse.", "Rosa Diaz", "partial")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hard_cases(name):
    paragraphs, expected = CASES[name]
    assert quotes_of(paragraphs) == expected


def test_same_style_close_needs_the_paragraph():
    """Its straight-mark branch reads the paragraph around each mark; there is no default
    to read from (an empty one would fail with an IndexError deep inside)."""
    from audioed.script.quote_marks import _same_style_close
    with pytest.raises(TypeError):
        _same_style_close([(0, 1, '"'), (5, 1, '"'), (9, 1, '"')], 0, '"')
