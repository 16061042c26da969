"""A made-up local news story, the prose that the flattened-page tests surround with menus,
teasers, footers and comments (tests/read/test_flattened.py, tests/read/test_masthead.py)."""

STORY = [
    "The harbor commission voted on Tuesday to double the number of ferry crossings to the island, ending a "
    "dispute that had divided the waterfront for three years.",
    "Commuters had complained for months that the morning boats were full before they reached the second pier, "
    "and the commission's own count showed crowds at every crossing.",
    "The new schedule starts in June, when two leased boats join the fleet, the commission said in a statement.",
    "Fares will not change this year, although the commission warned that fuel costs could force a rise in the "
    "autumn if prices keep climbing.",
]
