"""The learned story start retrained with WCXB's pages (session 30, branch fml30): a lede the rules left
above the run, glued to its page's "Updated:" stamp and given a non-story kind, is heard; a call to
sign up and a photo's caption over the story are still not."""

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
LEDE = ("If you drive to work across the river, you may already know the old stone bridge well: its narrow lanes, "
        "its weight limit and the long queues that form on both banks every morning. Next spring that will "
        "change, and the town hopes the work will be over before the following winter.")


def heard_above(line: str, kind: str) -> list[str]:
    """The blocks the start model adds over a page whose rules narrate STORY with `line` (of `kind`) just
    above it, under the headline."""
    texts = MENU + [HEADLINE, line] + STORY + ["About us", "Privacy"]
    kinds = ["chrome"] * len(MENU) + ["title", kind] + ["paragraph"] * len(STORY) + ["chrome", "chrome"]
    first = len(MENU) + 2
    add, _ = storystart.story_start([RawBlock(t) for t in texts], kinds, (first, first + len(STORY) - 1))
    return [texts[i] for i in add]


def test_a_lede_glued_to_its_updated_stamp_is_heard():
    # (flattened text glues "Updated: <day>" to the first paragraph; the rules read the block as a credit)
    line = "Updated: December 9, 2024" + LEDE
    assert heard_above(line, "credit") == [line]


def test_a_call_to_sign_up_over_the_story_is_not_heard():
    assert heard_above("Sign up for our newsletter to get the best of the week in your inbox", "promo") == []


def test_a_photo_caption_over_the_story_is_not_heard():
    assert heard_above("The old stone bridge at dawn, seen from the north bank (photo, 12 March 2019)", "caption") == []
