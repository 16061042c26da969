"""Session 25 (fthread): a thread's posts stamped with their age or their date and time, each closed by
its buttons ("Share" / "Report", "antworten" / "melden"). On a social site's thread page the opening post
holds the count of its replies ("412 comments"): it is the story however short, and its title the
headline, though the replies under it hold far more prose. Under a news story, dated readers' comments
that outweigh the story no longer carry its run on over them. A story with a dated line and a share
button once is no thread."""

from audioed.read import parse, story
from audioed.read.build import RawBlock

TOP = ["Use the arrow keys to move between posts and press enter to open the one you want to read.", "Skip to content", "r/woodworking", "Log In", "Sign Up", "Posts", "Wiki", "Rules", "48.2k", "Posted by",
       "u/plank_and_pine", "5 hours ago"]
POST_TITLE = "My neighbour built a canoe out of three old doors"
OPENING = ["1.4k", POST_TITLE, "412 comments", "Share", "Save", "Report", "Sort by: best"]
REPLIES = [
    "Three doors is wild. I tried a kayak from plywood two summers ago and it leaked at every seam until I "
    "gave up and hung it on the garage wall as a shelf for paint tins and old brushes.",
    "The trick with doors is that the old solid ones are heavy but they hold their shape, so the seams stay "
    "tight if you glue and screw them every few inches and seal the whole hull with epoxy twice.",
    "Did he paint the house numbers back on? Because a canoe with a number seven on the bow would be the "
    "best thing on any lake I have ever paddled, and I have paddled a great many of them over the years.",
    "My grandfather did something like this with a barn door in the fifties and floated it across the river "
    "to visit my grandmother every weekend, which is how the family tells the story of how they met.",
    "I would worry about the hinges rusting, but I suppose you could take them off and fill the holes with "
    "dowels and glue, then sand it all flush before the first coat of varnish goes on for the season.",
]


def thread_page(lines_per_reply=1):
    out = list(TOP) + list(OPENING)
    # (the longest reply far down the thread, out of the headline's reach from it)
    replies = REPLIES * 3 + [" ".join(REPLIES)]
    for n, text in enumerate(replies):
        out += ["level 1", f"user_{n}", f"· {n + 2} hr. ago", text, str(40 - n), "Share", "Report"]
    return "\n\n".join(out + ["About Community", "Back to Top"])


def test_the_opening_post_of_a_thread_gives_the_headline():
    assert parse(thread_page(), fmt="text").title == POST_TITLE


def test_the_opening_post_is_the_one_holding_the_count_of_its_replies():
    raw = [RawBlock(t) for t in thread_page().split("\n\n")]
    thread = story.stamped_thread(raw)
    assert len(thread) == 2 + 3 * len(REPLIES)
    assert raw[story.thread_title(raw)].text == POST_TITLE


NEWS = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Der Hafen wird teurer als geplant"]
STORY = [
    "Der Ausbau des Hafens kostet nach neuen Berechnungen fast doppelt so viel wie vor drei Jahren geplant.",
    "Der Stadtrat hatte den Bau im Frühjahr beschlossen, nun fehlen nach Angaben der Verwaltung rund vierzig "
    "Millionen Euro, vor allem wegen gestiegener Preise für Stahl und Beton.",
    "Die Opposition fordert einen Baustopp, bis ein neuer Finanzplan vorliegt, die Verwaltung will dagegen "
    "weiterbauen und die Lücke mit Krediten schließen.",
]
COMMENTS = [
    "Das war doch von Anfang an klar. Wer ein solches Projekt mit den Preisen von vor drei Jahren rechnet, "
    "rechnet sich die Sache schön, und am Ende zahlen wieder wir alle über die Gebühren und die Steuern.",
    "Ich wohne direkt am Hafen und sehe jeden Tag, wie langsam es vorangeht. Die Kräne stehen oft still, "
    "und niemand kann erklären, warum man nicht wenigstens die fertigen Teile schon nutzen kann.",
    "Ein Baustopp würde alles nur noch teurer machen, weil die Firmen dann Geld für die Wartezeit verlangen "
    "und die Maschinen trotzdem bezahlt werden müssen. Lieber jetzt zu Ende bauen und dann sauber prüfen.",
    "Vierzig Millionen sind viel Geld, aber im Vergleich zu anderen Städten ist das noch harmlos. Man sollte "
    "trotzdem genau hinschauen, wer die Kosten geschätzt hat und warum niemand früher gewarnt hat.",
    "Die Opposition hat im Frühjahr selbst für den Bau gestimmt, das sollte man bei all der Empörung nicht "
    "vergessen. Jetzt so zu tun, als hätte man es immer schon gewusst, ist wohlfeil und hilft niemandem.",
]


