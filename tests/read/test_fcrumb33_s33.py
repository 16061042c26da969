"""A breadcrumb's or a section's line is not climbed to over the best-scoring headline (session 33, fcrumb33:
read/masthead.py `_off_trail`): the steps after the score climb from the headline to a kicker-like line above
it, and "NewsFlash Home | More Washington News" looks like one when it shares the story's words. Made-up page;
docs/reading.md "A breadcrumb climbed to over the headline, session 33"."""

from audioed.read import masthead as M
from audioed.read import parse
from audioed.read.build import RawBlock

HEADLINE = "Justices appear ready to back voter ID rule"
STORY = [
    "WASHINGTON (AP) — The Supreme Court heard arguments on Wednesday over an Indiana law that asks voters to "
    "show a photo card before they cast a ballot in Washington and elsewhere.",
    "The justices seemed split along familiar lines, with several of them asking how often voters in Indiana had "
    "been turned away at the polls.",
    "Lawyers for the state told the court that the law guards against fraud and that nearly every voter in Indiana "
    "already carries the card it asks for.",
    "Opponents said the rule falls hardest on elderly and poor voters, who are least likely to drive and so least "
    "likely to hold a license.",
    "More than 20 states ask for some form of identification at the polls. A decision in the case is expected by "
    "late June, in time for the elections in November.",
]


def _page(trail: str) -> str:
    return "\n\n".join(["|", trail, HEADLINE, "1/10/2008, 3:50 a.m. EST", "By MARK SHERMAN",
                        "The Associated Press", *STORY]) + "\n"


def test_a_trail_over_the_headline_is_not_the_title():
    # Without the rule the headline climbs to the trail (it scores over 0.4 of the headline).
    assert parse(_page("NewsFlash Home | More Washington News"), fmt="text").title == HEADLINE


def _blocks(head: str):
    raw = [RawBlock(t) for t in ["|", "NewsFlash Home | More Washington News", head, "1/10/2008, 3:50 a.m. EST",
                                 "By MARK SHERMAN", "The Associated Press", *STORY]]
    kinds = ["chrome", "paragraph", "paragraph", "paragraph", "byline", "paragraph"] + ["paragraph"] * len(STORY)
    return raw, kinds, (6, len(raw) - 1)


def test_the_steps_climb_to_the_trail_and_the_rule_takes_the_best_line_back():
    raw, kinds, span = _blocks(HEADLINE)
    assert M._headline_above(raw, kinds, span) == 1  # the climb the rule undoes
    assert M.headline_above(raw, kinds, span) == 2


def test_a_separator_in_the_best_line_too_keeps_the_steps_pick():
    # Both lines read as a title's form ("Story | Section"): the rule says nothing.
    raw, kinds, span = _blocks(HEADLINE + " | Politics")
    assert max(M.headline_scores(raw, kinds, span))[1] == 2
    assert M.headline_above(raw, kinds, span) == 1
