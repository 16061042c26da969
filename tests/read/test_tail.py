"""Furniture at a flattened story's end or set into its last part (audioed/read/tail.py): a
sign-up box, a ranked list of other stories, a live ticker, a comment thread under its count, a
teaser's excerpt with its link, a chart, what follows a press release's company paragraphs. The
story around them is still read."""

from audioed.read import parse
from audioed.read.tail import glued_teaser
from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page

HEAD = MENU_AND_TITLE + ["By Ana Ruiz"]
FOOTER = ["Contact us", "Careers", "Advertise with us", "Site map",
          "The Bay Ledger is published by Ledger Media, a family-owned company based in Port Ellis since 1921.",
          "Our reporters follow the harbor, the schools and the island's council every week of the year."]


def test_a_sign_up_box_set_into_the_storys_end_is_not_read():
    box = ["Harbor Daily Newsletter", "Every weekday at 6 am",
           'I agree that the Bay Ledger can send me the "Harbor Daily" newsletter.']
    got = kinds(page(HEAD, STORY, MORE, box, FOOTER[:5]))
    assert all(got[b] == "chrome" for b in box)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_paragraph_between_two_promo_lines_is_read():
    last = "The new boats will be named after two lighthouses."
    got = kinds(page(HEAD, STORY, MORE[:3], ["Donate Now", last, "Donate Now"], MORE[3:]))
    assert got[last] == "paragraph"


def test_a_story_about_signing_up_keeps_its_paragraphs():
    long = ("Riders who sign up for the commission's text alerts before June will also get a month of free "
            "parking at the second pier, a scheme the commission says it will pay for from the fares of the "
            "two leased boats and review in the autumn.")
    tips = ["Sign up for alerts at the ticket office or by email.", long,
            "You can subscribe to the alerts for one route or for all of them."]
    got = kinds(page(HEAD, STORY, MORE, tips, FOOTER))
    assert got[long] == "paragraph"


def test_a_promo_may_quote_a_title_but_a_quotation_is_someones():
    promo = 'Want more island news? Subscribe to our sister title "Harbor Weekly" for the latest from the quay.'
    got = kinds(page(HEAD, STORY, MORE, [promo]))
    assert got[promo] == "chrome"
    quote = '"Subscribe to the alerts and you will never miss a boat again," the harbor master said.'
    assert kinds(page(HEAD, STORY, MORE, [quote]))[quote] == "paragraph"


def test_a_ranked_list_of_other_stories_after_the_story_is_not_read():
    ranked = ["Most Popular", "1", "Council Weighs New Budget for Parks", "2",
              "Why the old lighthouse keeper finally retired. Here is his story", "3",
              "Library Opens Late on Fridays This Summer", "4", "Tide tables for the week ahead"]
    got = kinds(page(HEAD, STORY, MORE, ranked, FOOTER))
    assert all(got[r] == "chrome" for r in ranked)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_live_ticker_flattened_into_the_storys_run_is_not_read():
    ticker = ["14:44 Council approves new budget for the island's parks after a long debate",
              "14:32 Library to open late on Fridays through the summer",
              "Weather. Rain is expected across the bay from tonight until Thursday, and the ferries may run late "
              "in the evening if the wind rises above the limit set by the harbor master last winter.",
              "13:58 Lighthouse keeper retires after forty years at the point",
              "13:40 Fishing fleet returns early as storm warnings go up along the coast"]
    got = kinds(page(HEAD, STORY, MORE, ticker, FOOTER))
    assert all(got[t] == "chrome" for t in ticker)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_told_by_the_clock_is_read():
    updates = ["4:14 p.m.", MORE[0], "2:30 p.m.", MORE[1], "1:05 p.m.", MORE[2]]
    got = kinds(page(HEAD, STORY, updates, MORE[3:]))
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_comment_thread_under_its_count_after_the_story_is_not_read():
    thread = ["2 comments", "Stephanie May 17, 2024 - 1:01 pm",
              "We take the early boat every day and it has been packed since March, so this is welcome news for "
              "everyone who works on the mainland and has to stand the whole way.",
              "Tom May 17, 2024 - 3:12 pm",
              "Finally! The commission should have done this years ago, the queues at the second pier are awful."]
    got = kinds(page(HEAD, STORY, MORE, ["Share", "Facebook", "Twitter"], thread))
    assert all(got[t] == "chrome" for t in thread[1:])
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_an_excerpt_with_its_read_more_link_and_its_title_are_not_read():
    teaser = ["How the Island Ferries Got Their Names",
              "Every boat in the fleet is named after a lighthouse, and the story of how that began goes back to "
              "the first crossing in… Read more"]
    got = kinds(page(HEAD, STORY[:2], teaser, STORY[2:], MORE))
    assert all(got[t] == "chrome" for t in teaser)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_paragraph_trailing_off_inside_the_story_is_read():
    trailing = ("The harbor master looked at the crowded pier, then at the empty second boat, and said only that "
                "it had been a long three years…")
    got = kinds(page(HEAD, STORY[:2], [trailing], STORY[2:], MORE))
    assert got[trailing] == "paragraph"


