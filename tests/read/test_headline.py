"""Which line of a flattened page is the story's headline (read/masthead.py: headline_like,
headline_scores, headline_above; read/build.py picks the title from it). Made-up pages."""

from audioed.read import parse
from audioed.read.build import RawBlock
from audioed.read.masthead import headline_above, headline_like
from flat_page import STORY, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
HEADLINE = "Ferry Crossings to Double After Harbor Vote"
DEK = ("Two more leased boats join the fleet in June, and the commission says fares stay where they are for the "
       "rest of the year")


def test_a_line_under_the_byline_is_a_videos_title_not_the_headline():
    # The video's title shares more of the story's words than the headline does.
    video = "Harbor Commission Voted to Double the Ferry Crossings to the Island"
    a = parse(page(MENU, [HEADLINE, DEK, "Facebook", "Twitter", "Comments", "Print", "Email", "By Ana Ruiz", "Close",
                          "Video", video], STORY), fmt="text")
    assert a.title == HEADLINE


def test_a_headline_shaped_like_a_placed_byline_is_still_the_headline():
    # "X in Place, ..." is how "Helena Smith in Athens" bylines look; no author is named here.
    headline = "Commission Doubles Ferries in Harbor Town, Ending Three-Year Dispute"
    a = parse(page(MENU, ["Local News", headline, "By Ana Ruiz", "June 3, 2024"], STORY), fmt="text")
    assert a.title == headline
    assert a.authors == ["Ana Ruiz"]


def test_a_headline_may_open_with_a_bracketed_tag():
    assert headline_like("[Update] Ferry Crossings to Double After Harbor Vote")
    assert headline_like("(LEAD) Ferry Crossings to Double After Harbor Vote")
    headline = "[Update] " + HEADLINE
    assert parse(page(MENU, [headline, "By Ana Ruiz", "June 3, 2024"], STORY), fmt="text").title == headline


def test_the_headline_under_a_ticker_the_story_run_took_in():
    # A breaking-news ticker's sentence opens the story's run (given here); the headline under it
    # has its date set in three blocks (month and day, time, year).
    ticker = ("Council approves the new library budget after a long night of debate, ending a fight that had "
              "lasted since the spring.")
    raw = [RawBlock(t) for t in [*MENU, "Breaking News", ticker, HEADLINE, "June 3", "09:15", "2024", *STORY]]
    kinds = ["paragraph"] * len(raw)
    assert headline_above(raw, kinds, (len(MENU) + 1, len(raw) - 1)) == len(MENU) + 2
    # without a date under it, a line inside the run is not taken
    raw = [RawBlock(t) for t in [*MENU, "Breaking News", ticker, HEADLINE, "Share", *STORY]]
    assert headline_above(raw, kinds, (len(MENU) + 1, len(raw) - 1)) != len(MENU) + 2


def test_no_climb_over_stacked_teasers_to_a_teaser():
    # Teasers stand one under the other above the headline, which has its byline straight under
    # it; the first teaser shares enough of the story's words to pass for the headline over a
    # standfirst.
    teasers = ["Island Ferry Fares Could Rise", "Commission Leases Two Boats for the Harbor Fleet",
               "Library Opens Late on Fridays"]
    a = parse(page(MENU, ["Latest", *teasers, HEADLINE, "Monday June 3, 2024 by Ana Ruiz"], STORY), fmt="text")
    assert a.title == HEADLINE


def test_a_menu_item_between_short_labels_is_not_the_headline():
    # A four-word menu item, repeated in the header and the footer menus, shares a story word;
    # the headline (between a share row and a link back) shares few.
    menu = ["Home", "About", "Commission ferry news", "Blog", "Contact"]
    headline = "Island Ferry Row Ends at Last"
    a = parse(page(menu, ["Latest"], menu, ["Share this", headline, "Browse all posts"], STORY), fmt="text")
    assert a.title == headline


def test_a_pictures_caption_or_credit_is_not_headline_shaped():
    assert not headline_like("Commuters board at the Second Pier in Port Ellis. Photograph: Jo Lee for the Ledger")
    assert not headline_like("Commuters board the morning ferry at Port Ellis (Jo Lee/Getty Images)")
    assert not headline_like("The mayor greets the ferry crew at the second pier - Jo Lee/Harbor Ledger")
    assert headline_like(HEADLINE)


def test_go_to_is_navigation():
    assert not headline_like("Go to About the Bay Ledger")


