"""The snippet scoring of benchmarks/reading_traf.py (trafilatura's evaluation set): trafilatura's
counting convention, with quote marks, soft hyphens and whitespace normalized."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_traf import naive_body, page_language, prf, snippet_counts  # noqa: E402

TEXT = ("The council’s vote was close.\n\nMayor Ada Lind said: “We will build\n the bridge "
        "in spring.” Ver\u00adkehrs\u00administer agreed.\n\nShare on Facebook")
ITEM = {"with": ["council's vote was close", '"We will build the bridge', "Verkehrsminister agreed",
                 "the tunnel opens"],
        "without": ["Share on Facebook", "Subscribe to our newsletter"]}


def test_snippets_are_counted_as_trafilatura_counts_them_after_normalizing():
    # tp: three "with" found (curly quotes, a line break, soft hyphens aside); fn: one missing;
    # fp: one "without" found; tn: one absent
    assert snippet_counts(TEXT, ITEM) == (3, 1, 1, 1)


def test_case_is_kept_as_trafilatura_keeps_it():
    assert snippet_counts("Follow us: share on facebook", ITEM)[1] == 0


def test_trafilatura_own_matching_normalizes_whitespace_only():
    ws_only = snippet_counts(TEXT, ITEM, key=lambda s: " ".join(s.split()))
    assert ws_only == (0, 1, 4, 1)


def test_no_text_misses_every_with_and_leaks_no_without():
    assert snippet_counts(None, ITEM) == (0, 0, 4, 2)


def test_scores_are_over_summed_counts():
    p, r, f = prf([(3, 1, 1, 1), (0, 0, 4, 2)])
    assert (p, r) == (3 / 4, 3 / 8)
    assert abs(f - 2 * p * r / (p + r)) < 1e-9


def test_baseline_keeps_blocks_of_twelve_words_or_more():
    long = "one two three four five six seven eight nine ten eleven twelve"
    assert naive_body(f"Menu\n\n{long}\n\nShare on Facebook") == long


def test_english_is_guessed_from_the_words_not_the_lang_attribute():
    english = "<p>The mayor said that the bridge will be built in the spring, and it is funded by the city.</p>"
    german = "<p>Der Bürgermeister sagte, dass die Brücke im Frühjahr gebaut wird und die Stadt sie bezahlt.</p>"
    assert page_language(f'<html lang="de-DE"><body>{english}</body></html>') == (True, "de")
    assert page_language(f'<html lang="en-US"><body>{german}</body></html>') == (False, "en")
    assert page_language(f"<html><script>var the = 'the of and';</script><body>{german}</body></html>") == (False, None)


def _script(dek):
    from audioed.model import Line, Script, Section

    def line(role, text, paragraph=None):
        return Line(role=role, text=text, spoken=text, paragraph=paragraph)

    intro = [line("intro", "Bridge vote passes"), line("intro", "By Ada Lind, for The Courier.")]
    intro += [line("intro", dek)] if dek else []
    body = [line("narrator", "The council met on Monday.", 3), line("quote", "We will build it", 3),
            line("narrator", "Work starts in May.", 4)]
    return Script(title="Bridge vote passes", sections=[Section("Bridge vote passes", intro), Section("Story", body)],
                  dek=dek)


def test_narrated_is_the_intro_dek_then_the_body_without_title_or_credit_line():
    from reading_eval import heard_runs, narrated_runs

    lede = "The city will build a bridge over the river, the council decided."
    script = _script(lede)
    body = ["The council met on Monday. We will build it", "Work starts in May."]
    assert heard_runs(script) == body
    assert narrated_runs(script) == [lede] + body
    assert narrated_runs(_script(None)) == body
    # a lede read as the dek is a snippet the listener hears: missed in the body, found when narrated
    item = {"with": ["build a bridge over the river"], "without": ["Ada Lind"]}
    assert snippet_counts(" ".join(heard_runs(script)), item)[0] == 0
    assert snippet_counts(" ".join(narrated_runs(script)), item) == (1, 0, 0, 1)


def test_dates_are_counted_right_wrong_and_none_over_pages_with_a_date():
    from reading_traf import date_counts

    rows = [dict(date=True, got_date="2020-01-02"), dict(date=False, got_date="2020-01-03"),
            dict(date=False, got_date=None), dict(date=None, got_date="2020-01-04")]
    assert date_counts(rows) == (1, 1, 1)


def test_declared_site_is_og_site_name_then_json_ld_publisher_then_application_name():
    from reading_traf import declared_site

    og = '<html><head><meta property="og:site_name" content=" The  Hill "></head><body></body></html>'
    ld = ('<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
          '"publisher": {"@type": "Organization", "name": "Lakeside News"}}]}</script></head><body></body></html>')
    part = ('<html><head><script type="application/ld+json">{"isPartOf": {"name": "Kitchen Blog"}}</script>'
            '</head><body></body></html>')
    app = '<html><head><meta name="application-name" content="heise online"></head><body></body></html>'
    assert [declared_site(h) for h in (og, ld, part, app)] == ["The Hill", "Lakeside News", "Kitchen Blog", "heise online"]
    assert declared_site("<html><head><title>x</title></head><body></body></html>") is None


def test_site_names_are_right_wrong_or_none_over_pages_declaring_one():
    from reading_traf import site_counts

    rows = [dict(want_site="The Hill", got_site="thehill.com"),    # right: case, "The", ".com" aside
            dict(want_site="Spiegel Online", got_site="SPIEGEL ONLINE"),  # right: case, space
            dict(want_site="heise online", got_site="heise"),     # wrong: a word less is another name here
            dict(want_site="Lakeside News", got_site="Lakeside Daily"),  # wrong
            dict(want_site="BBC", got_site=None),                 # none
            dict(want_site=None, got_site="CNN")]                 # not counted: the page declares none
    assert site_counts(rows) == (2, 2, 1)


def test_a_declared_name_with_a_tagline_is_matched_by_its_name_part():
    from reading_traf import site_right

    assert site_right("Frollein Herr", "Frollein Herr | Information und Inspiration rund um Fashion")
    assert site_right("MIXED", "News zu VR, AR und KI | MIXED.de")
    assert not site_right("Fisch-Hitparade", "Fisch-Hitparade Magazin")  # a word less: another name
    assert not site_right(None, "BBC") and not site_right("", "BBC")
