"""Session 30 (review30): guards of row 80 (`story._story_lists`, the masthead's span without the story's lists)
that no test failed without, and the cause benchmarks' span spy, which the masthead's second `story_span` call
broke (every page refused) from frecall29b's merge."""

import sys
from pathlib import Path

from flat_page import kinds, page

from audioed.read import build, parse, sitename, storyend, storystart, tail
from audioed.read.build import RawBlock
from audioed.read.story import story_span

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from test_frecall29_s29 import BULLETS, FOOT, MENU, STORY, TITLE  # noqa: E402
from test_frecall29b_s29 import AFTER, INTRO  # noqa: E402

# A paragraph under the bullets sharing a topic word with the one above them ("agency") but not the story's
# topic: the run's five shared words keep it out.
OFFICE = ("Our agency office in Leeds opens from nine to five on weekdays, and visitors can park beside the river "
          "near the old station.")
# A paragraph under the bullets sharing no topic word with the one above them, though the one after it echoes
# the story: the shared word keeps both out.
FESTIVAL = "Tickets for the harbour festival go on sale in March, with family passes cheaper than last summer."
ECHO = "Every blockchain marketing agency on our list runs token campaigns for wallet projects and their traders."


def test_a_paragraph_sharing_one_word_but_not_the_storys_topic_stays_out():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [OFFICE], FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[OFFICE] != "paragraph"


def test_a_paragraph_sharing_no_word_with_the_one_over_the_lines_stays_out():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [FESTIVAL, ECHO], FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[FESTIVAL] != "paragraph"


def _raw(*parts):
    return [RawBlock(x) for part in parts for x in part]


def test_the_context_site_and_date_see_the_run_without_the_list_above_it(monkeypatch):
    """As test_frecall29b_s29 for the title and byline: `gather_context`, `site_name` and `story_date` get
    the span without the story's lists too."""
    raw = _raw(MENU, TITLE, [INTRO], BULLETS, STORY, [AFTER], FOOT)
    alone = story_span(raw, lists=False)
    assert story_span(raw) != alone
    seen = {}

    def spy(name, real, at):
        def wrapped(*args, **kw):
            seen[name] = args[at]
            return real(*args, **kw)
        return wrapped
    monkeypatch.setattr(build, "gather_context", spy("context", build.gather_context, 2))
    monkeypatch.setattr(sitename, "site_name", spy("site", sitename.site_name, 1))
    monkeypatch.setattr(build, "story_date", spy("date", build.story_date, 2))
    build.build_article(raw, build.Meta())
    assert seen == {"context": alone, "site": alone, "date": alone}


def test_the_cause_benchmarks_span_spy_keeps_the_bodys_run(monkeypatch):
    """fundus_causes' spy (lost_where's too) passes the masthead's `lists=False` on, and keeps the body's run."""
    import fundus_causes as FC

    for name in FC.STAGES_IN_BUILD + ("story_span",):
        monkeypatch.setattr(build, name, getattr(build, name))  # restored after the test
    for mod, name in FC.STAGES_IN_MODULES:
        monkeypatch.setattr(mod, name, getattr(mod, name))
    assert {storyend, storystart, tail} <= {m for m, _ in FC.STAGES_IN_MODULES}
    FC.install()
    FC.state.clear()
    FC.state.update(who={}, last=None, span=None, texts=[])
    parts = (MENU, TITLE, [INTRO], BULLETS, STORY, [AFTER], FOOT)
    parse("\n\n".join(x for part in parts for x in part) + "\n", fmt="text")
    raw = FC.state["raw"]
    assert FC.state["span"] == story_span(raw) != story_span(raw, lists=False)
    assert FC.state["texts"] == [rb.text for rb in raw]


def test_gn1_truth_of_an_empty_copy_and_marks_on_a_page_declaring_its_encoding():
    """reading_gn1: an empty annotated copy has no truth (it raised, ending the run); an original page that
    declares its encoding ("<?xml ... encoding=...?>", 6 of GN1's) still gives its text for the lost marks."""
    from reading_gn1 import gn1_truth, page_text, restore_marks

    assert gn1_truth("") == {n: [] for n in range(6)} == gn1_truth("<!-- nothing -->")
    assert page_text("") == ""
    original = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html><head><title>x</title></head><body>'
                "<h1>Camilla’s ‘cursed’ cruise</h1></body></html>")
    assert restore_marks("Camilla?s ?cursed? cruise", page_text(original)) == "Camilla’s ‘cursed’ cruise"


def test_gn1_a_page_with_no_headline_and_a_broken_title():
    """No label-1 span: no headline to score (the title is left out, not counted wrong); an original page's
    <title> never closed gives no title, and the headline is the first run of three words."""
    from reading_gn1 import gn1_truth, page_title, pick_headline

    truth = gn1_truth('<html><head><title>Ferry news</title></head><body><span class="x-nc-sel2">Only text.</span>'
                      "</body></html>")
    assert truth[1] == [] and truth[2] == ["Only text."]
    assert pick_headline(truth[1], "Ferry news") is None
    broken = page_title("<html><head><title>Ferry returns to the pier</head><body><p>Text.</p></body></html>")
    assert broken == ""
    assert pick_headline(["News", "Ferry returns to the pier"], broken) == "Ferry returns to the pier"


# A short paragraph under the bullets, with few of the story's words, and the paragraph after it with many.
ASK = "Ask each agency for references before you sign anything."
RESULTS = ("A blockchain marketing agency that runs token campaigns well should show you wallet numbers and the "
           "growth of the crypto communities it built for earlier projects.")


def test_a_short_paragraph_under_the_lines_is_judged_with_the_one_after_it():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [ASK, RESULTS], FOOT))
    assert got[ASK] == "paragraph" and got[RESULTS] == "paragraph"



# The short paragraph under the bullets again, then a line that is no sentence (a promo's link) full of the story's
# words: only a paragraph beyond counts for the topic, not such a line (WCXB a without the guard: tp +2, fp +3).
PROMO = "Blockchain Marketing Agency Guide: Token Launches, Wallet Campaigns and Crypto Communities"


def test_a_line_beyond_the_paragraph_under_the_lines_does_not_count_for_its_topic():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [ASK, PROMO], FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[ASK] != "paragraph"
