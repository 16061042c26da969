"""A newsletter's sign-up form set into a story (read/furniture.py `mark_signup_forms`): session 43 (branch fbox43).
A form's button and consent line were never heard, but its name and description over them were ("NP Posted", "Get a
dash of perspective along with the trending news of the day ..."), and so was its pointer to the publisher's other
newsletters ("Interested in more newsletters? Browse here."). Every page here is made up."""

import pytest

from flat_page import MORE, STORY, TITLE, narrated, page

MENU = ["Skip to content", "Sections", "World", "Business", "Climate", "Opinion", "Subscribe", "Log In"]
FOOT = ["Privacy Policy", "Contact"]
CONSENT = "By signing up you consent to receive the above newsletter from Tidewire Media Inc."


def _heard(form):
    return narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2], form, STORY[2:] + MORE, FOOT))


@pytest.mark.parametrize("form", [
    ["Harbor Briefing", "Get the day's top island stories, weather and ferry times.", "Sign Up", CONSENT,
     "Interested in more newsletters? Browse here."],
    ["Island Weekend", "Our weekend picks of markets, walks and music, in your inbox every Friday.",
     "Enter your email address", "Subscribe", "Privacy Policy"],
    ["Essential news, delivered daily", "Email", "Sign up",
     "We may use your email address to send you offers. Privacy notice"],
    ["Morgenlage", "Jeden Morgen die wichtigsten Nachrichten, Montag bis Freitag, kostenlos.", "E-Mail-Adresse",
     "Abonnieren", "Datenschutzerklärung"],
])
def test_a_sign_up_forms_lines_are_not_heard(form):
    heard = _heard(form)
    assert not set(form) & set(heard)
    assert all(p in heard for p in STORY + MORE)


def test_a_story_line_over_a_bare_form_is_heard():
    # (a form with no pitch over its button: the line over it is the story's, however short)
    line = "Tickets go on sale in May."
    heard = _heard([line, "Sign Up", CONSENT])
    assert line in heard


def test_a_subheading_over_a_pitch_that_quotes_someone_is_heard():
    # (a quotation is the story's: "Get on the boat," ... said)
    sub = "Ferry Fans"
    line = "\u201cGet on the early boat every day,\u201d the commission's chairwoman said."
    heard = " ".join(_heard([sub, line, "Subscribe", "Privacy Policy"]))
    assert "Get on the early boat every day" in heard and sub in heard


def test_a_story_about_newsletters_is_heard():
    line = ("The commission also plans more newsletters for island residents, a spokeswoman said, starting with a "
            "monthly bulletin on the ferry schedule.")
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2] + [line] + STORY[2:] + MORE, FOOT))
    assert line in heard


@pytest.mark.parametrize("line", ["Advertisement. Scroll to continue reading.",
                                  "ADVERTISEMENT - SCROLL TO CONTINUE READING", "Scroll down to keep reading"])
def test_an_ad_slots_instruction_is_not_heard(line):
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2] + [line] + STORY[2:] + MORE, FOOT))
    assert line not in heard
    assert all(p in heard for p in STORY + MORE)


def test_a_story_line_about_scrolling_is_heard():
    line = "The app tells commuters to scroll to continue reading the timetable, which many found confusing."
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2] + [line] + STORY[2:] + MORE, FOOT))
    assert line in heard


# The reviewer's pages (session 43): a story's short last paragraph over a footer opening with "Subscribe" and a
# policy's link; a subheading and a paragraph over a form with no description; a story line after a lone "Join".
@pytest.mark.parametrize("line", ["Ferries will run every day from 6 a.m. to midnight starting June 1.",
                                  "Get your tickets at the pier or online from May 15.",
                                  "Keep an eye on the pier boards for delays.",
                                  "Daily passes will cost the same as before.",
                                  "Tickets can be delivered to riders' homes.",
                                  "Plan ahead: the June schedule is online."])
@pytest.mark.parametrize("foot", [["Subscribe", "Privacy Policy", "Terms of Use"],
                                  ["Sign Up", "Log In", "Privacy Policy"]])
def test_a_storys_last_line_over_a_footers_subscribe_link_is_heard(line, foot):
    heard = narrated(page(MENU, [TITLE, "June 3, 2024"], STORY + MORE + [line], foot))
    assert line in heard


@pytest.mark.parametrize("lines", [["Getting There", "Be at the pier ten minutes before departure."],
                                   ["The first boat will leave daily at 6 a.m."],
                                   ["Volunteers Wanted", "Keep the island's paths clean this summer."]])
def test_lines_over_a_form_with_no_pitch_are_heard(lines):
    heard = _heard(lines + ["Sign Up", CONSENT])
    assert all(x in heard for x in lines)


# A page's own read-aloud player's note (read/cleanup.py `player_note`, marked by `furniture.mark_buttons`).
@pytest.mark.parametrize("line", ["Diese Audioversion wurde künstlich generiert. Mehr Informationen zu unserer "
                                  "Vorlesefunktion finden Sie hier.",
                                  "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
                                  "Listen to this article", "This article was voiced by Amazon Polly.",
                                  "Écouter cet article"])
def test_a_read_aloud_players_note_is_not_heard(line):
    heard = narrated(page(MENU, [TITLE, "June 3, 2024", line], STORY + MORE, FOOT))
    assert line not in heard
    assert all(p in heard for p in STORY + MORE)


@pytest.mark.parametrize("line", ["Listen to this article, the minister told reporters, before reading the statement "
                                  "aloud.",
                                  "The commission's website now offers text-to-speech, and a spokeswoman said the audio "
                                  "was generated by a computer voice."])
def test_a_story_line_about_listening_is_heard(line):
    heard = " ".join(narrated(page(MENU, [TITLE, "June 3, 2024"], STORY[:2] + [line] + STORY[2:] + MORE, FOOT)))
    assert line.split(",")[0] in heard
