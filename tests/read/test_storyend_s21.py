"""Session 21 (fendml): a learned story end (audioed/read/storyend.py). Under a flattened story, the
last narrated lines shaped as furniture (short exclamations, an invitation, no story words) are not
heard; the story above is, and so is a short closing line of the story's own."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read import storyend

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]


def test_the_model_is_shipped_without_corpus_text():
    model = storyend._model()
    assert model and set(model["weights"]) <= set(storyend.FEATURES) and 0 < model["threshold"] < 1


def test_a_newsletter_invitation_under_the_story_is_not_heard():
    tail = ["Was this article helpful?", "Yes, very!", "Not really!", "Harbor Commission Ferry Schedule Island Quay!",
            "Newsletter!", "Stay up to date!"]
    got = kinds(page(HEAD, STORY, MORE, tail, FOOT))
    assert got["Newsletter!"] != "paragraph" and got["Stay up to date!"] != "paragraph"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_short_closing_line_of_the_story_is_heard():
    got = kinds(page(HEAD, STORY, MORE, ["Good night and good luck!"], ["Share this article:"], FOOT))
    assert got["Good night and good luck!"] == "paragraph"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_no_cut_without_a_story_run():
    assert storyend.story_end([], [], None) is None


def test_the_run_scores_passed_along_give_the_same_features():
    # (second round: the build passes the scores its run was found with, not computed again)
    from audioed.read.build import RawBlock
    from audioed.read.story import block_scores, story_span

    tail = ["Was this article helpful?", "Yes, very!", "Newsletter!", "Stay up to date!"]
    raw = [RawBlock(t) for t in page(HEAD, STORY, MORE, tail, FOOT).split("\n\n")]
    kinds_ = ["paragraph"] * len(raw)
    span = story_span(raw)
    assert storyend.candidates(raw, kinds_, span, block_scores(raw)) == storyend.candidates(raw, kinds_, span)
