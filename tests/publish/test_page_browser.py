"""The episode page in a real browser: Debian's Chromium (Playwright), axe-core inside the page,
on an episode rendered with the embedded Piper voice and served by audioed's own server.

Every check reads the audio element's own state (currentTime, paused, playbackRate) or the
DOM the page shows; the sentence times come from the VTT read back by webvtt-py.
"""

from __future__ import annotations

import html
import json
import random
import re
from pathlib import Path

import pytest
import webvtt
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from audioed.pipeline.render import RenderOptions, render
from audioed.publish.feed import build_feed
from audioed.publish.page import ours
from browser import chromium, run_axe, served

ARTICLE = Path(__file__).resolve().parent.parent / "data" / "harbor-night-ferry.md"


def seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


@pytest.fixture(scope="module")
def episode(tmp_path_factory):
    """The fixture article rendered once: (output directory, slug)."""
    out = tmp_path_factory.mktemp("page-episode")
    result = render(ARTICLE, RenderOptions(out_dir=out))
    return out, result.slug


@pytest.fixture(scope="module")
def vtt_cues(episode):
    out, slug = episode
    return [(seconds(c.start), seconds(c.end), " ".join(html.unescape(c.text).split()))
            for c in webvtt.read(str(out / f"{slug}.vtt"))]


@pytest.fixture(scope="module")
def chapters(episode):
    out, slug = episode
    return json.loads((out / f"{slug}.chapters.json").read_text("utf-8"))["chapters"]


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def base(episode):
    with served(episode[0]) as url:
        yield url


@pytest.fixture
def page(browser, base, episode):
    """The page opened, its script run and the audio's metadata loaded."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html")
    wait_ready(p)
    yield p
    context.close()


def wait_ready(p):
    p.wait_for_function("document.documentElement.classList.contains('js') && "
                        "document.getElementById('audio').readyState >= 1")


def audio(p, prop: str):
    return p.evaluate(f"document.getElementById('audio').{prop}")


def marked(p) -> list[dict]:
    """The elements marked aria-current="true" in the transcript (the page's one way to mark)."""
    return p.evaluate("""[...document.querySelectorAll('#transcript [aria-current]')].map(e => ({
        start: Number(e.dataset.start) / 1000, end: Number(e.dataset.end) / 1000,
        text: e.textContent, value: e.getAttribute('aria-current')}))""")


def settle(p, start: float) -> None:
    """Give the page up to 2 s to mark the sentence starting at `start` after the audio moved (it
    does so on the media element's "seeking" event); the caller's assertion says what it shows."""
    try:
        p.wait_for_function(f"document.querySelector('#transcript [aria-current]')?.dataset.start == {round(start * 1000)}",
                            timeout=2000)
    except PlaywrightTimeout:
        pass


def focused(p) -> str:
    """What has the keyboard focus: its id, else its tag and text."""
    return p.evaluate("""(() => { const e = document.activeElement;
        return e.id || (e.tagName.toLowerCase() + ':' + e.textContent.trim().replace(/\\s+/g, ' ')); })()""")


# --- accessibility ----------------------------------------------------------------------------

@pytest.mark.parametrize("scheme,width", [("light", 1280), ("dark", 1280), ("light", 320)])
def test_axe_finds_no_violations(browser, base, episode, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html#t=20")  # a sentence and a chapter marked
    wait_ready(p)
    assert marked(p)
    assert run_axe(p) == []
    context.close()


def test_axe_finds_no_violations_without_javascript(browser, base, episode):
    # axe is a script itself: the page is served without its own script instead (the document a
    # browser with JavaScript off shows), checked in a page that can run axe.
    context = browser.new_context()
    p = context.new_page()

    def without_script(route):
        body = route.fetch().text()
        stripped = re.sub(r"<script>.*?</script>", "", body, flags=re.S)
        assert stripped != body
        route.fulfill(body=stripped, content_type="text/html; charset=utf-8")

    p.route(f"{base}{episode[1]}.html", without_script)
    p.goto(f"{base}{episode[1]}.html")
    assert p.locator("audio[controls]").is_visible() and not p.locator("#controls").is_visible()
    assert run_axe(p) == []
    context.close()


def test_page_says_what_it_is_in_the_articles_language(page):
    assert page.evaluate("document.documentElement.lang") == "en"
    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]))")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:]))  # no level skipped
    text = page.inner_text("header.meta")
    assert "Night Ferry Returns to the Harbor After Ten Years" in text
    assert "By Lena Ortiz" in text and "The Harbor Ledger" in text and "14 June 2025" in text
    assert "read by a synthetic voice" in text
    assert page.get_attribute("header.meta a", "href") == "https://harborledger.example/2025/06/night-ferry"
    assert page.evaluate("document.querySelector('img.cover').naturalWidth") > 0


