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
from audioed.errors import AudioedError, UsageError, show_warnings_as_lines
from audioed.pipeline.options import MAX_WORDS, RenderOptions  # plain data: no stage imported


class AudioedCommand(click.Command):
    """Turns a UsageError (options that cannot go together) into click's usage error: exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as e:
            raise click.UsageError(str(e), ctx) from None


class AudioedGroup(click.Group):
    """Turns AudioedError (and Ctrl-C) into one `error:` line and exit 1, unless --debug."""

    command_class = AudioedCommand

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
    audioed feed init output/     the show's settings (title, owner, cover...), once
    audioed follow FEED -o output/ --once   new and corrected stories of a site, as episodes
    audioed worker --queue redis://...      render queued articles (follow/render --queue)
    audioed status output/        what follow has done, queued and failed
    """
    ctx.ensure_object(dict)["debug"] = debug
    from audioed.pipeline import regex_cache
    from audioed.engines import cache_dir

    regex_cache.install(cache_dir())  # the stages' patterns compiled once per machine, not per run
    if not debug:  # with --debug, Python's own warning format (file and line)
        show_warnings_as_lines()


def _render_options(command):
    """The options `render` and `follow` share: who speaks and how, where clips are kept, the feed."""
    for option in reversed(_RENDER_OPTIONS):
        command = option(command)
    return command


_RENDER_OPTIONS = [
    click.option("--cast", type=click.Path(path_type=Path), help="Cast file mapping roles to voices, or the "
                 "name of one in voices/ (default: voices/default.toml)."),
    click.option("--engine", help="Speak every role with this engine (`audioed voices` lists them)."),
    click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
                 help="voice: quotations in the quote voice; cue: 'quote ... end quote'; plain: narrator only."),
    click.option("--show", help="Show name for the album tag (default: the publisher)."),
    click.option("--cache-dir", type=click.Path(path_type=Path), help="Clip cache directory "
                 "(default: $AUDIOED_CACHE_DIR, else the user cache directory)."),
    click.option("--jobs", "-j", type=click.IntRange(1, 64), help="Cores to use (default: all): "
                 "one article's sentences N at a time; several articles N at once, one core each."),
    click.option("--base-url", help="URL where OUTPUT is served, for the feed (default: base_url in feed.toml)."),
    click.option("--max-words", type=click.IntRange(min=0), default=MAX_WORDS, show_default=True,
                 help="Refuse an article with more words to narrate (0: no limit); `script` has none."),
    click.option("--queue", metavar="URL", help="Submit the renders to Celery workers on this Redis broker "
                 "(redis://host:6379/0) and wait for them, instead of rendering here; see `audioed worker`."),
]


@main.command()
@_render_options
@click.argument("articles", nargs=-1, required=True)  # paths or http(s) URLs: click.Path would mangle a URL
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Directory for the MP3 and its sidecar files.")
@click.option("--speaker-voices", is_flag=True,
              help="Give each attributed speaker their own consistent voice (with --quotes voice).")
@click.option("--title", help="Episode title (overrides the article's).")
@click.option("--author", help="Author(s), comma separated (overrides the article's).")
@click.option("--publisher", help="Publisher (overrides the article's).")
@click.option("--url", help="Where the (saved) article was published: its link; helps find its headline and site.")
@click.option("--bitrate", type=click.IntRange(64, 128), default=96, show_default=True,
              help="MP3 constant bitrate in kbps.")
@click.option("--no-outro", is_flag=True, help="Do not read the credits and synthetic-voice notice.")
@click.option("--no-cache", is_flag=True, help="Synthesize every clip; neither read nor fill the clip cache.")
@click.option("--cover", type=click.Path(path_type=Path), help="Cover image (square JPEG/PNG, >= 1400 px); "
              "default: one generated with the title and publisher.")
@click.option("--loudness", type=click.FloatRange(-30, -10), default=-16.0, show_default=True,
              help="Integrated loudness target in LUFS (true peak stays <= -1 dBTP).")
