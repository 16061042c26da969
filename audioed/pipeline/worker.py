"""Distributed rendering on Celery with a Redis broker: `audioed worker`, and the submitting
side used by `follow --queue` and `render --queue`.

A task is one article: its bytes travel in the message (so the submitter's files need not be
shared), its episode is written to the output directory every worker mounts at the same path.
Tasks are acknowledged late with a prefetch of one, so a worker that dies mid-article (SIGKILL,
power cut) leaves its message unacknowledged and another worker renders it: immediately when
only the pool process died (reject on worker lost), else once the broker's visibility timeout
has passed. Rendering twice is harmless: renders of one slug take turns under a lock file and
skip when the episode already has the article's revision (episodes.render_once), and every file
is staged and renamed into place. Workers never write the feed: the submitter does, once, after
its batch (under the feed's lock).
"""

from __future__ import annotations

import base64
import dataclasses
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from audioed.errors import AudioedError, InputError

if TYPE_CHECKING:
    from audioed.pipeline.batch import BatchResult

TASK = "audioed.render"
TIME_LIMIT = 1800
"""Seconds an article may take (a 15,000-word article on Kokoro is well under); then it fails."""
_PATH_FIELDS = ("out_dir", "cast", "cover", "lexicon")
_LOCAL_FIELDS = ("cache_dir", "jobs", "use_cache")
"""Chosen by each worker for its own machine, not by the submitter."""


