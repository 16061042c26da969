"""Where a flattened story starts, session 20 (read/headers.py, read/furniture.py): an author box's
list of the writer's other stories under the byline ("Jo Lee's Most Recent Stories") is a link list,
and a linked title may open with a quotation mark. Made-up pages."""

from audioed.read import parse
from audioed.script import build_script
from flat_page import MENU_AND_TITLE, STORY, kinds, page

TITLES = ["Council Delays Vote on the New Marina Until Spring",
          "Why the Old Lighthouse Keeper Still Counts the Boats",
          "‘We Had No Choice’: Fishermen Explain the Harbor Strike"]


def _first_body_line(text):
    script = build_script(parse(text, fmt="text"))
    return next(ln.text for s in script.sections for ln in s.lines if ln.role not in ("intro", "outro"))


def test_an_author_box_list_under_the_byline_is_not_heard():
    text = page(MENU_AND_TITLE, ["By", "Jo Lee", "Staff Writer", "Jo Lee's Most Recent Stories"], TITLES,
                ["View All", "Facebook", "Twitter"], STORY)
    got = kinds(text)
    assert all(got[t] == "chrome" for t in TITLES)
    assert _first_body_line(text).startswith(STORY[0][:40])


def test_a_linked_title_may_open_with_a_quotation_mark():
    from audioed.read.furniture import link_shaped
    assert link_shaped(TITLES[2]) and link_shaped("“Never Again,” Says the Harbor Master")
    assert not link_shaped("“we had no choice,” the fisherman said.")
