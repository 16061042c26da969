"""Session 14 (fbody6): furniture inside a flattened story in shapes the earlier rules did not know
(audioed/read/insets.py): a caption closed by a copyright sign and a name or by a credit glued to its last
word, or opened by a picture's enlarge button; a share button's "(Opens in new window)"; the page asking
whether the reader liked the article. The story around them is still read."""

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


def test_share_buttons_opening_a_new_window_are_not_read():
    buttons = ["Share this:", "Click to share on Twitter (Opens in new window)",
               "Click to share on Facebook (Opens in new window)",
               "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)"]
    # (a share row set between the story's paragraphs: "Share this:" opens a list, its lines are no gap)
    got = kinds(page(HEAD, STORY, buttons, MORE))
    assert all(got[b] not in ("paragraph", "heading") for b in buttons)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_the_page_asking_whether_the_reader_liked_the_article_is_not_read():
    asks = ["Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen",
            "If you enjoyed reading this post, would you consider supporting our work? Just click here. Thanks!"]
    got = kinds(page(HEAD, STORY, MORE[:2], asks[:1], MORE[2:], asks[1:]))
    assert all(got[a] == "chrome" for a in asks)
    assert all(got[p] == "paragraph" for p in STORY + MORE)
    # a story's own question about liking something is read
    q = "Did the island's shop owners like the new schedule? Most said they did, by a wide margin."
    got = kinds(page(HEAD, STORY, [q], MORE))
    assert got[q] == "paragraph"


def test_a_bio_or_a_role_right_under_the_authors_name_after_the_story_is_not_read():
    # (furniture.mark_name_bios: the name alone is the author's, "bio"; the line under it is their box's)
    bio = "Ana is the co-founder of a ferry users' group and has written about the waterfront since 2012."
    got = kinds(page(HEAD, STORY, MORE, ["Ana Ruiz", bio, "Comments"]))
    assert got[bio] == "chrome"
    role = "Harbor Daily Redakteurin"
    got = kinds(page(HEAD, STORY, MORE, ["Ana Ruiz", role, "Comments"]))
    assert got[role] == "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_dated_cards_under_a_more_content_header_closing_the_story_are_not_read():
    # (tail.mark_headed_teasers: each card opens on its date, its title and blurb glued after it)
    cards = [f"{d}.03.2022 - Harbor News - Ferry fares: the commission looks at the autumn again The commission "
             f"will meet on the {d}th to talk about the fuel costs that could raise the fares this year, and the quay's "
             f"owners will speak first."
             for d in (12, 11, 10)]
    got = kinds(page(HEAD, STORY, MORE, ["Weitere Inhalte:"], cards, ["Newsübersicht", "zurück", "Impressum"]))
    assert all(got[c] == "chrome" for c in cards)
    assert all(got[p] == "paragraph" for p in STORY + MORE)
