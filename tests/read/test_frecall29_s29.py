"""Session 29 (frecall29): a guide's bullets, flattened one a line with no mark, sit between two paragraphs of the
story; they cost the run nothing when both paragraphs go on with the story's topic (`story._story_lists`), so the
paragraph under them is heard. A paragraph under such lines that leaves the topic (an office's hours) stays out."""

from flat_page import kinds, page

MENU = ["Home", "Services", "Pricing", "Blog", "Contact"]
TITLE = ["How to Choose a Blockchain Marketing Agency"]
STORY = [
    "Choosing a blockchain marketing agency is harder than it looks, because most agencies promise growth while few "
    "of them understand token launches, wallet onboarding and the crypto communities that decide whether a project "
    "survives its first year.",
    "A good blockchain marketing agency starts with research: it studies your token, your wallet users and your "
    "competitors, then plans content and community campaigns that bring traders and builders to the project.",
]
BULLETS = [
    "What to look for",
    "Experience with token launches",
    "Case studies from wallet projects",
    "Clear monthly pricing for campaigns",
    "A team that knows crypto communities",
    "Reporting on community growth",
    "Links from crypto media outlets",
    "Technical audits of blockchain websites",
]
AFTER = ("In short, the right blockchain marketing agency shows case studies, explains its pricing for token "
         "launches and knows the communities your project needs.")
OFFICE = ("Our office in Leeds opens from nine to five on weekdays, and visitors can park beside the river near the "
          "old station.")
FOOT = ["Privacy Policy", "Terms of Service", "Follow us", "Newsletter"]


def test_the_paragraph_under_a_guides_bullets_is_heard():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [AFTER], FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[AFTER] == "paragraph"


def test_a_paragraph_off_the_storys_topic_under_the_lines_stays_out():
    got = kinds(page(MENU, TITLE, STORY, BULLETS, [OFFICE], FOOT))
    assert got[STORY[0]] == "paragraph"
    assert got[OFFICE] != "paragraph"
