"""`audioed follow`: keep an audio edition of a site — new stories rendered, corrected ones
re-rendered, unchanged ones left alone.

A pass lists the items of each SOURCE (an RSS/Atom feed, a sitemap, or a directory of
article files), gets each article (the feed's own full content when it carries it, else the
page over HTTP, conditionally), reads it and hashes what would be narrated. An item whose
hash matches its episode is left alone; a new or changed one is rendered in-process, or
submitted to the Celery queue (pipeline/worker.py). What was seen, its hash, its episode and
its last error live in an SQLite database in the output directory (pipeline/state.py).

One pass at a time per output directory (a file lock): a second `follow` started on the same
directory waits, then finds the work done. Stopping (SIGINT/SIGTERM) takes effect between
articles; a second signal interrupts the article in progress, whose files are discarded
(renders are staged and renamed into place).
"""

from __future__ import annotations

import fnmatch
import re
import signal
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from audioed.atomic import locked
from audioed.errors import AudioedError, InputError
from audioed.read.fetch import FetchOptions, Fetcher
from audioed.pipeline.articles import article_file, article_hash
from audioed.pipeline.episodes import episode_revision, episode_summary, render_once
from audioed.pipeline.sources import Entry, list_entries
from audioed.pipeline.state import State

PASS_LOCK = ".audioed-follow.lock"


@dataclass(frozen=True)
class FollowOptions:
    render: object
    """RenderOptions for each episode (out_dir is the followed directory)."""
    base_url: str | None = None
    """Where the directory is served, for the feed (else base_url in feed.toml)."""
    categories: tuple[str, ...] = ()
    """Only items with one of these categories (case-insensitive)."""
    match: tuple[str, ...] = ()
    """Only items whose URL (or file path) matches one of these shell patterns."""
    limit: int | None = None
    """At most this many new items a pass (the rest wait for later passes)."""
    fetch: FetchOptions = FetchOptions()
    queue: str | None = None
    """Broker URL: submit renders to Celery workers instead of rendering here."""
    wait_timeout: float = 6 * 3600
    """How long a queued pass waits for its renders before leaving them to the next pass."""


@dataclass
class Outcome:
    entry: Entry
    kind: str
    """new | changed | unchanged | failed | skipped (filtered out or over the limit)"""
    error: str | None = None
    result: dict | None = None


@dataclass
class PassResult:
    outcomes: list[Outcome] = field(default_factory=list)
    feed: Path | None = None
    stopped: bool = False

    def of(self, kind: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind == kind]

    def summary(self) -> str:
        counts = {k: len(self.of(k)) for k in ("new", "changed", "unchanged", "failed")}
        line = ", ".join(f"{n} {k}" for k, n in counts.items())
        if self.of("pending"):
            line += f", {len(self.of('pending'))} still queued"
        if self.stopped:
            line += " (stopped early)"
        return line + (f"; feed: {self.feed}" if self.feed else "")

    def to_dict(self) -> dict:
        return {"items": [{"key": o.entry.key, "url": o.entry.url, "outcome": o.kind, "error": o.error,
                           **({"episode": o.result} if o.result else {})} for o in self.outcomes],
                "feed": str(self.feed) if self.feed else None, "stopped": self.stopped}


def wanted(entry: Entry, options: FollowOptions) -> bool:
    if options.categories:
        have = {c.casefold() for c in entry.categories}
        if not have & {c.casefold() for c in options.categories}:
            return False
    if options.match:
        where = entry.url or (str(entry.path) if entry.path else entry.key)
        if not any(fnmatch.fnmatchcase(where, p) for p in options.match):
            return False
    return True


# --- the pass -----------------------------------------------------------------------------

@dataclass
class _Job:
    entry: Entry
    kind: str
    path: Path
    options: object


def follow_pass(sources: list[str], options: FollowOptions, *, stop: threading.Event | None = None,
                say: Callable[[str, bool], None] = lambda line, err: None) -> PassResult:
    """One pass over every source; `say(line, is_error)` reports each article as it is done."""
    from audioed.publish.feed import build_feed, load_settings
    from audioed.publish.staging import prepare_dir, slugify
    from audioed.pipeline.render import read_for_render

    stop = stop or threading.Event()
    directory = prepare_dir(options.render.out_dir)
    base_url = options.base_url or load_settings(directory).get("base_url")
    if not base_url:
        raise InputError("follow keeps a feed: pass --base-url or set base_url in "
                         f"{directory / 'feed.toml'} (audioed feed init)")
    result = PassResult()
    with locked(directory / PASS_LOCK), State(directory) as state:
        fetcher = Fetcher(state, options.fetch)
        entries: list[Entry] = []
        for source in sources:
            try:
                entries += list_entries(source, fetcher)
            except AudioedError as e:
                say(f"failed: {source}: {e}", True)
                result.outcomes.append(Outcome(Entry(key=source, source=source), "failed", str(e)))
        jobs: list[_Job] = []
        new_budget = options.limit
        runner = _QueueRunner(options, state, directory) if options.queue else None
        for entry in entries:
            if stop.is_set():
                result.stopped = True
                break
            if not wanted(entry, options):
                continue
            item = state.get(entry.key)
            is_new = item is None or item.guid is None and item.status != "failed" and not item.content_hash
            if is_new and new_budget is not None:
                if new_budget <= 0:
                    continue
                new_budget -= 1
            item = state.seen(entry.key, entry.source, entry.url, entry.title)
            try:
                path, fresh = article_file(directory, entry, fetcher)
                if (not fresh and item.status == "done" and item.slug and item.content_hash
                        and episode_revision(directory, item.slug) == item.content_hash):
                    result.outcomes.append(Outcome(entry, "unchanged"))  # not even read again
                    continue
                ro = replace(options.render, url=entry.url, out_dir=directory)
                article = read_for_render(path, ro, max_words=ro.max_words)
                digest = article_hash(article)
                slug = state.claim_slug(entry.key, item.slug or slugify(article.title))
                if (item.status == "done" and item.content_hash == digest
                        and episode_revision(directory, slug) == digest):
                    result.outcomes.append(Outcome(entry, "unchanged"))
                    continue
                kind = "changed" if item.renders else "new"
                job = _Job(entry, kind, path, replace(ro, slug=slug, revision=digest, feed=False))
            except AudioedError as e:
                _failed(state, result, entry, str(e), say)
                continue
            if runner:
                runner.submit(job)
                jobs.append(job)
                continue
            _run_here(job, state, result, say)
        if runner:
            result.stopped |= runner.wait(result, say, stop)
        if any(o.kind in ("new", "changed") for o in result.outcomes) or not (directory / "feed.xml").exists():
            result.feed = build_feed(directory, base_url)
    return result