def test_a_plural_in_the_story_matches_the_headlines_singular():
    # The headline's only shared word is "terrarium"; the story says "terrariums".
    headline = "How to Build a Terrarium"
    story = ["Glass cloche terrariums are not only pleasant to look at, they also keep a bit of nature in your "
             "home and need little care once they are planted.",
             "Start with a layer of gravel, then charcoal, then soil, and water lightly once the plants are in "
             "place and the glass is clean."]
    a = parse(page(["Home", "Crafts", "Projects for the garden in summer", headline, headline, "By Lucy Akins",
                    "Share", "Pin"], story), fmt="text")
    assert a.title == headline


def test_a_texts_first_line_of_two_words_is_its_title():
    assert parse(page(["Ferry Vote"], STORY), fmt="text").title == "Ferry Vote"


def test_the_headline_shares_words_with_a_lede_the_run_left_out():
    # The story's run (given here) starts below a lede and a standfirst; the headline shares
    # words with those, not with the run's own opening; a section label above shares none.
    raw = [RawBlock(t) for t in [
        "Markets", "Opening Bell 06.03.24", "Start your day with the Opening Bell, our morning letter on what moves "
        "the markets before the first trade.",
        "Shares in the ferry operator rose after the harbor vote, and analysts expect more gains this week.",
        "Trading Volumes Soar", *STORY]]
    kinds = ["paragraph"] * len(raw)
    assert headline_above(raw, kinds, (5, len(raw) - 1)) == 1


def test_a_headline_shaped_line_opening_a_run_that_shares_no_words_with_it():
    # A short run whose words the headline does not use: its headline-shaped first line is taken,
    # not a line from the page's top ("DOW JONES, A NEWS CORP COMPANY").
    raw = [RawBlock(t) for t in ["NEWS CORP", *MENU, "OPINION", "Is Loud Music a Crime?", *STORY]]
    kinds = ["paragraph"] * len(raw)
    start = len(MENU) + 2
    assert headline_above(raw, kinds, (start, len(raw) - 1)) == start
    raw[start] = RawBlock("By Ana Ruiz and Tom Lee")
    assert headline_above(raw, kinds, (start, len(raw) - 1)) is None


def test_a_count_under_the_byline_is_no_menu():
    # "2 responses" and a subheading between the headline's byline and a headline-shaped first line
    # of the run (given here) that shares more of the story's words: a count is no menu label, so
    # the climb to the headline is not stopped.
    raw = [RawBlock(t) for t in [*MENU, "Categories: News", "These Weeks at the Harbor: Issue 12", "Ana Ruiz",
                                 "June 3, 2024", "2 responses", "Highlights",
                                 "Here is our look at the harbor ferry crossings in review!", *STORY]]
    kinds = ["paragraph"] * len(raw)
    at = len(MENU) + 1
    assert headline_above(raw, kinds, (at + 5, len(raw) - 1)) == at


def test_of_two_lines_scoring_alike_the_first_is_the_headline():
    # A guide's title over its table of contents; one section's title shares as many of the
    # story's words, among as many of its own: the page's first is its headline.
    headline = "Island Ferry Crossings User Guide"
    raw = [RawBlock(t) for t in ["Docs", headline, "Contents", "Setting up",
                                 "Crossings to the Island by Ferry: Notes and Hints", "Conclusion", *STORY]]
    kinds = ["paragraph"] * len(raw)
    assert headline_above(raw, kinds, (6, len(raw) - 1)) == 1


def test_a_headline_over_a_run_that_shares_no_words_with_it():
    # A list of changes under its release's headline: no line shares the story's words; the
    # headline-shaped line straight above the run is taken, not the blog's name at the top.
    headline = "Version 1.8 - The Harbor Update"
    text = page(["Ferry News", "Powered by Blogware", headline],
                ["+ Added granite, andesite and diorite stone blocks, with smooth kinds of each one",
                 "+ Added slime blocks that bounce players and push pistons back when they land on them",
                 "+ Added iron trapdoors that open only with redstone power from a lever or a button"])
    assert parse(text, fmt="text").title == headline
    assert not headline_like("Jump to navigation Jump to search")


