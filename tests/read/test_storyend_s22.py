"""Session 22 (fendml4): the story end's cleanups. Sentences are counted with `prose.sentence_breaks` as
the weights were fitted on them (a block's sentences, not its breaks), and the shapes are computed for
the window's blocks only: a long page's features are those of the same tail under a short page."""

from flat_page import MENU_AND_TITLE, MORE, STORY, page

from audioed.read import storyend
from audioed.read.build import RawBlock
from audioed.read.story import story_span

TAIL = ["The commission meets again in May. Its minutes are online.", "Newsletter", "Stay up to date!"]


def _features(blocks):
    raw = [RawBlock(t) for t in page(blocks).split("\n\n")]
    kinds = ["paragraph"] * len(raw)
    return {raw[i].text: f for i, f in storyend.candidates(raw, kinds, story_span(raw))}


def test_a_block_counts_its_sentences_not_its_breaks():
    got = _features(MENU_AND_TITLE + STORY + MORE + TAIL)
    assert got[TAIL[0]]["sentences"] == 2 / 6
    assert got["Stay up to date!"]["sentences"] == 1 / 6
    assert got["Newsletter"]["sentences"] == 0.0


def test_the_window_shapes_do_not_depend_on_blocks_above_it():
    # (the shapes of the last blocks are computed for them alone; the story's prose above only counts
    # through the shares and the words already narrated)
    short = _features(MENU_AND_TITLE + STORY + MORE + TAIL)
    long = _features(MENU_AND_TITLE + STORY + STORY + MORE + TAIL)
    for k in ("sentence", "headline", "link", "sentences", "rest_sentence_share", "rest_headline_share"):
        assert short["Newsletter"][k] == long["Newsletter"][k]
