"""Session 21 (frun12): a post's tag line under a flattened story ends the story's run; a writer's box,
teasers or a comment form under the tags are not read, though their prose outweighs the line. A tag line
with most of the story's prose below it, or a sentence that only opens like one, ends nothing."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact", "Imprint"]
BOX = ["Lea Moser", "Reporter, city desk",
       "Lea Moser has covered the waterfront and its ferries for the paper since 2012, after ten years as a "
       "reporter on the island's weekly, and she lives on the quay with her family and two dogs."]
TEASERS = ["01.01.2022 - Harbor Fares rise at the marina The marina's owners raised the mooring fees for the "
           "summer season, saying that the cost of dredging the basin had doubled since the last increase.",
           "13.12.2021 - Harbor New pier for the island The island council approved a second pier on the "
           "north shore, where the old ferry used to land before the storm destroyed the landing stage."]


def test_what_follows_the_tags_is_not_read():
    tags = "Topics: Ferries, Harbor, Island"
    got = kinds(page(HEAD, STORY, MORE, [tags], BOX, TEASERS, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[BOX[2]] != "paragraph"
    assert all(got[t] != "paragraph" for t in TEASERS)


def test_a_filed_under_line_after_the_story_is_not_read():
    line = "Filed under ferries , harbor commission."
    got = kinds(page(HEAD, STORY, MORE, [line, "SHARE THIS ARTICLE:", "Click to share on Facebook"], FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    assert got[line] != "paragraph"


def test_tags_above_most_of_the_story_end_nothing():
    # (a post's categories printed under its headline, the whole story below them)
    got = kinds(page(HEAD, ["Categories: Harbor, Island"], STORY[:1], STORY[1:], MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_sentence_opening_like_a_label_is_the_storys():
    line = "More on that later, the commission's chairwoman told reporters after the vote on Tuesday evening."
    got = kinds(page(HEAD, STORY, [line], MORE, FOOT))
    assert all(got[p] == "paragraph" for p in STORY + MORE + [line])