def test_a_chart_flattened_one_label_a_line_is_not_read():
    chart = ["Crossings a day", "48", "36", "24", "12", "0", "’19", "’20", "’21", "’22", "’23", "PROJECTED"]
    got = parse(page(HEAD, STORY[:2], chart, STORY[2:], MORE), fmt="text").blocks
    assert all(b.kind == "chrome" for b in got if b.text in chart)
    assert all(b.kind == "paragraph" for b in got if b.text in STORY + MORE)


def test_a_code_samples_output_in_the_story_is_not_a_chart():
    output = ["id │ fare", "───┼─────", "1 │ 2.50", "2 │ 2.50", "3 │ 3.75", "4 │ 3.75", "5 │ 4.00", "6 │ 4.00"]
    got = parse(page(HEAD, STORY[:2], output, STORY[2:], MORE), fmt="text").blocks
    # (the rule line is no one's to hear: `cleanup` takes it)
    assert all(b.kind == "paragraph" for b in got if b.text in output[:1] + output[2:])


def test_what_follows_a_press_releases_company_paragraphs_is_not_read():
    boiler = ["Harborline is a leading provider of passenger ferries for island communities, with routes in "
              "six countries.",
              "Harborline is headquartered in Port Ellis and employs three hundred people."]
    after = ["Media contact", "Jo Park, Harborline press office, can answer questions about the new boats.",
             "Harborline news service brings the company's releases to your desktop every morning.",
             "Our boats", "Island routes", "Charter trips"]
    got = kinds(page(HEAD, STORY, MORE, boiler, after))
    assert all(got[a] == "chrome" for a in after)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_an_appeal_box_against_ad_blockers_is_not_read():
    box = ["Using an ad blocker?",
           "We depend on ad revenue to report on the harbor. Consider supporting our work by becoming a member."]
    got = kinds(page(HEAD, STORY, MORE, box, FOOTER[:5]))
    assert all(got[b] == "chrome" for b in box)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


TEASERS = ["Council Weighs New Budget for Parks", "Library Opens Late on Fridays This Summer",
           "Why is the old pier closing early? Nobody will say",
           "Tide Tables for the Week Ahead", "Fishing Fleet Returns Early as Storm Warnings Go Up"]


def test_a_teaser_title_shaped_like_a_sentence_between_other_titles_is_not_read():
    # no header above the teasers; the middle title reads as prose ("...? Nobody will say")
    got = kinds(page(HEAD, STORY, MORE, TEASERS, FOOTER[:4]))
    assert all(got[t] == "chrome" for t in TEASERS)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_sentence_with_its_full_stop_between_titles_is_read():
    # a closing line of the story's own, set between two link lines, ends like a sentence
    last = "The first of the new crossings leaves the island at dawn."
    got = kinds(page(HEAD, STORY, MORE, TEASERS[:2], [last], TEASERS[3:], FOOTER[:4]))
    assert got[last] != "chrome"


