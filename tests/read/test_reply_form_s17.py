"""Session 17 (frun8): a comment form follows the story in flattened text (audioed/read/story.py,
`_above_reply_form`): a run found below the form (a tag cloud, a sidebar's blurbs) is not the story
when a short post stands above the form."""

from flat_page import kinds, page

from audioed.read.build import RawBlock
from audioed.read.story import story_span

MENU = ["Home", "About", "Archive", "Contact"]
TITLE = ["A Walk Along the Old Canal"]
POST = ["We walked the old canal path from the lock to the mill on Sunday morning, and the herons were "
        "standing in the shallows as if they had been waiting for us all winter long.",
        "The path is muddy after the rain, so take boots and leave an hour more than you think you need."]
SHARE = ["Share this:", "Twitter", "Facebook", "Like this:", "Related"]
FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
        "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment."]
# a sidebar's tag cloud and its blurbs: more words than the post, none of them its story
CLOUD = ("canal walks birds herons locks mills rivers towpaths boots mud rain spring autumn winter summer bridges "
         "boats barges ducks swans footpaths maps pubs villages hills meadows woods orchards churches markets gardens "
         "lakes coast cliffs dunes beaches harbours islands valleys moors heather ridges peaks streams waterfalls "
         "castles abbeys ruins farms lanes stiles gates hedges picnics flasks sandwiches dogs kites tents stars")
SIDEBAR = ["Tags", CLOUD, CLOUD.upper(), "Recent walks",
           "The ridge path above the valley is the best walk in the county when the heather is out in August.",
           "Our guide to the coast path covers every stage from the harbour to the lighthouse, with maps."]


def test_a_run_below_the_comment_form_is_not_the_story():
    blocks = MENU + TITLE + POST + SHARE + FORM + SIDEBAR
    span = story_span([RawBlock(x) for x in blocks])
    assert span is not None and span[0] <= blocks.index(POST[0]) and span[1] < blocks.index(FORM[0]), span
    got = kinds(page(MENU, TITLE, POST, SHARE, FORM, SIDEBAR))
    assert all(got[x] == "paragraph" for x in POST)
    assert got[CLOUD] != "paragraph"


def test_a_form_with_no_comment_header_is_no_reply_form():
    # a newsletter box's fields: the run below it stays the story
    box = ["Get our newsletter", "Name *", "Email *", "Sign up"]
    blocks = MENU + TITLE + POST[1:] + box + POST + SIDEBAR[4:]
    span = story_span([RawBlock(x) for x in blocks])
    assert span is not None and span[0] > blocks.index("Sign up"), span