@click.option("--feed", is_flag=True, help="Update OUTPUT/feed.xml after rendering.")
@click.option("--lexicon", type=click.Path(path_type=Path),
              help="Pronunciation lexicon (default: voices/lexicon.toml).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def render(articles, out_dir, cast, engine, quotes, speaker_voices, title, author, publisher, url, show, bitrate,
           no_outro, cache_dir, no_cache, jobs, cover, loudness, feed, base_url, lexicon, max_words, queue, as_json):
    """Render each ARTICLE (text, HTML or Markdown file, a directory of them, or an http(s) URL of a
    page, fetched once) to OUTPUT/<slug>.mp3 with chapters, tags, cover and transcripts.

    Several articles are rendered --jobs at a time; a failing article is reported and the
    others go on (exit status 1 if any failed); --feed updates the feed once at the end.
    """
    from audioed.pipeline.batch import BatchResult, render_articles
    from audioed.pipeline.progress import TerminalProgress

    options = RenderOptions(out_dir=out_dir, cast=cast, engine=engine, quotes=quotes, title=title,
                            author=author, publisher=publisher, url=url, show=show, bitrate_kbps=bitrate,
                            outro=not no_outro, speaker_voices=speaker_voices, cache_dir=cache_dir,
                            use_cache=not no_cache, jobs=jobs, cover=cover,
                            loudness_lufs=loudness, feed=feed, base_url=base_url, lexicon=lexicon,
                            max_words=max_words)
    progress = None if as_json else TerminalProgress()
    try:
        result = render_articles(articles, options, queue=queue, progress=progress,
                                 say=None if as_json else _say)
    finally:
        if progress:
            progress.close()
    _show(result.to_dict(), result.summary(), as_json)
    if isinstance(result, BatchResult) and result.failed:
        raise click.exceptions.Exit(1)


