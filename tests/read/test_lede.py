"""The opening of a flattened story (audioed/read/lede.py): what a page sets between the headline
and the story's first paragraph is not narrated (a share row's counters, labels, sign-up boxes,
captions, another story's card, date lines), and the story's own opening still is."""

from audioed.read import parse
from flat_page import MENU_AND_TITLE, MORE as STORY_MORE, STORY, TITLE, kinds, page

HEAD = MENU_AND_TITLE
MORE = STORY_MORE[:2]
DEK = "The island's crowded crossings get two more boats in June, and the fares stay as they are for now."


def read(text):
    return parse(text, fmt="text")


def story_read(got):
    return all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_share_rows_counts_and_a_label_above_the_story_are_not_read():
    lines = ["438.3K", "57", "Filed to:"]
    got = kinds(page(HEAD, ["By Ana Ruiz"], lines, ["HARBOR NEWS"], STORY, MORE))
    assert all(got[x] == "chrome" for x in lines)
    assert story_read(got)


def test_a_lists_opening_line_above_its_items_is_not_a_label():
    items = ["What You'll Need:", "A ferry timetable", "Two tickets for the island"]
    got = kinds(page(HEAD, items, STORY, MORE))
    assert got["What You'll Need:"] != "chrome"


def test_a_sign_up_box_under_the_dek_is_not_read_and_the_dek_stays_the_dek():
    box = ["Breaking News Emails",
           "Get breaking news alerts and special reports delivered to your inbox every weekday morning."]
    article = read(page(HEAD, [DEK], box, STORY, MORE))
    got = {b.text: b.kind for b in article.blocks}
    assert all(got[x] in ("chrome", "promo") for x in box)  # (the second line is a promo by its own words)
    assert article.dek == DEK and story_read(got)


def test_a_dek_about_emails_is_no_sign_up_box():
    dek = "Leaked e-mails show the commission weighed the vote for a year before the crossings were doubled."
    article = read(page(HEAD, [dek, "By Ana Ruiz"], STORY, MORE))
    assert article.dek == dek


def test_a_caption_above_the_story_is_not_read():
    cap = "Commuters wait for the morning boat at the second pier on Monday."
    for around in (["Photo", cap], [cap, "Credit...", "Jane Doe/Bay Ledger"], [cap, "Photo: Jane Doe"]):
        got = kinds(page(HEAD, ["By Ana Ruiz"], around, STORY, MORE))
        assert got[cap] == "caption", around
        assert story_read(got)
    glued = cap + "CreditJane Doe/Bay Ledger"
    got = kinds(page(HEAD, ["By Ana Ruiz"], [glued], STORY, MORE))
    assert got[glued] == "caption" and story_read(got)


def test_a_lede_with_a_credit_later_in_the_story_is_read():
    got = kinds(page(HEAD, ["By Ana Ruiz"], STORY[:2], ["Photo: Jane Doe"], STORY[2:], MORE))
    assert story_read(got)


def test_another_storys_card_cut_off_above_the_story_is_not_read():
    card = ["Two Boats Collide Off the North Shore", "Two boats collided early on Sunday off the north shore,..."]
    got = kinds(page(HEAD, ["By Ana Ruiz"], card, STORY, MORE))
    assert all(got[x] == "chrome" for x in card)
    assert story_read(got)


def test_date_lines_above_the_story_are_not_read_and_date_the_episode():
    stamps = ["23 Nov 2017", "Last modified on Mon 18 Nov 2019 18.56 GMT"]
    article = read(page(HEAD, ["By Ana Ruiz"], stamps, STORY, MORE))
    got = {b.text: b.kind for b in article.blocks}
    assert all(got[x] == "chrome" for x in stamps)
    assert article.date is not None and story_read(got)


def test_date_lines_in_spanish_or_portuguese_words_above_the_story_are_not_read():
    stamps = ["sexta-feira, 22 de outubro de 2010 às 20:13", "1 de diciembre de 2017 3:00 AM PST",
              "dimecres, 22 de gener de 2020 a les 20:13"]  # Catalan
    for stamp in stamps:
        got = kinds(page(HEAD, ["By Ana Ruiz"], [stamp], STORY, MORE))
        assert got[stamp] == "chrome" and story_read(got)
    # a sentence holding such a date is the story's
    line = "El puerto abrió el 1 de diciembre de 2017 con dos barcos nuevos y una tarifa más baja para todos."
    got = kinds(page(HEAD, ["By Ana Ruiz"], [line], STORY, MORE))
    assert got[line] == "paragraph"


def test_a_slideshow_under_the_headline_is_not_read():
    slides = ["1 of 24", "Full Screen", "Ferry Passengers Queue on the Quay Before the Vote"]
    got = kinds(page(HEAD, ["By Ana Ruiz"], slides, STORY, MORE))
    assert got[slides[2]] in ("caption", "chrome") and story_read(got)


def test_a_gallerys_counter_over_the_lede_leaves_the_lede():
    gallery = ["Ferry passengers queue on the quay in the rain before the vote on Tuesday.", "1 / 23",
               "Back to Gallery"]
    got = kinds(page(HEAD, ["By Ana Ruiz"], gallery, STORY, MORE))
    assert story_read(got)


def test_a_share_line_holding_the_headline_is_not_read():
    share = "Share All sharing options for: " + TITLE
    got = kinds(page(HEAD, ["By Ana Ruiz"], [share], STORY, MORE))
    assert got[share] == "chrome" and story_read(got)


def test_a_cards_blurb_above_its_read_more_link_is_not_read():
    blurb = "The very best deals on island weekends this winter."
    got = kinds(page(HEAD, ["By Ana Ruiz", blurb, "Read More"], STORY, MORE))
    assert got[blurb] == "chrome" and story_read(got)


def test_a_videos_title_under_its_label_is_read():
    title = "Harbor master explains the new crossing schedule for the summer season"
    got = kinds(page(HEAD, ["By Ana Ruiz", "Video", title], STORY, MORE))
    assert got[title] != "caption"
