"""Flattened page text: a story narrated whole when its shape is not paragraphs of sentences (a
how-to's list and steps, Chinese prose set one phrase a line) or when no headline is found."""

import pytest

from audioed.read import parse
from flat_page import MORE, STORY, TITLE, page
from audioed.script import build_script

MENU = ["Sections", "Home", "Skip to content", "Garden", "Kitchen", "Crafts", "Subscribe Now", "Log In"]
FOOTER = ["About Us", "Contact", "Privacy Policy", "Terms of Use", "© 2024 The Porch Company"]


def heard(text):
    article = parse(text, fmt="text")
    return article, " ".join(l.text for _, l in build_script(article).lines() if l.role in ("narrator", "quote"))


def test_a_how_to_list_and_its_numbered_steps_are_narrated():
    intro = ("A jar garden keeps a little green on the windowsill all winter, and it takes an afternoon and a few "
             "things from the shed to make one that will last until the spring comes round again.")
    needs = ["A glass jar with a wide mouth", "Gravel", "Potting soil", "Two small ferns", "A spoon"]
    steps = ["Pour a thumb's depth of gravel into the jar so the roots never stand in water after watering.",
             "Spoon in the soil and press it down until it sits level a little below the jar's shoulder.",
             "Set the ferns in the soil with the spoon, firm them in and water them lightly once."]
    story = [intro, "What you will need:"] + needs + [x for n, s in enumerate(steps, 1) for x in (f"Step {n}", s)]
    article, text = heard(page(MENU, ["How to Make a Jar Garden"], story, FOOTER))
    assert article.title == "How to Make a Jar Garden"
    assert intro in text or article.dek == intro  # (the first paragraph may be read once, as the standfirst)
    for line in needs + steps:
        assert line in text, line
    for junk in MENU + FOOTER:
        assert junk not in text.split(". "), junk


def test_chinese_prose_set_one_phrase_a_line_is_narrated():
    menu = ["首頁", "部落格", "旅遊", "美食", "登入"]
    lines = ["早上從台北出門之際還是小雨不斷細雨紛飛來到此地雨已停", "多日來的雨勢不斷已有部分區域水漬成攤並不適合落置帳篷",
             "這個季節正是吊橋一帶的楓紅變葉時刻先行走一趟山谷賞景", "午後從山谷回到營地之際人潮已經全數撤退只剩下我們三車",
             "民宿前這一大區楓香林為土質營位大致區分前後兩個營區", "正前方小木屋即是衛浴區男女分別以左右兩側分開燒材鍋爐"]
    about = ["這是我們兩人的共同天地，喜歡碧海藍天，喜歡悠閒生活，也喜歡走過美麗的旅遊足跡。"]  # a sidebar's sentence
    article, text = heard(page(menu, about, ["山谷露營_營地賞楓 (2)"], lines, ["關於我們", "聯絡我們"]))
    assert lines[0] in text.replace(" ", "") or article.dek == lines[0]  # (or read once, as the standfirst)
    for line in lines[1:]:
        assert line in text.replace(" ", ""), line
    assert about[0] not in text


def test_without_a_headline_the_first_paragraph_is_the_story_not_a_standfirst():
    paras = ["The harbor commission voted on Tuesday to double the number of ferry crossings, a change that riders "
             "have asked for since the second pier opened.",
             "Boats will leave every half hour from six in the morning, the commission said, and the last boat "
             "will leave at eleven at night.",
             "The new timetable starts in June, and fares will not change this year, the commission added.",
             "Riders at the pier said the change was overdue and that the queues had grown longer every summer."]
    article, text = heard(page(paras))
    assert article.dek is None
    assert paras[0] in text


def test_a_row_of_tags_under_a_label_is_not_taken_into_the_story():
    story = ["The harbor commission voted on Tuesday to double the number of ferry crossings, a change that "
             "riders have asked for since the second pier opened and the queues grew longer.",
             "Boats will leave every half hour from six in the morning, the commission said, and the last boat "
             "will leave at eleven at night, starting in June."]
    tags = ["Topics:", "Ferries,", "Harbor,", "Commission,", "Transport"]
    _, text = heard(page(MENU, ["Ferry Crossings to Double After Harbor Vote"], story, tags,
                         ["Advertisers may pay us when you buy through links on this page, which helps fund our reporting."],
                         FOOTER))
    assert story[1] in text
    for tag in tags[1:]:
        assert tag.rstrip(",") not in text.split(), tag