def test_a_line_with_an_arrow_is_a_link():
    assert not headline_like("Part 1 of the Harbor Ferry Crossings series Next Work →")
    assert not headline_like("← Previous: Island Ferry Fares Could Rise")
    # the series link shares more of the story's words than the headline under the work's counts
    headline = "The Harbor Ferry Vote"
    a = parse(page(MENU, ["Part 1 of the Harbor Commission Ferry Crossings Island series Next Work →", "Words:",
                          "4100", "Chapters:", "1/1", headline, "Ana Ruiz"], STORY), fmt="text")
    assert a.title == headline


def test_a_headline_with_stops_in_it_over_its_date():
    # A slogan quoted in the headline puts stops inside it and at its end; the date straight under
    # it (in two parts) marks it as the headline, over a weather widget's line.
    headline = "Harbor Town Says 'More Ferry Crossings.' The Commission Might Agree."
    a = parse(page(MENU, ["Customize Your Harbor Weather", "Enter a Town or Zip Code", "Sign In", "Ferries",
                          headline, "Updated Jun 4, 9:41 AM;Posted Jun 3, 8:19 PM", "Jo Lee | Harbor Ledger"],
                   STORY), fmt="text")
    assert a.title == headline
    # a standfirst of sentences, over the byline, under a share row under its headline: not it
    a = parse(page(MENU, [HEADLINE, "Share", "Tweet", "Two more boats join the fleet. Fares stay the same.",
                          "By Ana Ruiz", "June 3, 2024"], STORY), fmt="text")
    assert a.title == HEADLINE
    # a caption has its credit under it, not a date: not taken for the headline
    raw = [RawBlock(t) for t in [*MENU, HEADLINE, "By Ana Ruiz", "June 3, 2024",
                                 "Commuters board the ferry. The harbor commission doubled the crossings.",
                                 "Jo Lee/Harbor Ledger", *STORY]]
    kinds = ["paragraph"] * len(raw)
    assert headline_above(raw, kinds, (len(MENU) + 5, len(raw) - 1)) == len(MENU)


def test_the_pages_address_spells_its_headline():
    # The headline shares no word with the story; a caption under it shares many. Its address
    # spells it ("...-islanders-win-long-fight-for-more-boats.html").
    headline = "Islanders Win Long Fight for More Boats"
    caption = "Commuters wait for the morning ferry at the second pier before the commission vote"
    text = page(MENU, [headline, "By Ana Ruiz", "June 3, 2024", caption], STORY)
    url = "https://news.example.org/local/2024/06/03/islanders-win-long-fight-for-more-boats.html"
    assert parse(text, fmt="text", url=url).title == headline
    # without the address too (session 13): the caption shares more of the story's words, but the
    # byline hangs from the headline, and the caption has no credit of its own
    assert parse(text, fmt="text").title == headline


def test_an_address_that_spells_no_line_changes_nothing():
    url_of_id = "https://news.example.org/local/article/8812731"
    text = page(MENU, [HEADLINE, "By Ana Ruiz"], STORY)
    assert parse(text, fmt="text", url=url_of_id).title == parse(text, fmt="text").title == HEADLINE
    # A paragraph using the address's words among many others is no headline.
    url = "https://news.example.org/2024/commission-votes-ferry-crossings"
    assert parse(text, fmt="text", url=url).title == HEADLINE


def test_the_address_spelling_a_subheading_inside_the_story_is_no_headline():
    # The address spells a subheading set after two of the story's paragraphs better than the
    # headline (which holds other words too): the headline is above the story's prose.
    sub = "Ferry Crossings Double"
    text = page(MENU, [HEADLINE, "By Ana Ruiz"], STORY[:2], [sub], STORY[2:])
    url = "https://news.example.org/2024/06/ferry-crossings-double-schedule"
    assert parse(text, fmt="text", url=url).title == HEADLINE
    # set over the story's first paragraph, the same line is the headline the address spells
    assert parse(page(MENU, ["Harbor Vote", sub, "By Ana Ruiz"], STORY), fmt="text", url=url).title == sub


REFERENCE_LEDE = ("Island Ferry (locally the Blue Boat) is a passenger ferry service that crosses the harbor "
                  "between the second pier and the island, run by the harbor commission since 1998.")
INFOBOX = ["Island Ferry", "Operator Harbor Commission", "Founded March 3, 1998", "Fleet Six boats",
           "Website harbor.example.org"]


