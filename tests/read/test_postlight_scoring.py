"""The truth readers of benchmarks/reading_postlight.py (Postlight Parser's test pages): what an
index.test.js expects of each page it reads, the split into halves by publisher, and the check of
where the narration starts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_postlight import (declared_date, js_literal, page_half, page_kind, parse_test,  # noqa: E402
                               publisher, start_check)

TEST_JS = r"""
import assert from 'assert';
const fs = require('fs');

describe('HarborLedgerExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://www.harborledger.example/2016/09/ferry-returns.html';
      const html = fs.readFileSync('./fixtures/www.harborledger.example.html');
      result = Mercury.parse(url, { html, fallback: false });
    });

    it('returns the title', async () => {
      const { title } = await result;
      // a comment with a brace { that must not count
      assert.equal(
        title,
        'The Ferry Returns to the Harbor\'s ' +
          "North Pier"
      );
    });

    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, `Ada Lind and John Roe`);
    });

    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, '2016-09-19T11:46:01.000Z');
    });

    it('returns the dek', async () => {
      const { dek } = await result;
      assert.equal(dek, null);
    });

    it('returns the lead_image_url', async () => {
      const { lead_image_url } = await result;
      assert.equal(lead_image_url, 'https://img.example/ferry.jpg');
    });

    it('returns the content', async () => {
      const { content } = await result;
      const first13 = excerptContent($('*').first().text(), 13);
      assert.equal(
        first13,
        'The ferry that stopped running in   May returned on Monday, carrying'
      );
    });
  });

  it('works with a feature story', async () => {
    const html = fs.readFileSync('./fixtures/www.harborledger.example--feature.html');
    const uri = 'http://www.harborledger.example/interactive/2016/bridges.html';
    const { content, title } = await Mercury.parse(uri, { html });
    assert.equal(title, `Bridges of ${city}`);
    assert.equal(text, 'Nine bridges cross the river');
  });
});
"""


def test_each_fixture_gets_its_own_segments_url_and_literal_asserts():
    first, feature = parse_test(TEST_JS)
    assert first == {
        "name": "www.harborledger.example",
        "url": "https://www.harborledger.example/2016/09/ferry-returns.html",
        # joined literals, an escaped quote, a template literal; null read as none expected
        "title": "The Ferry Returns to the Harbor's North Pier",
        "author": "Ada Lind and John Roe",
        "date": "2016-09-19T11:46:01.000Z",
        "dek": "",
        # whitespace collapsed, as Postlight's excerpt splits on it
        "content": "The ferry that stopped running in May returned on Monday, carrying",
    }
    # the feature story's own address; a template literal with ${...} is no truth
    assert feature == {"name": "www.harborledger.example--feature",
                       "url": "http://www.harborledger.example/interactive/2016/bridges.html",
                       "content": "Nine bridges cross the river"}


def test_js_literal_reads_string_expressions_only():
    assert js_literal("'a' + 'b')", 0) == ("ab", True)
    assert js_literal("  null)", 0) == (None, True)
    assert js_literal("'a\\u00e9'\n)", 0) == ("aé", True)
    assert js_literal("title.split('x')[0])", 0) == (None, False)
    assert js_literal("'a' + b)", 0) == (None, False)


def test_publisher_is_the_registrable_domain():
    assert publisher("www.nytimes.com--feature") == "nytimes.com"
    assert publisher("money.cnn.com") == publisher("www.cnn.com") == "cnn.com"
    assert publisher("www.itmedia.co.jp") == "itmedia.co.jp"
    assert publisher("sect.iij.ad.jp") == publisher("techlog.iij.ad.jp") == "iij.ad.jp"


def test_halves_are_fixed_by_the_publisher_alone():
    # the same hash every run (not Python's salted hash), and a publisher's pages in one half
    assert page_half("www.nytimes.com") == page_half("www.nytimes.com--recent") == page_half("nytimes.com")
    import hashlib

    for name in ("www.cnn.com", "wired.jp", "www.abendblatt.de"):
        even = hashlib.sha256(publisher(name).encode()).digest()[0] % 2 == 0
        assert page_half(name) == ("a" if even else "b")


def test_page_kind_from_og_type_or_json_ld():
    assert page_kind('<html><head><meta property="og:type" content="article"></head><body></body></html>') == "news"
    ld = '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "x"}</script>'
    assert page_kind(f"<html><head>{ld}</head><body></body></html>") == "news"
    assert page_kind('<html><head><meta property="og:type" content="website"></head><body></body></html>') == "other"


def test_declared_date_prefers_json_ld_then_meta():
    ld = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2019-04-21T03:00:00+09:00"}</script>'
    meta = '<meta property="article:published_time" content="2018-01-02T10:00:00Z">'
    assert declared_date(f"<html><head>{meta}{ld}</head><body></body></html>") == "2019-04-21"
    assert declared_date(f"<html><head>{meta}</head><body><time datetime='2001-01-01'></time></body></html>") == "2018-01-02"
    assert declared_date("<html><body><p>no date</p></body></html>") is None


CONTENT = "The ferry that stopped running in May returned on Monday, carrying"


def test_start_check_counts_words_heard_before_the_content():
    body = ["Share this story", "The ferry that stopped running in May returned on Monday, carrying 200 people."]
    assert start_check(CONTENT, body, body) == dict(heard=True, start=False, before=3)
    assert start_check(CONTENT, body[1:], body[1:]) == dict(heard=True, start=True, before=0)


def test_start_check_allows_a_dateline_dropped_and_the_lede_read_as_the_dek():
    assert start_check(CONTENT, ["stopped running in May returned on Monday, carrying 200 people."],
                       ["stopped running in May returned on Monday, carrying 200 people."])["start"]
    dek, rest = "The ferry that stopped running in May returned on Monday, carrying 200.", "The port said more."
    assert start_check(CONTENT, [rest], [dek, rest]) == dict(heard=True, start=True, before=None)


def test_start_check_needs_a_few_words_and_says_when_unheard():
    assert start_check("Image:", ["x"], ["x"]) is None
    assert start_check(CONTENT, ["Something else entirely was said here."],
                       ["Something else entirely was said here."]) == dict(heard=False, start=False, before=None)


def test_start_check_reads_japanese_by_characters():
    content = "家計の負担を和らげるための軽減税率"
    assert start_check(content, ["家計の負担を和らげるための軽減税率のはずでした。"],
                       ["家計の負担を和らげるための軽減税率のはずでした。"]) == dict(heard=True, start=True, before=0)
    assert start_check(content, ["記事一覧", "家計の負担を和らげる"], ["記事一覧", "家計の負担を和らげる"])["before"] == 4


def test_meta_tags_are_put_back_as_the_publisher_wrote_them():
    from reading_postlight import restore_meta

    saved = ('<head><meta value="Ars Technica" name="og:site_name"><meta name="author" value="Ada Lind">'
             '<meta charset="utf-8"><meta property="og:type" content="article"></head>')
    assert restore_meta(saved) == (
        '<head><meta property="og:site_name" content="Ars Technica" name="og:site_name">'
        '<meta name="author" content="Ada Lind"><meta charset="utf-8">'
        '<meta property="og:type" content="article"></head>')
