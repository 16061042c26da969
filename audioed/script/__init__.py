"""Script stage: Article -> Script (intro, chapters of lines, outro, skipped blocks)."""

from __future__ import annotations

from dataclasses import dataclass

from audioed.script.credits import intro_texts, intro_title, outro_texts
from audioed.model import NARRATED_KINDS, Article, Line, Script, Section
from audioed.script.normalize import normalize as normalize_text  # not "normalize": that name is the subpackage
from audioed.script.quotes import find_quotes
from audioed.script.sectioning import split_sections

QUOTE_MODES = ("voice", "cue", "plain")


@dataclass(frozen=True)
class ScriptOptions:
    """How the script is written (frozen: one value per render)."""

    quotes: str = "voice"
    """voice: quote lines get the quote role; cue: narrator says "quote ... end quote"; plain: narrator only."""
    outro: bool = True
    """Read the credits and the synthetic-voice notice at the end."""


def _line(role: str, text: str, *, language: str, paragraph=None, speaker=None) -> Line:
    return Line(role=role, text=text, spoken=normalize_text(text, language=language),
                paragraph=paragraph, speaker=speaker)


def intro_lines(article: Article) -> list[Line]:
    return [_line("intro", t, language=article.language) for t in intro_texts(article)]


def outro_lines(article: Article) -> list[Line]:
    return [_line("outro", t, language=article.language) for t in outro_texts(article)]


def _body_lines(article: Article, options: ScriptOptions) -> list[tuple[int, list[Line]]]:
    """(block index, lines) for each narrated block, quotes cut out per options."""
    body = [b for b in article.blocks if b.kind in NARRATED_KINDS]
    spans_per_block = find_quotes([b.text for b in body], blockquotes=[b.blockquote for b in body],
                                  headings=[b.kind == "heading" for b in body])
    out = []
    for block, spans in zip(body, spans_per_block):
        lines: list[Line] = []
        for span in spans:
            if span.quote and options.quotes == "voice":
                lines.append(_line("quote", span.text, language=article.language,
                                   paragraph=block.index, speaker=span.speaker))
            elif span.quote and options.quotes == "cue":
                line = _line("narrator", span.text, language=article.language, paragraph=block.index,
                             speaker=span.speaker)
                line.spoken = f"Quote, {line.spoken} End quote."
                lines.append(line)
            else:
                # plain: the narrator reads it, but the transcript still names who said it.
                lines.append(_line("narrator", span.text, language=article.language,
                                   paragraph=block.index, speaker=span.speaker if span.quote else None))
        out.append((block.index, lines))
    return out


def build_script(article: Article, options: ScriptOptions = ScriptOptions()) -> Script:
    """Script stage entry point."""
    sections = [Section(title=intro_title(article), lines=intro_lines(article))]
    body = dict(_body_lines(article, options))
    # Chapters come from sectioning: headings, else similar-length parts cut where the topic turns.
    for part in split_sections([b for b in article.blocks if b.kind in NARRATED_KINDS]):
        sections.append(Section(title=part.title, lines=[l for b in part.blocks for l in body[b.index]]))

    if options.outro:
        sections.append(Section(title="Credits", lines=outro_lines(article)))

    skipped = [{"paragraph": b.index, "kind": b.kind, "text": b.text}
               for b in article.blocks if b.kind not in NARRATED_KINDS]
    return Script(title=article.title, sections=sections, dek=article.dek, authors=list(article.authors),
                  publisher=article.publisher, date=article.date, url=article.url,
                  language=article.language, skipped=skipped)


def format_script(s: Script) -> str:
    """`audioed script`'s text report: chapters, each line's role, speaker and spoken text, skipped blocks."""
    out = [s.title]
    for section in s.sections:
        out.append(f"\n## {section.title}")
        out += [f"  [{line.role}" + (f" ({line.speaker})" if line.speaker else "") + f"] {line.spoken}"
                for line in section.lines]
    if s.skipped:
        out.append("\n## Skipped")
        out += [f"  [{b['kind']} #{b['paragraph']}] {b['text'][:100]}" for b in s.skipped]
    return "\n".join(out)