@pytest.mark.parametrize("width", [320, 640])  # 640: a 1280 px window at 200% zoom
def test_page_reflows_without_sideways_scrolling(browser, base, episode, width):
    context = browser.new_context(viewport={"width": width, "height": 640})
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html")
    wait_ready(p)
    assert p.evaluate("document.documentElement.scrollWidth") <= width
    for sel in ("#play", "#back", "#forward", "#speed", "#seek"):
        box = p.locator(sel).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, sel
    context.close()


# --- keyboard ---------------------------------------------------------------------------------

def test_keyboard_only_walk_through(page, chapters, vtt_cues):
    tabbed = []
    for _ in range(16):
        page.keyboard.press("Tab")
        tabbed.append(focused(page))
    # Tab order: skip link, the original article, the player, the chapters, follow, then sentences.
    assert tabbed[0].startswith("a:Skip to the transcript")
    assert tabbed[1].startswith("a:the original article")
    assert tabbed[2:7] == ["play", "back", "forward", "speed", "seek"]
    assert tabbed[7:13] == [f"button:{_clock(c['startTime'])} {c['title']}" for c in chapters]
    assert tabbed[13] == "follow"
    assert tabbed[14] == f"a:{vtt_cues[0][2]}" and tabbed[15] == f"a:{vtt_cues[1][2]}"

    # Every control shows where the focus is.
    for sel in ("#play", "#back", "#forward", "#speed", "#seek", ".chapters button", "#follow", "a.s"):
        page.focus(sel)
        style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle + ' ' + "
                              "getComputedStyle(document.activeElement).outlineWidth")
        assert style.split()[0] != "none" and float(style.split()[1][:-2]) >= 2, (sel, style)

    page.focus("#play")
    page.keyboard.press("Space")
    page.wait_for_function("!document.getElementById('audio').paused")
    page.wait_for_function("document.querySelector('#play .label').textContent === 'Pause'")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('audio').paused")
    page.wait_for_function("document.querySelector('#play .label').textContent === 'Play'")

    t = audio(page, "currentTime")
    page.keyboard.press("Tab")  # back
    page.keyboard.press("Tab")  # forward
    assert focused(page) == "forward"
    page.keyboard.press("Enter")
    assert audio(page, "currentTime") == pytest.approx(t + 30, abs=0.05)
    page.keyboard.press("Shift+Tab")
    assert focused(page) == "back"
    page.keyboard.press("Space")
    assert audio(page, "currentTime") == pytest.approx(t + 15, abs=0.05)

    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused(page) == "speed"
    page.keyboard.press("ArrowDown")
    assert audio(page, "playbackRate") == 1.25
    page.keyboard.press("End")
    assert audio(page, "playbackRate") == 2

    page.keyboard.press("Tab")
    assert focused(page) == "seek"
    page.keyboard.press("Home")
    assert audio(page, "currentTime") == pytest.approx(0, abs=0.05)
    page.keyboard.press("ArrowRight")
    assert audio(page, "currentTime") == pytest.approx(1, abs=0.05)
    assert page.get_attribute("#seek", "aria-valuetext").startswith("1 second of 1 minute")

    # Chapter 3 from the keyboard: playback starts at its first moment, its button is current.
    for _ in range(3):
        page.keyboard.press("Tab")
    third = chapters[2]
    assert focused(page) == f"button:{_clock(third['startTime'])} {third['title']}"
    page.keyboard.press("Enter")
    page.wait_for_function("!document.getElementById('audio').paused")
    assert third["startTime"] - 0.05 <= audio(page, "currentTime") < third["startTime"] + 1.5
    assert page.evaluate("document.querySelector('.chapters [aria-current=true]').textContent").endswith(third["title"])
    assert third["title"] in page.inner_text("#now-chapter")
    page.keyboard.press("Enter")  # a chapter button plays from its start again
    assert audio(page, "currentTime") == pytest.approx(third["startTime"], abs=0.3)

    # A sentence of the transcript: Enter plays from its start and marks it.
    page.focus("#follow")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    start, end, text = vtt_cues[2]
    assert focused(page) == f"a:{text}"
    page.keyboard.press("Enter")
    page.wait_for_function("!document.getElementById('audio').paused")
    assert start - 0.05 <= audio(page, "currentTime") < end
    assert [m["text"] for m in marked(page)] == [text]
    assert audio(page, "playbackRate") == 2  # the chosen speed holds
    page.evaluate("document.getElementById('audio').pause()")