GLUED = ["Island school wins state robotics prize The team of six built a boat that steers itself around the "
         "harbor buoys. Their teacher says the prize money will pay for a second boat.",
         "Why the old lighthouse keeper finally retired After forty years at the point, he says the new lamp "
         "no longer needs him.",
         "Storm warnings go up along the coast Forecasters expect the wind to rise above the ferry limit on "
         "Thursday night."]


def test_teasers_under_a_related_header_closing_the_story_are_not_read():
    # each teaser's title glued to its blurb: the blocks read as sentences, so the run went over them
    box = ["Related coverage", *GLUED, "Council Weighs New Budget for Parks"]
    got = kinds(page(HEAD, STORY, MORE, box, ["email", "print", "share"], FOOTER[:4]))
    assert all(got[b] == "chrome" for b in box)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_going_on_under_a_related_header_is_read():
    # the story's own short paragraphs under the box: sentences, no title glued to them
    rest = ["The commission meets again in May.", "Its chair said the vote was the hardest of her term.",
            "Tickets for the June boats go on sale next week at the pier."]
    got = kinds(page(HEAD, STORY, MORE, ["Related coverage", "Council Weighs New Budget for Parks"], rest))
    assert all(got[p] == "paragraph" for p in STORY + MORE + rest)


# The story's own news paragraphs, naming people and places in their first sentence: a capital after
# "of", "in", "at", a speech verb or another capital is a name, not a blurb glued to a title.
NAMES = ["Officials in the city of Port Ellis said on Wednesday that the first leased boat had left the yard in "
         "Halden and would reach the island in May.",
         "The boat's captain, Maria Keane, told reporters at the second pier that her crew had trained for a month "
         "off Cape Lorne and were ready.",
         "Commissioner Tom Ward, who voted against the plan in March, warned that the fuel bill would fall on "
         "residents if the state cut its ferry grant.",
         "Residents of North Quay said at a meeting in the library on Thursday that they still wanted a later boat "
         "on Saturdays, when visitors arrive.",
         "The harbor master, Jo Park, said the commission would publish the summer timetable in the first week of "
         "May, with the earliest crossing at six."]


def test_a_story_naming_people_and_places_under_a_late_related_header_is_read():
    for header in ["Related", "More", "Latest", "More about the harbor", "Next up in News"]:
        got = kinds(page(HEAD, STORY, MORE, [header], NAMES))
        assert all(got[p] == "paragraph" for p in STORY + MORE + NAMES), header


def test_a_title_glued_to_its_blurb_is_found_after_a_name_too():
    assert all(glued_teaser(g) for g in GLUED)
    assert glued_teaser("Island votes to keep the ferry named after Ada Lund The boat will carry her name for "
                        "another ten years.")
    assert not any(glued_teaser(n) for n in NAMES)


NEXT_STORY = ["Library to open late on Fridays through the summer",
              "The town library will stay open until nine on Fridays from June, the council said, after a survey "
              "found that most readers work during the day and cannot reach the building before it closes.",
              "The later hours will be paid for from the reading-room budget, which was left unspent last year "
              "when the heating was repaired and the upper floor stayed shut for three months.",
              "Librarians said the Friday evenings would also host a reading club for teenagers, who asked for a "
              "quiet place to study after the youth centre on the quay closed its doors in the spring.",
              "The council will count the evening visitors over the summer and decide in September whether the "
              "later hours should continue through the winter, when the last ferry leaves the island at six."]