def _show(value: dict, text: str, as_json: bool) -> None:
    """A command's result: its JSON, or its text for people."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2) if as_json else text)


def _say(line: str, err: bool) -> None:
    click.echo(line, err=err)


@main.command()
@_render_options
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Directory for the episodes, the feed and the follow state.")
@click.option("--once", is_flag=True, help="One pass, then exit (for cron). The default without --every.")
@click.option("--every", metavar="INTERVAL", help="Keep running: a pass every INTERVAL (90s, 15m, 1h).")
@click.option("--category", "categories", multiple=True, metavar="NAME",
              help="Only items in this feed category (repeatable; any one matches).")
@click.option("--match", "patterns", multiple=True, metavar="PATTERN",
              help="Only items whose URL matches this shell pattern, e.g. '*/politics/*' (repeatable).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help="At most N new items a pass (a long archive is taken N at a time; changed items always count).")
@click.option("--timeout", type=click.FloatRange(min=1), default=20.0, show_default=True,
              help="HTTP timeout in seconds (connect, and between bytes).")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="HTTP retries after a connection error or a 429/5xx answer (back-off 1 s, doubling).")
@click.option("--json", "as_json", is_flag=True, help="Print each pass's result as JSON.")
def follow(sources, out_dir, once, every, queue, base_url, categories, patterns, limit, cast, engine, quotes,
           show, cache_dir, jobs, max_words, timeout, retries, as_json):
    """Keep OUTPUT an audio edition of each SOURCE: render new stories, re-render corrected
    ones (only changed sentences are synthesized again), leave the rest alone, update the feed.

    SOURCE is an RSS or Atom feed (URL or file), a sitemap (URL or file) or a directory of
    article files. Pages are fetched with a timeout, retries and conditional GETs. What was
    seen lives in OUTPUT/.audioed-follow.sqlite. A failing item is reported and retried on the
    next pass (exit status 1 after a --once pass with failures). Ctrl-C or SIGTERM stops
    between articles; a second one stops at once (nothing half-written either way).
    """
    from audioed.read.fetch import FetchOptions
    from audioed.pipeline.follow import FollowOptions, follow as run_follow, parse_interval

    if once and every:
        raise click.UsageError("--once and --every exclude each other")
    interval = parse_interval(every) if every else None
    options = FollowOptions(
        render=RenderOptions(out_dir=out_dir, cast=cast, engine=engine, quotes=quotes, show=show,
                             cache_dir=cache_dir, jobs=jobs, max_words=max_words),
        base_url=base_url, categories=categories, match=patterns, limit=limit,
        fetch=FetchOptions(timeout=timeout, retries=retries), queue=queue)
    say = (lambda line, err: click.echo(line, err=True) if err else None) if as_json else _say
    on_pass = (lambda p: _show(p.to_dict(), p.summary(), as_json=True)) if as_json else None
    passes = run_follow(list(sources), options, every=interval, say=say, on_pass=on_pass)
    if interval is None and passes and passes[-1].of("failed"):
        raise click.exceptions.Exit(1)


@main.command()
@click.option("--queue", metavar="URL", required=True, help="Redis broker to take articles from (redis://host:6379/0).")
@click.option("--concurrency", "-c", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Articles rendered at once (pool processes, each loading the voices once).")
@click.option("--threads", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Synthesis threads per article; concurrency x threads = the cores to use.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="This machine's clip cache "
              "(default: $AUDIOED_CACHE_DIR, else the user cache directory).")
@click.option("--time-limit", type=click.IntRange(30), default=1800, show_default=True,
              help="Seconds an article may take before its task fails.")
@click.option("--visibility-timeout", type=click.IntRange(5), help="Seconds before the broker gives an "
              "unacknowledged article (its worker died) to another worker (default: max(3600, 2 x time limit)).")
@click.option("--name", help="Worker name shown in logs (default: celery@HOSTNAME).")
@click.option("--cast", type=click.Path(path_type=Path), help="Cast whose voices each pool process loads at "
              "start (the one articles are submitted with; default: voices/default.toml). Any cast still works.")
def worker(queue, concurrency, threads, cache_dir, time_limit, visibility_timeout, name, cast):
    """Render articles submitted by `follow --queue` or `render --queue`, until stopped.

    Start one per machine (or per group of cores); every worker must see the output directory
    at the same path (a shared file system). Articles are acknowledged when done, so one a
    worker was rendering when it died is rendered by another. Ctrl-C or SIGTERM: finish the
    article in hand, then exit.
    """
    from audioed.pipeline.worker import run_worker

    run_worker(queue, concurrency=concurrency, threads=threads, cache_dir=cache_dir, cast=cast,
               time_limit=time_limit, visibility_timeout=visibility_timeout, name=name)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--queue", metavar="URL", help="Also ask the broker's result store whether queued renders "
              "are waiting or running.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def status(directory, queue, as_json):
    """Progress of `follow` in DIRECTORY: items done, queued (waiting or running), failed (with errors)."""
    from audioed.pipeline.status import format_status, status as follow_status

    report = follow_status(directory, queue)
    _show(report, format_status(report), as_json)


@main.command()
@click.argument("article")  # a path or an http(s) URL
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="How quotations are scripted (see `render --help`).")
@click.option("--json", "as_json", is_flag=True, help="Print the Script as JSON (the public contract).")
def script(article, quotes, as_json):
    """Show the episode script of ARTICLE (a file or an http(s) URL): chapters, lines, voices,
    skipped blocks. No audio."""
    from audioed.pipeline.render import make_script
    from audioed.script import format_script

    s = make_script(article, RenderOptions(quotes=quotes))
    _show(s.to_dict(), format_script(s), as_json)


@main.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--no-loudness", is_flag=True, help="Skip the loudness measurement (faster).")
def inspect(episode, as_json, no_loudness):
    """Show EPISODE's duration, tags, chapters and loudness."""
    from audioed.publish.inspect import format_report, inspect_episode

    info = inspect_episode(episode, loudness=not no_loudness)
    _show(info, format_report(info), as_json)


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
    from audioed.pipeline.render import make_script

    report = check_episode(episode, make_script(article, RenderOptions(quotes=quotes)),
                           segments=not whole, seed=seed)
    _show(report.to_dict(), format_report(report), as_json)


