"""A list of other stories' links over the story, each a bulleted headline closed by when it ran ("• Federer rolls
Down Under 1/15/2008, 3:19 p.m. EST"), is a teaser list, not the story: its items no longer score as prose, so the
story's run, its headline and what is heard start at the story (session 48, branch fstamp48; read/story.py
`_story_score`, `_STAMP_END`). Every page here is made up."""

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, narrated, page

SECTIONS = ["AP SPORTS", "Real-Time Island and National Ferry News", "FERRY CATEGORIES", "Island Ferries",
            "Harbor Boats", "Fares"]
TEASERS = []
for label, heads in (("HARBOR", ["Harbor commission delays the vote on new quay lights",
                                 "Island school asks for an earlier morning boat again"]),
                     ("FARES", ["Commuters split over the plan for weekend fare passes",
                                "Fuel costs could raise ferry fares again in the autumn"]),
                     ("BOATS", ["Two leased boats will join the island fleet in June",
                                "Old ferry retires after forty years on the island route"])):
    TEASERS += [label] + [f"• {h} 1/15/2008, {n}:24 p.m. EST" for n, h in enumerate(heads, 3)] + [f"MORE {label} »"]
HEAD = [TITLE, "1/10/2008, 6:07 a.m. EST", "By ANA RUIZ", "The Associated Press"]


def test_a_stamped_teaser_list_over_the_story_is_not_heard():
    text = page(SECTIONS, TEASERS, ["ADVERTISEMENT"], HEAD, STORY, MORE)
    got = narrated(text)
    assert not any("1/15/2008" in line or line.startswith("MORE ") for line in got)
    assert got[0] == STORY[0]


def test_the_headline_under_a_stamped_teaser_list_is_the_title():
    text = page(SECTIONS, TEASERS, ["ADVERTISEMENT"], HEAD, STORY, MORE)
    assert parse(text, fmt="text").title == TITLE
