"""Session 14 (fbody6): captions inside a flattened story in shapes the earlier rules did not know
(audioed/read/insets.py): closed by a copyright sign and a name or by a credit glued to its last word,
or opened by a picture's enlarge button. The story around them is still read."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


def test_captions_closed_by_a_copyright_credit_or_a_glued_credit_are_not_read():
    caps = ["The second pier at dawn, before the first crossing. © Lena Ostrova / Harbor Daily",
            "Commuters waiting on the quay for the morning ferriesLena Ostrova",
            "Vergrößern The old ticket office beside the second pier.",
            "Foto © Lena Ostrova"]
    got = kinds(page(HEAD, STORY[:2], caps[:2], STORY[2:], caps[2:], MORE))
    assert all(got[c] == "caption" for c in caps)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_brand_or_a_title_ending_in_capitals_is_not_taken_for_a_credit():
    lines = ["The commission tracks the boats with its WordPress Plugins", "Island Ferries and the Harbor Board"]
    got = kinds(page(HEAD, STORY[:2], lines[:1], STORY[2:], lines[1:], MORE))
    assert got[lines[0]] not in ("caption", "chrome")
