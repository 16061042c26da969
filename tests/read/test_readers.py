"""The readers, one format at a time, on the corpus and on the hand-labelled fixtures in tests/data."""

import json
import re
from pathlib import Path

import pytest

from audioed.errors import InputError, NetworkError
from audioed.read import read_article
from audioed.read import detect_format, parse
from audioed.read.metadata import find_dateline, news_anchor, parse_date
from audioed.read.text import split_blocks
from audioed.script import build_script
from conftest import CORPUS, EXPECTED, REFERENCE

DATA = Path(__file__).parents[1] / "data"
FIXTURES = sorted(DATA.glob("*.expected.json"))


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def grams(ws, n=4):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)} if len(ws) >= n else {tuple(ws)}


def runs(script, roles):
    """Texts as a listener hears them: consecutive lines of one paragraph joined.

    A quotation is its own line, so "…,” said X" is two lines; the words still follow each
    other in the audio, and phrases across the cut are heard."""
    out, prev = [], None
    for _, line in script.lines():
        if line.role not in roles:
            prev = None
            continue
        if prev is not None and line.paragraph is not None and line.paragraph == prev:
            out[-1] += " " + line.text
        else:
            out.append(line.text)
        prev = line.paragraph
    return out


def heard(script, roles):
    out = set()
    for text in runs(script, roles):
        out |= grams(words(text))
    return out


# --- flattened text: the reference article --------------------------------------------------

