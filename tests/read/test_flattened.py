"""Flattened page text (a page's rendered text, blocks separated by blank lines): the story is
found between the menus above it and the link lists, footers and comments below it."""

from audioed.read import parse
from audioed.read.build import RawBlock, fallback_title
from audioed.read.story import HEADER_COST, block_scores
from audioed.script import build_script
from flat_page import STORY, page

MENU = ["Sections", "Home", "Skip to content", "World News", "Business News", "Climate Desk", "Opinion Pages",
        "Subscribe Now", "Log In"]
TEASERS = ["Council Weighs New Budget for Parks", "Ferry Fares Rise for Summer Season", "Library Opens Late on Fridays",
           "Storm Closes Coastal Road Again"]
COMMENTS = ["Comments", "Sort by Newest", "harborfan22", "About time the ferry got fixed", "Reply", "Like",
            "islander_mom", "Two boats will not be enough", "Reply", "Like"]
FOOTER = ["About Us", "Contact", "Privacy Policy", "Terms of Use", "© 2024 The Bay Ledger Company"]


def test_menus_teasers_comments_and_footer_are_not_narrated():
    text = page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"], STORY,
                ["More Stories"], TEASERS, COMMENTS, FOOTER)
    article = parse(text, fmt="text")
    script = build_script(article)
    heard = [l.text for _, l in script.lines() if l.role in ("narrator", "quote")]
    assert article.title == "Ferry Crossings to Double After Harbor Vote"
    assert article.authors == ["Ana Ruiz"]
    joined = " ".join(heard)
    for para in STORY:
        assert para.split(",")[0] in joined
    for junk in MENU + TEASERS + COMMENTS + FOOTER:
        assert junk not in heard, junk


def test_headline_is_the_line_that_shares_the_story_words_not_the_first_menu_line():
    text = page(["Accept & Close Cookies Settings", "Latest Headlines From The Bay", "Menu"], MENU,
                ["Ferry Crossings to Double After Harbor Vote"], STORY, TEASERS)
    assert parse(text, fmt="text").title == "Ferry Crossings to Double After Harbor Vote"


def test_a_name_alone_under_the_headline_is_the_byline():
    text = page(MENU, ["Ferry Crossings to Double After Harbor Vote", "Joseph Cox", "June 3, 2024"], STORY)
    article = parse(text, fmt="text")
    assert article.authors == ["Joseph Cox"]
    assert "Joseph Cox" not in [l.text for _, l in build_script(article).lines() if l.role == "narrator"]


def test_lowercase_by_with_a_handle_and_a_time_is_a_byline():
    text = page(MENU, ["Ferry Crossings to Double After Harbor Vote",
                       "by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET"], STORY)
    assert parse(text, fmt="text").authors == ["Ahiza Garcia"]


def test_a_place_under_the_headline_is_not_taken_for_the_writer():
    text = page(MENU, ["Ferry Crossings to Double After Harbor Vote", "Port Ellis"],
                [STORY[0].replace("the island", "Port Ellis")] + STORY[1:])
    assert parse(text, fmt="text").authors == []


def test_short_paragraphs_beside_one_appeal_stay_in_the_story():
    # One promo line is not a menu: the short paragraph above it is the story's.
    text = page(["Ferry Crossings to Double After Harbor Vote", "The vote was close.", "Donate Now"], STORY)
    article = parse(text, fmt="text")
    # (heard in the body, or once in the intro as the dek)
    assert next(b for b in article.blocks if b.text == "The vote was close.").kind in ("paragraph", "dek")


def test_fallback_title_is_never_cut_mid_clause():
    lede = ("Hospitals across the state are short of the doctors and nurses who treat the growing number of "
            "patients arriving each winter in the cold months of the year from the towns of the north and the "
            "coast, officials said on Monday.")
    assert fallback_title(lede, "/in/hospital-staffing.txt") == "Hospital staffing"
    assert fallback_title("The vote passed. More later.", None) == "The vote passed"
    long_first = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut "
                  "labore et dolore magna aliqua, ut enim ad minim veniam quis nostrud exercitation ullamco laboris.")
    assert fallback_title(long_first, None) == "Lorem ipsum dolor sit amet"


