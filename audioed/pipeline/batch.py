"""Several articles in one run: bounded parallel renders, failures reported at the end, one feed update."""

from __future__ import annotations

import multiprocessing
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from audioed.errors import AudioedError, show_warnings_as_lines
from audioed.pipeline.options import RenderOptions, feed_base_url
from audioed.pipeline.render import RenderResult, render


@dataclass
class BatchResult:
    done: list[tuple[Path, RenderResult]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    feed: Path | None = None

    def to_dict(self) -> dict:
        return {"rendered": [{"article": str(a), **r.to_dict()} for a, r in self.done],
                "failed": [{"article": str(a), "error": e} for a, e in self.failed],
                "feed": str(self.feed) if self.feed else None}


def _init_worker(threads: int) -> None:
    import signal

    from audioed import engines

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool on Ctrl-C
    show_warnings_as_lines()
    engines.set_threads(threads, pin=True)


def _render_one(source: Path, options: RenderOptions) -> tuple[RenderResult | None, str | None, list]:
    """Runs in a worker process; errors come back as their one-line message, and warnings as
    (category, message) for the parent to issue, so the CLI shows them like its own."""
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
                    result.done.append((source, rendered))
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
