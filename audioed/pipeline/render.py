"""The runner: wires the stages together for one article (the CLI stays thin)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from audioed.voice.cast import load_cast
from audioed.voice.lexicon import load_lexicon
from audioed.errors import InputError
from audioed.model import NARRATED_KINDS, Article, Script, Timeline
from audioed.pipeline.options import RenderOptions, feed_base_url
from audioed.publish.staging import Staging, prepare_dir, slugify
from audioed.read import read_article
from audioed.script import ScriptOptions, build_script


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

    def summary(self) -> str:
        """One line: the MP3, its length and chapters, and how many clips were made or reused."""
        mp3 = next(f for f in self.files if f.suffix == ".mp3")
        secs = self.timeline.duration_ms / 1000
        return (f"{mp3}  {int(secs // 60)}:{secs % 60:04.1f}, {len(self.timeline.chapters)} chapters, "
                f"{self.clips} clips ({self.extra['clips_synthesized']} synthesized, "
                f"{self.extra['clips_cached']} from cache)")


def make_script(source: str | Path, options: RenderOptions = RenderOptions(), *,
                max_words: int = 0) -> Script:
    """Read and script an article, applying metadata overrides from the options.

    With `max_words`, an article whose narrated body is longer is refused before it is scripted."""
    return script_article(read_for_render(source, options, max_words=max_words), options)


def read_for_render(source: str | Path, options: RenderOptions = RenderOptions(), *,
                    max_words: int = 0) -> Article:
    """The article at `source` with the options' metadata overrides, refused when its narrated
    body is longer than `max_words` (0: no limit)."""
    if one_line(options.url) and not web_url(options.url):
        raise InputError(f"--url must be an http(s) address, got {one_line(options.url)!r}")
    article = read_article(source, url=web_url(options.url))
    if max_words:
        check_length(article, max_words, source)
    overrides = {k: one_line(v) for k, v in {"title": options.title, "publisher": options.publisher,
                                             "url": options.url}.items() if one_line(v)}
    if one_line(options.author):
        overrides["authors"] = [a.strip() for a in options.author.split(",") if a.strip()]
    article = replace(article, **overrides)
    # Metadata ends up in ID3 frames, feed elements, file names and the cover: one clean line
    # each, so every reader shows the same text (a CMS may send "Title\r\n" or a stray \x0b).
    return replace(article, title=one_line(article.title) or "Untitled",
                   authors=[a for a in map(one_line, article.authors) if a],
                   publisher=one_line(article.publisher) or None, dek=one_line(article.dek) or None,
                   url=web_url(article.url))


def script_article(article: Article, options: RenderOptions = RenderOptions()) -> Script:
    return build_script(article, ScriptOptions(quotes=options.quotes, outro=options.outro))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def one_line(text: str | None) -> str:
    """`text` with control characters and line breaks made spaces, runs of space made one."""
    return " ".join(_CONTROL.sub(" ", text).split()) if text else ""


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address; else None, so a `javascript:` or `file:` link from
    the CMS never reaches the show notes, the feed or the tags."""
    url = one_line(url)
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def render(source: str | Path, options: RenderOptions = RenderOptions(), *,
           progress: Callable[[int], Callable[[int], None] | None] | None = None) -> RenderResult:
    """Render one article to `options.out_dir/<slug>.mp3` (+ episode sidecar).

    `progress(total, ...)`: called once with the number of clips; returns a per-clip callback.
    """
    from audioed.voice.workers import WarmUp

    article = read_for_render(source, options, max_words=options.max_words)
    cast = load_cast(options.cast, engine=options.engine)
    if options.speaker_voices:
        cast = replace(cast, speaker_voices=True)
    out_dir = prepare_dir(options.out_dir)
    base_url = feed_base_url(out_dir, options)  # before synthesis: fail fast, not after minutes
    # The input and settings are good: the voice loads (about 1 s on one core) while the
    # article is scripted, instead of before the first clip.
    warm_up = WarmUp(cast, options.jobs)
    try:
        with one_blas_thread():
            return _render(script_article(article, options), cast, source, out_dir, base_url, options, progress)
    finally:
        warm_up.join()


