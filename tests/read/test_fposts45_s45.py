"""A blog sidebar's list header is no author (read/byline.py `_NOT_NAME`): session 45 (branch fposts45). "Recent
Posts" and "Popular Posts", WordPress's widget headers, were read as a writer's name ("By Recent Posts, for ...")
when they stood under the headline or under an author box's label. Every page here is made up."""

from audioed.read import parse
from audioed.read.byline import name_shape
from flat_page import MORE, STORY, page

MENU = ["Menu", "Skip to content", "Work With Me", "Retreats", "Blog", "Contact"]
TITLE = "Ferry Crossings to Double After Harbor Vote"


def test_recent_posts_under_the_headline_is_no_author():
    text = page(MENU, [TITLE, "RECENT POSTS", "October 30, 2020 Ana Ruiz", "How the Old Quay Was Built", "Read More"],
                STORY, MORE)
    authors = parse(text, fmt="text").authors
    assert "Recent Posts" not in authors
    assert "RECENT POSTS" not in authors


def test_recent_posts_under_an_author_label_is_no_author():
    text = page(MENU, [TITLE], STORY, MORE, ["See you on the ferry!", "Author", "Recent Posts", "Follow me", "Ana Ruiz",
                                            "Founder and Editor at Harbor Notes"])
    assert "Recent Posts" not in parse(text, fmt="text").authors


def test_popular_posts_is_no_name():
    assert not name_shape("Popular Posts") and not name_shape("Recent Posts")


def test_names_stay_names():
    assert name_shape("Ana Ruiz") and name_shape("Autumn Adams")
