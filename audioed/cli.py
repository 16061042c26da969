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
from .errors import AudioedError


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
    """
    ctx.ensure_object(dict)["debug"] = debug


class _Progress:
    """A progress bar on stderr, opened when the number of clips is known."""

    def __init__(self):
        self.bar = None

    def __call__(self, total: int):
        if not sys.stderr.isatty():
            return None
        self.bar = click.progressbar(length=total, label="Synthesizing", file=sys.stderr,
                                     show_pos=True, show_eta=True)
        self.bar.__enter__()
        return self.bar.update

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Directory for the MP3 and its sidecar files.")
@click.option("--cast", type=click.Path(path_type=Path), help="Cast file mapping roles to voices "
              "(default: voices/default.toml).")
@click.option("--engine", help="Speak every role with this engine (e.g. piper, gtts).")
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
@click.option("--lexicon", type=click.Path(path_type=Path),
              help="Pronunciation lexicon (default: voices/lexicon.toml).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def render(article, out_dir, cast, engine, quotes, speaker_voices, title, author, publisher, show, bitrate,
           no_outro, lexicon, as_json):
    """Render ARTICLE (text file) to OUTPUT/<slug>.mp3 with chapters and tags, offline."""
    from .render import RenderOptions, render as run_render

    options = RenderOptions(out_dir=out_dir, cast=cast, engine=engine, quotes=quotes, title=title,
                            author=author, publisher=publisher, show=show, bitrate_kbps=bitrate,
                            outro=not no_outro, speaker_voices=speaker_voices, lexicon=lexicon)
    progress = _Progress()
    try:
        result = run_render(article, options, progress=None if as_json else progress)
    finally:
        progress.close()
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        mp3 = next(f for f in result.files if f.suffix == ".mp3")
        secs = result.timeline.duration_ms / 1000
        click.echo(f"{mp3}  {int(secs // 60)}:{secs % 60:04.1f}, {len(result.timeline.chapters)} chapters, "
                   f"{result.clips} clips")


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="How quotations are scripted (see `render --help`).")
@click.option("--json", "as_json", is_flag=True, help="Print the Script as JSON (the public contract).")
def script(article, quotes, as_json):
    """Show the episode script of ARTICLE: chapters, lines, voices, skipped blocks. No audio."""
    from .render import RenderOptions, make_script

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
    from .inspect import format_report, inspect_episode

    info = inspect_episode(episode, loudness=not no_loudness)
    click.echo(json.dumps(info, ensure_ascii=False, indent=2) if as_json else format_report(info))


@main.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--quotes", type=click.Choice(["voice", "cue", "plain"]), default="voice", show_default=True,
              help="How quotations were scripted when the episode was rendered.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(episode, article, quotes, as_json):
    """Listen back: transcribe EPISODE offline (Whisper tiny.en) and compare it with ARTICLE's
    script; print the word error rate and the words a listener would likely mishear, with
    timestamps. Needs `pip install 'audioed[check]'`."""
    from .check import check_episode, format_report
    from .render import RenderOptions, make_script

    report = check_episode(episode, make_script(article, RenderOptions(quotes=quotes)))
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json
               else format_report(report))


@main.command()
def voices():
    """List the speech engines, their options, and the cast files in voices/."""
    from .cast import DEFAULT_CAST
    from .engines import available, engine_class

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
    click.echo("Casts:")
    dirs = {Path("voices"), DEFAULT_CAST.parent}
    for d in sorted(dirs):
        for f in sorted(d.glob("*.toml")):
            if f.name != "lexicon.toml":
                click.echo(f"  {f}")
