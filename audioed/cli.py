"""Command line: parses options, calls one function per command, prints results and errors.

Heavy modules (Piper, onnxruntime, pydub, mutagen) are imported inside the commands,
so `audioed --help` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from audioed.errors import AudioedError, InputError, show_warnings_as_lines


class AudioedGroup(click.Group):
    """Turns AudioedError (and Ctrl-C) into one `error:` line and exit 1, unless --debug."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AudioedError as e:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"error: {e}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=AudioedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audioed")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def main(ctx, debug):
    """Turn a written article into a podcast-ready audio edition.

    \b
    audioed render story.txt      narrated MP3 with chapters and tags in output/
    audioed script story.txt      the episode script (what is read, by which voice)
    audioed inspect episode.mp3   tags, chapters, duration and loudness of an episode
    audioed check episode.mp3 story.txt   listen back: word error rate, misheard words
    audioed voices                engines, voices and casts available
    audioed feed output/ --base-url URL   build the podcast feed for a directory
    audioed serve output/         serve it to podcast apps on this machine or the LAN
    """
    ctx.ensure_object(dict)["debug"] = debug
    if not debug:  # with --debug, Python's own warning format (file and line)
        show_warnings_as_lines()


class _Progress:
    """A progress bar on stderr, opened when the number of clips is known. Its time left comes
    from the clips made since the first one (which also waits for the voice to load)."""

    def __init__(self):
        self.bar = None
        self.done = 0
        self.first: float | None = None

    def __call__(self, total: int):
        if not sys.stderr.isatty():
            return None
        self.total = total
        self.bar = click.progressbar(length=total, label="Synthesizing", file=sys.stderr,
                                     show_pos=True, show_eta=False, item_show_func=self._eta)
        self.bar.__enter__()
        return self.update

    def update(self, n: int) -> None:
        import time

        self.done += n
        if self.first is None:
            self.first, self.first_done = time.monotonic(), self.done
        self.bar.update(n, self.done)

    def _eta(self, _item) -> str | None:
        import time

        made = self.done - (self.first_done if self.first is not None else 0)
        if self.first is None or made < 2:
            return None
        left = (time.monotonic() - self.first) / made * (self.total - self.done)
        return f"{int(left // 60)}:{int(left % 60):02d} left"

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Directory for the MP3 and its sidecar files.")
@click.option("--cast", type=click.Path(path_type=Path), help="Cast file mapping roles to voices, or the "
              "name of one in voices/ (default: voices/default.toml).")
@click.option("--engine", help="Speak every role with this engine (`audioed voices` lists them).")
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="voice: quotations in the quote voice; cue: 'quote ... end quote'; plain: narrator only.")
@click.option("--speaker-voices", is_flag=True,
              help="Give each attributed speaker their own consistent voice (with --quotes voice).")
@click.option("--title", help="Episode title (overrides the article's).")
@click.option("--author", help="Author(s), comma separated (overrides the article's).")
@click.option("--publisher", help="Publisher (overrides the article's).")
@click.option("--show", help="Show name for the album tag (default: the publisher).")
@click.option("--bitrate", type=click.IntRange(64, 128), default=96, show_default=True,
              help="MP3 constant bitrate in kbps.")
@click.option("--no-outro", is_flag=True, help="Do not read the credits and synthetic-voice notice.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Clip cache directory "
              "(default: $AUDIOED_CACHE_DIR, else the user cache directory).")
@click.option("--no-cache", is_flag=True, help="Synthesize every clip; neither read nor fill the clip cache.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), help="Parallel work (default: one per core): "
              "synthesis workers for one article, articles at once for several.")
@click.option("--cover", type=click.Path(path_type=Path), help="Cover image (square JPEG/PNG, >= 1400 px); "
              "default: one generated with the title and publisher.")
@click.option("--loudness", type=click.FloatRange(-30, -10), default=-16.0, show_default=True,
              help="Integrated loudness target in LUFS (true peak stays <= -1 dBTP).")
@click.option("--feed", is_flag=True, help="Update OUTPUT/feed.xml after rendering.")
@click.option("--base-url", help="URL where OUTPUT is served, for --feed (default: base_url in feed.toml).")
@click.option("--lexicon", type=click.Path(path_type=Path),
              help="Pronunciation lexicon (default: voices/lexicon.toml).")
