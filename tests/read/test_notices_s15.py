"""Session 15 (fprec7): a page's disclosure of its affiliate links or advertisers' pay inside or under
a flattened story is not read (audioed/read/notices.py). The story around it is read."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


def test_a_disclosure_of_affiliate_links_inside_the_story_is_not_read():
    lines = ["Dieser Beitrag enthält Affiliate-Links. Wenn ihr über diese Links einkauft, erhalten wir eine "
             "kleine Provision, für euch ändert sich am Preis nichts."]
    got = kinds(page(HEAD, STORY, lines, MORE))
    assert got[lines[0]] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_an_advertisers_disclosure_above_the_story_is_not_read():
    lines = ["This post contains references to products from one or more of our advertisers. We may receive "
             "compensation when you click on links to those products."]
    got = kinds(page(HEAD, lines, STORY, MORE))
    assert got[lines[0]] == "chrome"
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
