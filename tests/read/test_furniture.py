"""Page furniture inside or at the end of a flattened story's run (audioed/read/furniture.py): a
link list under its header, a caption said twice, an about box, sign-off promos, captions in a
caption's own words. The story around them is still read."""

from audioed.read import parse
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]


def test_titles_under_a_link_list_header_inside_the_story_are_not_read():
    teasers = ["Council Weighs New Budget for Parks", "Library Opens Late on Fridays This Summer"]
    got = kinds(page(HEAD, STORY, ["Related Stories"], teasers, MORE))
    assert all(got[t] == "chrome" for t in teasers)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_subheading_without_a_link_list_header_is_still_read():
    sub = "Fuel Costs Loom Over the Autumn"
    got = kinds(page(HEAD, STORY[:2], [sub], STORY[2:], MORE))
    assert got[sub] == "heading"


def test_a_caption_said_twice_within_three_blocks_is_not_read():
    cap = "Passengers wait on the second pier for the morning boat to the island on a grey Monday"
    text = page(HEAD, [cap, "Photo gallery", cap], STORY, MORE)
    blocks = parse(text, fmt="text").blocks
    assert [b.kind for b in blocks if b.text == cap] == ["chrome", "chrome"]
    assert all(b.kind == "paragraph" for b in blocks if b.text in STORY)


def test_a_paragraph_repeated_far_apart_or_a_page_made_of_it_stays():
    line = "The harbor is quiet again tonight and the last boat has gone."
    got = parse(page(HEAD, [line], STORY, MORE, [line]), fmt="text").blocks
    # (since session 27, row 69, a sentence printed twice is heard once: at its first copy)
    assert [b.kind for b in got if b.text == line] == ["paragraph", "chrome"]
    # a page that is one paragraph said over: a template, all of it the story
    para = STORY[0]
    assert all(b.kind == "paragraph" for b in parse(page([para, para, para]), fmt="text").blocks)


def test_an_about_box_after_the_story_is_not_read():
    label, bio = "About Mara Linden", ("Mara Linden covers the waterfront and the island ferries for the Bay "
                                       "Ledger, where she has worked since 2015.")
    got = kinds(page(HEAD, STORY, MORE, [label, bio]))
    assert got[label] == "chrome" and got[bio] == "chrome"
    company = ("Harborline is a ferry operator serving six islands, headquartered in Port Ellis and employing "
               "three hundred people.")
    got = kinds(page(HEAD, STORY, MORE, ["About Harborline", company]))
    assert got[company] == "chrome"


def test_an_author_box_under_its_header_in_any_language_is_not_read():
    bio = ("Mara has covered the waterfront and the island ferries for the Bay Ledger since 2015, after ten years "
           "at a radio station on the coast.")
    for header in ("About the author", "Über den Autor", "Sobre el autor"):
        got = kinds(page(HEAD, STORY, MORE, [header, bio]))
        assert got[header] != "paragraph" and got[bio] == "chrome"
    # the name between the header and the bio; a bio opening with the first name under the full name
    got = kinds(page(HEAD, STORY, MORE, ["Author", "Mara Linden", bio]))
    assert got["Mara Linden"] == "chrome" and got[bio] == "chrome"
    # a blogger's box speaks in the first person under "About NAME"
    mine = "Hallo, ich bin Mara und schreibe hier seit 2015 über die Fähren und die Inseln der Bucht."
    got = kinds(page(HEAD, STORY, MORE, ["Über Mara", mine]))
    assert got[mine] == "chrome"
    # with the story's prose under it, it heads the story's text
    got = kinds(page(HEAD, STORY[:1], ["About the author", bio], STORY[1:], MORE))
    assert got[bio] == "paragraph"


def test_a_subheading_naming_a_person_inside_the_story_heads_story_text():
    sub, para = "Rosa Mendes", ("Rosa Mendes, who chairs the commission, said the vote had taken longer than "
                                "anyone wanted but that the result would serve the island for a decade.")
    got = kinds(page(HEAD, STORY[:2], [sub, para], STORY[2:], MORE))
    assert got[para] == "paragraph"


def test_sign_off_promos_at_the_page_end_are_not_read():
    promos = ["Follow us on Facebook and Instagram for more stories like this.",
              "If you buy something through links on this page, we may earn a small commission."]
    got = kinds(page(HEAD, STORY, MORE, promos))
    assert all(got[p] == "chrome" for p in promos)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_writers_closing_paragraph_or_a_promo_word_mid_story_stays():
    mid = "Riders can subscribe to the commission's text alerts to hear about cancelled boats."
    last = "Leave a comment and tell us which crossing you take most often."
    got = kinds(page(HEAD, STORY[:2], [mid], STORY[2:], MORE, [last]))
    assert got[mid] == "paragraph" and got[last] == "paragraph"


