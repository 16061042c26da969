"""Inside the story, session 21 (branch fmid): a line asking whether the article pleased the reader, or to
pass the article itself on to friends ("Liked this story? Share it with a friend!", "Hat Ihnen dieser
Artikel gefallen? ...", "Empfiehl dies deinen Freunden."), is a note to the reader (read/cleanup.py,
`reader_appeal`). Made-up pages."""

from flat_page import MENU_AND_TITLE, MORE, STORY, kinds, page


def test_a_call_to_share_the_article_between_paragraphs_is_not_heard():
    for call in ("Liked this story? Share it with a friend!", "Empfiehl dies deinen Freunden.",
                 "Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen"):
        text = page(MENU_AND_TITLE, STORY[:2], [call], STORY[2:], MORE)
        assert kinds(text)[call] != "paragraph", call


def test_sharing_with_friends_in_a_story_sentence_is_the_story():
    line = "Ich teile mit Freunden das Brot, sagte die Bäckerin, und sie teilen es mit ihren Nachbarn."
    text = page(MENU_AND_TITLE, STORY[:2], [line], STORY[2:], MORE)
    assert kinds(text)[line] == "paragraph"