def heard_text(text):
    return [l.text for _, l in build_script(parse(text, fmt="text")).lines() if l.role in ("narrator", "quote")]


def test_a_teaser_list_of_headlines_and_blurbs_after_the_story_is_not_narrated():
    # A section front under the story: headline, one-sentence blurb, headline, blurb... The blurbs
    # are sentences, but a run of headline-and-blurb pairs is a link list.
    blurbs = ["The council will vote next month on a plan to spend more on playgrounds and trails.",
              "Riders will pay a dollar more for a crossing from July, the operator said on Monday.",
              "The main branch will stay open until nine on Fridays through the end of the summer.",
              "Crews expect to reopen the road by the weekend if the tides allow the repairs."]
    teasers = [x for pair in zip(TEASERS, blurbs) for x in pair]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, teasers)))
    assert STORY[-1].split(",")[0] in heard
    for line in teasers:
        assert line not in heard, line


def test_a_lone_share_button_beside_the_story_is_not_narrated():
    heard = heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "Email", "Print"], STORY,
                            ["Email"], FOOTER))
    assert "Email" not in heard and "Print" not in heard
    assert any(STORY[1].split(",")[0] in h for h in heard)


def test_code_and_hard_wrapped_lines_inside_a_story_stay_in_it():
    code = ["var ferry = new Ferry(\"Island\");", "ferry.depart(\"06:30\");", "if (ferry.full) {",
            "ferry.wait();", "}"]
    wrapped = ["The schedule file lists every crossing of the day and the boat that",
               "sails it, so the operator can change a boat without changing the",
               "timetable that riders see on the pier and on their phones."]
    text = page(["Ferry Crossings to Double After Harbor Vote"], STORY[:2],
                ["The schedule is published as a small program:"], code, STORY[2:3], wrapped, STORY[3:], FOOTER)
    heard = " ".join(heard_text(text))
    assert STORY[3].split(",")[0] in heard and STORY[2].split(",")[0] in heard
    assert "sails it" in heard


def test_a_comments_header_with_a_name_and_a_time_under_it_ends_the_story():
    # Two short lines (a name, a time) are not a wall on their own; after a "Comments" header they are.
    comments = ["I ride the early boat every day and it has been full since March, so this is welcome news.",
                "Two more boats will help, but the commission should have acted a year ago when we asked."]
    for header in ("12 Comments", "Most Read"):
        thread = [header, "harborfan22", "2 hours ago", comments[0], "islander_mom", "1 hour ago", comments[1]]
        heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, thread,
                                         FOOTER)))
        assert STORY[-1].split(",")[0] in heard
        for c in comments:
            assert c not in heard, (header, c)


def test_a_cookie_notice_longer_than_the_story_is_not_taken_for_it():
    # A consent dialog flattened under the footer is long prose; the story must still win.
    notice = ["This website uses cookies to improve your experience while you navigate through the website. "
              "Out of these cookies, the cookies that are categorized as necessary are stored on your browser "
              "as they are essential for the working of basic functionalities of the website.",
              "We also use third-party cookies that help us analyze and understand how you use this website. "
              "These cookies will be stored in your browser only with your consent, and you have the option "
              "to opt out of these cookies at any time from the settings page.",
              "Necessary cookies are absolutely essential for the website to function properly, and any cookies "
              "that are not necessary and are used to collect personal data via analytics, ads or other embedded "
              "contents are termed as non-necessary cookies, which need your consent before they run on the site."]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, FOOTER,
                                     ["Privacy Overview"], notice)))
    for para in STORY[1:]:
        assert para.split(",")[0] in heard
    for para in notice:
        assert para not in heard


def test_a_sentence_opening_a_list_keeps_the_story_together():
    # "...as follows:" is the story's prose, not a bare list header: with the list's short lines
    # after it, the story's first paragraph must not be cut off as the page above the story.
    intro = "The commission published the timetable that riders will see on the pier from June as follows:"
    times = ["Early boat at dawn", "Second boat at nine", "Evening boat at six"]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:1], [intro], times, STORY[1:], FOOTER)))
    assert intro in heard
    assert STORY[3].split(",")[0] in heard