def one_blas_thread():
    """Synthesis already runs one worker per core; BLAS's own threads (woken by the levelling's
    small matrix products) would only spin between calls and take CPU from it."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _render(script: Script, cast, source: str | Path, out_dir: Path, base_url: str | None,
            options: RenderOptions, progress) -> RenderResult:
    from audioed.audio.assemble import assemble
    from audioed.publish.cover import make_cover, mime
    from audioed.audio.encode import Mp3Encoder
    from audioed.publish.feed import build_feed
    from audioed.audio.level import Leveler
    from audioed.publish.sidecars import Publication, stage_sidecars
    from audioed.voice.synthesize import synthesize
    from audioed.voice.voices import frame_rate
    from audioed.publish.tags import EpisodeTags, write_tags

    warn_language(script, cast, source)
    slug = options.slug or slugify(script.title)
    cover, cover_suffix = make_cover(script.title, script.publisher, options.cover)

    from audioed.voice.cache import ClipCache
    from audioed.voice.speakers import SpeakerMemory

    cache = ClipCache(options.cache_dir) if options.use_cache else None
    lexicon = load_lexicon(options.lexicon)
    memory = SpeakerMemory(out_dir, cast.name) if cast.speaker_voices else None
    # Each clip is levelled as it is made, so the encoder gets finished audio: no second pass.
    # The measuring and limiting run in the synthesis workers (`post`), ahead of the stitching.
    leveler = Leveler(frame_rate(cast), target_lufs=options.loudness_lufs)
    synthesis = synthesize(script, cast, cache=cache, jobs=options.jobs, prepare=lexicon.prepare,
                           post=leveler, progress=progress, remembered=memory.load() if memory else None)
    clips = levelled(synthesis, leveler)
    with Staging(out_dir) as staging:
        mp3 = staging.path(f"{slug}.mp3")
        encoder = Mp3Encoder(mp3, frame_rate=synthesis.frame_rate, bitrate_kbps=options.bitrate_kbps,
                             shown_as=out_dir / f"{slug}.mp3")
        try:
            timeline = assemble(clips, encoder, frame_rate=synthesis.frame_rate,
                                section_titles=[s.title for s in script.sections])
            encoder.close()
        except BaseException:
            encoder.abort()
            raise
        write_tags(mp3, EpisodeTags(title=script.title, authors=script.authors,
                                    album=one_line(options.show) or script.publisher, date=script.date,
                                    description=script.dek, url=script.url, chapters=timeline.chapters,
                                    cover=cover, cover_mime=mime(cover_suffix)),
                   shown_as=out_dir / f"{slug}.mp3")
        staging.write(f"{slug}{cover_suffix}", cover)
        pub = Publication(slug=slug, script=script, timeline=timeline, audio=mp3, image=f"{slug}{cover_suffix}",
                          loudness=leveler.report(), clips=clip_counts(synthesis), revision=options.revision,
                          voices=synthesis.voices.cast_report())
        stage_sidecars(staging, pub)
        files = staging.commit()
    if memory:  # after the episode is in place: a failed render teaches the map nothing
        memory.save(synthesis.voices.speakers())
    if options.feed:
        files.append(build_feed(out_dir, base_url))
    counts = clip_counts(synthesis)
    return RenderResult(slug=slug, files=files, timeline=timeline, clips=len(synthesis),
                        extra={"guid": pub.guid, "loudness": leveler.report(),
                               "clips_synthesized": counts["synthesized"], "clips_cached": counts["cached"]})


def warn_language(script: Script, cast, source) -> None:
    """A warning (not an error: names and quotes mislead detectors) when the narrator's voice
    does not speak the article's language."""
    from audioed.engines import create
    from audioed.script.language import check_voice_language

    spec = cast.voice_for("narrator")
    voice = create(spec.engine, **dict(spec.settings))
    texts = [l.text for s in script.sections for l in s.lines if l.role in ("narrator", "quote")]
    check_voice_language(texts, voice.language, source=str(source))


def check_length(article, max_words: int, source) -> None:
    """InputError when the narrated body has more than `max_words` words."""
    words = sum(len(b.text.split()) for b in article.blocks if b.kind in NARRATED_KINDS)
    if words > max_words:
        raise InputError(f"{source}: {words:,} words to narrate, over the limit of {max_words:,} "
                         "(--max-words; 0 for no limit)")


def clip_counts(synthesis) -> dict:
    """How many clips this run made and how many it took from the clip cache."""
    return {"total": len(synthesis), "synthesized": synthesis.synthesized, "cached": synthesis.cached}


def levelled(clips, leveler):
    """Each clip brought to the episode's loudness as it comes: this is also what matches the
    voices to each other (a pitch-shifted quote voice, another model, another engine)."""
    for c in clips:
        yield replace(c, audio=leveler.segment(c.audio, voice=_voice(c), prepared=c.prepared), prepared=None)


def _voice(clip) -> tuple:
    """Whose voice a clip is in, for the leveller's per-voice gains."""
    return clip.utterance.line.role, clip.utterance.line.speaker
