"""The truth reader and scorer of benchmarks/reading_chaos.py (ir-research-data's chaos set), on a made-up
corpus: the page's own address, the gold file in Windows-1252 or UTF-8 read as headline and paragraphs,
the halves by the publisher's domain, test refused to --show and to title_replay, one page scored."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_chaos import (chaos_page, chaos_truth, cmd_chaos, half_counts, page_address, page_ids,  # noqa: E402
                           page_index, read_file)
from reading_gn1 import page_half  # noqa: E402
from test_gn1_scoring import read_as, scored_whole_then_part  # noqa: E402, F401 - (read_as: a fixture)
from title_replay import record_gn1  # noqa: E402

HEADLINE = "Ferry’s return: the “old boat” is back"
PARAS = ["The harbor ferry returned to the north pier on Friday after a winter of repairs.",
         "Hundreds of people waited on the quay to see the old boat come in, some of them for hours."]
GOLD = HEADLINE + "\r\n\r\n" + "\r\n\r\n".join(PARAS) + "\r\n"


def _html(head: str) -> str:
    return (f"<html><head><title>Ferry returns - Harbor Ledger</title>{head}</head><body>"
            f"<p>Home | News</p><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "<p>Bridge closes for a week</p></body></html>")


def _corpus(root: Path, pages: dict[str, str | None], suffix: str = ".htm") -> None:
    """pages: id -> the address its canonical link declares (None: none); the gold in Windows-1252."""
    for folder in ("html", "gold"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for pid, url in pages.items():
        head = f'<link rel="canonical" href="{url}">' if url else ""
        (root / "html" / f"{pid}{suffix}").write_text(_html(head), encoding="utf-8")
        (root / "gold" / f"{pid}.txt").write_bytes(GOLD.encode("cp1252"))
    page_index.cache_clear()


def _domains() -> dict[str, str]:
    return {h: next(f"paper{i}.example" for i in range(100) if page_half(f"paper{i}.example") == h)
            for h in ("a", "test")}


def test_the_address_is_the_first_absolute_one_the_page_declares():
    assert page_address(_html('<link rel="Canonical" href="https://www.paper.example/a">')) == \
        "https://www.paper.example/a"
    # a relative canonical link is passed over for og:url
    assert page_address(_html('<link rel="canonical" href="/news/a"><meta property="og:url" '
                              'content="http://www.paper.example/news/a?campaign=x">')) == \
        "http://www.paper.example/news/a?campaign=x"
    assert page_address(_html('<meta name="parsely-link" content="http://news.paper.example/b">')) == \
        "http://news.paper.example/b"
    assert page_address(_html('<link rel="canonical" href="/news/a">')) is None
    assert page_address("") is None


def test_gold_read_in_either_encoding(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes(GOLD.encode("cp1252"))
    (tmp_path / "utf8.txt").write_bytes(GOLD.encode("utf-8"))
    for name in ("cp1252.txt", "utf8.txt"):
        assert chaos_truth(read_file(tmp_path / name)) == (HEADLINE, PARAS)
    # the first non-empty line is the headline; spaces folded, empty lines dropped
    assert chaos_truth("\n  \nA  headline \n\nOne  paragraph.\n \nTwo.\n") == ("A headline", ["One paragraph.", "Two."])
    assert chaos_truth("") == (None, [])


def test_halves_by_publisher_and_test_never_shown(tmp_path):
    doms = _domains()
    _corpus(tmp_path, {"boat (1)": f"https://www.{doms['a']}/story", "boat (2)": f"http://news.{doms['test']}/s",
                       "boat (3)": None})
    (tmp_path / "html" / "lost (1).htm").write_text(_html(""), encoding="utf-8")  # no gold: not a page
    assert [(pid, h) for pid, _, h in page_ids(tmp_path)] == [("boat (1)", "a"), ("boat (2)", "test")]
    assert [pid for pid, _, _ in page_ids(tmp_path, "test")] == ["boat (2)"]
    assert half_counts(tmp_path) == ("half a: 1 pages, 1 publishers; half test: 1 pages, 1 publishers; "
                                     "1 pages declare no address (left out)")
    for opts in ({"half": "test", "show": "3"}, {"half": "test", "only": "boat (2)"}, {"half": "b"}):
        with pytest.raises(SystemExit):
            cmd_chaos([str(tmp_path)], opts)
    with pytest.raises(SystemExit):
        record_gn1(tmp_path, tmp_path, tmp_path / "cache.pkl", "test", corpus="chaos")
    assert not (tmp_path / "cache.pkl").exists()


def test_one_page_scored(tmp_path, read_as):
    _corpus(tmp_path, {"boat (1)": f"https://www.{_domains()['a']}/story"}, suffix=".html")
    pid, url, half = page_ids(tmp_path, "a")[0]
    page = chaos_page(tmp_path, pid, url, half)
    assert page["title"] == HEADLINE and page["body"] == PARAS and page["domain"] == _domains()["a"]
    text = "\n\n".join(["Home | News", HEADLINE, *PARAS, "Bridge closes for a week"])
    r = scored_whole_then_part(page, text, read_as, PARAS, "Ferry's Return: The \"Old Boat\" Is Back",
                               "Harbor Ledger")
    assert r["any_head"] is False
