"""The values passed between stages. Plain dataclasses: no I/O, no behaviour beyond views."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audioed.audio.pcm import AudioSegment

# Kinds a reader may give a block. Only `heading` and `paragraph` are narrated as body;
# the others are skipped (and listed in Script.skipped) or used as credits in the outro.
BLOCK_KINDS = (
    "heading", "paragraph", "caption", "embed", "credit", "bio", "chrome", "promo",
    "title", "dek", "byline", "dateline",
)
NARRATED_KINDS = ("heading", "paragraph")


@dataclass(frozen=True)
class Block:
    """One block of the source: a blank-line separated block of text, or an HTML block element."""

    index: int
    """Position in the source (the `paragraph` of the lines made from it)."""
    kind: str
    """One of BLOCK_KINDS."""
    text: str
    """The block's text, whitespace collapsed."""
    blockquote: bool = False
    """True for a block quotation (HTML <blockquote>, Markdown `>`)."""


@dataclass
class Article:
    """What the reader found in a file: metadata and classified blocks."""

    title: str
    blocks: list[Block]
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    date: str | None = None
    """ISO date (YYYY-MM-DD) when known."""
    url: str | None = None
    language: str = "en"
    dateline: str | None = None
    """The dateline as printed ("NOGALES, ARIZ."), when the story has one."""
    credits: list[str] = field(default_factory=list)
    """Credit lines (co-publishing notes, author bio) that may be read in the outro."""
    source: str | None = None
    """Path or URL the article was read from."""


ROLES = ("intro", "narrator", "quote", "outro")


@dataclass
class Line:
    """One line of the episode script: a run of text in one voice."""

    role: str
    """intro | narrator | quote | outro"""
    text: str
    """Source text of the line, without its quotation marks."""
    spoken: str
    """What the engine is given (normalized)."""
    paragraph: int | None = None
    """Index of the source block the line came from (None for generated intro/outro text)."""
    speaker: str | None = None
    """The attributed person for quotes, else None."""


@dataclass
class Section:
    """A chapter of the episode."""

    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Script:
    """The episode script: what is said, by which role, in which chapter."""

    title: str
    sections: list[Section]
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    language: str = "en"
    skipped: list[dict] = field(default_factory=list)
    """Blocks not narrated as body: {"paragraph": i, "kind": k, "text": t}."""

    def lines(self):
        """Every line in order, with its section index."""
        for s, section in enumerate(self.sections):
            for line in section.lines:
                yield s, line

    def to_dict(self) -> dict:
        """The public JSON form (see DESIGN.md, `audioed script --json`)."""
        return {
            "version": 1,
            "title": self.title,
            "dek": self.dek,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
            "language": self.language,
            "sections": [
                {"title": s.title,
                 "lines": [{"role": l.role, "speaker": l.speaker, "paragraph": l.paragraph,
                            "text": l.text, "spoken": l.spoken} for l in s.lines]}
                for s in self.sections
            ],
            "skipped": list(self.skipped),
        }


@dataclass(frozen=True)
class Chapter:
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Cue:
    """One transcript cue: a sentence as heard, with its real timing."""

    start_ms: int
    end_ms: int
    text: str
    speaker: str | None = None
    role: str = "narrator"
    line: int | None = None
    """Index of the script line it was spoken from, in Script.lines() order (the episode page
    groups cues into the article's paragraphs by it); None when not known."""


@dataclass
class Timeline:
    """Where everything landed in the finished audio."""

    duration_ms: int
    chapters: list[Chapter]
    cues: list[Cue] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Utterance:
    """One sentence to synthesize, with where it belongs in the script."""

    section: int
    line_no: int
    """Index of the line in the script (over all sections)."""
    line: Line
    spoken: str
    caption: str
    """What the transcript shows for it (source text when it lines up, else the spoken text)."""
    part: int = 0
    """Index of this piece of an over-long sentence (see audioed.voice.utterances.MAX_CHUNK); 0 for whole sentences."""
    last: bool = True
    """False for the pieces of a long sentence before its last one."""


@dataclass(frozen=True)
class Clip:
    """One utterance's audio, as the synthesize stage hands it to the assembler."""

    utterance: Utterance
    audio: AudioSegment
    cached: bool = False
    """True when the audio came from the clip cache."""
    prepared: object = None
    """What the synthesis' `post` function made of the audio in the worker, if there is one."""