def test_a_site_disclaimer_longer_than_the_story_is_not_taken_for_it():
    # The footer's notices speak of the page itself ("this website", "registered trademarks").
    notices = ["The information provided on this website, including the articles, community pages and program "
               "materials, is for educational purposes only and is not a substitute for professional advice of "
               "any kind, and you should consult a qualified person before you act on any of it.",
               "Results described on this site vary with every reader and depend on many factors beyond our "
               "control, and nothing published here should be read as a promise of any particular result for "
               "you, your family or your business.",
               "Apple, the Apple logo, iPhone and iPad are registered trademarks of Apple Inc., and every other "
               "name or mark that appears on these pages belongs to its owner, who does not endorse the content."]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY,
                                     ["Facebook", "Instagram", "Join our newsletter"], notices)))
    for para in STORY[1:]:
        assert para.split(",")[0] in heard
    for para in notices:
        assert para not in heard


def test_a_query_quoted_in_the_story_does_not_cut_it_in_two():
    query = ["SELECT", "boat_name,", "departure_time", "FROM", "ferry_schedule", "WHERE", "harbor_id = 2",
             "ORDER BY", "departure_time;"]
    intro = "The commission's own data team counted the crossings with a short query against the schedule:"
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:2], [intro], query, STORY[2:], FOOTER)))
    assert STORY[1].split(",")[0] in heard and intro in heard
    assert STORY[3].split(",")[0] in heard


def test_a_lone_reply_button_costs_as_much_as_a_comments_header():
    # "Reply" under each comment marks a thread: the story's run must not grow over it.
    lines = [STORY[0], "harborfan22", "Reply", "Please reply to the commission by June."]
    scores = block_scores([RawBlock(t, None, False) for t in lines])
    assert scores[2] == -HEADER_COST
    assert scores[3] > 0 and scores[1] > -HEADER_COST


def test_a_comment_thread_longer_than_the_story_is_cut_off_at_its_header():
    # Readers wrote more than the reporter: the run of prose would grow over the thread; its header
    # (any wording around "comments") after the story ends the story.
    posts = ["I have taken the early boat for eleven years and it has never once left the pier with a free "
             "seat, so doubling the crossings is the first sensible thing the commission has done in a decade.",
             "The leased boats are older than the ones they replace, and nobody on the commission has said who "
             "pays for their repairs when they break down in the middle of the winter season next year.",
             "Fares stay the same this year, but fuel is climbing, and every rider on the island knows the "
             "autumn rise is coming whatever the statement says about it on Tuesday."]
    thread = ["Top Rated Comments"] + [x for n, p in enumerate(posts) for x in (f"rider{n}", "2 days ago", p)]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, thread * 2,
                                     FOOTER)))
    assert STORY[-1].split(",")[0] in heard and STORY[1].split(",")[0] in heard
    for p in posts:
        assert p not in heard


def test_a_comment_count_by_the_byline_or_a_comment_column_does_not_end_the_story():
    for label in ("0 Comments", "Comment"):
        text = page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"], STORY[:2], [label],
                    STORY[2:], FOOTER)
        heard = " ".join(heard_text(text))
        assert STORY[3].split(",")[0] in heard, label


def test_a_slideshow_after_the_story_is_not_narrated():
    # A gallery flattened under the story: "1/4 Title", a caption of a sentence or two, a credit.
    captions = ["The ferry's first crossing of the season left the pier at dawn with every seat taken.",
                "Crews repainted the hull of the oldest boat in the fleet during the winter months in dry dock.",
                "Riders waited in a line that ran past the ticket office and down to the second pier.",
                "The harbor master watched the new schedule's first day from the tower above the water."]
    slides = [x for n, c in enumerate(captions, 1) for x in (f"{n}/4 {TEASERS[n - 1]}", c, "Getty")]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, slides, FOOTER)))
    assert STORY[-1].split(",")[0] in heard
    for c in captions:
        assert c not in heard, c


