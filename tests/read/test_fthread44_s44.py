"""A long comment thread under a short story (read/tail.py `mark_titled_threads`, read/story.py `_REPLY`):
session 44 (branch fthread44). A blog engine titles its thread with the post's headline in quote marks ("59
Comments on “Title”"); a thread longer than the story above it had outweighed the title's guard, and every
comment was read. A stamped reader's post closed by a button naming whom it answers ("Reply to Jane") was
no post, so its prose was the story's. Every page here is made up."""

import pytest

from flat_page import MENU_AND_TITLE, MORE, STORY, TITLE, kinds, page

HEAD = MENU_AND_TITLE + ["Posted on June 3, 2025 by Ana Ruiz"]
FOOTER = ["Leave a Reply", "Your email address will not be published.", "Privacy Policy"]
NAMES = ["Emma", "Chris S", "Max Battcher", "Pete Lowry", "Travis Butler", "Kent Bunn"]
REPLIES = [
    "We take the first boat every morning and it has been full since March, so the two leased boats cannot come "
    "soon enough for those of us who work on the mainland and have been late twice a week all spring.",
    "I hope the commission keeps the fares where they are, because the island's families already pay more for "
    "the crossing than anyone on the mainland pays for a month of buses, and a rise in the autumn would hurt.",
    "The second pier has needed a proper shelter for years; doubling the crossings without one means twice as many "
    "people standing in the rain, and nobody at the commission seems to have thought about that at all.",
    "My shop on the quay lost half its weekend trade two summers running because visitors gave up on the crowded "
    "boats, so I am glad, but I will believe the June start date when I see the new boats at the pier.",
    "Does anyone know whether the late boats will run on Sundays too? The statement only talks about weekdays, and "
    "the school's request about the earliest crossing is not answered anywhere in the article or the schedule.",
    "Thirty years on the island and I have never seen the commission move this fast; someone must have finally "
    "counted the people left behind at the second pier on a Monday morning in July.",
]


def thread(title, stamp=True, button=None):
    """A thread under its title: each reader's name, the post's date and time, the post, a reply button."""
    posts = []
    for k, (name, text) in enumerate(zip(NAMES, REPLIES)):
        posts += [name] + ([f"June {k + 4}, 2025 at {k + 1}:15 pm"] if stamp else []) + [text]
        posts += [button.format(name=name)] if button else []
    return [title] + posts


@pytest.mark.parametrize("title", [f"6 Comments on “{TITLE}”", f"6 thoughts on “{TITLE}”",
                                   f"One thought on “{TITLE}”", f"6 Responses to “{TITLE}”",
                                   f"6 Kommentare zu „{TITLE}“", f"6 réflexions sur « {TITLE} »"])
def test_a_long_thread_titled_with_the_headline_is_not_read(title):
    # the readers' prose outweighs the story's: the title's quote of the headline ends the story
    text = page(HEAD, STORY, MORE, ["Share:", "Facebook", "Email"], thread(title), FOOTER)
    got = kinds(text)
    assert all(got[r] == "chrome" for r in REPLIES)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_thread_title_quoting_another_post_ends_nothing():
    # (a teaser of another post's thread, quoting a title the page does not print, is no thread of this story's)
    other = "6 thoughts on “Ferries of the Northern Isles”"
    text = page(HEAD, STORY[:2], [other], STORY[2:], MORE)
    got = kinds(text)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_thread_title_above_the_story_ends_nothing():
    # a count quoting the headline by the byline, over the story: the story is still read
    text = page(MENU_AND_TITLE, [f"6 Comments on “{TITLE}”", "By Ana Ruiz"], STORY, MORE)
    got = kinds(text)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


@pytest.mark.parametrize("button", ["Reply to {name}", "reply to comment", "Reply to this comment"])
def test_stamped_posts_closed_by_a_reply_naming_whom_it_answers_are_not_read(button):
    # no title names the thread (a bare count) and it is longer than the story: the posts are known by their
    # stamps and reply buttons
    text = page(HEAD, STORY, ["6 Comments"], thread("Reader Comments", button=button)[1:], FOOTER)
    got = kinds(text)
    assert all(got[r] == "chrome" for r in REPLIES)
    assert all(got[p] == "paragraph" for p in STORY)


def test_a_subheading_answering_someone_is_still_read():
    # "Reply to ..." in a story with no stamped posts around it is the story's own line
    sub = "A Reply to the Critics"
    text = page(HEAD, STORY, [sub], MORE)
    got = kinds(text)
    assert got[sub] != "chrome" and all(got[p] == "paragraph" for p in STORY + MORE)
