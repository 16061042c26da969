"""Session 15 (fprec7): a page's disclosure of its affiliate links or advertisers' pay inside or under
a flattened story is not read (audioed/read/notices.py). The story around it is read."""

import pytest

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
DISCLOSURE_IN_STORY = ("Dieser Beitrag enthält Affiliate-Links. Wenn ihr über diese Links einkauft, erhalten wir eine "
                       "kleine Provision, für euch ändert sich am Preis nichts.")
DISCLOSURE_ABOVE = ("This post contains references to products from one or more of our advertisers. We may receive "
                    "compensation when you click on links to those products.")


@pytest.mark.parametrize("line, parts", [
    pytest.param(DISCLOSURE_IN_STORY, lambda d: (HEAD, STORY, d, MORE), id="affiliate links inside the story"),
    pytest.param(DISCLOSURE_ABOVE, lambda d: (HEAD, d, STORY, MORE), id="advertisers above the story"),
])
def test_a_disclosure_is_not_read_and_the_story_around_it_is(line, parts):
    got = kinds(page(*parts([line])))
    assert got[line] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_quoting_someone_on_affiliate_links_is_read():
    lines = ["“Most shops now pay bloggers through affiliate links,” the harbor board's trade officer said."]
    got = kinds(page(HEAD, STORY, lines, MORE))
    assert got[lines[0]] == "paragraph"


def test_a_story_sentence_about_paid_advertising_is_read():
    # a story's own sentence names paid advertising but speaks neither of its page nor to its reader
    lines = ["Die Influencerin hatte den Post über die Gesichtscreme nicht als bezahlte Werbung gekennzeichnet, "
             "befand das Landgericht am Dienstag in seinem Urteil."]
    got = kinds(page(HEAD, STORY, lines, MORE))
    assert got[lines[0]] == "paragraph"