def _run_here(job: _Job, state: State, result: PassResult, say) -> None:
    try:
        done = render_once(job.path, job.options)
    except AudioedError as e:
        _failed(state, result, job.entry, str(e), say)
        return
    except Exception as e:  # a bug in one article must not stop the others
        _failed(state, result, job.entry, f"unexpected {type(e).__name__}: {e}", say)
        return
    _record(state, result, job, done, say)


def _record(state: State, result: PassResult, job: _Job, done: dict, say) -> None:
    state.rendered(job.entry.key, job.options.revision, done.get("guid"))
    result.outcomes.append(Outcome(job.entry, job.kind, result=done))
    clips = done.get("clips") or {}
    say(f"{job.kind}: {job.entry.url or job.entry.key} -> {job.options.out_dir / done['audio']} "
        f"({clips.get('synthesized', 0)} clips synthesized, {clips.get('cached', 0)} from cache)", False)


def _failed(state: State, result: PassResult, entry: Entry, error: str, say) -> None:
    state.seen(entry.key, entry.source, entry.url, entry.title)
    state.failed(entry.key, error)
    result.outcomes.append(Outcome(entry, "failed", error))
    say(f"failed: {entry.url or entry.key}: {error}", True)


class _QueueRunner:
    """Submits renders to Celery and collects their results (this process writes the state)."""

    def __init__(self, options: FollowOptions, state: State, directory: Path):
        from audioed.pipeline.worker import Submitter

        self.options = options
        self.state = state
        self.submitter = Submitter(options.queue)
        self.pending: dict[str, _Job] = {}

    def submit(self, job: _Job) -> None:
        task_id = self.submitter.submit(job.path, job.options)
        self.state.update(job.entry.key, status="queued", task_id=task_id)
        self.pending[task_id] = job

    def wait(self, result: PassResult, say, stop: threading.Event) -> bool:
        def done(task_id, value, error):
            job = self.pending.pop(task_id)
            if error is not None and episode_revision(job.options.out_dir, job.options.slug) == job.options.revision:
                # The render finished but its result was lost (the broker restarted as it was
                # stored): the episode on disk is the truth.
                value, error = episode_summary(job.options.out_dir, job.options.slug), None
            if error is None:
                _record(self.state, result, job, value, say)
            else:
                _failed(self.state, result, job.entry, error, say)

        stopped = self.submitter.wait(list(self.pending), done, stop=stop, timeout=self.options.wait_timeout)
        for job in self.pending.values():  # still queued: workers will do them; the next pass records them
            result.outcomes.append(Outcome(job.entry, "pending"))
        return stopped


# --- running ------------------------------------------------------------------------------

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.I)


def parse_interval(text: str) -> float:
    """'15m' -> 900.0 seconds (s, m, h, d; plain numbers are seconds)."""
    m = _EVERY.match(text or "")
    if not m or float(m.group(1)) <= 0:
        raise InputError(f"not an interval: {text!r} (e.g. 90s, 15m, 1h)")
    return float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[(m.group(2) or "s").lower()]


@contextmanager
def stop_on_signals(say):
    """SIGINT/SIGTERM set the returned event (the pass stops between articles); a second one
    raises KeyboardInterrupt in the article being rendered (its staged files are discarded)."""
    stop = threading.Event()

    def handler(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        say(f"stopping after the current article ({signal.Signals(signum).name}; again to stop now)", True)

    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def follow(sources: list[str], options: FollowOptions, *, every: float | None = None,
           say: Callable[[str, bool], None] = lambda line, err: None,
           on_pass: Callable[[PassResult], None] | None = None) -> list[PassResult]:
    """Run one pass, or a pass every `every` seconds until stopped; `on_pass` is called after
    each. Returns the passes' results."""
    passes = []
    with stop_on_signals(say) as stop:
        while True:
            started = time.monotonic()
            try:
                passes.append(follow_pass(sources, options, stop=stop, say=say))
            except AudioedError as e:
                if every is None:
                    raise
                # Kept running: the broker or the disk may be back by the next pass.
                say(f"error: this pass stopped: {e}; next pass in {every:.0f} s", True)
            else:
                say(f"pass: {passes[-1].summary()}", False)
                if on_pass:
                    on_pass(passes[-1])
            if every is None or stop.is_set():
                return passes
            if stop.wait(max(0.0, every - (time.monotonic() - started))):
                return passes