@click.option("--max-words", type=click.IntRange(min=0), default=50_000, show_default=True,  # render.MAX_WORDS
              help="Refuse an article with more words to narrate (0: no limit); `script` has none.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def render(articles, out_dir, cast, engine, quotes, speaker_voices, title, author, publisher, show, bitrate,
           no_outro, cache_dir, no_cache, jobs, cover, loudness, feed, base_url, lexicon, max_words, as_json):
    """Render each ARTICLE (text, HTML or Markdown file, or a directory of them) to OUTPUT/<slug>.mp3
    with chapters, tags, cover and transcripts, offline.

    Several articles are rendered --jobs at a time; a failing article is reported and the
    others go on (exit status 1 if any failed); --feed updates the feed once at the end.
    """
    from audioed.pipeline.batch import ARTICLE_SUFFIXES, expand_sources, render_batch
    from audioed.pipeline.render import RenderOptions, render as run_render

    options = RenderOptions(out_dir=out_dir, cast=cast, engine=engine, quotes=quotes, title=title,
                            author=author, publisher=publisher, show=show, bitrate_kbps=bitrate,
                            outro=not no_outro, speaker_voices=speaker_voices, cache_dir=cache_dir,
                            use_cache=not no_cache, jobs=jobs, cover=cover,
                            loudness_lufs=loudness, feed=feed, base_url=base_url, lexicon=lexicon,
                            max_words=max_words)
    sources = expand_sources(articles)
    if not sources:
        raise InputError("no article files found (looked for " + ", ".join(ARTICLE_SUFFIXES) + ")")
    if len(sources) == 1 and not any(Path(a).is_dir() for a in articles):
        progress = _Progress()
        try:
            result = run_render(sources[0], options, progress=None if as_json else progress)
        finally:
            progress.close()
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if as_json else _summary(result))
        return

    def report(source, result, error):
        if not as_json:
            click.echo(_summary(result) if result else f"failed: {source}: {error}", err=result is None)

    batch = render_batch(sources, options, jobs=jobs, on_done=report)
    if as_json:
        click.echo(json.dumps(batch.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(f"{len(batch.done)} rendered, {len(batch.failed)} failed"
                   + (f"; feed updated: {batch.feed}" if batch.feed else ""))
    if batch.failed:
        raise click.exceptions.Exit(1)


def _summary(result) -> str:
    mp3 = next(f for f in result.files if f.suffix == ".mp3")
    secs = result.timeline.duration_ms / 1000
    return (f"{mp3}  {int(secs // 60)}:{secs % 60:04.1f}, {len(result.timeline.chapters)} chapters, "
            f"{result.clips} clips ({result.extra['clips_synthesized']} synthesized, "
            f"{result.extra['clips_cached']} from cache)")


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="How quotations are scripted (see `render --help`).")
@click.option("--json", "as_json", is_flag=True, help="Print the Script as JSON (the public contract).")
def script(article, quotes, as_json):
    """Show the episode script of ARTICLE: chapters, lines, voices, skipped blocks. No audio."""
    from audioed.pipeline.render import RenderOptions, make_script

    s = make_script(article, RenderOptions(quotes=quotes))
    if as_json:
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(s.title)
    for section in s.sections:
        click.echo(f"\n## {section.title}")
        for line in section.lines:
            who = f"{line.role}" + (f" ({line.speaker})" if line.speaker else "")
            click.echo(f"  [{who}] {line.spoken}")
    if s.skipped:
        click.echo("\n## Skipped")
        for b in s.skipped:
            click.echo(f"  [{b['kind']} #{b['paragraph']}] {b['text'][:100]}")


@main.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--no-loudness", is_flag=True, help="Skip the loudness measurement (faster).")
def inspect(episode, as_json, no_loudness):
    """Show EPISODE's duration, tags, chapters and loudness."""
    from audioed.publish.inspect import format_report, inspect_episode

    info = inspect_episode(episode, loudness=not no_loudness)
    click.echo(json.dumps(info, ensure_ascii=False, indent=2) if as_json else format_report(info))


@main.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="How quotations were scripted when the episode was rendered.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--whole", is_flag=True,
              help="Transcribe the episode in one piece, not paragraph by paragraph.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of Whisper's fallback sampling (the same seed gives the same report).")
