"""Quotation and speaker shapes of session 13 (issue 18: text we have not tuned on). Made-up
sentences, one case per rule (docs/reading.md "Quotations on text we have not tuned on, session 13");
each case failed before its rule."""

from __future__ import annotations

import pytest

from test_quotes import quotes_of

# Each case: paragraphs, then the quote spans expected (paragraph, text, speaker, kind).
CASES = {
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
def test_unseen_shapes(name):
    paragraphs, expected = CASES[name]
    assert quotes_of(paragraphs) == expected