def test_a_list_article_is_narrated_whole_though_its_items_look_like_teasers():
    # A roundup: each item a name, a shop link and a blurb, the shape of a teaser list; the story's
    # run must not shrink to one scrap inside it.
    items = [("Harbor Ferry Pass for $40", "The monthly pass covers every crossing and pays for itself after "
              "twelve trips, which most commuters make in the first two weeks of the month."),
             ("Island Bike Rack for $25", "A rack that folds flat against the rail lets riders bring a bicycle "
              "aboard without blocking the aisle for the people who walk on behind them."),
             ("Pier Rain Shelter for $90", "The shelter clips onto the second pier's railing and keeps a queue "
              "of twenty people dry while they wait for the morning boat to come in."),
             ("Ferry Tide Table for $5", "A printed tide table still beats the app when the signal drops halfway "
              "across the channel, and it fits in the pocket of a rain jacket."),
             ("Deck Thermos for $30", "Coffee stays hot for the whole crossing and the lid seals tight enough to "
              "survive the chop when the wind turns in the late afternoon.")]
    listed = [x for name, blurb in items for x in (name, "See it now: Harbor Shop", blurb)]
    note = "Prices were checked on Monday morning and may have changed since then, the shop said."
    listed[9:9] = [note]  # a second paragraph under the third item: the one block no teaser pair holds
    heard = " ".join(heard_text(page(MENU, ["The Best Gear for Ferry Commuters"], listed, FOOTER)))
    for _, blurb in items[1:]:  # (the first may be read once in the intro, as the standfirst)
        assert blurb in heard, blurb
    assert note in heard


def test_a_teaser_excerpt_cut_off_mid_sentence_is_not_the_story():
    # A sidebar's excerpt, longer than the story's paragraphs, cut off with "..." after a word.
    excerpt = ("The island's school board met on Monday night to weigh a plan that would close the smaller of "
               "its two schools and send every pupil across the channel on the early boat, a change that parents "
               "said would add an hour to each day, and the board said it would vote on it in the spring after it "
               "hears from the families who...")
    heard = " ".join(heard_text(page(MENU, [excerpt, "Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY, FOOTER)))
    assert excerpt not in heard
    assert STORY[1].split(",")[0] in heard


def test_the_story_last_paragraph_cut_off_by_a_paywall_is_kept():
    cut = ("Fares will not change this year, although the commission warned that fuel costs could force a rise "
           "in the autumn if prices keep climbing, and riders who buy a monthly pass before...")
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:3], [cut, "TO READ THE FULL STORY", "SUBSCRIBE", "SIGN IN"], TEASERS)))
    assert cut in heard


def test_items_marked_with_a_plus_are_a_list_inside_the_story():
    items = ["+ Added a dawn crossing on weekdays", "+ Added a late boat on Fridays and Saturdays",
             "+ Moved the second pier's queue under the new shelter", "+ Bicycles now ride free before nine",
             "+ Dropped the paper ticket for the pass holders"]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:2], items, STORY[2:], FOOTER)))
    for item in items:
        assert item[2:] in heard, item


def test_teasers_whose_titles_open_with_an_arrow_are_a_teaser_list():
    blurbs = ["Click the photo to read every column our harbor writer has filed this year, from ferries to fish.",
              "See how the island's ferry crews rank against the mainland's after the first month of the season.",
              "The timetable for the summer crossings, the fares and the piers, in one place for the whole season.",
              "Our weekly round-up of the waterfront's news, with the week's photos and the readers' letters."]
    teasers = [x for title, blurb in zip(TEASERS, blurbs) for x in ("» " + title, blurb)]
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], STORY, teasers, FOOTER)))
    assert STORY[-1].split(",")[0] in heard
    for b in blurbs:
        assert b not in heard, b


def test_a_link_card_whose_title_is_given_twice_inside_the_story_is_not_narrated():
    card = "Ferry Fares Rise for Summer Season Ferry Fares Rise for Summer Season"
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:2], [card], STORY[2:], FOOTER)))
    assert "Ferry Fares Rise" not in heard
    assert STORY[1].split(",")[0] in heard and STORY[2].split(",")[0] in heard


def test_a_paragraph_that_says_one_sentence_twice_is_still_narrated():
    said_twice = "Nobody expected the ferry to sail on time. Nobody expected the ferry to sail on time."
    heard = " ".join(heard_text(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"],
                                     STORY[:2], [said_twice], STORY[2:], FOOTER)))
    assert heard.count("Nobody expected the ferry to sail on time") == 2
