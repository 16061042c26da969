"""Furniture set between a flattened story's paragraphs (audioed/read/insets.py): credits that
recur under each picture, pointers to other pages, another story's card, a credit glued to its
caption, a related-stories header in another language. The story around them is still read."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

from audioed.read import parse

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
PARAS = STORY + MORE


def _heard(text):
    """The texts of the page's paragraph blocks (a text printed twice is heard at one copy)."""
    return {b.text for b in parse(text, fmt="text").blocks if b.kind == "paragraph"}


def _between(insets):
    """The story's paragraphs with one inset after each of the first ones."""
    out = []
    for n, p in enumerate(PARAS):
        out.append(p)
        if n < len(insets):
            out.append(insets[n])
    return out


def test_captions_closing_on_the_same_bracketed_credit_are_not_read():
    caps = ["Boats tied up at the second pier. (Lena Ostrova)", "The old ticket office (Lena Ostrova)",
            "Commuters on the morning crossing. (Lena Ostrova)"]
    got = kinds(page(HEAD, _between(caps)))
    assert all(got[c] in ("caption", "chrome") for c in caps)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_a_lower_case_credit_line_under_each_picture_is_not_read():
    credits = ["personal archive of Lena Ostrova", "personal archive of Marco Bianchi",
               "personal archive of Rosa Mendes"]
    got = kinds(page(HEAD, _between(credits)))
    assert all(got[c] == "caption" for c in credits)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_a_shape_said_twice_or_in_a_list_stays():
    two = ["Boats tied up at the second pier. (Lena Ostrova)", "The old ticket office (Lena Ostrova)"]
    got = kinds(page(HEAD, _between(two)))
    assert got[two[0]] not in ("caption", "chrome")
    # adjacent lines of one shape are a list's items (a code sample's, a log's), the story's
    log = ["updating to branch Main", "updating to branch Stable", "updating to branch Legacy"]
    got = kinds(page(HEAD, STORY, log, MORE))
    assert all(got[x] not in ("caption", "chrome") for x in log)


def test_pointers_to_other_pages_are_not_read():
    pointers = ["Main article: History of the Island Ferries", "See also: Harbor Commission",
                "[Related: Fuel Costs Loom Over the Autumn]"]
    got = kinds(page(HEAD, _between(pointers)))
    assert all(got[p] == "chrome" for p in pointers)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_every_pointer_label_is_furniture_but_those_a_story_reads_in_its_text():
    # one list of pointer labels (headers.POINTER_LABEL) for insets and subheads
    pointers = ["Watch: The Morning Crossing From the Air", "Read next: Island School Asks for Earlier Boats",
                "Don't miss: Fuel Costs Loom Over the Autumn"]
    got = kinds(page(HEAD, _between(pointers)))
    assert all(got[p] not in ("paragraph", "heading") for p in pointers)
    # "[Read: ...]" and "Learn more: ..." are set in a story's own text: read, and no section's title
    own = ["[Read: Ferry Fares Over the Years]", "Learn More: Seven Tips for Island Commuters"]
    got = kinds(page(HEAD, _between(own)))
    assert all(got[p] == "paragraph" for p in own)


def test_a_labelled_line_of_the_story_stays():
    # a label that points nowhere ("Tip:"), an interview's answer
    lines = ["Tip: Buy Tickets Before Boarding", "A: The Morning Crossing"]
    got = kinds(page(HEAD, STORY, lines, MORE))
    assert all(got[x] == "paragraph" for x in lines)


def test_another_storys_card_inside_the_story_is_not_read():
    card = ["Island School Asks for Earlier Boats", "Teachers say the first crossing decides the school day.",
            "Read now"]
    got = kinds(page(HEAD, STORY, card, MORE))
    assert all(got[x] == "chrome" for x in card)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_a_credit_glued_to_its_caption_is_cut_off():
    cap = "Commuters on the second pier on a grey Monday morning in March."
    text = page(HEAD, STORY[:2], [cap + "CreditLena Ostrova/The Bay Ledger"], STORY[2:], MORE)
    got = kinds(text)
    assert cap in got and not any("Ostrova" in t for t, k in got.items() if k == "paragraph")
    # a company of that name inside a sentence stays
    line = "Shares of the lender fell after UniCredit said it would sell its stake."
    got = kinds(page(HEAD, STORY[:2], [line], STORY[2:], MORE))
    assert got[line] == "paragraph"
    # glued to the end of a word in lower case, and no space before the name
    got = kinds(page(HEAD, STORY[:2], ["Commuters wait on the second pierCreditLena Ostrova"], STORY[2:], MORE))
    assert "Commuters wait on the second pier" in got
    # a company of that name, "Credit" inside a capitalised word and a space after it, stays whole
    heading = "Funding from UniCredit Bank Austria"
    got = kinds(page(HEAD, STORY[:2], [heading], STORY[2:], MORE))
    assert heading in got


def test_a_transcripts_answers_ending_on_the_audiences_laughter_are_read():
    answers = ["Well, I took the early boat every day for a year. (Laughter)",
               "Nobody asked the island, so we asked ourselves. (Laughter)",
               "The fuel costs, of course, and the weather in March. (Laughter)"]
    got = kinds(page(HEAD, _between(answers)))
    assert all(got[a] not in ("caption", "chrome") for a in answers)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_a_related_header_in_another_language_and_its_titles_are_not_read():
    titles = ["El consejo estudia un nuevo presupuesto para los parques",
              "Un equipo se fue del campo. Sus rivales lo celebraron"]
    got = kinds(page(HEAD, STORY, ["Artículos Relacionados"], titles, MORE))
    assert got["Artículos Relacionados"] == "chrome"
    assert all(got[t] == "chrome" for t in titles)
    assert all(got[p] == "paragraph" for p in PARAS)


def test_a_list_opener_under_a_link_list_is_the_storys():
    got = kinds(page(HEAD, STORY, ["Related Stories", "Council Weighs New Budget for Parks",
                                   "What You Will Need:", "Tickets", "A warm coat"], MORE))
    assert got["Council Weighs New Budget for Parks"] == "chrome"
    assert got["What You Will Need:"] != "chrome"


def test_dated_cards_under_a_link_list_header_are_not_read_the_next_subheading_is():
    cards = ["Council Weighs New Budget for Parks", "Lena Ostrova", "Jul 17, 2014",
             "Library Opens Late on Fridays This Summer", "Marco Bianchi", "Mar 9, 2018"]
    sub = "The Island Has Waited for Years"
    # (the story runs on under the list: a list this long inside a short story ends the story's run)
    text = page(HEAD, STORY, MORE[:2], ["More about the island ferries"], cards, [sub], MORE[2:], STORY)
    got = kinds(text)
    assert all(got[c] == "chrome" for c in cards)
    assert got[sub] == "heading"
    assert _heard(text) >= set(PARAS)  # (the story printed twice is heard once since session 27's row 69)


def test_titles_under_a_bare_read_more_inside_the_story_are_not_read():
    teasers = ["Council Weighs New Budget for Parks", "Library Opens Late on Fridays This Summer"]
    text = page(HEAD, STORY, MORE[:2], ["Read more"], teasers, MORE[2:], STORY)
    got = kinds(text)
    assert all(got[t] == "chrome" for t in teasers)
    assert _heard(text) >= set(PARAS)
