"""A player's embed-code box is never narrated (session 38: read/cleanup.py `interactive_embed` takes a line that
is the label "Embed" then an `<iframe>`'s markup). NPR's audio player offers its markup to copy under every story with
audio; flattened, the listener heard 'Embed <iframe src="https://www.npr.org/player/embed/...' as the story's dek
on one page and in its body on another. Row 95 (fembed38); docs/reading.md "A platform's masthead and banner,
session 38"."""

import pytest

from audioed.read.cleanup import classify
from audioed.read.prose import Context

CODE = ('<iframe src="https://www.npr.org/player/embed/1000000001/1000000002" width="100%" height="290" '
        'frameborder="0" scrolling="no" title="NPR embedded audio player"></iframe>')


@pytest.mark.parametrize("text", ["Embed " + CODE, "Embed code: " + CODE, "EMBED " + CODE])
def test_an_embed_code_box_is_no_story(text):
    assert classify(text, Context()) == "embed"


@pytest.mark.parametrize("text", [
    CODE,  # a tutorial's markup, no label
    "Embed the player on your own site with the code below.",
    "Embed <iframe> elements sparingly, because each one loads a whole page and slows yours down.",
    "Embedding an <iframe> element is the simplest way to show a map on a page.",
])
def test_markup_in_a_tutorial_stays(text):
    assert classify(text, Context()) is None
