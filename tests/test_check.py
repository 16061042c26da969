"""Listen-back check: canonical words, alignment arithmetic, and real Whisper on real Piper audio."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audioed.check import (CheckReport, Word, align, canonical_words, check_episode, compare,
                           format_report, word_error_rate)
from audioed.cli import main
from audioed.errors import AudioError


def test_canonical_words_expand_fold_and_strip():
    assert canonical_words("Cmdr. Treviño paid $2.2 million, the No. 2 U.S. official's 3%.") == [
        "commander", "trevino", "paid", "two", "point", "two", "million", "dollars", "the",
        "number", "two", "us", "officials", "three", "percent"]
    # A transcript that writes numbers differently lands on the same words.
    assert canonical_words("In the 1990s") == canonical_words("in the nineteen-nineties")


def test_align_counts_each_kind_of_error():
    ref, hyp = "the cat sat on the mat".split(), "the bat sat the mat today".split()
    ops = align(ref, hyp)
    assert [op.kind for op in ops] == ["=", "s", "=", "d", "=", "=", "i"]
    assert [(op.ref, op.hyp) for op in ops if op.kind != "="] == [(1, 1), (3, None), (None, 5)]
    assert word_error_rate(ref, hyp) == pytest.approx(3 / 6)
    assert word_error_rate(ref, ref) == 0
    assert word_error_rate([], []) == 0


def test_compare_reports_misses_with_times():
    heard = [Word(w, 1000 * i, 1000 * i + 800) for i, w in enumerate(
        "commander trevina spoke in phoenix today".split())]
    report = compare("Cmdr. Treviño spoke in Nogales today.", heard)
    assert report.reference_words == 6 and report.substitutions == 2
    assert report.wer == pytest.approx(2 / 6)
    assert [(m.expected, m.heard, m.start_ms) for m in report.misses] == [
        ("trevino", "trevina", 1000), ("nogales", "phoenix", 4000)]
    assert report.suspects()[0][1] == 1
    assert "00:04  'nogales' heard as 'phoenix'" in format_report(report)


def test_a_word_not_heard_at_all_is_placed_between_its_neighbours():
    heard = [Word("agents", 0, 500), Word("left", 2000, 2400)]
    report = compare("agents quietly left", heard)
    assert report.deletions == 1
    (miss,) = report.misses
    assert (miss.expected, miss.heard, miss.start_ms, miss.end_ms) == ("quietly", "", 500, 2000)


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory):
    """A real Piper recording of a short news sentence."""
    from audioed.engines import create
    from audioed.normalize import normalize

    text = "Commander Armando Trevino met Border Patrol agents in Nogales on Tuesday."
    path = tmp_path_factory.mktemp("check") / "clip.wav"
    create("piper").synthesize(normalize(text)).export(path, format="wav")
    return path, text


def test_whisper_hears_piper(spoken_wav):
    path, text = spoken_wav
    report = check_episode(path, text)
    assert report.reference_words == 11
    assert report.wer <= 0.3, report.transcript
    # Piper adds random noise per run, so tiny.en may mishear a name; the rest must be heard.
    assert "patrol agents" in report.transcript and "tuesday" in report.transcript


def test_wrong_script_words_are_reported_where_they_are_spoken(spoken_wav):
    path, text = spoken_wav
    report = check_episode(path, text.replace("Tuesday", "Saturday").replace("Border", "Coast"))
    expected = [m.expected for m in report.misses]
    assert "saturday" in " ".join(expected) and "coast" in " ".join(expected)
    sat = next(m for m in report.misses if "saturday" in m.expected)
    coast = next(m for m in report.misses if "coast" in m.expected)
    assert coast.start_ms < sat.start_ms  # in speaking order, at their times in the audio
    assert sat.start_ms > 2000


def test_check_command_prints_wer_and_json(spoken_wav, tmp_path):
    path, text = spoken_wav
    article = tmp_path / "a.txt"
    article.write_text("Patrol Story\n\n" + text + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(path), str(article), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert set(data) >= {"wer", "reference_words", "misses", "transcript"}
    assert 0 < data["wer"] <= 1  # the script adds a title and credits the clip does not say


def test_missing_episode_is_one_error_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text here.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "none.mp3"), str(article)])
    assert r.exit_code == 1
    assert r.output.strip().startswith("error:") and "none.mp3" in r.output
    with pytest.raises(AudioError):
        check_episode(tmp_path / "none.mp3", "x")


def test_report_is_plain_data():
    report = CheckReport(wer=0.5, reference_words=2, substitutions=1, deletions=0, insertions=0)
    assert json.loads(json.dumps(report.to_dict()))["wer"] == 0.5
