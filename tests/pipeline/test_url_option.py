"""`render --url`: where a saved page was published reaches the reader (read_for_render)."""

import pytest

from audioed.errors import InputError
from audioed.pipeline.options import RenderOptions
from audioed.pipeline.render import read_for_render
from flat_page import STORY

HEADLINE = "Islanders Win Long Fight for More Boats"
# (the byline under the caption: without the address the caption, which shares more of the
# story's words and has the credit under it, is taken)
PAGE = "\n\n".join(["Skip to content", "World", "Business", HEADLINE,
                    "Commuters wait for the morning ferry at the second pier before the commission vote",
                    "By Ana Ruiz", "June 3, 2024", *STORY])
URL = "https://news.example.org/local/2024/06/03/islanders-win-long-fight-for-more-boats.html"


def test_the_address_given_finds_the_headline_and_is_the_episodes_link(tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_text(PAGE, encoding="utf-8")
    article = read_for_render(saved, RenderOptions(url=URL))
    assert article.title == HEADLINE and article.url == URL
    assert read_for_render(saved, RenderOptions()).title != HEADLINE  # the address is what found it


def test_an_address_that_is_no_web_address_is_refused(tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_text(PAGE, encoding="utf-8")
    with pytest.raises(InputError, match="--url must be an http"):
        read_for_render(saved, RenderOptions(url="javascript:alert(1)"))
