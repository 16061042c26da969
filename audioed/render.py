"""The runner: wires the stages together for one article (the CLI stays thin)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cast import load_cast
from .lexicon import load_lexicon
from .model import Script, Timeline
from .publish import Staging, prepare_dir, slugify, write_text
from .read import read_article
from .script import ScriptOptions, build_script


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
    lexicon: Path | None = None
    """Pronunciation lexicon; voices/lexicon.toml when unset."""


@dataclass
class RenderResult:
    slug: str
    files: list[Path]
    timeline: Timeline
    clips: int
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"slug": self.slug, "files": [str(f) for f in self.files],
                "duration_ms": self.timeline.duration_ms, "clips": self.clips,
                "chapters": [{"title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms}
                             for c in self.timeline.chapters], **self.extra}


def make_script(source: str | Path, options: RenderOptions = RenderOptions()) -> Script:
    """Read and script an article, applying metadata overrides from the options."""
    article = read_article(source)
    overrides = {k: v for k, v in {"title": options.title, "publisher": options.publisher}.items() if v}
    if options.author:
        overrides["authors"] = [a.strip() for a in options.author.split(",") if a.strip()]
    article = replace(article, **overrides)
    return build_script(article, ScriptOptions(quotes=options.quotes, outro=options.outro))


def render(source: str | Path, options: RenderOptions = RenderOptions(), *,
           progress: Callable[[int, int], Callable[[int], None]] | None = None) -> RenderResult:
    """Render one article to `options.out_dir/<slug>.mp3` (+ episode sidecar).

    `progress(total, ...)`: called once with the number of clips; returns a per-clip callback.
    """
    from .assemble import assemble
    from .encode import Mp3Encoder
    from .synthesize import synthesize
    from .tags import EpisodeTags, write_tags

    script = make_script(source, options)
    cast = load_cast(options.cast, engine=options.engine)
    cast.speaker_voices = cast.speaker_voices or options.speaker_voices
    out_dir = prepare_dir(options.out_dir)
    slug = slugify(script.title)

    synthesis = synthesize(script, cast, lexicon=load_lexicon(options.lexicon))
    if progress:
        synthesis.progress = progress(len(synthesis))  # may be None: no bar when not on a terminal
    with Staging(out_dir) as staging:
        mp3 = staging.path(f"{slug}.mp3")
        encoder = Mp3Encoder(mp3, frame_rate=synthesis.frame_rate, bitrate_kbps=options.bitrate_kbps)
        try:
            timeline = assemble(synthesis, encoder, frame_rate=synthesis.frame_rate,
                                section_titles=[s.title for s in script.sections])
            encoder.close()
        except BaseException:
            encoder.abort()
            raise
        write_tags(mp3, EpisodeTags(title=script.title, authors=script.authors,
                                    album=options.show or script.publisher, date=script.date,
                                    description=script.dek, url=script.url, chapters=timeline.chapters))
        episode = {"version": 1, "slug": slug, "title": script.title, "description": script.dek,
                   "authors": script.authors, "publisher": script.publisher, "date": script.date,
                   "url": script.url, "language": script.language, "duration_ms": timeline.duration_ms,
                   "audio": f"{slug}.mp3", "clips": {"total": len(synthesis)},
                   "chapters": [{"title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms}
                                for c in timeline.chapters]}
        write_text(staging, f"{slug}.episode.json", json.dumps(episode, ensure_ascii=False, indent=2))
        files = staging.commit()
    return RenderResult(slug=slug, files=files, timeline=timeline, clips=len(synthesis))
