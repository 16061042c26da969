"""Session 22 (fclose): one closing line under the story (`tail.closing_line`, after the learned story
end): a site's address alone, a licence or citation note, a label whose value is furniture, a
disclaimer are not heard; the story's own lines, a web link among its references, stay."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read.tail import closing_line

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]


def test_a_licence_and_a_citation_under_the_story_are_not_heard():
    notes = ["LICENSED UNDER CC BY SA", "SUGGESTED CITATION Ruiz, Ana: New boats for the island, Harbour Blog, 2021/3/4."]
    got = kinds(page(HEAD, STORY, MORE, notes, FOOT))
    assert all(got[t] != "paragraph" for t in notes)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_shapes():
    assert closing_line("ISLANDNEWS.COM")
    assert closing_line("More details at www.harbour-news.org.")
    assert closing_line("Harbour News is not responsible for the opinions of its contributors.")
    assert closing_line("Release Date:", valued=True)
    assert not closing_line("Release Date:")  # a label over a narrated line heads it
    assert not closing_line("https://example.org/harbour/report-2021")  # a story's reference
    assert not closing_line("This article was reprinted on Example.com.")
    assert not closing_line("Inside this week's Example.net Weekly Edition")
