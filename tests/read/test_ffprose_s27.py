"""A sentence printed twice in the story's body, word for word (a standfirst or a caption given again between
the paragraphs, a pull quote), is heard once: its later copy goes, its first copy stays
(`furniture._said_twice`, called in `mark_repeated_widgets`). A short line, a line that is no sentence, a line
of code and a subheading said twice stay. Made-up pages (session 27, ffprose)."""

from audioed.read import furniture, parse
from audioed.read.build import RawBlock
from audioed.read.furniture import mark_repeated_widgets

from tests.read.test_repeated_widgets_s26 import STORY

CAPTION = "A temporary boat waits at the mainland pier on a windy morning before the first crossing."


def _marked(blocks, kinds=None):
    raw = [RawBlock(t) for t in blocks]
    ks = list(kinds or ["paragraph"] * len(raw))
    mark_repeated_widgets(raw, ks)
    return [n for n, k in enumerate(ks) if k != "paragraph"]


def test_the_later_copy_of_a_sentence_printed_twice_goes():
    blocks = STORY[:2] + [CAPTION] + STORY[2:8] + [CAPTION] + STORY[8:]
    assert _marked(blocks) == [9]  # the second copy only
    article = parse("\n\n".join(["Harbour Gazette", "Ferries for the island route"] + blocks), fmt="text")
    said = [b.text for b in article.blocks if b.kind == "paragraph"]
    assert said.count(CAPTION) == 1
    assert all(t in said for t in STORY)


def test_the_rule_off_leaves_both_copies(monkeypatch):
    monkeypatch.setattr(furniture, "TWICE_LATER", False)
    assert _marked(STORY[:2] + [CAPTION] + STORY[2:8] + [CAPTION] + STORY[8:]) == []


def test_short_lines_non_sentences_code_and_subheadings_said_twice_stay():
    short = "The ferry is late again."  # (five words: a label's or a list item's length)
    title = "Ferries for the island route and the two piers"  # (no sentence: a teaser's or a heading's shape)
    code = "Print the times with ferry-times --route=island --from=pier > times.txt."  # (a sentence's stop)
    for line in (short, title, code):
        assert _marked(STORY[:3] + [line] + STORY[3:8] + [line] + STORY[8:]) == [], line
    head = "What the commission decided on Tuesday."
    blocks = STORY[:3] + [head] + STORY[3:8] + [head] + STORY[8:]
    kinds = ["heading" if t == head else "paragraph" for t in blocks]
    raw = [RawBlock(t) for t in blocks]
    mark_repeated_widgets(raw, kinds)
    assert kinds.count("heading") == 2


def test_a_sentence_said_three_times_is_not_this_rules():
    # (three copies are `_said_thrice`'s, with its echo guard: this rule leaves them alone)
    line = "Every crossing this week has left the pier with room to spare on the car deck."
    para = ("The crossing left the pier with the car deck half empty, as every crossing has this week, "
            "since the road to the mainland pier was closed.")
    blocks = STORY[:3] + [line, para] + STORY[3:7] + [line] + STORY[7:] + [line]
    assert _marked(blocks) == []
