"""Quotations: cut paragraphs into narrator and quote spans and name the speakers.

The foundation reads everything as narration; the quotations issue fills this in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A run of one paragraph in one voice."""

    text: str
    """The span's source text, without the quotation marks that delimit a quote."""
    quote: bool = False
    speaker: str | None = None


def find_quotes(paragraphs: list[str]) -> list[list[Span]]:
    """For each paragraph, its spans in order (narration and quotations).

    Paragraphs are given together because quotations run across paragraphs and
    speakers are resolved from earlier ones ("he said" -> the person named before).
    """
    return [[Span(p)] if p.strip() else [] for p in paragraphs]
