"""A made-up local news story, the prose that the flattened-page tests surround with menus,
teasers, footers and comments (tests/read/test_flattened.py, test_masthead.py, test_furniture.py,
test_lede.py, test_tail.py...), and the helpers that lay such a page out and read it."""

from audioed.read import parse
from audioed.script import build_script

STORY = [
    "The harbor commission voted on Tuesday to double the number of ferry crossings to the island, ending a "
    "dispute that had divided the waterfront for three years.",
    "Commuters had complained for months that the morning boats were full before they reached the second pier, "
    "and the commission's own count showed crowds at every crossing.",
    "The new schedule starts in June, when two leased boats join the fleet, the commission said in a statement.",
    "Fares will not change this year, although the commission warned that fuel costs could force a rise in the "
    "autumn if prices keep climbing.",
]

TITLE = "Ferry Crossings to Double After Harbor Vote"
MENU_AND_TITLE = ["Sections", "Home", "World News", "Business News", "Opinion Pages", TITLE]
# A longer story: the rules that look at the story's end need prose above it.
MORE = [
    "Island businesses welcomed the decision, saying that the crowded boats had kept weekend visitors away from "
    "the shops along the old quay for two summers in a row.",
    "The commission will review the schedule again next spring, once it has a full season of passenger counts "
    "to compare with the three years before the vote.",
    "Shop owners on the quay said they would extend their opening hours in June to meet the later boats, and "
    "two cafes plan to open on Sunday mornings for the first time since the old schedule began.",
    "The island's school, whose teachers commute from the mainland, asked the commission to keep the earliest "
    "crossing at its present time so that classes can start before nine.",
]


def page(*parts):
    """Flattened page text: each part a list of blocks, blocks apart by a blank line."""
    return "\n\n".join(x for part in parts for x in part)


def kinds(text):
    """Each block's text -> the kind the reader gives it ("paragraph", "chrome", ...)."""
    return {b.text: b.kind for b in parse(text, fmt="text").blocks}


def narrated(text):
    """The lines a listener hears of a flattened text, without the tool's own intro and outro."""
    return [line.text for _, line in build_script(parse(text, fmt="text")).lines() if line.role not in ("intro", "outro")]
