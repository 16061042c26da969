"""The learned story start (read/storystart.py): short furniture narrated over the story's first sentence
is not heard; a date line over the lede and a recipe's amounts over what they measure are."""

from audioed.read import storystart
from audioed.read.build import RawBlock

MENU = ["Home", "News", "Sport", "Contact"]
HEADLINE = "Council votes to rebuild the old stone bridge"
STORY = [
    "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that "
    "had lasted for almost three years.",
    "Engineers had warned that the bridge, built in 1887, could no longer carry delivery trucks safely, and "
    "the detour added twenty minutes to many trips.",
    "The work will begin in the spring and should take about eighteen months, the council said in a statement.",
    "Residents who spoke at the meeting were mostly in favour, although some asked that the stones be reused.",
]


def start(lead: list[str], stamp: list[str] = ()) -> tuple[list[str], list[str]]:
    """The model's (blocks heard, blocks dropped) over a page whose rules narrate `lead` over a stamp left
    unheard and the story."""
    texts = MENU + [HEADLINE] + lead + list(stamp) + STORY + ["About us", "Privacy"]
    kinds = ["chrome"] * len(MENU) + ["title"] + ["paragraph"] * len(lead) + ["chrome"] * len(stamp) \
        + ["paragraph"] * len(STORY) + ["chrome", "chrome"]
    raw = [RawBlock(t) for t in texts]
    first = len(MENU) + 1
    add, drop = storystart.story_start(raw, kinds, (first, first + len(lead) + len(STORY) - 1))
    return [texts[i] for i in add], [texts[i] for i in drop]


def test_a_label_narrated_over_the_first_sentence_is_not_heard():
    # (a "skip to content" anchor under the headline, the time stamp under it left unheard by the rules)
    assert start(["Main content"], ["Updated: 20 April 2020, 14:57"]) == ([], ["Main content"])


def test_a_date_line_over_the_lede_is_heard():
    assert start(["Sunday, May 28, 2006"]) == ([], [])  # (Wikinews opens its stories so)


def test_amounts_over_what_they_measure_are_heard():
    assert start(["1/4", "cup butter", "1", "can crushed pineapple", "2", "eggs"]) == ([], [])


def test_the_story_opening_with_prose_keeps_it():
    assert start([]) == ([], [])
