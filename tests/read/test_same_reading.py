"""A page is read the same whatever was read before it, and in whatever process (session 14,
branch fstate; benchmarks/read_isolation.py measures it on the corpora). Every page here is made up."""

import os
import subprocess
import sys

from audioed.read import parse
from audioed.script import build_script
from flat_page import STORY, TITLE, page

# The site's short name in its labels, then two fuller names written as often as each other.
TIED = page(["Ars", "Home", "News", "Science", TITLE, "By Jane Porter"], STORY,
            ["About Ars", "More from Ars",
             "Read the review at Ars Technica today", "Read the summary at Ars Digest today",
             "Read the interview at Ars Technica today", "Read the report at Ars Digest today",
             "Read the column at Ars Technica today", "Read the letter at Ars Digest today"])

OTHER_HTML = """<html lang="de"><head><title>Neue Fähre für die Insel | Inselbote</title>
<meta property="og:site_name" content="Inselbote"><meta name="author" content="Karl Weber">
<meta property="article:published_time" content="2021-03-04T08:00:00Z"></head><body>
<article><h1>Neue Fähre für die Insel</h1>
<p>Der Hafenrat hat am Dienstag beschlossen, eine zweite Fähre zur Insel fahren zu lassen, nachdem sich
Pendler monatelang über volle Boote beschwert hatten.</p>
<p>„Wir haben lange genug gewartet“, sagte Bürgermeisterin Anna Roth nach der Sitzung im Rathaus.</p>
<p>Die neue Fähre soll im Juni in Dienst gehen, wenn die Werft die Arbeiten am Rumpf beendet hat.</p>
</article><footer>© 2021 Inselbote</footer></body></html>"""


def reading(text: str, fmt: str) -> dict:
    article = parse(text, fmt=fmt)
    script = build_script(article)
    return {"title": article.title, "authors": article.authors, "date": article.date,
            "publisher": article.publisher, "dek": article.dek,
            "lines": [(line.role, line.speaker, line.text) for _, line in script.lines()]}


def test_a_name_written_as_often_in_two_fuller_forms_stays_short():
    # "Ars Technica" and "Ars Digest" three times each: neither follows "Ars" more often than the
    # other (before, the pick followed the process's string hashing: either, run to run)
    assert parse(TIED, fmt="text").publisher == "Ars"


def test_a_page_read_again_after_another_reads_the_same():
    first = reading(TIED, "text")
    reading(OTHER_HTML, "html")
    reading(page([TITLE], STORY), "text")
    assert reading(TIED, "text") == first


def test_a_page_reads_the_same_under_any_string_hashing():
    # each interpreter hashes strings with its own seed (the CLI's, a batch worker's): the reading
    # must not follow a set's order
    code = ("import json, sys; from audioed.read import parse; a = parse(sys.stdin.read(), fmt='text'); "
            "print(json.dumps([a.title, a.publisher, a.authors, a.date]))")
    outs = {subprocess.run([sys.executable, "-c", code], input=TIED, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (0, 1, 3)}
    assert len(outs) == 1, outs
