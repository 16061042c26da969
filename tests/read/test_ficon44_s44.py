"""An icon font's ligature is no word (read/text.py `_ICON_NAME`): session 44 (branch ficon44). Google's
Material icons are drawn from their names ("chevron_right"), so a flattened page prints the name beside its
link or question, and the listener heard "chevron underscore right". Every page here is made up."""

import pytest

from audioed.read.text import split_blocks
from flat_page import MENU_AND_TITLE, MORE, STORY, narrated, page

FAQ = ["How often will the ferries run?", "Every twenty minutes from six in the morning, the commission said."]


@pytest.mark.parametrize("icon", ["chevron_right", "expand_more", "keyboard_arrow_down", "arrow_forward_ios"])
def test_an_icons_name_is_not_heard(icon):
    crumb = f"Home {icon} News {icon} Harbor"
    text = page([crumb], MENU_AND_TITLE, ["By Ana Ruiz"], STORY, [f"{FAQ[0]} {icon}", FAQ[1]], MORE,
                [f"Download the schedule {icon}"])
    heard = " ".join(narrated(text))
    assert icon not in heard
    assert FAQ[0] in heard and all(p in heard for p in STORY + MORE)


def test_a_sentence_naming_an_icon_keeps_it():
    # (a guide to the icon font names its icons in its own sentences)
    line = "Use the chevron_right icon to show that a row opens another page."
    assert split_blocks(page(STORY[:1], [line])) == [STORY[0], line]


def test_other_words_with_an_underscore_stay():
    # a setting's or a function's name is the story's ("work_mem"), and so is a longer name holding an icon's
    line = "How do I tune work_mem and ic_arrow_forward in PostgreSQL?"
    assert split_blocks(line) == [line]


def test_a_line_of_icons_alone_is_gone():
    assert split_blocks(page(["chevron_left chevron_right"], STORY[:1])) == [STORY[0]]
