"""Session 27 (branch fclean27): defects session 26's review left in the reading rules. A longer site name
holds the best one word for word (`sitename._word_cuts`); a line in a script without case (Japanese here) is
a plain line for rows 65 and 67 (`furniture._plain`); "AS" ends a name as a legal form only in capitals after
no person's name (`sitename._company_tail`); one age line (`story.AGE`) stamps a thread's post and another
story's card alike. Every page here is made up."""

from audioed.read import parse
from flat_page import STORY, kinds, page

MENU = ["Skip to content", "Post Life", "Post News", "Opinion"]
RIGHTS = "© 2024 Post. All rights reserved."


def publisher(menu, footer):
    top = [*menu, "Ferry Crossings to Double After Harbor Vote", "June 3, 2024"]
    story = [*STORY[:2], "The commission told the Post that the boats are leased.", *STORY[2:]]
    return parse(page(top, story, footer), fmt="text").publisher


def test_a_longer_name_holds_the_best_one_word_for_word():
    # "Compost®" and "Postmark®" (a brand in a shop's line) are other words, not "Post" read in full
    assert publisher(MENU, ["Post News", "Compost® shop", RIGHTS, "Privacy Policy"]) == "Post"
    assert publisher(MENU, ["Post News", "Postmark® shop", RIGHTS, "Privacy Policy"]) == "Post"
    # a longer name holding "Post" as a word still reads whole
    assert publisher(MENU, ["Post News", "Post Tribune® shop", RIGHTS, "Privacy Policy"]).startswith("Post Tribune")


# A made-up Japanese ferry story: a template's box and an ad slot's notice in a script without capitals.
STORY_JA = [
    "港湾委員会は火曜日、島へのフェリーの便数を倍に増やすことを決め、三年にわたって港を二分してきた争いに終止符を打った。",
    "通勤客は何か月も前から、朝の船が二つ目の桟橋に着く前に満員になると訴えており、委員会自身の調査でもどの便も混雑していた。",
    "新しい時刻表は六月に始まり、その時に借りた二隻の船が船団に加わると委員会は声明で述べた。",
    "運賃は今年は変わらないが、燃料の価格が上がり続ければ秋には値上げもありうると委員会は警告した。",
    "島の商店は決定を歓迎し、混んだ船のせいで週末の客が二年続けて古い岸壁の店から遠ざかっていたと話した。",
    "岸壁の店主たちは、六月から遅い便に合わせて営業時間を延ばすと話し、二軒の喫茶店は古い時刻表が始まって以来初めて日曜の朝に店を開ける予定だという。",
    "本土から通う教師の多い島の学校は、授業が九時前に始められるよう、最も早い便の時刻を今のまま残すよう委員会に求めた。",
    "委員会によると、借りる二隻の船はどちらも以前は北の海峡で使われていたもので、一隻に三百人まで乗ることができる。",
    "島の住民の一人は、朝の船に乗れずに仕事に遅れたことが何度もあったと話し、新しい時刻表でようやく安心して通えると喜んだ。",
    "委員会は来年の春、一年分の乗客数をもとに時刻表をもう一度見直すという。",
]
TOP_JA = ["ホーム", "ニュース", "経済", "フェリーの便数、港の投票で倍に", "2024年6月3日"]
FOOT_JA = ["利用規約", "お問い合わせ"]


def test_a_box_printed_twice_in_japanese_is_the_templates():
    box = ["有料会員になると全ての記事が読めます", "今なら最初の一か月は無料でお試しいただけます"]
    k = kinds(page(TOP_JA, STORY_JA[:2], box, STORY_JA[2:], box, FOOT_JA))
    assert [k[t] for t in box] == ["chrome", "chrome"]
    assert {k[t] for t in STORY_JA} == {"paragraph"}


def test_a_notice_said_three_times_in_japanese_is_the_templates_a_refrain_stays():
    notice = "広告の読み込みが終わるまでしばらくお待ちください"
    s = STORY_JA
    k = kinds(page(TOP_JA, s[:3], [notice], s[3:6], [notice], s[6:], [notice], FOOT_JA))
    assert k[notice] == "chrome" and {k[t] for t in s} == {"paragraph"}
    # a line said three times beside paragraphs on its own words (two characters a word) is the story's
    refrain = "島の人々はまだフェリーを待っている"
    k = kinds(page(TOP_JA, s[:1], [refrain], s[1:4], [refrain], s[4:8], [refrain], s[8:], FOOT_JA))
    assert k[refrain] == "paragraph"


def test_a_legal_form_as_is_the_norwegian_one_in_capitals_after_no_persons_name():
    from audioed.read.build import RawBlock
    from audioed.read.sitename import owner_site

    raw = [RawBlock(t) for t in ("Pedro As", "Kestrel Media", "© 2024 Pedro As Productions", "Kari Lie AS")]
    # "As" is a word of the name, not a legal form: the owner's name built on "Pedro As", not on "Pedro"
    assert owner_site("Pedro As Productions", raw) == "Pedro As"
    # the Norwegian form in capitals after a company's name is still one
    assert owner_site("Kestrel Media AS", raw) == "Kestrel"
    assert owner_site("Mediehuset Tidewire ASA", raw) is None
    # after a person's name it is no company's form
    assert owner_site("Kari Lie AS", raw) == "Kari Lie AS"


# One age line for a thread post's stamp (`story.stamped_thread`) and a card's (`furniture.mark_stamped_teasers`).
HEAD = ["Sections", "Home", "World News", "Business News", "Opinion Pages",
        "Ferry Crossings to Double After Harbor Vote", "By Ana Ruiz"]
SUB = "What the island's shops expect"


def test_a_card_stamped_with_a_posts_age_is_not_heard():
    from flat_page import MORE

    for stamp in ("2 weeks ago", "il y a 3 heures", "Jo Lee · 5 hours ago"):
        card = ["Lighthouse keeper's cottage goes up for sale after forty years", stamp]
        got = kinds(page(HEAD, STORY[:2], card, STORY[2:], [SUB], MORE, ["Privacy Policy", "Contact"]))
        assert got[card[0]] != "paragraph" and got[stamp] != "paragraph", stamp
        assert all(got[t] == "paragraph" for t in STORY + MORE)
    # an age said in a sentence is no stamp: the line over it is the story's subheading
    line = "Two years ago the island still had one ferry a day"
    got = kinds(page(HEAD, STORY[:2], [SUB, line], STORY[2:], MORE, ["Privacy Policy", "Contact"]))
    assert got[SUB] in ("paragraph", "heading") and got[line] == "paragraph"


def test_a_thread_stamped_with_a_cards_age_is_a_thread():
    from audioed.read import story
    from audioed.read.build import RawBlock

    post = ("Der Ausbau des Hafens kostet fast doppelt so viel wie geplant, und am Ende zahlen wieder alle über "
            "die Gebühren und die Steuern, wie es bei solchen Projekten immer schon war.")
    lines = ["Startseite", "Leserkommentare"]
    for n, stamp in enumerate(("vor 2 Std.", "gestern 14:40", "vor 5 Min.", "heute 09:12")):
        lines += [f"Leser{n}", stamp, post, "antworten", "melden"]
    assert len(story.stamped_thread([RawBlock(t) for t in lines])) == 4
