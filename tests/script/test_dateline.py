"""One dateline detector: what the reader records as the dateline is what the normalizer says
as a sentence of its own, and what it leaves alone the reader does not record."""

import importlib

import pytest

from audioed.read.metadata import find_dateline

normalizer = importlib.import_module("audioed.script.normalize")


@pytest.mark.parametrize("text, place, spoken", [
    ("NOGALES, ARIZ. -- In a sensitive case", "NOGALES, ARIZ.", "Nogales, Ariz. In a sensitive case"),
    ("NOGALES, ARIZ.--In a sensitive case", "NOGALES, ARIZ.", "Nogales, Ariz. In a sensitive case"),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", "Washington (AP). The Senate voted"),
    ("Evansville, Indiana, United States - This week", "Evansville, Indiana, United States",
     "Evansville, Indiana, United States. This week"),
    ("Smith, who spoke - and left", None, None),
    ("No dateline -- here", None, None),
    ("X-ray machines - a history", None, None),
])
def test_reader_and_normalizer_agree(text, place, spoken):
    assert find_dateline(text) == place
    assert normalizer.dateline(text) == (spoken or text)
