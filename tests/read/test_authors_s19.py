"""Bylines on news pages (session 19, branch fauth3): a credit right under the headline is the
story's, whatever credits follow it (embedded posts' signatures), unless credits stand over the
headline too (a teaser list)."""

from audioed.read import parse
from flat_page import MORE, STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
TWEET = "— Tom Hale (@tomhale) June 3, 2024"


def test_a_byline_under_the_headline_with_embedded_posts_under_it():
    text = page(MENU, [HEADLINE, "By Pippa Quist", "June 3, 2024"], STORY[:1], [TWEET], STORY[1:2],
                ["— Ana Ruiz (@anaruiz) June 3, 2024"], STORY[2:], MORE)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_a_byline_under_a_subtitle_with_one_embedded_post_under_it():
    text = page(MENU, [HEADLINE, "How the Island Got Its Morning Boats Back", "By Pippa Quist"],
                STORY[:1], [TWEET], STORY[1:], MORE)
    assert parse(text, fmt="text").authors == ["Pippa Quist"]


def test_a_teasers_byline_under_a_teaser_taken_for_the_headline_is_still_none():
    # the headline found is one teaser of a list, credits over it and under it: its credit is the teaser's
    from audioed.read.authors import find_byline
    from audioed.read.build import RawBlock
    blurb = "A short summary of the story that the teaser links to, for readers."
    lines = ["Menu", "Seven Foods for a Better Mood", blurb, "By Ana Ruiz", "Ferry Crossings to Double", blurb,
             "By Tom Hale", "The Island's New Boats", blurb, "By Tom Hale", "A Week of Ferry Crossings", blurb,
             "By Tom Hale", *STORY]
    raw = [RawBlock(x) for x in lines]
    kinds = ["chrome"] + ["paragraph"] * (len(lines) - 1)
    kinds[4] = "title"
    assert find_byline(raw, kinds, (13, len(lines) - 1)) == []
