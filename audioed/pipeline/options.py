"""What a render is told (plain data), apart from the stages that act on it: the queue's
submitter builds and sends RenderOptions without importing the reading and scripting stages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audioed.errors import InputError


MAX_WORDS = 50_000
"""About five and a half hours of audio: longer is a mistaken export, not an episode."""


@dataclass(frozen=True)
class RenderOptions:
    """Everything `audioed render` can be told, for one article (frozen, whisper-style)."""

    out_dir: Path = Path("output")
    cast: Path | None = None
    engine: str | None = None
    quotes: str = "voice"
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    show: str | None = None
    """Album (TALB) name; the publisher when unset."""
    bitrate_kbps: int = 96
    outro: bool = True
    speaker_voices: bool = False
    """Each attributed speaker in their own voice (also settable in the cast file)."""
    cache_dir: Path | None = None
    """Clip cache directory (default: $AUDIOED_CACHE_DIR, else the user cache directory)."""
    use_cache: bool = True
    jobs: int | None = None
    """Synthesis workers (default: one per core)."""
    cover: Path | None = None
    """The user's cover image; a cover with the title and publisher is generated when unset."""
    loudness_lufs: float = -16.0
    """Integrated loudness target; true peaks are kept at or under -1 dBTP."""
    feed: bool = False
    """Update OUT_DIR/feed.xml after rendering."""
    base_url: str | None = None
    """Where OUT_DIR is served (for the feed); feed.toml's base_url when unset."""
    lexicon: Path | None = None
    """Pronunciation lexicon; voices/lexicon.toml when unset."""
    max_words: int = MAX_WORDS
    """Refuse an article whose narrated body is longer (0: no limit); `script` has no limit."""
    slug: str | None = None
    """File name stem; from the title when unset. `follow` pins it, so a corrected headline
    replaces the episode instead of adding a second one."""
    url: str | None = None
    """The article's web address (overrides the page's own); the episode guid derives from it."""
    revision: str | None = None
    """Content hash of the article text: recorded in episode.json, makes the enclosure URL
    change when the text does, and marks a re-render with new text as an update."""


def feed_base_url(out_dir: Path, options: RenderOptions) -> str | None:
    if not options.feed:
        return None
    from audioed.publish.feed import load_settings

    base_url = options.base_url or load_settings(out_dir).get("base_url")
    if not base_url:
        raise InputError("--feed needs a base URL: pass --base-url or set base_url in "
                         f"{out_dir / 'feed.toml'}")
    return base_url