def check(episode, article, quotes, as_json, whole, seed):
    """Listen back: transcribe EPISODE offline (Whisper tiny.en) and compare it with ARTICLE's
    script; print the word error rate and the words a listener would likely mishear, with
    timestamps. Paragraphs are transcribed one by one when EPISODE's WebVTT sidecar (or its
    chapters) says where they are. Needs `pip install 'audioed[check]'`."""
    from audioed.check import check_episode, format_report
    from audioed.pipeline.render import RenderOptions, make_script

    report = check_episode(episode, make_script(article, RenderOptions(quotes=quotes)),
                           segments=not whole, seed=seed)
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json
               else format_report(report))


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--base-url", help="URL where DIRECTORY is served (default: base_url in DIRECTORY/feed.toml).")
@click.option("--title", help="Show title (overrides feed.toml).")
@click.option("--description", help="Show description (overrides feed.toml).")
@click.option("--author", help="Show author (overrides feed.toml).")
@click.option("--image", help="Show cover: a file in DIRECTORY or a URL (default: a generated one).")
def feed(directory, base_url, title, description, author, image):
    """Build or update DIRECTORY/feed.xml from the episodes in DIRECTORY."""
    from audioed.publish.feed import build_feed

    click.echo(build_feed(directory, base_url, title=title, description=description, author=author, image=image))


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets a phone on the same network subscribe.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port to listen on.")
def serve(directory, host, port):
    """Serve DIRECTORY (feed, episodes, sidecars) over HTTP with Range support, until Ctrl-C."""
    from audioed.publish.serve import serve as run_serve

    run_serve(directory, host, port)


@main.command()
@click.option("--preview", metavar="NAME", help="Render a short sample of a cast, an engine or a voice (af_bella, joe) "
              "to OUTPUT/preview-NAME.mp3.")
@click.option("--download", metavar="NAME", help="Fetch a published voice by name (e.g. en_US-lessac-medium) "
              "into voices/ (needs the network).")
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Directory for --preview samples.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Clip cache directory for --preview.")
def voices(preview, download, out_dir, cache_dir):
    """List the speech engines, their options and voices, and the cast files in voices/."""
    from audioed.voice.cast import list_casts
    from audioed.engines import available, engine_class

    if download:
        from audioed.engines import download_voice

        click.echo(download_voice(download, Path("voices")))
        return
    if preview:
        from audioed.voice.cache import ClipCache
        from audioed.pipeline.preview import preview as render_preview

        click.echo(render_preview(preview, out_dir, cache=ClipCache(cache_dir)))
        return
    click.echo("Engines:")
    for name in sorted(available()):
        try:
            cls = engine_class(name)
        except AudioedError as e:
            click.echo(f"  {name}: unavailable ({e})")
            continue
        net = "online" if cls.needs_network else "offline"
        click.echo(f"  {name} ({net})")
        for key, opt in cls.options.items():
            click.echo(f"      {key} = {opt.default!r}: {opt.help}")
        notes = cls.voice_notes()
        if notes:
            click.echo(f"    voices ({len(notes)}):")
            for voice, note in notes.items():
                click.echo(f"      {voice:12} {note}")
        elif cls.voices():
            click.echo(f"    voices: {', '.join(cls.voices())}")
        for problem in cls.setup_problems():
            click.echo(f"    not set up: {problem}")
    click.echo("Casts:")
    for f in list_casts():
        click.echo(f"  {f.stem}  ({f})")


@main.command()
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Clip cache directory "
              "(default: $AUDIOED_CACHE_DIR, else the user cache directory).")
@click.option("--clear", is_flag=True, help="Delete every cached clip.")
def cache(cache_dir, clear):
    """Show where the clip cache is and how big it is; --clear empties it."""
    from audioed.voice.cache import ClipCache

    c = ClipCache(cache_dir)
    if clear:
        n, size = c.clear()
        click.echo(f"removed {n} clips ({size / 1e6:.1f} MB) from {c.directory}")
        return
    n, size = c.stats()
    click.echo(f"{c.directory}: {n} clips, {size / 1e6:.1f} MB")