def test_a_feed_after_a_related_box_crossed_by_the_run_is_not_read():
    # the box's teasers, then labels (an ad's, a feed's, a time), then the feed's next story: its prose
    # made the run cross the box
    box = ["Related", "Council weighs new budget for the parks. Critics say it is too late",
           "12 photos", "Tide tables for the week ahead", "advertisement", "Happening now", "3 minutes ago", "Photo",
           *NEXT_STORY]
    got = kinds(page(HEAD, STORY, MORE, box, FOOTER[:4]))
    assert all(got[b] == "chrome" for b in box)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_story_going_on_under_a_box_of_titles_is_read():
    # the box's own titles make a barrier right under its header; the story goes on below them
    box = ["Don't miss", "Council Weighs New Budget for Parks", "Library Opens Late on Fridays This Summer",
           "Tide Tables for the Week Ahead"]
    rest = NEXT_STORY[1:]
    got = kinds(page(HEAD, STORY, MORE, box, rest))
    assert all(got[p] == "paragraph" for p in STORY + MORE + rest)


def test_an_excerpt_with_its_link_and_the_sites_address_is_not_read():
    teaser = ["How the Island Ferries Got Their Names How the Island Ferries Got Their Names",
              "Every boat in the fleet is named after a lighthouse, and the story of how that… Read more "
              "harbor.\u200bexample.\u200bcom"]
    got = kinds(page(HEAD, STORY, MORE, teaser, FOOTER))
    assert all(got[t] == "chrome" for t in teaser)
    assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_comment_thread_under_its_title_is_not_read_even_inside_the_run():
    # readers' comments are prose too: the run goes on through them; the thread's title ends the story
    comments = ["Wir fahren jeden Morgen mit der ersten Fähre zur Arbeit und freuen uns sehr über die neuen Zeiten, "
                "die der Hafen nach so vielen Jahren des Streits endlich beschlossen hat. Hoffentlich bleiben die "
                "Preise so, wie sie sind, und die Boote fahren auch im Winter pünktlich.",
                "Endlich! Die Boote waren seit Jahren viel zu voll, und im Sommer kam man mit dem Fahrrad kaum noch "
                "auf die Insel. Ich hoffe nur, dass die zwei geleasten Schiffe groß genug sind, denn sonst stehen "
                "wir im Juli wieder alle am zweiten Anleger und warten.",
                "I commute on the second boat every day and I hope the commission keeps the fares as they are for "
                "the next few years at least, because the island's families cannot pay more than they already do "
                "for the crossing to the mainland and back."]
    for title in ("3 Antworten zu „Ferry Crossings to Double After Harbor Vote“",
                  "3 thoughts on “Ferry Crossings to Double After Harbor Vote”"):
        got = kinds(page(HEAD, STORY, MORE, [title], comments))
        assert all(got[c] == "chrome" for c in [title] + comments)
        assert all(got[p] == "paragraph" for p in STORY + MORE)


def test_a_sidebar_under_its_label_after_the_story_is_not_read():
    box = ["Hallo und willkommen auf meinem Blog über die Inseln der Bucht und ihre Fähren, die ich seit vielen "
           "Jahren jeden Morgen und jeden Abend nehme, bei jedem Wetter und zu jeder Jahreszeit.",
           "Hier findest du Geschichten vom Hafen, Fahrpläne zum Ausdrucken und Tipps für die schönsten Wege "
           "über die Insel, wenn die letzte Fähre schon abgelegt hat und du bleiben musst."]
    for label in ("Haupt-Sidebar", "Primary Sidebar"):
        got = kinds(page(HEAD, STORY, MORE, [label], box))
        assert all(got[b] == "chrome" for b in box)
        assert all(got[p] == "paragraph" for p in STORY + MORE)
    # a subheading naming a sidebar is no label: only the whole line is
    sub = "The Sidebar Nobody Reads"
    got = kinds(page(HEAD, STORY, [sub], MORE))
    assert got[sub] != "chrome" and all(got[p] == "paragraph" for p in MORE)
