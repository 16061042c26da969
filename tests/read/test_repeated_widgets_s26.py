"""A template's box printed twice inside the story (a subscription offer, line for line) goes; a story
printed twice over (a mobile and a desktop copy) and a short line said twice stay (a sentence of 6 words or more
said twice is heard once since session 27: row 70, test_ffprose_s27.py); a notice said three times
goes unless a copy's neighbouring paragraph shares its words (a refrain), or it opens on a clock time (`furniture.mark_repeated_widgets`). Made-up pages."""

from audioed.read import parse
from audioed.read.build import RawBlock
from audioed.read.furniture import mark_repeated_widgets

STORY = [
    "The harbour commission voted on Tuesday to buy two new ferries for the island route, ending a year of "
    "delays and temporary boats that left commuters stranded on the mainland pier.",
    "The vessels, built in a yard up the coast, will carry twice as many cars as the old ferry and run on "
    "batteries for the short crossing, the commission's chair told the meeting.",
    "Residents of the island had complained for months about cancelled sailings, and a petition signed by "
    "more than two thousand people asked the council to step in before the summer season.",
    "The first boat is due in the spring of next year, and the second six months later, if the yard keeps "
    "to the schedule the builders promised when the contract was signed last week.",
    "Fares will not change before both boats are in service, the chair said, though the commission will "
    "review its prices again once the running costs of the electric ferries are known.",
    "Critics on the council said the money would have been better spent on repairing the two piers, which "
    "have needed work for a decade and which the new boats will use every day.",
    "The commission answered that the piers would be repaired from next year's budget, and that a survey of "
    "both landings had been ordered from an engineering firm on the mainland last month.",
    "Commuters waiting at the pier on Tuesday evening said they would believe the new boats when they saw "
    "them, after three earlier plans for the route had come to nothing over the years.",
    "One of them, a nurse who crosses every morning for the early shift at the hospital, said the delays had "
    "cost her two weeks of pay this winter alone and that she had thought of moving away.",
    "The island's school, which takes pupils from the mainland villages too, has had to start its day later "
    "on windy mornings, when the temporary boat cannot cross before nine o'clock.",
    "The yard building the ferries employs about three hundred people, and its owners said the order would "
    "keep the slipway busy until the end of the following year at the least.",
    "A public meeting on the timetable for the new service will be held at the island's hall next month, "
    "and the commission has asked residents to send their suggestions before then.",
]
NOTICE = "This advertisement has not loaded yet, but your article continues below."
OFFER = ["Unlimited online access to the Harbour Gazette and its partner sites.",
         "The digital replica of the print edition on any of your devices.",
         "Daily puzzles, including the crossword and the sudoku."]


def kinds(text):
    article = parse(text, fmt="text")
    return {b.text: b.kind for b in article.blocks}


def test_a_box_printed_twice_goes():
    # (the copies far apart: copies within three blocks are row 26's)
    blocks = (["Harbour Gazette", "Ferries for the island route"] + STORY[:2] + [NOTICE] + OFFER + STORY[2:8]
              + OFFER + [NOTICE] + STORY[8:] + [NOTICE])
    got = kinds("\n\n".join(blocks))
    assert all(got[t] != "paragraph" for t in OFFER)
    assert got[NOTICE] != "paragraph"  # (a notice said three times, its neighbours on other words)
    assert all(got[t] == "paragraph" for t in STORY)


def _marked(blocks):
    raw = [RawBlock(t) for t in blocks]
    ks = ["paragraph"] * len(raw)
    mark_repeated_widgets(raw, ks)
    return [t for t, k in zip(blocks, ks) if k != "paragraph"]


def test_a_story_printed_twice_and_a_sentence_said_twice_stay():
    # (short plain lines, the story's prose around them: only the stretch's length and count can keep them)
    lines = [f"Ferry {n} sails today." for n in "one two three four five six seven eight nine ten eleven".split()]
    assert _marked(STORY[:6] + lines[:10] + STORY[6:] + lines[:10]) == lines[:10] * 2  # ten together: a box
    assert _marked(STORY[:6] + lines + STORY[6:] + lines) == []  # eleven together: the page printed twice
    assert _marked(STORY[:6] + lines[:1] + STORY[6:] + lines[:1]) == []  # one line twice: no box


REFRAIN = "The ferry is late again this morning."


def test_a_refrain_echoed_by_its_paragraph_stays():
    # (session 26, ffprec2: a line said three times whose copy sits by a paragraph on its words is the story's)
    para = ("Every commuter on the pier knows the words by heart: the ferry is late again, and this morning "
            "the crowd waiting at the gate had grown to more than two hundred people.")
    raw = [RawBlock(t) for t in STORY[:3] + [REFRAIN, para] + STORY[3:7] + [REFRAIN] + STORY[7:] + [REFRAIN]]
    ks = ["paragraph"] * len(raw)
    mark_repeated_widgets(raw, ks)
    assert ks == ["paragraph"] * len(raw)
    raw = [RawBlock(t) for t in STORY[:3] + [NOTICE] + STORY[3:7] + [NOTICE] + STORY[7:] + [NOTICE]]
    ks = ["paragraph"] * len(raw)
    mark_repeated_widgets(raw, ks)
    assert [k for r, k in zip(raw, ks) if r.text == NOTICE] == ["chrome"] * 3


def test_a_schedule_row_said_thrice_stays():
    row = "9:00 AM Leaves the harbour office and walks to the pier."
    raw = [RawBlock(t) for t in STORY[:3] + [row] + STORY[3:7] + [row] + STORY[7:] + [row]]
    ks = ["paragraph"] * len(raw)
    mark_repeated_widgets(raw, ks)
    assert ks == ["paragraph"] * len(raw)
