"""Page furniture set inside or at the end of a flattened story's run: a link list under its
header, a caption repeated by a gallery, an author's or a company's "about" box after the story.

Structural rules over neighbouring blocks (the line-by-line rules are in `cleanup`): each marks
body blocks "chrome" in the kinds `build` assigns. Flattened text only: a page's markup says
where its boxes are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from audioed.read import cleanup
from audioed.read.cleanup import Context, is_sentence, words

if TYPE_CHECKING:
    from audioed.read.build import RawBlock

BODY = ("paragraph", "heading")

# A link list's items: at most this many, each at most this many words.
LINKS, LINK_WORDS = 12, 25


def _link_shaped(t: str) -> bool:
    """A story's title as a link shows it: a few words, capitalised, no final stop."""
    n = len(words(t))
    return 3 <= n <= LINK_WORDS and t[:1].isupper() and not is_sentence(t) and "\n" not in t.strip()


def mark_link_lists(raw: list[RawBlock], kinds: list[str]) -> None:
    """A link list's header ("Related", "More:", "Trending News") and the titles under it, up to
    the first sentence: other stories, set into this one. The header alone is chrome already
    (`cleanup.more_stories`); the titles under it read as subheadings."""
    for i, rb in enumerate(raw):
        if not cleanup.more_stories(rb.text, Context()):
            continue
        for j in range(i + 1, min(i + 1 + LINKS, len(raw))):
            if kinds[j] not in BODY:
                continue  # a time stamp, a credit between the titles
            if not _link_shaped(raw[j].text):
                break
            kinds[j] = "chrome"


# A caption and its copy (the image's alt text, a gallery's thumbnail): this many blocks apart at most.
COPY_WINDOW = 3
# A caption's length: a longer block repeated is a page's text given twice (a template's, a transcript's).
COPY_WORDS = (6, 50)
COPY_SHARE = 4


def mark_close_copies(raw: list[RawBlock], kinds: list[str]) -> None:
    """A block of COPY_WORDS words said again within COPY_WINDOW blocks: a caption given as
    alt text and as caption, or a slideshow's; both copies go (a writer does not repeat a
    paragraph two blocks on). Not a list's item, a footnote or an embed's "— Name (@handle)"
    line, and only on a page whose other prose outweighs the copies COPY_SHARE times: a page
    made of one paragraph said over is a template, all story."""
    keys = [" ".join(rb.text.lower().split()) for rb in raw]
    found: set[int] = set()
    for i, key in enumerate(keys):
        if kinds[i] not in BODY or not COPY_WORDS[0] <= len(words(key)) <= COPY_WORDS[1] \
                or re.match(r"^(?:[•·▪◦*–—^-]|\d{1,3}[.)])", key):
            continue
        found |= {k for j in range(i + 1, min(i + 1 + COPY_WINDOW, len(raw))) if keys[j] == key
                  for k in (i, j) if kinds[k] in BODY}
    prose = sum(len(words(raw[i].text)) for i, k in enumerate(kinds) if k in BODY and i not in found)
    if prose >= COPY_SHARE * sum(len(words(raw[i].text)) for i in found):
        for i in found:
            kinds[i] = "chrome"


def mark_furniture(raw: list[RawBlock], kinds: list[str], span: tuple[int, int]) -> None:
    """Every rule of this module, in flattened text around the story's run `span`."""
    mark_link_lists(raw, kinds)
    mark_close_copies(raw, kinds)
