"""The episodes already in an output directory, and rendering an article into one exactly once:
shared by `follow` and the queue's workers, which may render the same article at the same time."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from audioed.atomic import locked

LOCK_DIR = ".audioed-locks"


def episode_revision(directory: Path, slug: str) -> str | None:
    """The revision recorded in DIR/S.episode.json when S.mp3 exists too; else None."""
    try:
        doc = json.loads((directory / f"{slug}.episode.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or not (directory / f"{slug}.mp3").is_file():
        return None
    return doc.get("revision") if isinstance(doc.get("revision"), str) else None


def episode_summary(directory: Path, slug: str) -> dict:
    doc = json.loads((directory / f"{slug}.episode.json").read_text("utf-8"))
    return {k: doc.get(k) for k in ("slug", "guid", "title", "audio", "duration", "revision", "updated", "clips")}


def render_once(source: Path, options) -> dict:
    """Render `source` with `options` (slug and revision set) unless its episode already has
    that revision. Safe to run twice, at once, on several machines sharing the directory:
    renders of one slug take turns under a lock file, and the second finds the work done.
    Returns the episode summary, with `"skipped": True` when nothing was rendered."""
    from audioed.pipeline.render import render

    directory = Path(options.out_dir)
    with locked(directory / LOCK_DIR / f"{options.slug}.lock"):
        if options.revision and episode_revision(directory, options.slug) == options.revision:
            return {**episode_summary(directory, options.slug), "skipped": True}
        render(source, replace(options, feed=False))
    return {**episode_summary(directory, options.slug), "skipped": False}