def test_a_reference_pages_title_is_its_first_line_that_the_lede_defines():
    # An encyclopedia's page: its one- or two-word title as the text's first line, again over the
    # infobox, and the lede opening with it ("X (...) is a ..."); the infobox's lines share more
    # of the lede's words.
    text = page(["Island Ferry", "From the Example Encyclopedia", "Jump to navigation"], INFOBOX,
                [REFERENCE_LEDE], STORY)
    assert parse(text, fmt="text").title == "Island Ferry"


def test_a_first_line_the_page_does_not_repeat_is_no_reference_title():
    # A site's name as the first line, the lede opening with it: the headline is still the headline.
    text = page(["Island Ferry", "Menu", "Timetables", "Fares"], [HEADLINE, "By Ana Ruiz"], [REFERENCE_LEDE], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_an_address_of_two_words_spells_a_two_word_headline_exactly():
    # A two-word headline (too short to be a candidate) over a date the date reader does not read;
    # the address's last part spells it, accents dropped. A menu line holding one more word is not it.
    text = page(MENU, ["Horários da Travessia", "Travessia Horários", "Segunda-feira, 3 de junho de 2024 às 09:10",
                       "Share"], STORY)
    assert parse(text, fmt="text", url="https://ferry.example.com.br/travessia-horarios/").title == "Travessia Horários"
    # an address whose last part is an id, or has numbers besides its two words that no line spells
    assert parse(text, fmt="text", url="https://ferry.example.com.br/noticias/8812731").title != "Travessia Horários"
    assert parse(text, fmt="text", url="https://ferry.example.com.br/travessia-horarios-2024").title \
        != "Travessia Horários"


def test_an_address_of_a_section_and_an_id_spells_no_menu_line():
    # "/news/world-harbor-islands-4412345": a section's three words and an id. The menu line
    # "Harbor Islands selected" holds two of them: no headline.
    text = page(["World", "Harbor Islands selected", "Business", "Climate"], [HEADLINE, "By Ana Ruiz"], STORY)
    assert parse(text, fmt="text", url="https://news.example.org/news/world-harbor-islands-4412345").title == HEADLINE


def test_a_press_release_opening_with_the_companys_name_keeps_its_headline():
    # The logo's "Harborline" as the first line and again in the menu, the lede opening with it:
    # it announces, it does not define; the release's headline stays the title.
    lede = ("Harborline (NYSE: HBL) today announced that two leased boats will join its island ferry fleet in June, "
            "doubling the number of morning crossings.")
    text = page(["Harborline", "Products", "Harborline", "Investors"], [HEADLINE, "June 3, 2024"], [lede], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_headline_over_its_by_line_outranks_a_first_line_the_lede_defines():
    lede = ("Harborline is a ferry company whose two leased boats will join its island fleet in June, doubling the "
            "number of morning crossings.")
    text = page(["Harborline", "Products", "Harborline", "Investors"], [HEADLINE, "By Ana Ruiz"], [lede], STORY)
    assert parse(text, fmt="text").title == HEADLINE


def test_a_short_headline_over_its_date_and_by_line_keeps_its_place():
    # A sidebar's last link over a short headline shares the story's words: a short line with its
    # date and byline straight under it is the headline (a standfirst under its headline is longer).
    link = "An Old Archive of the Harbor Commission Ferry Timetables"
    headline = "Ferry Crossings Double"
    text = page(MENU, ["Powered by", link, headline, "Tuesday 4 June 2024 by Ana Ruiz"], STORY)
    assert parse(text, fmt="text").title == headline


def test_a_dated_posted_by_line_the_byline_reader_cannot_name_closes_the_masthead():
    # "Posted by" handles in lower case: no author the byline reader knows, but a dated "by" line.
    # The section title under it shares more of the story's words than the post's title.
    text = page(MENU, ["Harbor Notes #12 - Summer in Sight", "Posted by ana_r, kimlee on 2024-06-03, all posts",
                       "The Ferry Crossings Vote (ana_r)"], STORY)
    assert parse(text, fmt="text").title == "Harbor Notes #12 - Summer in Sight"


def test_a_headline_straight_over_a_long_caption_that_shares_more():
    # The picture's caption under the headline names the story's people and places and scores eight
    # times the headline; straight above it, the shorter line is still the headline.
    headline = "Island Ferry Row Ends at Last"
    caption = "Commuters at the second pier before the commission voted to double the crossings"
    a = parse(page(MENU, ["June 3, 2024", headline, caption, "Jo Lee/Harbor Press"], STORY), fmt="text")
    assert a.title == headline
