"""Inside the story, session 21 (branch fmid): a short block closing on a labelled picture credit after
its last stop or in brackets ("... at dusk. Bild: Jane Doe/Agency", "... (Foto: Stadt Nordhausen)") is
a caption (read/insets.py, `_credited`). Made-up pages."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page


def test_a_caption_closing_on_a_labelled_credit_is_not_the_story():
    caption = "The old ferry at the second pier at dusk. Bild: Jane Doe/Harbor Photos"
    text = page(MENU_AND_TITLE, STORY[:2], [caption], STORY[2:], MORE)
    got = kinds(text)
    assert got[caption] == "caption"
    assert got[STORY[2]] == "paragraph"


def test_a_bracketed_labelled_credit_closes_a_caption():
    caption = "Commuters wait for the morning boat on the quay (Photo: Jane Doe)"
    text = page(MENU_AND_TITLE, STORY[:2], [caption], STORY[2:], MORE)
    assert kinds(text)[caption] == "caption"


def test_a_sentence_naming_a_photo_is_the_story():
    # (a label inside the sentence, or a long tail after it, is the story's own words)
    line = "The commission showed one photo: the crowded pier at eight in the morning on a Monday in May."
    text = page(MENU_AND_TITLE, STORY[:2], [line], STORY[2:], MORE)
    assert kinds(text)[line] == "paragraph"