def make_app(broker: str, *, time_limit: int = TIME_LIMIT, visibility_timeout: int | None = None):
    """The Celery app for `broker` (redis://...); results are kept in the same Redis."""
    try:
        from celery import Celery
    except ImportError:
        raise InputError("the queue needs Celery and redis: pip install 'audioed[queue]'") from None
    if not broker.startswith(("redis://", "rediss://", "redis+socket://", "unix://")):
        raise InputError(f"--queue must be a Redis URL (redis://host:6379/0), got {broker!r}")
    app = Celery("audioed", broker=broker, backend=broker, set_as_current=False)
    visibility = visibility_timeout or max(3600, 2 * time_limit)
    app.conf.update(
        task_acks_late=True,                 # acknowledged when done: a dead worker's task goes back
        task_reject_on_worker_lost=True,     # ... at once when the pool process dies
        worker_prefetch_multiplier=1,        # a worker holds one article, not a backlog
        task_time_limit=time_limit,
        task_soft_time_limit=max(1, time_limit - 30),
        task_track_started=True,             # `audioed status` can tell queued from running
        task_serializer="json", result_serializer="json", accept_content=["json"],
        result_expires=7 * 86400,
        broker_transport_options={"visibility_timeout": visibility},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # a Redis restart is waited out, not fatal
        result_backend_always_retry=True,    # ... also when storing a finished article's result
        result_backend_max_retries=60,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    app.task(name=TASK, acks_late=True)(_render_task)
    return app


def options_payload(options) -> dict:
    out = {}
    for f in dataclasses.fields(options):
        if f.name in _LOCAL_FIELDS:
            continue
        v = getattr(options, f.name)
        out[f.name] = str(v) if isinstance(v, Path) else v
    return out


def options_from_payload(payload: dict, **local):
    from audioed.pipeline.options import RenderOptions

    known = {f.name for f in dataclasses.fields(RenderOptions)}
    values = {k: (Path(v) if k in _PATH_FIELDS and v is not None else v) for k, v in payload.items() if k in known}
    return RenderOptions(**values, **local)


# --- the worker side ----------------------------------------------------------------------

_LOCAL: dict = {}
"""This worker's own settings (cache directory, synthesis threads), set by run_worker."""


def _render_task(payload: dict) -> dict:
    """Render one article; the result is the episode summary, or {"error": one line}."""
    from celery.exceptions import SoftTimeLimitExceeded

    from audioed.pipeline.episodes import render_once

    options = options_from_payload(payload["options"], **_LOCAL)
    try:
        with tempfile.TemporaryDirectory(prefix="audioed-task-") as tmp:
            source = Path(tmp) / Path(payload["name"]).name
            source.write_bytes(base64.b64decode(payload["article"]))
            if not options.slug:
                from audioed.pipeline.render import read_for_render
                from audioed.publish.staging import slugify

                options = dataclasses.replace(options, slug=slugify(read_for_render(source, options).title))
            return render_once(source, options)
    except SoftTimeLimitExceeded:
        return {"error": f"took longer than the task time limit ({payload.get('time_limit', TIME_LIMIT)} s)"}
    except AudioedError as e:
        return {"error": str(e)}
    except Exception as e:  # a bug in one article must not kill the worker
        return {"error": f"unexpected {type(e).__name__}: {e}"}


def _warm(threads: int, cast: Path | None) -> None:
    """In each pool process: pin the synthesis threads and load the narrator's voice now,
    once, not in the first article."""
    from audioed import engines
    from audioed.errors import show_warnings_as_lines
    from audioed.voice.cast import load_cast
    from audioed.voice.workers import WarmUp

    show_warnings_as_lines()
    if threads == 1:  # one core per article: several workers (or pool processes) share the machine
        engines.set_threads(1, pin=True)
    try:
        WarmUp(load_cast(cast), threads).join()
    except AudioedError:
        pass  # the first article reports it


def run_worker(broker: str, *, concurrency: int = 1, threads: int = 1, cache_dir: Path | None = None,
               cast: Path | None = None,
               time_limit: int = TIME_LIMIT, visibility_timeout: int | None = None, name: str | None = None,
               loglevel: str = "INFO") -> None:
    """Run a Celery worker until stopped: `concurrency` pool processes, each rendering one
    article at a time with `threads` synthesis threads."""
    from celery.signals import worker_process_init

    _LOCAL.update(cache_dir=cache_dir, jobs=threads)
    app = make_app(broker, time_limit=time_limit, visibility_timeout=visibility_timeout)
    worker_process_init.connect(lambda **_: _warm(threads, cast), weak=False)
    argv = ["worker", f"--concurrency={concurrency}", "--pool=prefork", f"--loglevel={loglevel}",
            "--without-gossip", "--without-mingle", "--without-heartbeat"]
    if name:
        argv.append(f"--hostname={name}")
    app.worker_main(argv)


# --- the submitting side ------------------------------------------------------------------

class Submitter:
    """Sends articles to the queue and collects their results."""

    def __init__(self, broker: str):
        self.app = make_app(broker)
        self._payloads: dict[str, dict] = {}

    def submit(self, source: Path, options) -> str:
        try:
            data = Path(source).read_bytes()
        except OSError as e:
            raise InputError(f"{source}: cannot read ({e.strerror or e})") from None
        payload = {"article": base64.b64encode(data).decode("ascii"), "name": Path(source).name,
                   "options": options_payload(options)}
        task_id = self._send(payload)
        self._payloads[task_id] = payload
        return task_id

    def _send(self, payload: dict) -> str:
        try:
            return self.app.send_task(TASK, args=[payload]).id
        except Exception as e:  # kombu's OperationalError and friends: the broker is not there
            raise AudioedError(f"cannot reach the queue: {_one_line(e)}") from None

    def _server_run(self) -> str:
        """The Redis server's run id: it changes when the server restarts."""
        return self.app.backend.client.info("server")["run_id"]

    def states(self, task_ids: list[str]) -> dict[str, str]:
        return {t: state for t, (state, _) in self._results(task_ids).items()}

    def _results(self, task_ids: list[str]) -> dict[str, tuple[str, object]]:
        """task id -> (state, result), every task in one round trip (MGET): polling a batch
        of hundreds stays cheap, so it can be polled often."""
        backend = self.app.backend
        values = backend.mget([backend.get_key_for_task(t) for t in task_ids]) if task_ids else []
        out = {}
        for t, raw in zip(task_ids, values):
            meta = backend.decode_result(raw) if raw is not None else None
            out[t] = (meta["status"], meta.get("result")) if meta else ("PENDING", None)
        return out

    def wait(self, task_ids: list[str], done: Callable[[str, dict | None, str | None], None], *,
             stop=None, timeout: float = 6 * 3600, poll: float = 0.1) -> bool:
        """Call `done(task_id, result, error)` for each task as it finishes, until all have, or
        `timeout` passes, or `stop` is set (then True).

        A broker that goes away is waited for. After a Redis restart, tasks not yet started are
        sent again: the Redis transport can lose a message a worker was taking at the moment
        the server stopped (popped from the list, never received). A copy that turns out not
        to be lost costs nothing: the render skips an episode that already has its revision."""
        pending = {t: t for t in task_ids}  # the id being waited on -> the id the caller knows
        deadline = time.monotonic() + timeout
        run = None
        while pending and time.monotonic() < deadline:
            if stop is not None and stop.is_set():
                return True
            try:
                now_run = self._server_run()
                states = self._results(list(pending))
            except Exception:  # the broker is restarting: try again on the next round
                states = None
            if states is not None:
                if run is not None and now_run != run:
                    for t, (state, _) in list(states.items()):
                        if state == "PENDING" and pending[t] in self._payloads:
                            original = pending.pop(t)
                            pending[self._send(self._payloads[original])] = original
                    run = now_run
                    continue
                run = now_run
                for t, (state, value) in states.items():
                    if state == "SUCCESS":
                        original = pending.pop(t)
                        if isinstance(value, dict) and "error" in value:
                            done(original, None, value["error"])
                        else:
                            done(original, value, None)
                    elif state == "FAILURE":
                        done(pending.pop(t), None, f"the worker failed: {_one_line(value)}")
            if pending:
                if stop is not None:
                    stop.wait(poll)
                else:
                    time.sleep(poll)
        return False


def _one_line(e) -> str:
    return " ".join(f"{type(e).__name__}: {e}".split()) if isinstance(e, BaseException) else " ".join(str(e).split())


def render_on_queue(sources: list[Path], options, broker: str, *,
                    on_done: Callable[[Path, dict | None, str | None], None] | None = None,
                    timeout: float = 6 * 3600) -> BatchResult:
    """`render --queue`: submit every article, wait for all, update the feed once (here, the
    one writer) when options.feed is set. The articles are listed as they finish."""
    from audioed.pipeline.batch import BatchResult
    from audioed.publish.staging import prepare_dir

    out_dir = prepare_dir(options.out_dir)
    base_url = None
    if options.feed:
        from audioed.pipeline.options import feed_base_url

        base_url = feed_base_url(out_dir, options)
    submitter = Submitter(broker)
    ids = {submitter.submit(s, dataclasses.replace(options, feed=False)): s for s in sources}
    result = BatchResult()

    def done(task_id, value, error):
        source = ids[task_id]
        if error is None:
            result.done.append((source, value))
        else:
            result.failed.append((source, error))
        if on_done:
            on_done(source, value, error)

    submitter.wait(list(ids), done, timeout=timeout)
    finished = {str(s) for s, _ in result.done + result.failed}
    for source in ids.values():
        if str(source) not in finished:
            result.failed.append((source, f"not rendered within {timeout:.0f} s"))
    if options.feed and result.done:
        from audioed.publish.feed import build_feed

        result.feed = build_feed(out_dir, base_url)
    return result
