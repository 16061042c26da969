"""Session 26 (ffteaser): another story's card set between the story's paragraphs, its headline and a time
stamp under it ("14 hours ago", "vor 2 Std.", "23. 12. 2024 13:31"), is not heard; the story's own
subheading, which carries no stamp, is."""

import pytest

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOT = ["Privacy Policy", "Contact"]
SUBHEAD = "What the island's shops expect"


@pytest.mark.parametrize("card", [
    ["Lighthouse keeper's cottage goes up for sale after forty years", "14 hours ago"],
    ["Hafenamt prüft neue Fähre für die Insel im Sommer", "News", "vor 2 Std."],
    ["Ostrovní přístav čeká na nové lodě. Rada rozhodne v létě", "23. 12. 2024 13:31"],
], ids=["relative_english", "label_then_relative_german", "date_time_czech"])
def test_a_stamped_card_between_paragraphs_is_not_heard(card):
    got = kinds(page(HEAD, STORY[:2], card, STORY[2:], [SUBHEAD], MORE, FOOT))
    assert got[card[0]] != "paragraph"
    assert got[card[-1]] != "paragraph"
    assert got[SUBHEAD] in ("paragraph", "heading")
    assert all(got[t] == "paragraph" for t in STORY + MORE)


def test_a_subheading_without_a_stamp_stays():
    sub = "Lighthouse keeper's cottage goes up for sale after forty years"
    got = kinds(page(HEAD, STORY[:2], [sub], STORY[2:], MORE, FOOT))
    assert got[sub] in ("paragraph", "heading")