def test_an_html_sample_inside_the_story_does_not_cut_it_in_two():
    before = ["Every page of the site starts from one small template, and this post walks through it line by line "
              "so that you can copy it for your own pages without the clutter of a framework.",
              "Here is the whole template, as it sits in the repository today:"]
    listing = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', "<title>Ferry times</title>",
               "</head>", "<body>", '<div id="times"></div>', "</body>", "</html>"]
    after = ["The empty div is where the script writes the timetable once it has loaded, which keeps the page "
             "readable for the people whose browsers block scripts.",
             "The charset line comes first because the browser must know it before it reads the title, and "
             "the title is the name the page has in a bookmark or a tab.",
             "That is all the page needs: everything else is added by the stylesheet and the script later on."]
    article, text = heard(page(MENU, ["A Page Template in Ten Lines"], before, listing, after, FOOTER))
    assert before[0] in text or article.dek == before[0]
    for para in before[1:] + after:
        assert para in text, para


def test_a_story_cut_in_two_by_a_video_player_is_narrated_from_its_opening():
    opening = ["The harbor commission voted on Tuesday to double the number of ferry crossings, a change that riders "
               "have asked for since the second pier opened and the summer queues began to stretch up the hill.",
               "Boats will leave every half hour from six in the morning, the commission said, and the last boat "
               "will leave at eleven at night, starting in June when the new timetable is printed.",
               "The vote was four to one. The member who voted against it said the crews were already stretched and "
               "that a second boat would need a second crew, which the commission has not yet hired or paid for."]
    player = ["Play Video", "Play", "Mute", "Current Time 0:00", "Duration Time 0:00", "Loaded: 0%", "Progress: 0%",
              "Captions", "Subtitles", "Fullscreen", "Font Size", "Text Edge Style", "Raised", "Depressed",
              "Font Family", "Default", "Casual", "Small Caps", "Defaults Done", "Close"]
    rest = ["Riders at the pier said the change was overdue. One commuter, who has taken the early boat for a decade, "
            "said the queues had grown longer every summer and that the second boat would be the first real relief "
            "since the pier was rebuilt, though she doubted the crews could keep to a half-hourly timetable in winter "
            "storms when the channel turns rough and the crossings already run late.",
            "The commission said the extra crossings would be paid for by the fares already charged, and that it "
            "would review the timetable after the first summer to see whether the late boat carries enough riders to "
            "keep it, or whether the money would be better spent on a boat at dawn for the workers at the cannery, "
            "who have asked for one since the old dawn crossing was cut three years ago when the fuel prices rose."]
    article, text = heard(page(MENU, ["Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz", "March 4, 2024"],
                               opening, player, rest, FOOTER))
    assert opening[0] in text or article.dek == opening[0]
    for para in opening[1:] + rest:
        assert para in text, para
    for junk in player:
        assert junk not in text.split(". "), junk


def test_a_table_of_contents_between_the_lede_and_the_sections_does_not_cut_the_story():
    lede = ["A ferry timetable is the list of crossings a ferry line keeps, with the pier, the hour and the boat "
            "for each, published for the season and changed when the tides or the number of riders change.",
            "Timetables are set by the harbor commission on most islands, which hears the riders first, and they "
            "are printed on paper at the piers as well as published online for the whole season."]
    toc = ["Contents", "1 History", "1.1 The first crossings", "1.2 The second pier", "2 Seasons", "3 See also"]
    sections = ["The first timetable was a board at the pier on which the captain chalked the day's crossings, and "
                "the riders copied it into their notebooks when they came down in the morning for the boat.",
                "The second pier opened in the spring of its third year, and with it came the half-hourly crossing "
                "that the commission printed on paper for the first time, to be handed out on the boats.",
                "In summer the boats run every half hour from dawn, while in winter they run every hour and the "
                "last boat leaves before dark, when the channel is too rough for the small crews to cross."]
    article, text = heard(page(MENU, ["Ferry timetable"], lede, toc, sections, FOOTER))
    assert lede[0] in text or article.dek == lede[0]
    for para in lede[1:] + sections:
        assert para in text, para


