"""The truth reader and scorer of benchmarks/reading_gn1.py (L3S-GN1's hand-annotated news pages), on a
made-up corpus: the annotated copy's spans read as headline and paragraphs, the headline picked by the
page's <title>, the halves by the publisher's domain, test refused to --show, one page scored."""

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_eval import toks  # noqa: E402
from reading_gn1 import (SUBDIR, cmd_gn1, gn1_page, gn1_truth, measure, page_half, page_ids,  # noqa: E402
                         pick_headline, publisher_domain, restore_marks)

PARAS = ["The harbor ferry returned to the north pier on Friday after a winter of repairs.",
         "Hundreds of people waited on the quay to see the old boat come in, some of them for hours."]


def _annotated(paras=PARAS) -> str:
    """A 2008-style page as L3S annotated it: spans around each text block, paragraphs split by
    <br><br> in one cell, bold words inline, a hidden block, a caption, related links, a comment."""
    def s(n, text):
        return f'<span class="x-nc-sel{n}">{text}</span>'
    first, second = paras
    return ("<html><head><title>Ferry returns to the north pier - Harbor Ledger</title></head><body>"
            f"<table><tr><td>{s(0, 'Home')} | {s(0, 'News')}</td></tr>"
            f"<tr><td><div>{s(1, 'Local news')}</div><h1>{s(1, 'Ferry returns to the north pier')}</h1>"
            f"{s(1, 'A winter of repairs is over')}"
            f"<div class='x-nc-invisible'>{s(2, 'Hidden text never shown to the reader at all.')}</div>"
            f"{s(2, first[:20])}<b>{s(2, first[20:40])}</b>{s(2, first[40:])}<br><br>"
            f"{s(2, second)}<br>{s(3, 'Photo: the ferry at the pier.')}</td></tr></table>"
            f"<ul><li>{s(4, 'Bridge closes for a week')}</li></ul>"
            f"<p>{s(5, 'Great news, I remember that boat.')}</p></body></html>")


