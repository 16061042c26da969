"""A long comment thread under a short story (read/tail.py `mark_titled_threads`, read/story.py `_REPLY`):
session 44 (branch fthread44). A blog engine titles its thread with the post's headline in quote marks ("59
Comments on “Title”"); a thread longer than the story above it had outweighed the title's guard, and every
comment was read. A stamped reader's post closed by a "reply to comment" button was no post, so its prose was
the story's. Every page here is made up; the last four are a reviewer's shapes the first form got wrong."""

import pytest

from audioed.read import parse
from flat_page import MENU_AND_TITLE, MORE, STORY, TITLE, kinds, page

HEAD = MENU_AND_TITLE + ["Posted on June 3, 2025 by Ana Ruiz"]
FOOTER = ["Leave a Reply", "Your email address will not be published.", "Privacy Policy"]
RELATED = ["You may also like these posts", "Ferries of the Northern Isles", "Island Schools Start Later",
           "The Quay's New Cafes"]
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


def test_a_thread_title_above_the_story_ends_nothing():
    # a count quoting the headline by the byline, over the story: the story is still read
    text = page(MENU_AND_TITLE, [f"6 Comments on “{TITLE}”", "By Ana Ruiz"], STORY, MORE)
    got = kinds(text)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


@pytest.mark.parametrize("button", ["reply to comment", "Reply to this comment"])
def test_stamped_posts_closed_by_a_reply_to_comment_button_are_not_read(button):
    # no title names the thread (a bare count) and it is longer than the story: the posts are known by their
    # stamps and their reply buttons
    text = page(HEAD, STORY, RELATED, ["6 Comments"], thread("Reader Comments", button=button)[1:], FOOTER)
    got = kinds(text)
    assert all(got[r] == "chrome" for r in REPLIES)
    assert all(got[p] == "paragraph" for p in STORY)


def test_a_debates_rounds_headed_reply_to_someone_are_still_read():
    # (a stamped round headed "Reply to Professor ..." is no reader's post: only a button naming a comment is;
    # a reviewer's page, readers' thread and all. Its last two rounds are not read on main either: not done)
    art = parse("\n\n".join(DEBATE), fmt="text")
    got = {b.text: b.kind for b in art.blocks}
    assert art.title == DEBATE[7]
    opening = [DEBATE[12], DEBATE[13], DEBATE[14], DEBATE[17], DEBATE[18], DEBATE[19]]
    assert all(got[p] == "paragraph" for p in opening), opening


def test_a_count_quoting_the_headline_under_a_dek_ends_nothing():
    # a meta row's count quoting the headline, under a dek that opens the run: the story under it is read
    dek = ("Two leased boats, a new timetable and the same fares: what the harbor commission's vote means for the "
           "island's commuters this summer.")
    text = page(MENU_AND_TITLE, [dek, "Posted on June 3, 2025 by Ana Ruiz", f"4 Comments on “{TITLE}”"],
                STORY, MORE, FOOTER)
    got = kinds(text)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_card_quoting_another_posts_title_in_the_story_ends_nothing():
    # a related post's card inside the story, its title shown in the sidebar above too: not this story's thread
    other = "Ferries of the Northern Isles"
    text = page([other], MENU_AND_TITLE, ["By Ana Ruiz"], STORY, [other, f"12 Comments on “{other}”"], MORE,
                FOOTER)
    got = kinds(text)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


DEBATE = [
    'Skip to content',
    'Home',
    'News',
    'Opinion',
    'Culture',
    'About',
    'Subscribe',
    'Debate: Should Cities Ban Cars from Their Centres?',
    'By the Editors · 38 Comments',
    'Our weekly debate pits two researchers against each other over four rounds.',
    'Opening statement',
    'June 2, 2025 at 9:00 am',
    'Cities that ban private cars from their centres do not become ghost towns. Every serious study of '
    'the last twenty years finds that shops in car-free streets earn more, not less, once the first year '
    'is over.',
    'The fear of empty streets comes from the first months, when deliveries are being rearranged and '
    'regular customers are finding new routes. Councils that hold their nerve through that period see the'
    ' rewards.',
    'I propose that every city above half a million people close its historic core to private cars within'
    ' a decade, with exemptions for disabled drivers, deliveries before ten and emergency services.',
    'Reply to Professor Lindqvist',
    'June 3, 2025 at 10:30 am',
    "Professor Lindqvist's studies are real, but they are studies of rich cities with dense tram "
    'networks. In most mid-sized towns the bus is the only alternative, and it stops running at eight in '
    'the evening.',
    'Close the centre before the buses improve and you do not get a lively pedestrian street. You get a '
    'centre for the people who already live there, and a car-dependent ring of retail parks for everybody'
    ' else.',
    'My proposal is the reverse order: fund the buses first, for five years, and let the streets empty of'
    ' cars because people stop needing them, not because a sign tells them to stay away.',
    'Reply to Dr. Okafor',
    'June 4, 2025 at 2:15 pm',
    'Dr. Okafor is right that buses matter, but five years of waiting is how every reform in my lifetime '
    'has died. Councils change, budgets shrink, and the bus plan is quietly shelved by the next '
    'administration.',
    'A closure is a commitment that is hard to undo. Once the street is full of cafes and children, no '
    'new mayor will reopen it to traffic, and the bus money follows because it has to.',
    'Our disagreement is about order, not about goals. I suspect that in most towns the answer is to do '
    'both in the same budget, and to stop treating the bus and the closure as rivals.',
    'Closing reply to Lindqvist',
    'June 5, 2025 at 4:45 pm',
    'On that last point we agree, and I am glad the debate ended there. A closure with no buses is a gift'
    ' to those who already live downtown; buses with no closure are a subsidy for traffic jams.',
    'The readers who wrote to us this week made the same case better than either of us: do both, publish '
    'the numbers every year, and let the people who use the streets decide whether it worked.',
    'Share this debate',
    'Facebook',
    'Email',
    '38 Comments',
    'Marta Klein',
    'June 4, 2025 at 9:12 am',
    'We had the same problem with the rota in our garden and ended up with a whiteboard by the gate. It '
    'works, as long as somebody remembers to bring the pens back.',
    'Reply',
    'Dev Patel',
    'June 4, 2025 at 11:40 am',
    'Turning down the sponsor was the right call. Once a logo goes on the fence, every decision after '
    'that starts with what the sponsor will think about it.',
    'Reply',
    'Hannah O.',
    'June 5, 2025 at 7:03 pm',
    'Do you have any tips for dealing with plots whose keepers stop showing up halfway through the '
    'season? That is what is killing our garden right now.',
    'Reply',
    'Sam Whitaker',
    'June 6, 2025 at 8:30 am',
    'The flood-prone lot could still work if you plant in raised beds and keep the winter crops off it. '
    'We do that on the river meadow and lose almost nothing.',
    'Reply',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Comment',
    'Name *',
    'Email *',
    'Post Comment',
    'Privacy Policy',
    '© 2025 The Quay Review',
]
