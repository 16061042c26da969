"""Script stage: Article -> Script (intro, chapters of lines, outro, skipped blocks)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import NARRATED_KINDS, Article, Line, Script, Section
from .normalize import normalize
from .quotes import find_quotes

QUOTE_MODES = ("voice", "cue", "plain")


@dataclass(frozen=True)
class ScriptOptions:
    """How the script is written (frozen: one value per render)."""

    quotes: str = "voice"
    """voice: quote lines get the quote role; cue: narrator says "quote ... end quote"; plain: narrator only."""
    outro: bool = True
    """Read the credits and the synthetic-voice notice at the end."""


def _byline(authors: list[str]) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def _line(role: str, text: str, *, language: str, paragraph=None, speaker=None) -> Line:
    return Line(role=role, text=text, spoken=normalize(text, language=language),
                paragraph=paragraph, speaker=speaker)


def intro_lines(article: Article) -> list[Line]:
    lang = article.language
    lines = [_line("intro", article.title, language=lang)]
    byline = _byline(article.authors)
    if byline or article.publisher:
        said = f"By {byline}" if byline else ""
        if article.publisher:
            said = f"{said}, for {article.publisher}." if said else f"From {article.publisher}."
        else:
            said += "."
        lines.append(_line("intro", said, language=lang))
    if article.dek:
        lines.append(_line("intro", article.dek, language=lang))
    return lines


def outro_lines(article: Article) -> list[Line]:
    lang = article.language
    who = _byline(article.authors)
    parts = [f"You have been listening to {article.title}"]
    if who:
        parts.append(f" by {who}")
    if article.publisher:
        parts.append(f", published by {article.publisher}")
    lines = [_line("outro", "".join(parts) + ".", language=lang)]
    lines += [_line("outro", c, language=lang) for c in article.credits]
    lines.append(_line("outro", "This audio edition was produced with a synthetic voice.", language=lang))
    return lines


def _body_lines(article: Article, options: ScriptOptions) -> list[tuple[int, list[Line]]]:
    """(block index, lines) for each narrated block, quotes cut out per options."""
    body = [b for b in article.blocks if b.kind in NARRATED_KINDS]
    spans_per_block = find_quotes([b.text for b in body], blockquotes=[b.blockquote for b in body])
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


def _title_from(text: str, limit: int = 60) -> str:
    """A short chapter title from a chapter's first sentence, cut at a word boundary."""
    words = text.split()
    title = ""
    for w in words:
        if len(title) + len(w) + 1 > limit:
            break
        title = f"{title} {w}".strip()
    return title.rstrip(",;:—-–.") or text[:limit]


def split_chapters(paragraph_words: list[int], count: int) -> list[int]:
    """Start indexes of `count` chapters of similar word counts, cut at paragraph boundaries."""
    total = sum(paragraph_words)
    count = max(1, min(count, len(paragraph_words)))
    starts, acc, target = [0], 0, total / count
    for i, n in enumerate(paragraph_words):
        if len(starts) < count and acc >= target * len(starts) and i > starts[-1]:
            starts.append(i)
        acc += n
    return starts


def build_script(article: Article, options: ScriptOptions = ScriptOptions()) -> Script:
    """Script stage entry point."""
    sections = [Section(title="Introduction", lines=intro_lines(article))]
    blocks = {b.index: b for b in article.blocks}
    body = _body_lines(article, options)

    if any(blocks[i].kind == "heading" for i, _ in body):
        current = None
        for i, lines in body:
            if blocks[i].kind == "heading" or current is None:
                current = Section(title=_title_from(blocks[i].text))
                sections.append(current)
            current.lines.extend(lines)
    else:
        words = sum(len(blocks[i].text.split()) for i, _ in body)
        count = max(1, min(6, round(words / 500)))
        starts = split_chapters([len(blocks[i].text.split()) for i, _ in body], count)
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(body)
            chunk = body[start:end]
            first_text = next((l.text for _, ls in chunk for l in ls if l.role == "narrator"), chunk[0][1][0].text)
            section = Section(title=_title_from(first_text))
            for _, lines in chunk:
                section.lines.extend(lines)
            sections.append(section)

    if options.outro:
        sections.append(Section(title="Credits", lines=outro_lines(article)))

    skipped = [{"paragraph": b.index, "kind": b.kind, "text": b.text}
               for b in article.blocks if b.kind not in NARRATED_KINDS]
    return Script(title=article.title, sections=sections, dek=article.dek, authors=list(article.authors),
                  publisher=article.publisher, date=article.date, url=article.url,
                  language=article.language, skipped=skipped)