ORIGINAL = ("<html><head><title>Ferry returns to the north pier - Harbor Ledger</title></head><body>"
            "<p>Home | News</p><h1>Ferry returns to the north pier</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "<p>Bridge closes for a week</p></body></html>")


def _corpus(root: Path, pages: dict[str, str]) -> None:
    """pages: uuid -> address; every page gets the made-up original and its annotated copy."""
    for folder in ("original", "annotated"):
        (root / SUBDIR / folder).mkdir(parents=True, exist_ok=True)
    for pid in pages:
        (root / SUBDIR / "original" / f"{pid}.html").write_text(ORIGINAL, encoding="utf-8")
        (root / SUBDIR / "annotated" / f"{pid}.html").write_text(_annotated(), encoding="utf-8")
    (root / SUBDIR / "url-mapping.txt").write_text(
        "".join(f"<urn:uuid:{pid}>\t{url}\n" for pid, url in pages.items()), encoding="utf-8")


def test_truth_reads_the_spans_as_paragraphs():
    truth = gn1_truth(_annotated())
    # inline bold words do not split a paragraph, <br> does; the invisible block is left out
    assert truth[2] == PARAS
    assert truth[1] == ["Local news", "Ferry returns to the north pier", "A winter of repairs is over"]
    assert truth[3] == ["Photo: the ferry at the pier."] and truth[4] == ["Bridge closes for a week"]
    assert truth[5] == ["Great news, I remember that boat."]
    assert truth[0] == ["Home | News"]  # unlabelled text and label 0 alike: not content


def test_the_space_between_two_tags_keeps_words_apart():
    # the annotated copy puts each tag on its line: "White</a>\n<span>recorded" is two words
    html = ('<p><span class="x-nc-sel2">Reno, Nev.</span>\n<a href="#">\n<span class="x-nc-sel2">Natalie White'
            '</span>\n</a>\n<span class="x-nc-sel2">recorded her seventh game.</span></p>')
    assert gn1_truth(html)[2] == ["Reno, Nev. Natalie White recorded her seventh game."]


def test_marks_the_annotated_copy_lost_are_taken_from_the_page():
    page = "Home News Camilla’s ‘cursed’ cruise ship is struck by bug Why now? asked the captain."
    assert restore_marks("Camilla?s ?cursed? cruise ship", page) == "Camilla’s ‘cursed’ cruise ship"
    assert restore_marks("Why now? asked", page) == "Why now? asked"  # a real question mark
    assert restore_marks("A line the page ?never? shows", page) == "A line the page ?never? shows"
    assert restore_marks("No mark here", "") == "No mark here"


def test_the_headline_is_the_run_the_title_shares():
    runs = ["Local news", "Ferry returns to the north pier", "A winter of repairs is over"]
    assert pick_headline(runs, "Ferry returns to the north pier - Harbor Ledger") == runs[1]
    # a section name all of whose words are in the title does not win over the headline
    assert pick_headline(["Football News", "Allardyce leaves Magpies"],
                         "Allardyce leaves Magpies - Football News | SPORTBOX") == "Allardyce leaves Magpies"
    # no <title> to go by: the first run of three words or more
    assert pick_headline(runs, "") == runs[1]
    assert pick_headline(["Local news"], "") == "Local news"
    assert pick_headline([], "anything") is None


def test_halves_by_publisher_domain():
    assert publisher_domain("http://icbirmingham.icnetwork.co.uk/0200sport/x.html") == "icnetwork.co.uk"
    assert publisher_domain("http://www.theage.com.au/news/a.html") == "theage.com.au"
    assert publisher_domain("http://news.bbc.co.uk/2/hi/7.stm") == "bbc.co.uk"
    assert publisher_domain("https://www.kansascity.com/story/1.html") == "kansascity.com"
    assert publisher_domain("http://www.cbc.ca/sports/story.html") == "cbc.ca"
    halves = [page_half(f"paper{i}.example") for i in range(60)]
    assert set(halves) == {"a", "test"} and 10 <= halves.count("a") <= 30  # about a third
    # a publisher's hosts fall in one half
    assert page_half(publisher_domain("http://iccoventry.icnetwork.co.uk/a")) == \
        page_half(publisher_domain("http://icbirmingham.icnetwork.co.uk/b"))


def _two_halves(tmp_path) -> tuple[str, str]:
    """A corpus with one page on a domain of each half: (the a page's uuid, the test page's)."""
    doms = {h: next(f"paper{i}.example" for i in range(100) if page_half(f"paper{i}.example") == h)
            for h in ("a", "test")}
    _corpus(tmp_path, {"00000000-0000-0000-0000-00000000000a": f"http://www.{doms['a']}/story.html",
                       "00000000-0000-0000-0000-00000000000b": f"http://news.{doms['test']}/story.html"})
    return "00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b"


def test_page_ids_by_half_and_test_never_shown(tmp_path):
    a, t = _two_halves(tmp_path)
    assert [(pid, h) for pid, _, h in page_ids(tmp_path)] == [(a, "a"), (t, "test")]
    assert [pid for pid, _, _ in page_ids(tmp_path, "test")] == [t]
    with pytest.raises(SystemExit):
        cmd_gn1([str(tmp_path)], {"half": "test", "show": "3"})
    with pytest.raises(SystemExit):
        cmd_gn1([str(tmp_path)], {"half": "test", "only": t})
    with pytest.raises(SystemExit):
        cmd_gn1([str(tmp_path)], {"half": "b"})


@pytest.fixture
def read_as(monkeypatch):
    """The reader stubbed: the scorer is tested, not the reader (its heard body and metadata given)."""
    import audioed.read
    import audioed.script
    import reading_fundus  # (its read_scored reads every adapter's page)

    def use(heard, title, site=None):
        article = SimpleNamespace(title=title, authors=[], date=None, publisher=site)
        monkeypatch.setattr(audioed.read, "parse", lambda *a, **k: article)
        monkeypatch.setattr(audioed.script, "build_script", lambda a: None)
        monkeypatch.setattr(reading_fundus, "heard_runs", lambda s: heard)
        monkeypatch.setattr(reading_fundus, "narrated_runs", lambda s: heard)
    return use


TEXT = "\n\n".join(["Home | News", "Ferry returns to the north pier", *PARAS, "Bridge closes for a week"])


def scored_whole_then_part(page, text, read_as, paras, right, wrong):
    """One page scored twice, read as `text`: every paragraph heard with a five-word line of furniture and the
    title `right` (asserted here), then the first paragraph alone with the title `wrong` (the result returned
    after the common assertions). Shared by the gn1 and chaos scoring tests."""
    read_as([*paras, "Bridge closes for a week"], right)
    r = measure(page, text, "text", with_url=False)
    assert r["recall"] == 1.0 and r["leaked"] == 5 and r["narrated"] == len(toks(" ".join(paras))) + 5
    assert r["title"] and r["any_head"] and r["reachable"]
    read_as(paras[:1], wrong)
    r = measure(page, text, "text", with_url=False)
    assert 0.3 < r["recall"] < 0.6 and r["leaked"] == 0 and r["title"] is False
    return r


def test_one_page_scored(tmp_path, read_as):
    a, _ = _two_halves(tmp_path)
    page = gn1_page(tmp_path, a, page_ids(tmp_path, "a")[0][1], "a")
    assert page["title"] == "Ferry returns to the north pier" and page["body"] == PARAS
    r = scored_whole_then_part(page, TEXT, read_as, PARAS, "Ferry Returns to the North Pier", "Local news")
    # the section name is one of the runs marked headline, not the headline
    assert r["any_head"]
