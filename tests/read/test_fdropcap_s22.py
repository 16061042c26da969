"""A drop cap printed as its own block, session 22 (branch fdropcap, read/text.py `join_drop_caps`):
the story's decorative initial ("T", then "he harbor commission ...") is put back on its word, so
the story is heard from "The". A letter index, a list's letters, an answer's "A" under a question
and a lone capital over a short line stay as they are. Made-up pages."""

from audioed.read import parse
from audioed.read.text import split_blocks
from flat_page import MENU_AND_TITLE, MORE, STORY, page

CUT = STORY[0][1:]  # "he harbor commission voted ..."


def _narrated(text):
    return [b.text for b in parse(text, fmt="text").blocks if b.kind == "paragraph"]


def test_a_drop_cap_is_put_back_on_its_word():
    text = page(MENU_AND_TITLE, ["By Jo Lee", "T", CUT], STORY[1:], MORE)
    assert _narrated(text)[0] == STORY[0]


def test_a_drop_cap_after_an_opening_quote_mark():
    quote = "“We waited two years for this,” said a commuter as the harbor commission voted on Tuesday."
    blocks = split_blocks(page(["Ferry vote", "“W", quote[2:]], STORY[1:]))
    assert blocks[1] == quote


def test_a_drop_cap_in_a_page_of_one_line_per_paragraph():
    text = "\n".join(MENU_AND_TITLE + ["T", CUT] + STORY[1:] + MORE)
    assert STORY[0] in split_blocks(text)


def test_letters_of_an_index_and_a_list_stay():
    index = ["A", "B", "C", "D"]
    listed = ["a", "two leased boats join the fleet in June, when the new ferry schedule starts"]
    blocks = split_blocks(page(index, listed, STORY))
    assert blocks[:6] == index + listed


def test_an_answer_under_a_question_stays():
    qa = ["Q", "Will fares change this year?", "A",
          "not this year, although fuel costs could force a rise in the autumn if prices keep climbing."]
    assert split_blocks(page(qa, STORY))[:4] == qa


def test_a_capital_over_a_short_line_or_an_address_stays():
    blocks = ["T", "by Jo Lee", "S", "https://example.com/harbor-news"]
    assert split_blocks(page(blocks, STORY))[:4] == blocks


def test_a_capital_that_is_a_word_joins_only_when_the_page_says_so():
    # "A" + "dam Hale ..." is Adam (named again below); "A" + "man who ..." is "A man" (man again below)
    adam = "dam Hale, the harbor commission's chair, said on Tuesday that the ferry crossings would double."
    man = "man who commutes from the island every morning said the boats were full before the second pier."
    again = "Adam Hale said the man who wrote to the commission was right about the morning boats."
    assert split_blocks(page(["Ferry vote", "A", adam, again]))[1] == "A" + adam
    assert split_blocks(page(["Ferry vote", "A", man, again]))[1:3] == ["A", man]
