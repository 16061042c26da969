"""Session 25 (fthread2): a Q&A page's question is the story though its answers hold more prose. Each post
is closed by its buttons ("Share" / "Improve this question", "Improve this answer"); the answers under the
question weigh as readers' posts, so the run is the question's."""

from audioed.read import story
from audioed.read.build import RawBlock

TOP = ["Skip to main content", "Stack Gardening", "Questions", "Tags", "Users", "Ask Question",
       "Why do my tomato leaves curl upwards in July?", "Asked 4 years, 2 months ago", "Modified 1 year ago",
       "Viewed 12k times", "14"]
QUESTION = [
    "My tomato plants grow in large pots on a south-facing balcony, and every July the upper leaves start "
    "to curl upwards along their length while the fruit keeps ripening as if nothing were wrong.",
    "I water them every evening and feed them once a week. Is this a disease I should worry about, or is it "
    "the heat, and should I move the pots into the shade for the hottest part of the afternoon?",
]
QUESTION_END = ["tomatoes", "leaves", "Share", "Improve this question", "Follow", "asked Jul 3, 2021 at 18:12",
                "balcony_grower", "Add a comment", "3 Answers", "Sorted by:", "Highest score (default)"]
ANSWER = (
    "Leaf roll of this kind is almost always physiological rather than a disease. When the afternoon sun is "
    "strong and the roots sit in a dark pot that heats up, the plant cannot move water fast enough to the "
    "leaves, so it rolls them to lose less of it. It does no harm to the fruit, which is why yours keeps "
    "ripening. Heavy pruning and too much nitrogen make it worse, so ease off the weekly feed, and water "
    "deeply in the morning rather than in the evening so the plant starts the hot part of the day full. "
    "A light-coloured pot or a board that shades the pot itself helps more than moving the whole plant.")


def qa_page():
    out = TOP + QUESTION + QUESTION_END
    for n in range(3):
        out += [str(20 - n), ANSWER, "Share", "Improve this answer", "Follow", f"answered Jul {4 + n}, 2021 at 09:0{n}",
                f"gardener_{n}", "Add a comment"]
    out += ["Your Answer", "Post Your Answer", "Hot Network Questions", "How deep should a raised bed be?"]
    return [RawBlock(t) for t in out]


def test_the_question_is_the_story_though_the_answers_outweigh_it():
    raw = qa_page()
    first, last = story.story_span(raw)
    assert raw[first].text == QUESTION[0] and raw[last].text == QUESTION[-1]


def test_a_page_without_the_question_closer_has_no_answers():
    raw = [rb for rb in qa_page() if rb.text != "Improve this question"]
    assert story.qa_answers(raw) == range(0)
