"""The Markdown reader (markdown-it-py): tables row by row, code listed as skipped, nested
lists kept, headings as chapters, front matter as metadata."""

from __future__ import annotations

from audioed.read import parse
from audioed.script import build_script

STORY = """\
---
title: Council Passes the Budget
author: Jane Doe
date: 2024-05-14
---

# Council Passes the Budget

The city council passed its budget on Tuesday after a long debate about libraries and roads.

| Department | 2023 | 2024 |
|------------|------|------|
| Libraries  | $1.2 million | $1.5 million |
| Roads      | $4 million |  |

Council members said the shift reflects what residents asked for at public hearings this spring.

    def budget():
        return 42

Staff published the model they used to split the money between the two departments.

```python
print("hello")
```

How the money is spent
----------------------

- Libraries get more hours.
  - Longer weekend hours at every branch.
  - A new bookmobile for the east side.
    1. It stops at four schools.
- Roads get repairs.

## What comes next

The mayor is expected to sign the budget next week, her office said in a statement.

<!-- editor: check the vote count -->
<iframe src="https://video.example/budget"></iframe>
"""


def _article():
    return parse(STORY, fmt="markdown", source="budget.md")


def test_a_table_is_read_row_by_row_with_its_column_heads():
    blocks = _article().blocks
    rows = [b for b in blocks if b.text.startswith("Department:")]
    assert [b.text for b in rows] == [
        "Department: Libraries; 2023: $1.2 million; 2024: $1.5 million.",
        "Department: Roads; 2023: $4 million.",  # the empty cell is left out
    ]
    assert {b.kind for b in rows} == {"paragraph"}
    # In reading order, between the paragraphs around the table; the head row is not said alone.
    texts = [b.text for b in blocks]
    at = texts.index(rows[0].text)
    assert texts[at - 1].startswith("The city council") and texts[at + 2].startswith("Council members")
    assert not any(t.startswith("Department | ") or t == "Department 2023 2024" for t in texts)
    said = [line.text for _, line in build_script(_article()).lines()]
    assert rows[1].text in said


def test_a_table_without_column_heads_reads_each_row_as_its_cells():
    text = "# T\n\nA first paragraph of prose that opens the story here.\n\n|  |  |\n|--|--|\n| Ann | 7 |\n| Bo | 2 |\n"
    rows = [b.text for b in parse(text, fmt="markdown").blocks if b.text[:3] in ("Ann", "Bo;")]
    assert rows == ["Ann; 7.", "Bo; 2."]


def test_code_blocks_are_listed_as_skipped_not_narrated():
    article = _article()
    embeds = [b for b in article.blocks if b.kind == "embed"]
    assert [b.text for b in embeds][:2] == ["def budget(): return 42", 'print("hello")']
    script = build_script(article)
    said = " ".join(line.text for _, line in script.lines())
    assert "budget()" not in said and "print" not in said
    skipped = {s["text"] for s in script.skipped if s["kind"] == "embed"}
    assert {"def budget(): return 42", 'print("hello")'} <= skipped
    # The prose on either side is narrated.
    assert "Staff published the model" in said and "Council members said" in said


def test_nested_list_items_are_paragraphs_in_order():
    texts = [b.text for b in _article().blocks if b.kind == "paragraph"]
    items = ["Libraries get more hours.", "Longer weekend hours at every branch.",
             "A new bookmobile for the east side.", "It stops at four schools.", "Roads get repairs."]
    at = texts.index(items[0])
    assert texts[at:at + len(items)] == items


def test_headings_are_chapters():
    script = build_script(_article())
    titles = [s.title for s in script.sections]
    assert "How the money is spent" in titles and "What comes next" in titles  # setext and ATX
    chapter = next(s for s in script.sections if s.title == "What comes next")
    assert any("The mayor is expected" in line.text for line in chapter.lines)


def test_front_matter_is_the_metadata():
    article = _article()
    assert (article.title, article.authors, article.date) == (
        "Council Passes the Budget", ["Jane Doe"], "2024-05-14")
    assert [b.kind for b in article.blocks][:2] == ["title", "paragraph"]


def test_html_comments_are_dropped_and_embedded_players_listed():
    blocks = _article().blocks
    assert not any("editor: check" in b.text for b in blocks)
    (player,) = [b for b in blocks if "iframe" in b.text]
    assert player.kind == "embed"


def test_inline_markup_keeps_its_words():
    text = ("# Title Here\n\nThe **council** met [at city hall](https://x.example) on `Tuesday`, "
            "and ~~then~~ voted &amp; left in `<div>` tags.\n\n![The hall at night](hall.jpg)\n*The hall. Photo: Ann Lee*\n")
    blocks = parse(text, fmt="markdown").blocks
    assert blocks[1].text == (
        "The council met at city hall on Tuesday, and then voted & left in div tags.")
    assert [(b.kind, b.text) for b in blocks[2:]] == [
        ("caption", "The hall at night"), ("caption", "The hall. Photo: Ann Lee")]


def test_quotation_paragraphs_and_lists_inside_them_are_marked():
    text = ("# Title Here\n\nA first paragraph of the story, with enough words to be prose.\n\n"
            "> One quoted paragraph here.\n>\n> - a quoted list item\n")
    quoted = [b.text for b in parse(text, fmt="markdown").blocks if b.blockquote]
    assert quoted == ["One quoted paragraph here.", "a quoted list item"]