def test_a_first_paragraph_the_story_runs_on_from_is_the_lede_not_a_standfirst():
    paras = ["So you finally repainted the shed this spring? Good: the wood lasts longer under two coats, and "
             "the colour holds through the summer.",
             "The first coat soaks into bare boards and seals them, so the second one sits on top and keeps the "
             "rain from getting under it.",
             "Choose a dry week for the work: paint that is rained on before it sets runs and has to be sanded off.",
             "Clean the brushes in warm water the same day, or they will be stiff and useless by the next morning."]
    article, text = heard(page(MENU, ["Two Coats For The Garden Shed"], paras, FOOTER))
    assert article.title == "Two Coats For The Garden Shed"
    assert article.dek is None
    for para in paras:
        assert para in text, para
    # the story's first section under its subheading follows it just as well
    article, text = heard(page(MENU, ["Two Coats For The Garden Shed"], paras[:1], ["Why two coats"], paras[1:],
                               FOOTER))
    assert article.dek is None and paras[0] in text
    # set apart from the story by its byline, a summary under the headline is still the standfirst
    article, text = heard(page(MENU, ["Two Coats For The Garden Shed"], [paras[0], "By Ana Ruiz"], paras[1:], FOOTER))
    assert article.dek == paras[0]


def test_an_encyclopedia_articles_numbered_notes_are_read_with_it():
    story = ["The old stone bridge over the river was built in 1820 by the town's masons, and it carried the mail "
             "coach for forty years before the railway came.",
             "It was widened in 1905, when the county paid for a second lane and iron railings along both sides of "
             "the road that crossed it.",
             "The bridge was listed as a monument in 1971, and the heavy lorries that had cracked its arches were "
             "sent round by the new road a year later."]
    notes = ["References", "^ Doe, Jane (2019). \"Bridges of the north\"", ". Northern Press. Retrieved 3 May 2020.",
             "^ Roe, John (1906). \"The county roads\"", ". County Record. Retrieved 9 June 2021.",
             "^ \"Listed monuments of the county\"", ". Heritage Board. Retrieved 1 July 2022."]
    article, text = heard(page(MENU, ["Old Stone Bridge"], story, notes, FOOTER))
    for line in story:
        assert line in text, line
    for phrase in ("Doe, Jane (2019)", "Bridges of the north", "Retrieved 3 May 2020", "Roe, John (1906)",
                   "Listed monuments of the county", "Retrieved 1 July 2022"):
        assert phrase in text, phrase  # (the citations' quote marks are not read out)


def test_a_last_paragraph_ending_in_the_writers_tag_is_read():
    story = ["Die Stadt hat am Dienstag beschlossen, die Zahl der Fähren zur Insel zu verdoppeln, wie es die "
             "Pendler seit der Eröffnung des zweiten Anlegers gefordert hatten.",
             "Die Boote fahren von sechs Uhr morgens an jede halbe Stunde, teilte die Kommission mit, und das "
             "letzte Boot legt um elf Uhr abends ab.",
             "Der neue Fahrplan gilt ab Juni, und die Preise bleiben in diesem Jahr gleich, fügte sie hinzu.",
             "Eine Fahrt kostet weiterhin vier Euro und setzt keine Reservierung voraus. (abc)"]
    article, text = heard(page(MENU, ["Mehr Fähren zur Insel"], story, ["« Vorige | Nächste »", "Kommentare lesen"],
                               FOOTER))
    for para in story:
        assert para.removesuffix(" (abc)") in text, para


def test_a_table_flattened_one_row_a_line_does_not_cut_the_story():
    before = ["The county counted the crossings on every ferry route last year, and the figures show how unevenly "
              "the boats are used from one harbour to the next.",
              "The north route carries most of the island's commuters, while the others fill up only in summer."]
    table = ["Crossings by route", "North Pier 4120 38.2%", "South Quay 2630 24.4%", "Old Harbour 1980 18.4%",
             "Lighthouse Point 1210 11.2%", "Mill Bay 840 7.8%"]
    after = ["The commission said the new boats would go to the north route first, where the queues are longest "
             "on winter mornings.",
             "The other routes will keep their timetables until the county has counted another year of crossings.",
             "Riders on the south quay said they would ask for a second boat at the next public meeting in May."]
    article, text = heard(page(MENU, ["Where The Ferries Go"], before, table, after, FOOTER))
    for para in before + after:
        assert para in text, para