class _FeedGroup(click.Group):
    """`audioed feed init` is a subcommand; any other arguments are `feed build`'s (the form
    `audioed feed DIR --base-url URL` keeps working)."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help") or not args:
            args = ["build", *args]
        return super().parse_args(ctx, args)


@main.group(cls=_FeedGroup)
def feed():
    """The podcast feed of a directory: `audioed feed [build] DIR` writes DIR/feed.xml from its
    episodes; `audioed feed init DIR` writes the show settings once (DIR/feed.toml).

    \b
    feed.toml keys (all optional):
      title, description, author, owner_name, owner_email, language, category,
      subcategory, explicit (true/false), image (cover: file in DIR or URL),
      link (the show's web page), locked (podcast:locked, true/false), guid, base_url
    Apple Podcasts needs a real title and an owner e-mail: without them `feed` warns.
    """


@feed.command("build")
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--base-url", help="URL where DIRECTORY is served (default: base_url in DIRECTORY/feed.toml).")
@click.option("--title", help="Show title (overrides feed.toml).")
@click.option("--description", help="Show description (overrides feed.toml).")
@click.option("--author", help="Show author (overrides feed.toml).")
@click.option("--image", help="Show cover: a file in DIRECTORY or a URL (default: a generated one).")
def feed_build(directory, base_url, title, description, author, image):
    """Build or update DIRECTORY/feed.xml, and DIRECTORY/index.html (the episodes, newest first,
    with the feed's subscribe link), from the episodes in DIRECTORY."""
    from audioed.publish.feed import build_feed

    click.echo(build_feed(directory, base_url, title=title, description=description, author=author, image=image))


def _interactive() -> bool:
    return sys.stdin.isatty()


_INIT_PROMPTS = {"title": "Show title", "author": "Author (shown by podcast apps)", "owner_name": "Owner name",
                  "owner_email": "Owner e-mail (Apple sends review notes here)", "base_url": "Base URL where the "
                  "directory is served (e.g. https://example.org/audio/)"}


@feed.command("init")
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--title", help="Show title.")
@click.option("--description", help="Show description.")
@click.option("--author", help="Author shown by podcast apps (default: the owner name).")
@click.option("--owner-name", help="Owner name (itunes:owner).")
@click.option("--owner-email", help="Owner e-mail (itunes:owner, podcast:locked owner); Apple requires it.")
@click.option("--language", default="en", show_default=True, help="Language code of the show.")
@click.option("--category", default="News", show_default=True, help="Apple Podcasts category.")
@click.option("--subcategory", help="Apple Podcasts subcategory (e.g. Daily News).")
@click.option("--explicit/--clean", default=False, show_default=True, help="itunes:explicit.")
@click.option("--cover", "image", help="Show cover: an image file (copied in, >= 1400 px square) or a URL.")
@click.option("--link", help="The show's web page (default: the base URL).")
@click.option("--locked/--unlocked", default=True, show_default=True,
              help="podcast:locked: other platforms may not import the feed.")
@click.option("--base-url", help="URL where DIRECTORY is served.")
@click.option("--force", is_flag=True, help="Replace an existing feed.toml.")
def feed_init(directory, force, **values):
    """Write DIRECTORY/feed.toml, the show settings every feed of DIRECTORY is built with.
    Settings not given as options are asked for when run in a terminal."""
    from audioed.publish.feed import check_settings_free, write_settings

    check_settings_free(directory, force=force)  # before asking for anything
    if _interactive():
        for key, question in _INIT_PROMPTS.items():
            if not values.get(key):
                values[key] = click.prompt(question, default="", show_default=False).strip() or None
    click.echo(write_settings(directory, values, force=force))


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets a phone on the same network subscribe.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port to listen on.")
def serve(directory, host, port):
    """Serve DIRECTORY (feed, episodes, sidecars) over HTTP with Range support, until Ctrl-C.
    The directory's index page (its episodes and the feed's subscribe link) is at /."""
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
    if download:
        from audioed.engines import download_voice

        click.echo(download_voice(download, Path("voices")))
        return
    if preview:
        from audioed.voice.cache import ClipCache
        from audioed.pipeline.preview import preview as render_preview

        click.echo(render_preview(preview, out_dir, cache=ClipCache(cache_dir)))
        return
    from audioed.pipeline.preview import voices_report

    click.echo(voices_report())


@main.command()
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Clip cache directory "
              "(default: $AUDIOED_CACHE_DIR, else the user cache directory).")
@click.option("--clear", is_flag=True, help="Delete every cached clip and the voice models kept beside "
              "them (models/: voice models prepared for decoding in bounded memory, and notes that "
              "a voice runs whole) and the command line's compiled patterns (regex-*.marshal); they are "
              "made again when next needed.")
def cache(cache_dir, clear):
    """Show where the clip cache is and how big it is; --clear empties it, models/ included."""
    from audioed.voice.cache import ClipCache

    click.echo(ClipCache(cache_dir).report(clear=clear))