@pytest.mark.parametrize("backwards", [False, True])
def test_focus_is_never_hidden_under_the_player(browser, base, episode, backwards):
    """On a large screen the player stays at the top: a focused link must come into view below it."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html")
    wait_ready(p)
    assert p.evaluate("getComputedStyle(document.querySelector('.player')).position") == "sticky"
    if backwards:
        p.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        p.locator("#transcript a.s").last.focus()
    else:
        p.focus("#follow")
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(18):
        p.keyboard.press(key)
        p.wait_for_timeout(50)
        shown = p.evaluate("""(() => { const e = document.activeElement, r = e.getBoundingClientRect(),
            panel = document.querySelector('.player').getBoundingClientRect();
            return {inPlayer: document.querySelector('.player').contains(e), top: r.top, bottom: r.bottom,
                    under: panel.bottom, height: innerHeight, what: e.textContent.slice(0, 40)}; })()""")
        if shown["inPlayer"]:
            break
        assert shown["top"] >= shown["under"] - 0.5 and shown["bottom"] <= shown["height"] + 0.5, shown
    context.close()


def _clock(seconds_: float) -> str:
    s = int(seconds_)
    return f"{s // 60}:{s % 60:02d}"


# --- chapters and the marked sentence -----------------------------------------------------------

def test_each_chapter_button_moves_current_time_to_the_chapters_start(page, chapters):
    buttons = page.locator(".chapters button")
    assert buttons.count() == len(chapters) >= 3
    for i, c in enumerate(chapters):
        buttons.nth(i).click()
        page.evaluate("document.getElementById('audio').pause()")
        assert c["startTime"] - 0.05 <= audio(page, "currentTime") < c["startTime"] + 1.5, c
        current = page.locator(".chapters [aria-current='true']")
        assert current.count() == 1 and current.inner_text().endswith(c["title"])


def test_the_marked_sentence_is_the_vtt_cue_at_20_random_times(page, episode, vtt_cues):
    rng = random.Random(19)
    duration = audio(page, "duration")
    times, gaps = [], []
    while len(times) < 20:
        t = round(rng.uniform(0, duration), 3)
        (times if any(s <= t < e for s, e, _ in vtt_cues) else gaps).append(t)
    for t in times:
        page.evaluate(f"document.getElementById('audio').currentTime = {t}")
        expected = [c for c in vtt_cues if c[0] <= t < c[1]]
        assert len(expected) == 1
        settle(page, expected[0][0])
        got = marked(page)
        assert [(round(m["start"], 3), m["text"], m["value"]) for m in got] == [
            (expected[0][0], expected[0][2], "true")], t
    # Between two sentences (a pause) the one just spoken stays marked.
    for t in gaps[:5]:
        page.evaluate(f"document.getElementById('audio').currentTime = {t}")
        before = [c for c in vtt_cues if c[0] <= t]
        settle(page, before[-1][0])
        got = marked(page)
        assert got and got[0]["text"] == before[-1][2], t


def test_every_vtt_cue_is_a_sentence_of_the_page_in_order(page, vtt_cues):
    sentences = page.evaluate("""[...document.querySelectorAll('#transcript a.s')].map(
        e => [Number(e.dataset.start) / 1000, Number(e.dataset.end) / 1000, e.textContent])""")
    ms = lambda cue: (round(cue[0], 3), round(cue[1], 3), cue[2])  # WebVTT times are whole milliseconds
    assert [ms(s) for s in sentences] == [ms(c) for c in vtt_cues]


def test_quotations_are_marked_with_their_speaker(page):
    # Each quotation with the speaker named before it in its paragraph (once per paragraph).
    quotes = page.evaluate("""[...document.querySelectorAll('.quote')].map(q => {
        const named = [...q.closest('p').querySelectorAll('.speaker')].filter(
            l => q.contains(l) || (l.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING));
        return [named.length ? named[named.length - 1].textContent : null, q.querySelector('q').textContent];
    })""")
    assert quotes == [["Ruth Adler:", "We listened to the nurses and the cooks who work late,"],
                      ["Ruth Adler:", "They asked for one more boat."],
                      ["Tomas Rivera:", "I used to sleep on a friend's couch,"],
                      ["Tomas Rivera:", "Tonight I sleep at home."]]
    assert page.locator(".speaker").count() == 2


def test_follow_keeps_the_spoken_sentence_in_view_and_can_be_turned_off(browser, base, episode, vtt_cues):
    context = browser.new_context(viewport={"width": 400, "height": 500}, reduced_motion="reduce")
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html")
    wait_ready(p)
    assert p.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    late = vtt_cues[-3][0]
    p.evaluate(f"const a = document.getElementById('audio'); a.currentTime = {late}; a.play()")
    p.wait_for_function(f"document.querySelector('#transcript [aria-current]')?.dataset.start == {round(late * 1000)}")
    p.wait_for_timeout(200)
    box = p.locator("#transcript [aria-current='true']").bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 500  # scrolled into view, at once
    p.evaluate("document.getElementById('audio').pause()")

    p.click("#follow")  # off: the page stays where the reader put it
    assert not p.is_checked("#follow")
    p.evaluate("window.scrollTo(0, 0)")
    p.evaluate(f"const a = document.getElementById('audio'); a.currentTime = {vtt_cues[-1][0]}; a.play()")
    p.wait_for_function(f"document.querySelector('#transcript [aria-current]')?.dataset.start == {round(vtt_cues[-1][0] * 1000)}")
    p.wait_for_timeout(300)
    assert p.evaluate("window.scrollY") == 0
    context.close()


# --- deep links -----------------------------------------------------------------------------------

@pytest.mark.parametrize("fragment,t", [("t=40", 40.0), ("t=0:52.5", 52.5), ("t=00:00:21", 21.0)])
def test_deep_link_opens_at_that_time_with_its_sentence_marked(browser, base, episode, vtt_cues, fragment, t):
    context = browser.new_context(viewport={"width": 1280, "height": 700})
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html#{fragment}")
    wait_ready(p)
    p.wait_for_function(f"Math.abs(document.getElementById('audio').currentTime - {t}) < 0.05")
    assert audio(p, "paused")
    expected = [c for c in vtt_cues if c[0] <= t][-1]
    p.wait_for_function(f"document.querySelector('#transcript [aria-current]')?.dataset.start == {round(expected[0] * 1000)}",
                        timeout=5000)
    assert [m["text"] for m in marked(p)] == [expected[2]]
    box = p.locator("#transcript [aria-current='true']").bounding_box()
    assert 0 <= box["y"] < 700
    context.close()


def test_changing_the_fragment_moves_the_player(page, vtt_cues):
    page.evaluate("location.hash = '#t=1:00'")
    page.wait_for_function("Math.abs(document.getElementById('audio').currentTime - 60) < 0.05")
    assert [m["text"] for m in marked(page)] == [[c for c in vtt_cues if c[0] <= 60][-1][2]]


# --- without JavaScript -----------------------------------------------------------------------------

def test_without_javascript_the_page_is_a_document(browser, base, episode, vtt_cues, chapters):
    context = browser.new_context(java_script_enabled=False)
    p = context.new_page()
    p.goto(f"{base}{episode[1]}.html")
    assert p.evaluate("document.getElementById('audio') === null") is False
    assert p.locator("audio[controls]").is_visible()
    assert not p.locator("#controls").is_visible() and not p.locator("#follow").is_visible()
    text = " ".join(p.inner_text("#transcript").split())
    for _, _, sentence in vtt_cues:
        assert sentence in text
    items = [" ".join(li.split()) for li in p.locator(".chapters li").all_inner_texts()]
    assert items == [f"{_clock(c['startTime'])} {c['title']}" for c in chapters]
    assert p.locator("#transcript a").count() == 0  # sentences are text, not links that do nothing
    context.close()


# --- nothing leaves the page ----------------------------------------------------------------------

def test_the_page_requests_nothing_but_its_own_files(browser, base, episode):
    slug = episode[1]
    context = browser.new_context()
    seen = []
    context.on("request", lambda r: seen.append(r.url))
    p = context.new_page()
    p.goto(f"{base}{slug}.html")
    wait_ready(p)
    p.click("#play")
    p.wait_for_function("document.getElementById('audio').currentTime > 0.3")
    p.click(".chapters li:nth-child(4) button")
    p.locator("#transcript a.s").nth(5).click()
    p.keyboard.press("Tab")
    p.evaluate("location.hash = '#t=30'")
    p.wait_for_timeout(300)
    p.evaluate("document.getElementById('audio').pause()")
    assert seen and all(u.startswith(base) for u in seen), seen
    assert {re.sub(r"[?#].*", "", u[len(base):]) for u in seen} <= {f"{slug}.html", f"{slug}.mp3", f"{slug}.jpg"}
    context.close()


# --- index.html -----------------------------------------------------------------------------------

def test_the_directory_index_is_served_and_accessible(browser, base, episode):
    build_feed(episode[0], base)  # writes feed.xml and index.html; the server shows the index as of now
    assert ours(episode[0] / "index.html")
    context = browser.new_context()
    p = context.new_page()
    p.goto(base)
    assert p.evaluate("document.querySelector('meta[name=generator]').content") == "audioed"
    link = p.locator("ol.episodes a").first
    assert link.get_attribute("href") == f"{episode[1]}.html"
    assert p.get_attribute("a.subscribe", "href") == "feed.xml"
    assert run_axe(p) == []
    link.click()
    p.wait_for_url(f"{base}{episode[1]}.html")
    context.close()


def test_a_missing_browser_is_an_error_not_a_skip(monkeypatch, tmp_path):
    import browser as tooling

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("AUDIOED_CHROMIUM", raising=False)
    with pytest.raises(tooling.BrowserMissing, match="install Debian's `chromium`"):
        tooling.chromium_path()
    monkeypatch.setattr(tooling, "AXE", tmp_path / "axe.min.js")
    with pytest.raises(tooling.BrowserMissing, match="npm ci --prefix tests/js"):
        tooling.axe_source()