def test_a_numbered_list_resumed_after_a_slideshow_is_read_to_its_end():
    intro = ("A garden shed painted well will stand for thirty years, and most of what it takes is patience, a "
             "dry week and two good brushes, as the painters we asked all agreed.")
    tips = ["Wait for a week without rain before you start: paint holds only on boards that have dried through.",
            "Scrape off every flake of the old coat, or the new one will lift with it by the end of the summer.",
            "Fill the cracks with wood filler and sand them flat, then brush the dust off the boards with a broom.",
            "Give the bare wood a coat of primer first, since paint soaks into it unevenly and dries in patches.",
            "Keep the tins out of the sun while you work, and close them between coats so the paint stays soft."]
    tips = [tip + " Most of the painters we asked said they had learnt this the hard way, on their own sheds."
            for tip in tips]
    items = [x for n, tip in enumerate(tips, 1) for x in (f"{n}. Before painting, part {n}", tip)]
    slides = [x for n in range(1, 9) for x in (f"{n}/8 Harbour Town Market Day", "Stalls fill the quay on "
              f"market day {n}.", "Getty")]
    gallery = ["Market day in pictures", "Show all", "Market day in pictures"] + slides
    story = [intro] + items[:6] + gallery + items[6:]
    article, text = heard(page(MENU, ["Five Things To Know Before You Paint"], story, FOOTER))
    assert article.title == "Five Things To Know Before You Paint"
    assert intro in text or article.dek == intro  # (read once, as the standfirst, above the list)
    for line in tips:
        assert line in text, line
    assert "Harbour Town Market Day" not in text and "Stalls fill the quay" not in text


CARDS = ["Watch Next", "Harbor Fares Explained", "Island Shops Get Ready", "Two New Boats for the Summer", "Up Next"]


def test_a_lede_set_apart_from_the_story_by_a_row_of_cards_is_read():
    # headline, byline and date, the lede, a row of cards, then the rest of the story: the run of prose
    # starts under the cards, and the lede above them is the story's opening, not the page's
    lede = ("Two young drivers wrecked a sports car each on the same night, one on the motorway near the "
            "bridge and one in the old town, the police said on Saturday.")
    rest = ["The first driver, a nineteen-year-old who had held his licence for three weeks, lost control of "
            "the car just after the slip road and hit the barrier twice before it stopped.",
            "The second crash came an hour later, when a car turning into the market square struck a parked "
            "van and a lamp post; its driver and his passenger were taken to hospital with light injuries.",
            "The police are looking for witnesses who saw either car before the crashes, and ask them to call "
            "the station on the harbour road.",
            "Both drivers will have to sit their tests again, a spokesman said, and the second faces a fine."]
    headline = "Two Young Drivers Wreck Sports Cars in One Night"
    article, text = heard(page(MENU, [headline, "By Anna Berg", "October 19, 2019"], [lede], CARDS, rest, FOOTER))
    assert article.title == headline
    assert lede in text or article.dek == lede
    for para in rest:
        assert para in text, para
    for junk in CARDS:
        assert junk not in text, junk


TAGS = ["Ferries", "Harbor Commission", "Island Life", "Transport"]
BOX_BLURB = ("The council turned down an offer for the old pier on Monday, saying that the island needs the "
             "berth for its own boats more than it needs the money from a private buyer.")


@pytest.mark.parametrize("header", ["Related", "Most Read"])
@pytest.mark.parametrize("top", [[TITLE], [TITLE, "By Ann Lee", "June 3, 2024"]])
def test_a_related_boxs_blurb_between_the_headline_and_the_story_is_not_its_opening(header, top):
    # the lede's rule (prose between the headline's byline or date line and the run is the story's
    # opening) is off with no byline or date line, and stops at a link list's header
    box = [header, "Council Rejects Pier Sale", BOX_BLURB]
    article, text = heard(page(MENU, top, TAGS, box, TAGS, STORY, MORE, FOOTER))
    assert BOX_BLURB not in text and article.dek != BOX_BLURB
    for para in STORY[1:] + MORE:
        assert para in text, para


def test_a_standfirst_above_the_byline_is_not_taken_for_the_opening():
    # a summary above the byline and date, a caption and its credit: the page's header, not the story
    dek = ("The island's ferries will run twice as often from June, after a vote that ended three years "
           "of dispute on the waterfront between the harbor commission and the island's shop owners.")
    caption = ("Commuters wait for the morning boat at the second pier, where crowds have formed at every "
               "crossing since the new houses on the island were finished two summers ago.")
    story = ["The harbor commission voted on Tuesday to double the number of ferry crossings to the island, "
             "ending a dispute that had divided the waterfront for three years.",
             "Commuters had complained for months that the morning boats were full before they reached the "
             "second pier, and the commission's own count showed crowds at every crossing.",
             "The new schedule starts in June, when two leased boats join the fleet, the commission said."]
    header = ["Ferry Crossings to Double After Harbor Vote", dek, "Read Later", caption, "Jane Doe/Harbor Photos",
              "Anna Berg", "Staff Writer", "May 20, 2019", "View PDF", "Print"]
    article, text = heard(page(MENU, header, story, FOOTER))
    assert caption not in text
    for para in story:
        assert para in text, para
