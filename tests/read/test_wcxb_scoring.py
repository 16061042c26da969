"""The truth reader and scorer of benchmarks/reading_wcxb.py (WCXB, the Web Content eXtraction
Benchmark), on a made-up corpus: articles only, metadata.json's split (not the folder's), the halves by
domain, test refused to --show, and one page scored (snippets, body, title, authors, date, site)."""

import gzip
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_eval import toks  # noqa: E402
from reading_wcxb import cmd_wcxb, measure, page_half, page_ids, wcxb_page  # noqa: E402

PARAS = ["The harbor ferry returned to the north pier on Friday after a winter of repairs.",
         "Hundreds of people waited on the quay to see the old boat come in."]
HTML = ("<html><head><title>Ferry returns to the north pier | Harbor Ledger</title>"
        '<meta property="og:site_name" content="Harbor Ledger"></head><body>'
        "<nav>Home News Sport Subscribe to our newsletter today</nav>"
        "<article><h1>Ferry returns to the north pier</h1><p class='byline'>By Ada Lind and Bo Strand</p>"
        "<time datetime='2025-03-07'>March 7, 2025</time>"
        + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
        "<footer>Share on Facebook. Copyright Harbor Ledger 2025. All rights reserved.</footer></body></html>")
TRUTH_WORDS = toks(" ".join(PARAS))
TRUTH = {"url": "https://harborledger.example/ferry", "ground_truth": {
    "title": "Ferry returns to the north pier", "author": "Ada Lind & Bo Strand", "publish_date": "2025-03-07",
    "main_content": "\n\n".join(PARAS),
    "with": ["returned to the north pier", "waited on the quay", "the tunnel opens in spring"],
    "without": ["Subscribe to our newsletter", "Share on Facebook"]}}


def _corpus(root: Path) -> None:
    files = {}
    for pid, split, kind, domain in (("0001", "dev", "article", "harborledger.example"),
                                     ("0002", "dev", "product", "shop.example"),
                                     ("4001", "test", "article", "other.example"),
                                     ("4002", "test", "article", "third.example")):
        files[pid] = {"split": split, "page_type": kind, "domain": domain, "spa": False}
        # dev/ also holds copies of test pages (WCXB v1.0): the split is metadata.json's
        for folder in {split, "dev"} if pid == "4002" else {split}:
            (root / folder / "html").mkdir(parents=True, exist_ok=True)
            (root / folder / "ground-truth").mkdir(parents=True, exist_ok=True)
            with gzip.open(root / folder / "html" / f"{pid}.html.gz", "wt", encoding="utf-8") as f:
                f.write(HTML)
            (root / folder / "ground-truth" / f"{pid}.json").write_text(json.dumps(dict(TRUTH, file_id=pid)))
    (root / "metadata.json").write_text(json.dumps({"files": files}))


def test_articles_only_and_the_split_is_metadatas(tmp_path):
    _corpus(tmp_path)
    ids = page_ids(tmp_path)
    assert [(pid, split) for pid, split, _ in ids] == [("0001", "dev"), ("4001", "test"), ("4002", "test")]
    assert {h for _, split, h in ids if split == "test"} == {"test"}
    assert page_ids(tmp_path, "test") == [("4001", "test", "test"), ("4002", "test", "test")]


def test_halves_by_domain():
    assert page_half("test", "harborledger.example") == "test"
    assert page_half("dev", "harborledger.example") == page_half("dev", "harborledger.example")
    assert {page_half("dev", f"paper{i}.example") for i in range(20)} == {"a", "b"}


def test_test_split_and_half_b_are_never_shown(tmp_path):
    _corpus(tmp_path)
    for half in ("test", "b"):
        with pytest.raises(SystemExit):
            cmd_wcxb([str(tmp_path)], {"half": half, "show": "3"})
    with pytest.raises(SystemExit):
        cmd_wcxb([str(tmp_path)], {"half": "test", "only": "4001"})


TEXT = "\n\n".join(["Home News Sport", "Ferry returns to the north pier", "By Ada Lind and Bo Strand",
                    "March 7, 2025", *PARAS, "Share on Facebook. Copyright Harbor Ledger 2025."])


@pytest.fixture
def read_as(monkeypatch):
    """The reader stubbed: the scorer is tested, not the reader (its heard body and metadata given)."""
    import audioed.read
    import audioed.script
    import reading_fundus  # (its read_scored reads every adapter's page)

    def use(heard, title, authors, date, site):
        article = SimpleNamespace(title=title, authors=authors, date=date, publisher=site)
        monkeypatch.setattr(audioed.read, "parse", lambda *a, **k: article)
        monkeypatch.setattr(audioed.script, "build_script", lambda a: None)
        monkeypatch.setattr(reading_fundus, "heard_runs", lambda s: heard)
        monkeypatch.setattr(reading_fundus, "narrated_runs", lambda s: heard)
    return use


def test_one_page_scored(tmp_path, read_as):
    _corpus(tmp_path)
    page = wcxb_page(tmp_path, "0001", "dev", "a")
    assert page["authors"] == ["Ada Lind", "Bo Strand"] and page["body"] == PARAS
    read_as([*PARAS, "Share on Facebook."], "Ferry Returns to the North Pier", ["Ada Lind", "Bo Strand"],
            "2025-03-07", "Harbor Ledger")
    r = measure(page, TEXT, "text", with_url=False)
    tp, fp, fn, tn = r["counts"]
    # two "with" heard, the third is in no text; one "without" heard (a false positive), one not
    assert (tp, fp, fn, tn) == (2, 1, 1, 1)
    assert r["recall"] == 1.0 and r["leaked"] == 3 and r["narrated"] == len(TRUTH_WORDS) + 3
    assert r["title"] and r["any_head"] and r["reachable"]
    assert r["authors"] and not r["other_author"]
    assert r["date"] is True
    # the site is the one the page's markup declares (WCXB gives none)
    assert r["want_site"] == "Harbor Ledger" and r["got_site"] == "Harbor Ledger"


def test_misses_are_counted(tmp_path, read_as):
    _corpus(tmp_path)
    page = wcxb_page(tmp_path, "0001", "dev", "a")
    read_as(PARAS[:1], "Harbor Ledger", ["Ada Lind", "Cy Moss"], "2025-03-06", None)
    r = measure(page, TEXT, "text", with_url=False)
    assert r["counts"][:3] == (1, 0, 2) and 0.4 < r["recall"] < 0.6
    assert r["title"] is False and r["any_head"] is False
    assert r["authors"] is False and r["other_author"]  # Bo Strand missed, Cy Moss another name
    assert r["date"] is False and r["got_site"] is None


def test_a_truth_with_no_author_or_date_is_not_scored_on_them(tmp_path, read_as):
    _corpus(tmp_path)
    read_as(PARAS, "Ferry returns to the north pier", ["Ada Lind"], "2025-03-07", None)
    page = dict(wcxb_page(tmp_path, "0001", "dev", "a"), author=None, authors=[], date=None)
    r = measure(page, "\n\n".join(PARAS), "text", with_url=False)
    assert r["authors"] is None and r["date"] is None