def test_a_caption_in_a_captions_words_is_not_read():
    caps = ["Commission chair Rosa Mendes, left, and harbor master Tom Weir at the vote on Tuesday.",
            "This illustration of the new ferry terminal shows the second pier widened for two boats."]
    got = kinds(page(HEAD, caps[:1], STORY[:2], caps[1:], STORY[2:], MORE))
    assert all(got[c] == "caption" for c in caps)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_pointing_at_its_picture_is_read():
    para = ("The old ferry (pictured) will be kept in reserve for the busiest summer weekends, the commission "
            "said, and repainted in the island's colours.")
    assert kinds(page(HEAD, STORY[:2], [para], STORY[2:], MORE))[para] == "paragraph"


def test_a_press_releases_company_paragraphs_at_the_end_are_not_read():
    boiler = ["Harborline is a leading provider of passenger ferries for island communities, with routes in "
              "six countries.",
              "Harborline is headquartered in Port Ellis and employs three hundred people."]
    got = kinds(page(HEAD, STORY, MORE, boiler))
    assert all(got[b] == "chrome" for b in boiler)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_company_introduced_early_in_the_story_is_read():
    intro = ("Harborline is a leading provider of passenger ferries, and it will lease the two extra boats to the "
             "commission for the summer.")
    got = kinds(page(HEAD, STORY[:1], [intro], STORY[1:], MORE))
    assert got[intro] == "paragraph"


# A picture inside the story, flattened: its caption, then its credit alone on the next line.
CAPTION = "Passengers wait on the old quay for the evening boat as the fog lifts over the harbor."
CREDITS = ["Dana Whitfield/Harbor Gazette", "Marco Ruiz, AP", "GETTY"]


def test_a_caption_over_a_bare_credit_line_inside_the_story_is_not_read():
    for credit in CREDITS:
        got = kinds(page(HEAD, STORY[:2], [CAPTION, credit], STORY[2:], MORE))
        assert got[CAPTION] == "caption" and got[credit] == "caption", credit
        assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_pictures_with_a_credit_and_no_caption_leave_the_paragraphs_above_them():
    # a long paragraph above one credit: the page's pictures have no caption, so a short paragraph
    # above another credit is the story's
    short = "The vote was seven to two."
    got = kinds(page(HEAD, STORY[:2], [MORE[2], CREDITS[0]], STORY[2:], [short, CREDITS[1]], MORE[:2]))
    assert got[short] == "paragraph" and got[CREDITS[0]] == "caption" and got[CREDITS[1]] == "caption"


def test_a_short_paragraph_and_a_credit_closing_the_story_are_read():
    last = "The first boat of the new schedule leaves the quay on the first of June."
    got = kinds(page(HEAD, STORY, MORE, [last, CREDITS[0]]))
    assert got[last] == "paragraph"


def test_a_pictures_label_alone_inside_the_story_is_not_read():
    for label in ["Image", "View Photos", "Buy Photo", "Enlarge this image"]:
        got = kinds(page(HEAD, STORY, MORE[:2], [label], MORE[2:]))
        assert got[label] in ("caption", "chrome"), label
        assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_question_under_a_bare_read_more_inside_the_story_is_read():
    # one title-shaped line under "Read more", the story's prose straight after: no link list
    question = "What happens next?"
    got = kinds(page(HEAD, STORY, ["Read more", question], MORE))
    assert got[question] != "chrome"
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_buttons_and_calls_in_other_languages_inside_the_story_are_not_read():
    calls = ["Jetzt teilen!", "Teilen Sie dies mit:", "Rezept drucken", "Hinterlasse eine Antwort", "Reklama",
             "Zurück zur Übersicht", "Kategorie: Fähren, Inseln", "Dir hat der Artikel gefallen? Jetzt teilen...",
             "Dieser Eintrag wurde veröffentlicht in Fähren von Mara. Permanentlink.", "Aktualisiert am 17.01.2021.",
             "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
             "Beitragsbild: Die Fähre am zweiten Anleger"]
    for call in calls:
        got = kinds(page(HEAD, STORY[:2], [call], STORY[2:], MORE))
        assert got[call] not in ("paragraph", "heading"), call
        assert all(got[p] == "paragraph" for p in STORY + MORE)
    # a subheading or a sentence opening with such a word is the story's
    for line in ("Werbung im Internet", "Teilen Sie Ihre Erfahrungen mit uns in den Kommentaren.",
                 "Stand 2019 fuhren an jedem Werktag zwölf Fähren zwischen dem Festland und der Insel hin und her."):
        got = kinds(page(HEAD, STORY[:2], [line], STORY[2:], MORE))
        assert got[line] in ("paragraph", "heading"), line


def test_a_more_on_the_subject_header_in_another_language_is_not_read():
    for header in ("Weitere Informationen:", "Das könnte dich auch interessieren", "Dowiedz się więcej"):
        got = kinds(page(HEAD, STORY, [header], MORE))
        assert got[header] not in ("paragraph", "heading"), header
