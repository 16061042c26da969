"""The episode page and the directory index as documents, read back by html.parser (the browser
tests are in test_page_browser.py)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path


from audioed.model import Chapter, Cue, Line, Script, Section, Timeline
from audioed.publish import page, sidecars
from audioed.publish.feed import build_feed
from publish_helpers import make_mp3, sample_script, sample_timeline, write_sidecars


class Doc(HTMLParser):
    """Elements with their attributes and text; the text inside <script> and <style> kept apart."""

    VOID = {"meta", "link", "img", "input", "br", "hr", "source", "track"}

    def __init__(self, text: str):
        super().__init__()
        self.elements: list[dict] = []
        self.open: list[dict] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": []}
        self.elements.append(el)
        if tag not in self.VOID:
            self.open.append(el)

    def handle_endtag(self, tag):
        while self.open:
            el = self.open.pop()
            if el["tag"] == tag:
                break

    def handle_data(self, data):
        if self.open and self.open[-1]["tag"] == "script":
            self.scripts.append(data)
        elif self.open and self.open[-1]["tag"] == "style":
            self.styles.append(data)
        for el in self.open:
            el["text"].append(data)

    def find(self, tag=None, cls=None, **attrs):
        out = []
        for el in self.elements:
            if tag and el["tag"] != tag:
                continue
            if cls and cls not in el["attrs"].get("class", "").split():
                continue
            if any(el["attrs"].get(k) != v for k, v in attrs.items()):
                continue
            out.append(el)
        return out

    @staticmethod
    def text(el) -> str:
        return " ".join("".join(el["text"]).split())


def pub_of(script=None, timeline=None, **kw):
    return sidecars.Publication(slug="buses", script=script or sample_script(), timeline=timeline or sample_timeline(),
                                image="buses.jpg", **kw)


def test_page_is_written_as_S_html_beside_the_other_sidecars(tmp_path):
    make_mp3(tmp_path / "buses.mp3")
    p = pub_of(audio=tmp_path / "buses.mp3", credits=["Voice: Joe (Piper)"])
    write_sidecars(tmp_path, p)
    doc = Doc((tmp_path / "buses.html").read_text("utf-8"))
    assert doc.find("audio", id="audio")[0]["attrs"]["src"] == "buses.mp3"
    assert json.loads((tmp_path / "buses.episode.json").read_text("utf-8"))["notes"] == "buses.html"


def test_page_shows_metadata_chapters_link_and_credits():
    doc = Doc(page.episode_page(pub_of(credits=["Voice: Joe (Piper)"])))
    assert doc.find("html")[0]["attrs"]["lang"] == "en"
    assert [Doc.text(h) for h in doc.find("h1")] == ['Buses & <Bikes>: a "Town" Decides']  # escaped, intact
    assert Doc.text(doc.find(cls="byline")[0]) == "By Ana Núñez, Bob O'Neil · The Daily <Test> & Co · 17 February 2010"
    label = doc.find(cls="synthetic")[0]
    assert "audio version of the original article at The Daily <Test> & Co, read by a synthetic voice" in Doc.text(label)
    assert "https://example.com/news/buses?a=1&b=2" in [a["attrs"]["href"] for a in doc.find("a")]
    assert [Doc.text(li) for li in doc.find("li", cls=None) if "data-start" in li["attrs"]] == [
        "0:00 Intro", "0:02 The vote", "0:09 What riders say"]
    about = Doc.text(doc.find("section", cls="about")[0])
    assert about.startswith("About this episode Written by Ana Núñez, Bob O'Neil for The Daily <Test> & Co "
                            "Photos by Cara Díaz. Voice: Joe (Piper) Files: audio (MP3)")
    assert doc.find("img", cls="cover")[0]["attrs"] == {"class": "cover", "src": "buses.jpg", "alt": "",
                                                        "width": "140", "height": "140"}


def test_every_cue_of_the_vtt_is_one_sentence_of_the_page():
    pub = pub_of()
    doc = Doc(page.episode_page(pub))
    spans = [(int(s["attrs"]["data-start"]), int(s["attrs"]["data-end"]), Doc.text(s)) for s in doc.find("span", cls="s")]
    assert spans == [(a, b, t) for a, b, t, _ in sidecars.cues(pub)]
    # The quotation is marked with its speaker.
    quote = doc.find("span", cls="quote")[0]
    assert Doc.text(quote).startswith("Armando Treviño: We are planting a seed & it will grow <slowly>")


def test_paragraphs_are_the_articles_paragraphs_by_the_script_line_of_each_cue():
    script = Script(title="T", sections=[
        Section("T", [Line("intro", "T", "T")]),
        Section("Vote", [Line("narrator", "One. Two.", "One. Two.", 4),
                         Line("quote", "We won,", "We won,", 5, speaker="Ann Lee"),
                         Line("narrator", "said Ann Lee.", "said Ann Lee.", 5),
                         Line("narrator", "Three.", "Three.", 6)]),
    ])
    cues = [Cue(0, 900, "T", None, "intro", 0), Cue(1000, 1500, "One.", None, "narrator", 1),
            Cue(1600, 2000, "Two.", None, "narrator", 1), Cue(2500, 3000, "We won,", "Ann Lee", "quote", 2),
            Cue(3100, 3500, "said Ann Lee.", None, "narrator", 3), Cue(4000, 4500, "Three.", None, "narrator", 4)]
    timeline = Timeline(5000, [Chapter("T", 0, 1000), Chapter("Vote", 1000, 5000)], cues)
    chapters = page.transcript(pub_of(script, timeline))
    assert [[[s.text for s in p.sentences] for p in c.paragraphs] for c in chapters] == [
        [["T"]], [["One.", "Two."], ["We won,", "said Ann Lee."], ["Three."]]]
    # Without the line a cue came from, each cue is a paragraph of its own (nothing is merged wrongly).
    loose = page.transcript(pub_of(script, replace(timeline, cues=[replace(c, line=None) for c in cues])))
    assert [len(c.paragraphs) for c in loose] == [1, 5]


def test_a_photos_alt_text_and_a_bare_author_name_are_not_credits():
    script = replace(sample_script(), authors=["Sebastian Rotella"], skipped=[
        {"paragraph": 45, "kind": "bio", "text": "Portrait of Sebastian Rotella"},
        {"paragraph": 46, "kind": "bio", "text": "Sebastian Rotella"},
        {"paragraph": 47, "kind": "bio", "text": "Sebastian Rotella is a reporter at ProPublica."},
        {"paragraph": 48, "kind": "credit", "text": "Photo of the border fence by Omar Torres"}])
    lines = page.credit_lines(pub_of(script))
    assert "Portrait of Sebastian Rotella" not in lines and "Sebastian Rotella" not in lines
    assert "Sebastian Rotella is a reporter at ProPublica." in lines
    assert "Photo of the border fence by Omar Torres" not in lines


def test_the_source_is_the_articles_url_never_a_file_name():
    with_url = Doc(page.episode_page(pub_of()))
    assert [a["attrs"]["href"] for a in with_url.find("a") if a["attrs"]["href"].startswith("http")] == [
        "https://example.com/news/buses?a=1&b=2"] * 2  # the label's link and the source line
    text = page.episode_page(pub_of(replace(sample_script(), url=None)))
    assert "Source:" not in text and "original article" not in text
    assert "audio version of the article, read by a synthetic voice" in " ".join(Doc.text(e) for e in Doc(text).find("p"))
    assert not hasattr(pub_of(), "source")


def test_hostile_text_cannot_add_markup_or_script():
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    script = replace(sample_script(title=evil), dek=evil, authors=[evil], publisher=evil,
                     url="https://example.com/\"><script>alert(3)</script>")
    timeline = replace(sample_timeline(), chapters=[replace(c, title=evil) for c in sample_timeline().chapters],
                       cues=[replace(c, text=evil, speaker=evil) for c in sample_timeline().cues])
    text = page.episode_page(pub_of(script, timeline))
    doc = Doc(text)
    assert len(doc.find("script")) == 1 and "".join(doc.scripts).strip() == page.asset("page.js").strip()
    assert [i["attrs"]["src"] for i in doc.find("img")] == ["buses.jpg"]
    assert not any(k.startswith("on") for el in doc.elements for k in el["attrs"])
    assert Doc.text(doc.find("h1")[0]) == evil


def test_the_page_is_self_contained():
    text = page.episode_page(pub_of())
    doc = Doc(text)
    refs = [v for el in doc.elements for k, v in el["attrs"].items() if k in ("src", "href")]
    external = [r for r in refs if re.match(r"[a-z]+:", r) and not r.startswith("data:")]
    assert external == ["https://example.com/news/buses?a=1&b=2"] * 2  # links the reader may follow, not loads
    assert {el["attrs"]["src"] for el in doc.elements if "src" in el["attrs"]} == {"buses.mp3", "buses.jpg"}
    assert doc.find("link", rel="icon")[0]["attrs"]["href"] == "data:,"  # no favicon request
    css, js = "".join(doc.styles), "".join(doc.scripts)
    assert "url(" not in css and "@import" not in css
    assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|import\()", js)


def test_the_articles_language_is_the_pages_and_the_controls_say_they_are_english():
    doc = Doc(page.episode_page(pub_of(replace(sample_script(), language="es"))))
    assert doc.find("html")[0]["attrs"]["lang"] == "es"
    assert doc.find("section", cls="player")[0]["attrs"]["lang"] == "en"
    assert doc.find("h2", id="transcript-h")[0]["attrs"]["lang"] == "en"
    assert "lang" not in doc.find("h1")[0]["attrs"]  # the article's own text is in its language
    assert Doc(page.episode_page(pub_of(replace(sample_script(), language="x\"><b>")))).find("html")[0]["attrs"]["lang"] == "en"


# --- index.html ---------------------------------------------------------------------------------

def _episode(out: Path, slug: str, title: str, date: str) -> None:
    s = replace(sample_script(title=title, date=date, url=f"https://example.com/{slug}"))
    make_mp3(out / f"{slug}.mp3", seconds=0.5)
    write_sidecars(out, sidecars.Publication(slug=slug, script=s, timeline=sample_timeline(),
                                                      audio=out / f"{slug}.mp3"))


def test_feed_writes_the_index_newest_first_with_the_subscribe_link(tmp_path):
    _episode(tmp_path, "older", "Older & <wiser>", "2020-01-02")
    _episode(tmp_path, "newer", "Newer", "2024-05-06")
    build_feed(tmp_path, "https://pod.example/")
    doc = Doc((tmp_path / "index.html").read_text("utf-8"))
    links = [(a["attrs"]["href"], Doc.text(a)) for a in doc.find("a") if a["attrs"]["href"].endswith(".html")]
    assert links == [("newer.html", "Newer"), ("older.html", "Older & <wiser>")]
    assert doc.find("a", cls="subscribe")[0]["attrs"]["href"] == "feed.xml"
    assert doc.find("link", rel="alternate")[0]["attrs"]["href"] == "feed.xml"
    assert doc.find("html")[0]["attrs"]["lang"] == "en"
    assert doc.find("meta", name="generator")[0]["attrs"]["content"] == "audioed"
    assert "".join(doc.scripts) == ""  # the index needs no script


def test_feed_leaves_an_index_html_of_the_users_own_alone(tmp_path):
    _episode(tmp_path, "one", "One", "2020-01-02")
    (tmp_path / "index.html").write_text("<h1>My own site</h1>", encoding="utf-8")
    build_feed(tmp_path, "https://pod.example/")
    assert (tmp_path / "index.html").read_text("utf-8") == "<h1>My own site</h1>"


def test_serve_shows_the_episodes_there_now(tmp_path):
    import http.client
    import threading

    from audioed.publish.serve import make_server

    _episode(tmp_path, "one", "One", "2020-01-02")
    build_feed(tmp_path, "https://pod.example/")
    _episode(tmp_path, "two", "Two", "2021-01-02")  # rendered later, feed not rebuilt
    server = make_server(tmp_path, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for path in ("/", "/index.html"):
            c = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
            c.request("GET", path)
            r = c.getresponse()
            body = r.read().decode()
            c.close()
            assert r.status == 200 and r.getheader("Content-Type") == "text/html; charset=utf-8"
            hrefs = [a["attrs"]["href"] for a in Doc(body).find("a") if a["attrs"]["href"].endswith(".html")]
            assert hrefs == ["two.html", "one.html"], path
    finally:
        server.shutdown()
        server.server_close()
