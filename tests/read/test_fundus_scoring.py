"""The truth reader of benchmarks/reading_fundus.py (fundus's parser test pages): which expected
article a page gets, the summary kept apart from the body, the halves by publisher, and the body
scored in words that split Japanese text."""

import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_eval import norm_title, score_text, toks  # noqa: E402
from reading_fundus import DATA, fundus_pages, page_half  # noqa: E402
from reading_postlight import words  # noqa: E402


def _page(title: str, para: str) -> str:
    return f"<html><head><title>{title} - Harbor Ledger</title></head><body><h1>{title}</h1><p>{para}</p></body></html>"


def _corpus(root: Path) -> None:
    cc = root / DATA / "xx"
    cc.mkdir(parents=True)
    versions = {
        "V1": {"title": "Ferry returns to the north pier", "authors": ["Ada Lind"],
               "publishing_date": "2023-04-28 17:40:08+00:00",
               "body": {"summary": ["The old ferry is back."],
                        "sections": [{"headline": [], "paragraphs": ["The ferry docked at dawn on Friday."]},
                                     {"headline": ["Crowds"], "paragraphs": ["Hundreds came to see it."]}]}},
        "V1_1": {"title": "Bridge closes for the winter", "authors": [],
                 "publishing_date": "2024-11-02 08:00:00+01:00",
                 "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["The bridge shut today."]}]}},
    }
    (cc / "HarborLedger.json").write_text(json.dumps(versions), encoding="utf-8")
    # the newer page first in the listing's date order, but its title names its version
    for name, title, para in (("HarborLedger_2023_04_28", "Bridge closes for the winter", "The bridge shut today."),
                              ("HarborLedger_2024_11_02", "Ferry returns to the north pier", "The ferry docked.")):
        with gzip.open(cc / f"{name}.html.gz", "wt", encoding="utf-8") as f:
            f.write(_page(title, para))
    (cc / "meta.info").write_text(json.dumps({"HarborLedger_2023_04_28.html.gz": {"url": "https://harbor.example/a"}}),
                                  encoding="utf-8")


def test_each_page_gets_the_version_its_title_names(tmp_path):
    _corpus(tmp_path)
    pages = {p["name"]: p for p in fundus_pages(tmp_path)}
    assert sorted(pages) == ["xx-HarborLedger_2023_04_28", "xx-HarborLedger_2024_11_02"]
    old, new = pages["xx-HarborLedger_2023_04_28"], pages["xx-HarborLedger_2024_11_02"]
    assert old["title"] == "Bridge closes for the winter" and old["authors"] == []
    assert new["title"] == "Ferry returns to the north pier" and new["authors"] == ["Ada Lind"]
    assert old["url"] == "https://harbor.example/a" and new["url"] is None
    assert new["date"] == "2023-04-28"


def test_summary_is_apart_from_the_body_and_subheadings_are_body(tmp_path):
    _corpus(tmp_path)
    new = next(p for p in fundus_pages(tmp_path) if p["name"].endswith("2024_11_02"))
    assert new["summary"] == ["The old ferry is back."]
    assert new["body"] == ["The ferry docked at dawn on Friday.", "Crowds", "Hundreds came to see it."]


def test_a_publishers_pages_share_a_half():
    assert page_half("de-Stern_2024_11_05") == page_half("de-Stern_2026_01_07")
    halves = {page_half(f"xx-Paper{i}_2024_01_01") for i in range(20)}
    assert halves == {"a", "b"}


def test_japanese_body_scored_by_character():
    body = ["東京で新しい橋が開通した。"]
    # whole-sentence tokens would make one 1-gram: half the sentence heard would score nothing
    recall, leaked, total, _, _ = score_text(["東京で新しい橋が"], body, words)
    assert 0.3 < recall < 0.7 and leaked == 0 and total == len(words("東京で新しい橋が"))


def test_soft_hyphens_and_zero_width_marks_split_no_word():
    # (fundus's truth spells "Helikopter\xadlandeplatz"; the page's text may not)
    assert toks("Der Helikopter\u00adlande\u200bplatz ist neu") == ["der", "helikopterlandeplatz", "ist", "neu"]
    assert norm_title("Neuer Helikopter\u00adlandeplatz\ufeff") == norm_title("Neuer Helikopterlandeplatz")
    recall, leaked, _, _, _ = score_text(["Der neue Helikopterlandeplatz am Hafen ist offen."],
                                         ["Der neue Helikopter\u00adlandeplatz am Hafen ist offen."])
    assert recall == 1.0 and leaked == 0


def test_a_folder_without_the_pages_is_a_one_line_error(tmp_path):
    with pytest.raises(SystemExit) as e:
        fundus_pages(tmp_path / "nowhere")
    assert "fetch_corpora.sh fundus" in str(e.value) and "\n" not in str(e.value)
