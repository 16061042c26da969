"""`audioed render`'s articles: one rendered here; several in parallel here (bounded, failures
reported at the end, one feed update) or on the queue's workers.

The stages are imported only where an article is rendered here: the queue's submitter needs
neither the stages nor the voices, and a quick start frees the workers sooner."""

from __future__ import annotations

import multiprocessing
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from audioed.errors import AudioedError, InputError, UsageError, show_warnings_as_lines
from audioed.pipeline.options import RenderOptions, feed_base_url

if TYPE_CHECKING:
    from audioed.voice.synthesize import Progress
    from audioed.pipeline.render import RenderResult

Say = Callable[[str, bool], None]
"""`say(line, is_error)`: one line about an article as it is done."""


@dataclass
class BatchResult:
    done: list[tuple[Path | str, dict]] = field(default_factory=list)
    """(article, its episode: RenderResult.to_dict() here, the worker's summary on the queue)."""
    failed: list[tuple[Path | str, str]] = field(default_factory=list)
    feed: Path | str | None = None

    def to_dict(self) -> dict:
        return {"rendered": [{"article": str(a), **r} for a, r in self.done],
                "failed": [{"article": str(a), "error": e} for a, e in self.failed],
                "feed": str(self.feed) if self.feed else None}

    def summary(self) -> str:
        return (f"{len(self.done)} rendered, {len(self.failed)} failed"
                + (f"; feed updated: {self.feed}" if self.feed else ""))


def render_articles(articles: list[str], options: RenderOptions, *, queue: str | None = None,
                    progress: Progress | None = None, say: Say | None = None) -> RenderResult | BatchResult:
    """`audioed render`: each ARTICLE (a file, a directory of them, an http(s) URL) rendered.

    One article (not from a directory) is rendered here with `progress`: its RenderResult, or
    its error raised. Otherwise the articles are rendered `options.jobs` at a time here, or on
    the workers of the `queue` broker, past failures: a BatchResult, each said as it is done."""
    from audioed.pipeline.sources import ARTICLE_SUFFIXES, expand_sources

    sources = expand_sources(articles)
    if not sources:
        raise InputError("no article files found (looked for " + ", ".join(ARTICLE_SUFFIXES) + ")")
    if options.url and len(sources) > 1:  # one address is one episode's link and guid
        raise UsageError("--url is one article's address: give it with one ARTICLE")
    say = say or (lambda line, err: None)
    if queue:
        from audioed.pipeline.worker import render_on_queue

        def said(source, value, error):
            say(f"{options.out_dir / value['audio']}  rendered by a worker"
                + (" (already up to date)" if value.get("skipped") else "") if value
                else f"failed: {source}: {error}", value is None)

        return render_on_queue(sources, options, queue, on_done=said)
    if len(sources) == 1 and not any(Path(a).is_dir() for a in articles):
        from audioed.pipeline.render import render

        return render(sources[0], options, progress=progress)

    def report(source, result, error):
        say(result.summary() if result else f"failed: {source}: {error}", result is None)

    return render_batch(sources, options, jobs=options.jobs, on_done=report)


def _init_worker(threads: int) -> None:
    import signal

    from audioed import engines

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool on Ctrl-C
    show_warnings_as_lines()
    engines.set_threads(threads, pin=True)


def _render_one(source: Path, options: RenderOptions) -> tuple[RenderResult | None, str | None, list]:
    """Runs in a worker process; errors come back as their one-line message, and warnings as
    (category, message) for the parent to issue, so the CLI shows them like its own."""
    from audioed.pipeline.render import render

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            rendered, error = render(source, options), None
        except AudioedError as e:
            rendered, error = None, str(e)
        except Exception as e:  # a bug must not take the other articles down; say what it was
            rendered, error = None, f"unexpected {type(e).__name__}: {e}"
    return rendered, error, [(w.category, str(w.message)) for w in caught]


def render_batch(sources: list[Path], options: RenderOptions, *, jobs: int | None = None,
                 on_done: Callable[[Path, RenderResult | None, str | None], None] | None = None) -> BatchResult:
    """Render every article, `jobs` at a time in worker processes (each gets its share of the
    cores), continuing past failures; then update the feed once when options.feed is set."""
    from audioed.voice.workers import default_jobs

    cores = jobs or default_jobs()  # --jobs N: N cores at most, shared by the articles at once
    workers = max(1, min(cores, len(sources)))
    per_article = max(1, cores // workers)
    one = replace(options, feed=False, jobs=per_article)
    result = BatchResult()
    if options.feed:  # checked before minutes of synthesis, not after
        base_url = feed_base_url(options.out_dir, options)
    # spawn, not fork: onnxruntime's thread pools do not survive a fork.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_worker, initargs=(1 if per_article == 1 else 0,)) as pool:
        futures = {pool.submit(_render_one, s, one): s for s in sources}
        try:
            for fut in as_completed(futures):
                source = futures[fut]
                try:
                    rendered, error, said = fut.result()
                except Exception as e:  # the worker process died (killed, out of memory)
                    rendered, error, said = None, f"render worker died ({type(e).__name__})", []
                for category, message in said:
                    warnings.warn(message, category)
                if rendered is not None:
                    result.done.append((source, rendered.to_dict()))
                else:
                    result.failed.append((source, error))
                if on_done:
                    on_done(source, rendered, error)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    order = {s: i for i, s in enumerate(sources)}
    result.done.sort(key=lambda d: order[d[0]])
    result.failed.sort(key=lambda d: order[d[0]])
    if options.feed and result.done:
        from audioed.publish.feed import build_feed

        result.feed = build_feed(options.out_dir, base_url)
    return result
