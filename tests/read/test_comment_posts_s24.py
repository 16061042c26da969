"""Session 24 (fother): a short post under its notes, then a readers' thread whose posts are each signed
("Anna sagt:") and closed by a reply button ("Antworten"). A long reader's post outweighed the short
story and took the run; the posts' prose now weighs nothing toward the run, so the story's run is the
podcast's own post. A story quoting someone "says:" keeps its paragraphs (no reply button closes a quote)."""

from audioed.read import story
from audioed.read.build import RawBlock

MENU = ["Start", "Folgen", "Über uns", "Kontakt", "Impressum"]
HEADLINE = "Folge 12: Wie Gletscher wandern"
POST = [
    "Lena Berg ist Glaziologin und misst seit zehn Jahren, wie schnell die Gletscher in den Alpen fließen.",
    "Mit ihr reden wir darüber, warum ein Gletscher im Sommer schneller wird und was das Schmelzwasser damit zu tun hat.",
    "Dazu: Firn, Spalten und ein Messpunkt, der in einem Jahr hundert Meter gewandert ist.",
]
NOTES = ["Download: mp3 (40 MB)", "Dauer: 58 Minuten", "Lizenz: CC-BY 4.0", "Impressum | Datenschutz"]
THREAD = [
    "Ein Gedanke zu „Folge 12: Wie Gletscher wandern“",
    "Jonas sagt:",
    "3. März 2021 um 08:14 Uhr",
    "Danke für diese Folge! Ich war letzten Sommer auf dem Gletscher unterwegs und habe mich die ganze Zeit gefragt, "
    "warum die Spalten an manchen Stellen so breit sind und an anderen kaum zu sehen. Jetzt verstehe ich endlich, dass "
    "der Gletscher in der Mitte schneller fließt als am Rand und dass das Eis dort reißt. Unser Bergführer hat uns "
    "damals etwas ganz anderes erzählt, aber das hier klingt viel einleuchtender. Macht bitte bald eine Folge über "
    "Lawinen, das würde mich und sicher viele andere Hörer sehr interessieren.",
    "Antworten",
    "Schreibe einen Kommentar",
    "Name *",
    "E-Mail *",
]
FOOTER = ["Datenschutz", "Impressum"]


def run_text(parts):
    raw = [RawBlock(t) for part in parts for t in part]
    first, last = story.story_span(raw)
    return [rb.text for rb in raw[first:last + 1]]


def test_a_signed_reader_post_does_not_take_the_run_from_the_short_story():
    run = run_text([MENU, [HEADLINE], POST, NOTES, THREAD, FOOTER])
    assert run[0] == POST[0] and run[-1] == POST[-1]


def test_the_posts_blocks_are_found_between_signature_and_reply():
    raw = [RawBlock(t) for t in THREAD]
    assert [raw[i].text for i in story.comment_posts(raw)] == THREAD[2:4]


def test_a_quote_after_says_is_no_post():
    quote = ["The mayor says:", "We will open the bridge in May, and the ferry will run until then every hour.",
             "The council voted for the plan on Tuesday, and the works start next week."]
    raw = [RawBlock(t) for t in quote]
    assert story.comment_posts(raw) == []
