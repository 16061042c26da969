"""Session 20 (frun11): the story's run on a page with little prose of its own. A tag cloud (a blog's
topics box, its links run together into one long line in alphabetical order) is a menu, not prose:
it no longer outweighs a short post above it. A long list in the writer's order is still read."""

from flat_page import MENU_AND_TITLE, STORY, kinds, page

from audioed.read import shapes

# a topics box: tags in alphabetical order, some of two words, run together without a stop
CLOUD = ('Allotments Aquarium Archive Art Beaches Boats Bridges Budget Buses Canals Charity Churches '
         'Climate Council Courts Culture Cycling Dockyards Education Elections Energy Environment '
         'Events Farming Ferries Festivals Fishing Food Gardens Harbor Health Heritage History '
         'Hospitals Housing Islands Jobs Libraries Lighthouses Markets Museums Music Night Life '
         'Parks Planning Police Ports Pubs Rail Recycling Rivers Roads Sailing Schools Shipping '
         'Shops Sport Students Taxes Theatre Tides Tourism Traffic Transport Volunteers Walking '
         'Water Weather Wildlife Winter Youth Clubs Zoning')
SIDEBAR = ["Share this:", "Facebook", "Twitter", "Like this:", "Leave a comment", "Topics"]


def test_a_tag_cloud_is_not_the_story():
    got = kinds(page(MENU_AND_TITLE, STORY[:1], SIDEBAR, [CLOUD], ["Archives", "Meta", "Log in"]))
    assert got[STORY[0]] == "paragraph"
    assert got[CLOUD] != "paragraph"


def test_the_shape_of_a_tag_cloud():
    assert shapes.tag_cloud(CLOUD)
    assert shapes.tag_cloud(CLOUD.lower())
    # the story's own words run on without a stop: not in order
    run_on = " ".join(STORY).replace(".", "").replace(",", "")
    assert not shapes.tag_cloud(run_on)
    # a roster in the writer's order (a state's insiders, a cast list): read
    roster = ("Ohio Jerry Austin Greg Beswick Matt Borges Erica Brown Dale Butland Ann Coleman Tom Davis "
              "Mike Dawson Jo Ellen Eaton Fred Farmer Greg Foster Sam Fulton Ken Gaines Lee Gordon Pat Grant "
              "Rob Green Ian Hale Amy Hart Bo Hill Jon Holt Kay Hunt Ned Ives")
    assert not shapes.tag_cloud(roster)
    assert not shapes.tag_cloud("Harbor Boats " * 5)  # short: under CLOUD_WORDS words