def test_reference_metadata_exact(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    a = read_article(REFERENCE)
    assert (a.title, a.dek, a.authors, a.publisher) == (
        expected["title"], expected["dek"], expected["authors"], expected["publisher"])
    assert a.dateline == expected["dateline"]


def test_reference_narrated_and_not_narrated(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    blocks = split_blocks(REFERENCE.read_text(encoding="utf-8"))
    script = build_script(read_article(REFERENCE))
    for i in expected["narrated_paragraphs"]:
        got = [w for _, l in script.lines() if l.paragraph == i for w in words(l.text)]
        assert sorted(got) == sorted(words(blocks[i])), f"paragraph {i}"
    skipped = {s["paragraph"]: s["kind"] for s in script.skipped}
    body = heard(script, ("narrator", "quote", "intro"))
    for kind, indexes in expected["not_narrated"].items():
        for i in indexes:
            assert i in skipped, f"{kind} block {i} not listed as skipped"
            assert not any(l.paragraph == i for _, l in script.lines())
            g = grams(words(blocks[i]))
            if len(words(blocks[i])) < 4:  # a label ("Sebastian Rotella"): no line says just that
                assert all(words(l.text) != words(blocks[i]) for _, l in script.lines()), f"{kind} block {i} heard"
            else:
                assert len(g & body) / len(g) < 0.5, f"{kind} block {i} heard"
    assert skipped[3] == "caption" and skipped[16] == "embed" and skipped[expected["credit_line"]] == "credit"
    assert {skipped[i] for i in expected["not_narrated"]["author_bio_block"]} == {"bio"}


def test_reference_dek_read_once_in_the_intro(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    script = build_script(read_article(REFERENCE))
    assert [l.text for _, l in script.lines()].count(expected["dek"]) == 1
    assert expected["dek"] in [l.text for l in script.sections[0].lines]


def test_reference_credits_only_in_outro(corpus):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    credit = split_blocks(REFERENCE.read_text(encoding="utf-8"))[expected["credit_line"]]
    script = build_script(read_article(REFERENCE))
    assert [l.role for _, l in script.lines() if l.text == credit] == ["outro"]


# --- flattened text: Wikinews, labelled by GUM ----------------------------------------------

@pytest.mark.parametrize("name", ["wikinews-interview-stardust", "wikinews-warhol-photo-legacy"])
def test_wikinews_captions_skipped_and_paragraphs_narrated(corpus, name):
    folder = CORPUS / name
    structure = json.loads((folder / "structure.json").read_text(encoding="utf-8"))
    script = build_script(read_article(folder / "source.txt"))
    skipped = {s["paragraph"]: s["kind"] for s in script.skipped}
    body = heard(script, ("narrator", "quote", "intro"))  # a caption taken for the dek is heard in the intro
    for i, block in enumerate(structure):
        if block["kind"] == "caption":
            assert skipped.get(i) == "caption", f"caption {i} not skipped as a caption"
            g = grams(words(block["text"]))
            assert len(g & body) / len(g) < 0.5
        elif block["kind"] == "paragraph":
            got = [w for _, l in script.lines() if l.paragraph == i for w in words(l.text)]
            assert sorted(got) == sorted(words(block["text"])), f"paragraph {i}"


def test_wikinews_date_line_gives_date(corpus):
    a = read_article(CORPUS / "wikinews-warhol-photo-legacy" / "source.txt")
    assert a.date == "2014-01-28"
    assert a.dateline == "Evansville, Indiana, United States"


# --- every format: the hand-labelled fixtures -------------------------------------------------

@pytest.mark.parametrize("exp_path", FIXTURES, ids=[p.name.split(".")[0] for p in FIXTURES])
def test_fixture_body_narrated_and_furniture_not(exp_path):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    article = read_article(DATA / exp["source"])
    script = build_script(article)
    everything = heard(script, ("intro", "narrator", "quote", "outro"))
    need = set().union(*(grams(words(t)) for t in exp["body"]))
    assert len(need & everything) / len(need) >= 0.98
    body = heard(script, ("intro", "narrator", "quote"))
    said = [words(l.text) for _, l in script.lines() if l.role != "outro"]
    for text in exp["furniture"]:
        g = grams(words(text))
        if len(words(text)) < 4:  # a label: heard if a line says just that
            assert words(text) not in said, f"furniture heard: {text}"
        else:
            assert len(g & body) / len(g) < 0.5, f"furniture heard: {text[:60]}"


@pytest.mark.parametrize("exp_path", FIXTURES, ids=[p.name.split(".")[0] for p in FIXTURES])
def test_fixture_metadata(exp_path):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    article = read_article(DATA / exp["source"])
    for key, value in exp["meta"].items():
        assert getattr(article, key) == value, key


def test_html_figures_and_promos_are_listed_as_skipped():
    a = read_article(DATA / "harbor-ledger-ferry.html")
    kinds = {b.kind for b in a.blocks}
    assert {"caption", "promo", "credit", "bio", "chrome"} <= kinds
    caption = next(b for b in a.blocks if b.kind == "caption")
    assert "Dana Whitfield" in caption.text
    assert sum("Alder Queen ties up" in b.text for b in a.blocks) == 1  # figure and figcaption once


def test_html_blockquote_paragraphs_are_marked():
    a = read_article(DATA / "harbor-ledger-ferry.html")
    quoted = [b for b in a.blocks if b.blockquote]
    assert len(quoted) == 2 and quoted[0].text.startswith("“We are not tourists")


def test_markdown_structure():
    a = read_article(DATA / "riverside-library.md")
    assert [b.text for b in a.blocks if b.kind == "heading"] == ["What changed inside", "Neighbors weigh in"]
    assert sum(b.blockquote for b in a.blocks) == 2
    assert not any("**" in b.text or "](" in b.text for b in a.blocks)
    assert "Tuesday evenings and Saturday mornings" in next(b.text for b in a.blocks if "Volunteers" in b.text)


def test_markdown_without_front_matter_takes_title_from_heading():
    a = parse("# A Plain Title\n\nFirst paragraph of the piece, with words.\n\n## Part two\n\nMore words here.",
              source="x.md")
    assert a.title == "A Plain Title"
    assert [b.kind for b in a.blocks] == ["title", "paragraph", "heading", "paragraph"]


def test_bad_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter"):
        parse("---\ntitle: [unclosed\n---\n\nBody.", fmt="markdown")


# --- format detection and sources --------------------------------------------------------------

def test_format_comes_from_content_not_extension(tmp_path):
    html = (DATA / "harbor-ledger-ferry.html").read_text(encoding="utf-8")
    md = (DATA / "riverside-library.md").read_text(encoding="utf-8")
    assert detect_format(html, "story.txt") == "html"
    assert detect_format(md, "story.txt") == "markdown"
    assert detect_format(REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else "Plain text.\n\nMore.",
                         "story.html") == "text"
    p = tmp_path / "page.txt"
    p.write_text(html, encoding="utf-8")
    assert read_article(p).title == "Island Ferry Service Returns After Two-Year Gap"


# URLs are fetched from a real local HTTP server in tests/read/test_fetch.py.


def test_html_without_article_text_is_an_input_error():
    with pytest.raises(InputError):
        parse("<html><body><nav>Home</nav></body></html>", fmt="html", source="empty.html")


# --- metadata helpers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("Sunday, May 28, 2006", "2006-05-28"), ("28 May 2006", "2006-05-28"),
    ("Updated 4:12 PM EDT, June 3, 2025", "2025-06-03"), ("Published Sept. 5, 2024", "2024-09-05"),
    ("2024-03-09T10:00:00Z", "2024-03-09"), ("The budget passed in May.", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, dateline", [
    ("NOGALES, ARIZ. -- In a politically sensitive operation", "NOGALES, ARIZ."),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON"),
    ("EASTPORT, Maine (CW) — A drawbridge", "EASTPORT, Maine"),
    ("Evansville, Indiana, United States - This past week", "Evansville, Indiana, United States"),
    ("Political urgency drives both sides - and fast.", None),
    ("The Border Patrol - an agency once regarded with aversion - grew.", None),
])
def test_dateline(text, dateline):
    assert find_dateline(text) == dateline


def test_stray_furniture_lines_leave_a_story_block_and_stay_listed():
    a = parse("Big Headline About Ferries\n\nBy Jane Doe\n\n"
              "Share\nThe council voted 4-3 on Tuesday to raise the fare, citing fuel costs.\nAdvertisement\n"
              "Residents said the increase was unfair and vowed to fight it at the next meeting.\n\n"
              "The ferry runs four times a day.", fmt="text")
    block2 = [b for b in a.blocks if b.index == 2]
    assert [b.kind for b in block2] == ["paragraph", "chrome", "chrome"]
    assert "Share" not in block2[0].text and "Advertisement" not in block2[0].text
    assert build_script(a).to_dict()["skipped"][-2:] == [
        {"paragraph": 2, "kind": "chrome", "text": "Share"}, {"paragraph": 2, "kind": "chrome", "text": "Advertisement"}]


def test_hard_wrapped_prose_is_not_judged_line_by_line():
    text = ("A Headline For The Test\n\nThe two countries said on Tuesday that they had agreed to share\n"
            "intelligence and patrol the border together for the first time.\n\nMore words follow here.")
    a = parse(text, fmt="text")
    assert "agreed to share intelligence" in a.blocks[1].text


def _page(description):
    return (f'<html lang="en"><head><title>Council Raises Ferry Fares</title>'
            f'<meta name="description" content="{description}"></head><body><article>'
            '<h1>Council Raises Ferry Fares</h1>'
            '<p>The county council voted 4-3 on Tuesday to raise ferry fares by half, citing the cost of fuel.</p>'
            '<p>Island residents said the increase falls hardest on commuters who have no other way to work.</p>'
            '<p>The new fares take effect in July, and the council will revisit a resident discount in the fall.</p>'
            '</article></body></html>')


def test_html_description_is_the_dek_only_when_it_is_about_the_story():
    assert parse(_page("Islanders say a 50 percent ferry fare increase will hurt commuters."),
                 fmt="html").dek == "Islanders say a 50 percent ferry fare increase will hurt commuters."
    assert parse(_page("Local news from the valley since 1890."), fmt="html").dek is None
    assert parse(_page("The county council voted 4-3 on Tuesday to raise ferry fares by half, citing..."),
                 fmt="html").dek is None


def test_bio_credit_is_read_without_contact_details():
    a = read_article(DATA / "harbor-ledger-ferry.html")
    bio = [c for c in a.credits if c.startswith("Marisol Chen is a reporter")]
    assert bio == ["Marisol Chen is a reporter at The Harbor Ledger covering transportation and the islands."]


def test_nested_caption_wrappers_are_listed_once():
    a = read_article(DATA / "polar-river-nested-captions.html")
    captions = [b.text for b in a.blocks if b.kind == "caption" and "drilling camp" in b.text]
    assert len(captions) == 1 and "Tom Baker/Polar Institute" in captions[0]


def test_under_a_date_line_a_short_first_paragraph_is_the_lede():
    body = "\n\n".join(f"Paragraph {n} of the story goes on with several more words here." for n in range(4))
    lede = "Officials in the city announced on Monday that the old bridge will close for repairs next month."
    a = parse(f"Bridge To Close For Repairs\n\nMonday, March 4, 2024\n\n{lede}\n\n{body}", fmt="text")
    assert a.dek is None and a.blocks[2].kind == "paragraph"
    a = parse(f"Bridge To Close For Repairs\n\n{lede}\n\nBy Ana Ruiz\n\n{body}", fmt="text")
    assert a.dek == lede  # straight under the headline, set apart from the story by the byline: the dek
    a = parse(f"Bridge To Close For Repairs\n\n{lede}\n\n{body}", fmt="text")
    assert a.dek is None and a.blocks[1].kind == "paragraph"  # the story's next paragraph right under it: the lede


def test_caption_with_credit_on_its_own_line_is_one_caption():
    a = parse("Fares Rise Again On The Island Ferry\n\nThe ferry ties up at the dock on Monday.\n"
              "Photo: Dana Whitfield/The Harbor Ledger\n\n"
              + "\n\n".join(f"Story paragraph {n} has enough words to be a real paragraph of text." for n in range(4)),
              fmt="text")
    assert a.blocks[1].kind == "caption" and "ties up" in a.blocks[1].text


def test_pull_quote_repeating_the_body_is_heard_once():
    quote = "“We are not tourists. We are people who need to get to work,” said one resident."
    story = ("Island residents packed the meeting on Tuesday. " + quote
             + " The council voted 4-3 to raise the fare anyway, citing the cost of fuel.")
    a = parse("Fares Rise Again On The Island Ferry\n\n" + story + "\n\n" + quote + "\n\n"
              + "\n\n".join(f"Story paragraph {n} has enough words to be a real paragraph of text." for n in range(3)),
              fmt="text")
    assert [b.kind for b in a.blocks if b.text == quote] == ["chrome"]


def test_html_dek_comes_from_the_page_not_from_guessing():
    paras = "".join(f"<p>Paragraph {i} of the story says something about the ferry and the fares, and more.</p>"
                    for i in range(5))
    a = parse("<h1>Council Raises Ferry Fares</h1>" + paras, fmt="html")
    assert a.dek is None and [b.kind for b in a.blocks] == ["paragraph"] * 5
    a = parse('<h1>Council Raises Ferry Fares</h1><p class="article-dek">Islanders say the increase will hurt '
              'commuters.</p>' + paras, fmt="html")
    assert a.dek == "Islanders say the increase will hurt commuters."
    assert [b.kind for b in a.blocks].count("dek") == 1


# --- a box between the date line and the lede (flat text) -----------------------------------

_BOX = ("Voyager 1 is a NASA probe that left Earth in 1977 and crossed into interstellar space in 2012. "
        "Its twin, Voyager 2, followed a different path past the outer planets. "
        "Both carry a golden record of sounds and images from Earth. "
        "The probes are powered by plutonium batteries that weaken every year.")
_REST = "\n\n".join(f"Paragraph {n} of the interview goes on with the engineer's answers here." for n in range(4))


def _date_first(box, lede, date="Sunday, May 28, 2006"):
    return parse(f"Engineers Keep Voyager Talking\n\n{date}\n\n{box}\n\n{lede}\n\n{_REST}", fmt="text")


def test_long_box_above_an_anchored_lede_is_a_skipped_caption():
    lede = ("Suzanne Dodd is the project manager of Voyager. The team spoke to her on May 18, 2006, "
            "about keeping the probes alive.")
    a = _date_first(_BOX, lede)
    kinds = {b.text[:10]: b.kind for b in a.blocks}
    assert kinds[_BOX[:10]] == "caption" and kinds[lede[:10]] == "paragraph"
    assert a.dek is None
    script = build_script(a)
    assert {"paragraph": 2, "kind": "caption", "text": _BOX} in script.skipped
    assert not any("golden record" in l.text for _, l in script.lines())
    assert any("Suzanne Dodd" in l.text for _, l in script.lines() if l.role == "narrator")


def test_box_that_places_the_news_in_time_is_the_lede():
    # "on Tuesday" anchors the story: this is the opening, however long.
    box = _BOX.replace("in 2012.", "in 2012, engineers said on Tuesday.")
    a = _date_first(box, "Suzanne Dodd is the project manager. The team spoke to her on May 18, 2006.")
    assert [b.kind for b in a.blocks][2:4] == ["paragraph", "paragraph"]


def test_long_opening_without_an_anchored_paragraph_after_it_is_kept():
    a = _date_first(_BOX, "Suzanne Dodd is the project manager of Voyager and has been for years.")
    assert [b.kind for b in a.blocks][2:4] == ["paragraph", "paragraph"] and a.dek is None
    # An anchoring date long before the page's date is background, not the news.
    a = _date_first(_BOX, "The team last spoke to her on January 15, 2006.")
    assert a.blocks[2].kind == "paragraph"


def test_standfirst_under_the_date_line_above_the_byline_is_the_dek():
    dek = "Engineers are keeping two 1977 probes talking. It gets harder every year. Power is the limit."
    a = parse(f"Engineers Keep Voyager Talking\n\nMay 28, 2006\n\n{dek}\n\nBy Jane Miller\n\n"
              f"The team met on Tuesday to plan the next shutdown of a heater.\n\n{_REST}", fmt="text")
    assert a.dek == dek and a.authors == ["Jane Miller"]


def test_long_first_paragraph_under_a_date_line_is_not_the_dek():
    a = parse(f"Engineers Keep Voyager Talking\n\nMay 28, 2006\n\n{_BOX}\n\n{_REST}", fmt="text")
    assert a.dek is None and a.blocks[2].kind == "paragraph"


@pytest.mark.parametrize("text, anchored", [
    ("WASHINGTON (AP) — The council voted.", True),
    ("The council voted on Tuesday to close the bridge.", True),
    ("This past week marked the opening of the exhibit.", True),
    ("The team spoke to her on May 18, 2006.", True),
    ("The probe landed on January 15, 2006.", False),
    ("The probe was launched in 1999 and is still flying.", False),
])
def test_news_anchor(text, anchored):
    assert news_anchor(text, "2006-05-28") is anchored


# --- HTML of other publishers: what benchmarks/reader_generality.py found ----------------------

_STORY = "".join(f"<p>Paragraph {n}: the county council heard from island residents about the ferry fares "
                 f"and the cost of fuel, and it will decide on a discount in the fall.</p>" for n in range(6))


def _html(head="", before="", after="", title="Council Raises Ferry Fares"):
    return (f'<html lang="en"><head><title>{title}</title>{head}</head><body>'
            f'<div class="section"><h1>Health Center</h1></div>'
            f'<article>{before}<h2>Council Raises Ferry Fares</h2>{_STORY}{after}</article></body></html>')


def test_html_headline_is_the_heading_the_title_tag_names():
    # The only <h1> is the section's name; the story's headline is the heading <title> repeats.
    a = parse(_html(before="<p>Which ferry is the fastest? We've got the answers on every crossing.</p>",
                    title="Council Raises Ferry Fares | The Harbor Ledger"), fmt="html")
    assert a.title == "Council Raises Ferry Fares"
    teaser = next(b for b in a.blocks if b.text.startswith("Which ferry"))
    assert teaser.kind == "chrome"  # a teaser above the headline is not the story


def test_html_subtitle_heading_equal_to_the_description_is_the_dek_heard_once():
    sub = "Islanders say the fare increase will hurt commuters. The council says fuel left no choice."
    page = (f'<html><head><title>Council Raises Ferry Fares</title><meta name="description" content="{sub}">'
            f'</head><body><article><h1>Council Raises Ferry Fares</h1><h2>{sub}</h2>{_STORY}</article></body></html>')
    a = parse(page, fmt="html")
    assert a.dek == sub and [b.kind for b in a.blocks if b.text == sub] == ["dek"]
    assert [l.text for _, l in build_script(a).lines()].count(sub) == 1


def test_html_one_word_meta_author_is_not_a_name_and_the_byline_box_is_used():
    head = '<meta name="author" content="Username">'
    byline = '<div class="pb-sig-line hasnt-bio"><span>By Steven Mufson March 18 at 12:22 PM</span></div>'
    a = parse(_html(head=head, before=byline), fmt="html")
    assert a.authors == ["Steven Mufson"]
    a = parse(_html(head='<meta name="author" content="Brenda Goodman, MA">'), fmt="html")
    assert a.authors == ["Brenda Goodman"]


def test_html_several_standfirst_boxes_are_teasers():
    teasers = "".join(f'<p class="standfirst">Teaser {n} for another story about something else entirely.</p>'
                      for n in range(3))
    a = parse(_html(after=f'<div class="more">{teasers}</div>'), fmt="html")
    assert a.dek is None
    assert {b.kind for b in a.blocks if b.text.startswith("Teaser")} == {"chrome"}


def test_headline_in_a_caption_is_not_a_byline():
    fig = '<figure><figcaption>Drake Assaulted in Dubai Nightclub</figcaption></figure>'
    a = parse(_html(before=fig), fmt="html")
    assert a.authors == []


def test_link_list_after_the_story_is_chrome_but_not_inside_it():
    story = "".join(f"<p>Paragraph {n} tells the council's story about ferry fares with enough words to count.</p>"
                    for n in range(12))
    tail = ["Featured Slide Shows", "A photo contest winner shows a girl telling her story to the crowd.",
            "Superhero Project: in life many people have two faces, a gallery of portraits."]
    page = ("<html><head><title>Council Raises Ferry Fares</title></head><body><article>"
            "<h1>Council Raises Ferry Fares</h1>{}</article></body></html>")
    a = parse(page.format(story + "<h3>" + tail[0] + "</h3>" + "".join(f"<p>{t}</p>" for t in tail[1:])), fmt="html")
    kinds = {b.text: b.kind for b in a.blocks}
    assert all(kinds[t] == "chrome" for t in tail)
    assert sum(k == "paragraph" for k in kinds.values()) == 12
    # A "Related Stories" header in the middle: the story after it is kept.
    half = story.split("</p>")
    a = parse(page.format("</p>".join(half[:6]) + "</p><h3>Related Stories</h3>" + "</p>".join(half[6:])), fmt="html")
    assert sum(b.kind == "paragraph" for b in a.blocks) == 12


def test_html_subtitle_heading_cut_short_in_the_description_is_the_dek():
    sub = "Welcome to the island ferry office, where fares are set by a council of five. No questions asked."
    cut = sub[:80] + "…"
    page = (f'<html><head><title>Council Raises Ferry Fares</title><meta name="description" content="{cut}">'
            f'</head><body><article><h1>Council Raises Ferry Fares</h1><h2>{sub}</h2>{_STORY}</article></body></html>')
    a = parse(page, fmt="html")
    assert a.dek == sub and [b.kind for b in a.blocks if b.text == sub] == ["dek"]


def test_html_site_name_given_as_a_url_is_said_as_a_domain():
    a = parse(_html(head='<meta property="og:site_name" content="http://www.harborledger.com/">'), fmt="html")
    assert a.publisher == "harborledger.com"


def test_html_story_paragraph_with_a_promo_class_is_kept():
    # Sites tag paywalled story paragraphs with classes like "paywall": the words decide.
    lines = ["Behind the paywall, the mayor said the vote was the hardest of her term.",
             "Fishermen who cross twice a day will pay an extra forty dollars a week.",
             "A discount for seniors was dropped from the plan at the last minute.",
             "The ferry operator warned that fuel prices could rise again in winter.",
             "Opponents plan to collect signatures for a ballot measure next spring."]
    body = "".join(f'<p class="paywall">{x}</p>' for x in lines)
    page = ("<html><head><title>Council Raises Ferry Fares</title></head><body><article>"
            f"<h1>Council Raises Ferry Fares</h1>{_STORY}{body}</article></body></html>")
    a = parse(page, fmt="html")
    assert [b.kind for b in a.blocks if b.text in lines] == ["paragraph"] * 5


def test_html_title_without_the_site_part_and_authors_without_the_newsroom():
    head = ('<meta property="og:site_name" content="CNN"><meta property="og:title" '
            'content="Council Raises Ferry Fares | CNN Politics">'
            '<meta name="author" content="Dana Ford, Tom Watkins, CNN">')
    a = parse(_html(head=head, title="Council Raises Ferry Fares | CNN Politics"), fmt="html")
    assert a.title == "Council Raises Ferry Fares" and a.authors == ["Dana Ford", "Tom Watkins"]
    assert a.publisher == "CNN"


def test_story_highlights_box_above_the_lede_is_skipped():
    lede = ("(CNN) -- The worst of the storm passed overnight, and travelers on the East Coast found roads "
            "and airports mostly clear on the day before Thanksgiving, officials said on Wednesday.")
    page = ("Forecasters See Smooth Sailing\n\nSTORY HIGHLIGHTS\n\nNEW: The worst travel fears fail to materialize\n\n"
            "Parade balloons may still be grounded by wind\n\n" + lede + "\n\n" + "\n\n".join(
                f"Paragraph {n} of the story goes on with several more words here." for n in range(4)))
    a = parse(page, fmt="text")
    kinds = [b.kind for b in a.blocks]
    assert kinds[1:4] == ["chrome"] * 3 and a.blocks[4].text == lede and kinds[4] in ("paragraph", "dek")
    # Further down, a "Key points" subheading over short paragraphs is the story's.
    late = parse("Forecasters See Smooth Sailing\n\n" + lede + "\n\nKey points\n\nRoads are clear.\n\n"
                 + "\n\n".join(f"Paragraph {n} of the story goes on with several more words here." for n in range(4)),
                 fmt="text")
    assert next(b for b in late.blocks if b.text == "Roads are clear.").kind == "paragraph"