def news_page():
    out = list(NEWS) + list(STORY) + ["Themen", "Hafen", "Stadtrat", "Leserkommentare"]
    for n, text in enumerate(COMMENTS):
        out += [f"Leser{n}", f"14. 01. 2020, 1{n}:2{n}", text + " " + COMMENTS[n - 1], "antworten", "melden"]
    return "\n\n".join(out + ["Impressum", "Datenschutz"])


def test_dated_readers_comments_do_not_carry_the_run_on_over_them():
    raw = [RawBlock(t) for t in news_page().split("\n\n")]
    first, last = story.story_span(raw)
    assert raw[first].text == STORY[0] and raw[last].text == STORY[-1]


def test_a_stamped_reply_thread_under_a_story_gives_no_headline():
    raw = [RawBlock(t) for t in news_page().split("\n\n")]
    assert story.stamped_thread(raw) and story.thread_title(raw) is None


def test_one_dated_line_over_a_share_button_is_no_thread():
    page = ["Der Hafen wird teurer als geplant", "14. 01. 2020, 13:47", STORY[0], "Teilen"] + STORY[1:]
    assert story.stamped_thread([RawBlock(t) for t in page]) == []


def test_a_live_blogs_stamped_entries_keep_the_run():
    """A live blog's entries are stamped and shared like posts; no line over them names replies."""
    page = ["Startseite", "Politik", "Liveblog: Der Stadtrat berät über den Hafen", STORY[0]]
    for n, text in enumerate(COMMENTS):
        page += [f"14. 01. 2020, 1{n}:0{n}", text.replace("Das war doch", "Der Rat hat"), "Teilen"]
    raw = [RawBlock(t) for t in page + ["Impressum"]]
    first, last = story.story_span(raw)
    assert raw[last].text.startswith(COMMENTS[-1][:20])


POST_BODY = ("He found them in a skip behind the school last spring, planed the paint off, glued them edge to edge "
             "and sealed the hull twice; it floats, it steers, and it has taken him across the lake every weekend since.")
ABOUT = ("A community for anyone who works with wood, from the first birdhouse to the finished dining table: share what "
         "you made, ask how to fix what went wrong, and show the tools you built or restored yourself. Posts about "
         "selling, sponsored tools and links to videos without a description are removed, and so are questions whose "
         "answer is in the wiki, which the moderators keep up to date with the community's most common questions.")


def test_the_opening_posts_prose_is_the_run_however_short():
    """The replies weigh nothing; the community's longer description in the sidebar is no post either, and
    without the opening post's own claim it would take the run."""
    out = list(TOP) + ["1.4k", POST_TITLE, POST_BODY] + OPENING[2:]
    for n, text in enumerate(REPLIES * 3 + [" ".join(REPLIES)]):
        out += ["level 1", f"user_{n}", f"· {n + 2} hr. ago", text, str(40 - n), "Share", "Report"]
    raw = [RawBlock(t) for t in out + ["About Community", ABOUT, "Back to Top"]]
    first, last = story.story_span(raw)
    assert raw[first].text == POST_BODY and last == first
