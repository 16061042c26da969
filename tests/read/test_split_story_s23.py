"""Session 23 (frun15): a story cut in two by a video and its "Up next" list, with no date line over its
opening (the credit line holds the day in digits). The run found is the second half; the first half
above shares its words, so the story is narrated from its opening. A run above on another topic, or
with a comments header between, is not joined."""

from audioed.read import parse, story
from audioed.read.build import RawBlock
from audioed.script import build_script

MENU = ["Home", "News", "Weather", "Sport", "Money", "Lifestyle", "Travel"]
FOOTER = ["About Us", "Contact", "Privacy Policy", "Terms of Use", "Help"]
HEADLINE = "Harbor ferry crews stretched as summer crossings double"
CREDIT = "The Island Courier 02/10/2020 Ana Ruiz"
OPENING = [
    "As the harbor commission doubles the summer ferry crossings, ferry crews warn that the boats are already "
    "stretched and that the island's pier cannot take the queues that the new timetable will bring.",
    "The commission voted to run ferry crossings every half hour from June, and the crews say the harbor has "
    "neither the captains nor the deckhands to keep the new timetable through the busiest summer weeks.",
    "Riders at the pier welcomed the extra crossings, but several captains said the commission had not asked "
    "the crews before the vote, and that the harbor budget holds no money for a second ferry crew.",
]
PLAYER = ["© Provided by The Island Courier Photograph: Jo Lee", "Video: Storm closes the island pier (Coast TV)",
          "Storm closes the island pier", "Coast TV See more videos", "SHARE", "TWEET", "EMAIL",
          "What to watch next", "Storm closes the island pier", "Coast TV", "Lighthouse keeper retires after forty years",
          "Coast TV", "UP NEXT"]
REST = [
    "The ferry crews' union said on Friday that the harbor commission would need twelve more captains and "
    "deckhands to run the summer crossings, and that training a captain for the island channel takes two years, longer than the busiest weeks last.",
    "A captain who has sailed the early crossing for a decade said the crews already work double shifts in the "
    "summer, and that the new timetable would leave the harbor with no spare crew when a deckhand falls ill and the boats are stretched.",
    "The commission, which voted for the plan, said it would find the money in its budget, hire seasonal deckhands and pay overtime to the captains, and that the extra "
    "crossings would be paid for by the fares riders already pay at the pier, without any rise in the timetable's prices.",
    "Riders who welcomed the plan at the pier on Saturday said the summer queues had grown longer every year, and that they "
    "would rather wait for a boat with a full crew than cross the channel on a second ferry short of deckhands.",
    "The harbor commission will review the summer timetable in September, when it counts the riders on each "
    "crossing and decides with the crews' union whether the half-hourly ferry crossings run again next year.",
]


def narrated(text):
    article = parse(text, fmt="text")
    return article, " ".join(ln.text for _, ln in build_script(article).lines() if ln.role in ("narrator", "quote"))


def lines(*parts):
    return [t for part in parts for t in part]


def test_the_run_starts_at_the_opening_above_a_video_and_its_list():
    raw = [RawBlock(t) for t in lines(MENU, [HEADLINE, CREDIT], OPENING, PLAYER, REST, FOOTER)]
    first, last = story.story_span(raw)
    assert raw[first].text == OPENING[0] and raw[last].text == REST[-1]


def test_the_opening_and_the_rest_are_heard_and_the_video_list_is_not():
    # (with the headline found, the prose under it was heard before too: the run's start matters where the
    # headline picked is a title in the video's list, the line nearest the run)
    text = "\n\n".join(lines(MENU, [HEADLINE, CREDIT], OPENING, PLAYER, REST, FOOTER))
    article, heard = narrated(text)
    assert article.title == HEADLINE
    for para in OPENING[1:] + REST:
        assert para in heard, para
    assert OPENING[0] in heard or article.dek == OPENING[0]
    assert "What to watch next" not in heard and "Lighthouse keeper retires" not in heard


def test_a_run_above_on_another_topic_or_over_comments_is_not_joined():
    other = [
        "The lighthouse keeper who has kept the northern light for forty years retired on Sunday, and the county "
        "will now run the lamp from the mainland with a camera and a radio link to the coastguard station.",
        "Neighbours gathered on the cliff path to thank him, and the parish council named the path after his "
        "mother, who kept the same lamp for thirty years before him and taught him to trim its wicks.",
        "He said he would miss the winter storms most, and the long nights when the lamp was the only light "
        "between the island and the cape, but that he was glad to leave the stairs to somebody younger.",
    ]
    for upper, between in ((other, PLAYER), (OPENING, PLAYER[:-1] + ["12 Comments"])):
        raw = [RawBlock(t) for t in lines(MENU, [HEADLINE, CREDIT], upper, between, REST, FOOTER)]
        first, _last = story.story_span(raw)
        assert raw[first].text == REST[0]
