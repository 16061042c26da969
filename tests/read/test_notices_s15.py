"""Session 15 (fprec7): notices inside or under a flattened story (audioed/read/notices.py): a
disclosure of affiliate links, the comment form's notes, a bio under "About NAME", a caption's
position words, an appeal to the reader, a "Filed under" line. The story around them is read."""

import pytest

from audioed.read import notices
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
ALL = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"}


@pytest.fixture(params=["on", "off"])
def rules(request, monkeypatch):
    """Each test runs with the rules on, and off to show that the rule is what moves the line."""
    monkeypatch.setattr(notices, "_ON", ALL if request.param == "on" else set())
    return request.param == "on"


def _read(lines, where="end"):
    parts = (HEAD, STORY, lines, MORE) if where == "inside" else (HEAD, STORY, MORE, lines)
    return kinds(page(*parts))


def test_a_disclosure_of_affiliate_links_is_not_read(rules):
    lines = ["Dieser Beitrag enthält Affiliate-Links. Wenn ihr über diese Links einkauft, erhalten wir eine "
             "kleine Provision, für euch ändert sich am Preis nichts."]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_the_comment_forms_notes_are_not_read(rules):
    lines = ["Time limit is exhausted. Please reload CAPTCHA."]
    got = _read(lines)
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_bio_under_an_about_label_is_not_read(rules):
    lines = ["Über Lena Ostrova 257 Artikel",
             "Seit 2010 als Journalistin tätig, schreibt vor allem über Häfen, Fähren und die Inseln vor der Küste."]
    got = _read(lines)
    assert (got[lines[1]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_caption_in_its_position_words_is_not_read(rules):
    lines = ["Lena Ostrova (l.) und Jana Berg haben einen guten Draht."]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "caption") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_an_appeal_to_the_reader_is_not_read(rules):
    lines = ["Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen"]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_filed_under_line_is_not_read(rules):
    lines = ["Filed under ferries , harbor commission."]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_asking_for_support_of_its_cause_is_read():
    lines = ["Unterschreiben Sie die Petition und unterstützen Sie unsere Forderung nach mehr Fähren für die Insel."]
    got = _read(lines, "inside")
    assert got[lines[0]] == "paragraph"


def test_a_share_call_written_as_a_phrase_is_not_read(rules):
    lines = ["Empfiehl dies deinen Freunden."]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_sentence_about_printing_or_sharing_is_read():
    lines = ["Sie teilen die Seite mit anderen Mietern."]
    got = _read(lines, "inside")
    assert got[lines[0]] not in ("chrome", "caption")


def test_a_posts_pager_in_another_language_is_not_read(rules):
    lines = ["Vorschau auf den nächsten Artikel"]
    got = _read(lines, "inside")
    assert (got[lines[0]] == "chrome") == rules
    assert all(got[p] == "paragraph" for p in STORY + MORE)
