"""Where clips are made: inline (one job), worker threads sharing one model, or worker processes;
and the narrator's voice loaded ahead of the first clip (WarmUp)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from audioed import engines
from audioed.audio.pcm import conform
from audioed.engines import Engine
from audioed.errors import EngineError
from audioed.voice.cast import Cast, VoiceSpec
from audioed.voice.voices import Voices

EXECUTORS = ("process", "thread")
DEFAULT_EXECUTOR = "thread"
"""Threads share one model and were measured faster than worker processes once quote voices are
derived (docs/performance.md, "Threads or processes")."""


def default_jobs() -> int:
    """One worker per core (the cores the process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve(jobs: int | None, executor: str | None) -> tuple[int, str]:
    """(synthesis workers, executor): one worker per core and DEFAULT_EXECUTOR unless told."""
    executor = executor or DEFAULT_EXECUTOR
    if executor not in EXECUTORS:
        raise EngineError(f"unknown executor {executor!r} (use {' or '.join(EXECUTORS)})")
    return (default_jobs() if jobs is None else max(1, jobs)), executor


def _intra_threads(jobs: int, executor: str) -> int:
    """Threads per model session in this process: one core per synthesis worker, so `jobs`
    is the cores used (`--jobs 1` is a one-core render); worker processes set their own."""
    return 0 if executor == "process" else 1


def synthesize_pcm(engine: Engine, text: str) -> tuple[bytes, int]:
    """The engine's audio for `text` as (16-bit mono PCM, frame rate): what crosses a process boundary."""
    audio = conform(engine.synthesize(text), engine.sample_rate)
    return audio.raw_data, audio.frame_rate


class Inline:
    """A 'future' computed when asked for: the serial case keeps synthesis lazy and in order."""

    def __init__(self, fn, *args):
        self._call = (fn, args)

    def result(self):
        fn, args = self._call
        return fn(*args)


def wait(future: Future | Inline):
    """A future's result, waking up regularly: a Ctrl-C that the OS hands to a worker thread
    is only noticed when the main thread runs Python code, never inside a plain lock wait."""
    if isinstance(future, Inline):
        return future.result()
    while True:
        try:
            return future.result(timeout=0.2)
        except FutureTimeout:
            continue


_worker_voices: Voices | None = None


def _worker_init(threads: int, cast: Cast) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (it stops the pool)
    engines.set_threads(threads)
    global _worker_voices
    _worker_voices = Voices(cast)


def _worker_synthesize(spec: VoiceSpec, text: str) -> tuple[bytes, int]:
    """Runs in a worker process: the same cast's voices, built once per process."""
    return synthesize_pcm(_worker_voices.engine(spec), text)


class Workers:
    """Where clips are synthesized: inline (jobs=1), or worker processes or threads, made on first use.

    Engines that wait on the network (gTTS) always use threads: they need no CPU of their
    own, and threads share this process's HTTP set-up.
    """

    def __init__(self, jobs: int, executor: str, cast: Cast):
        self.jobs, self.executor, self.cast = jobs, executor, cast
        self._process: ProcessPoolExecutor | None = None
        self._thread: ThreadPoolExecutor | None = None
        engines.set_threads(_intra_threads(jobs, executor))

    def in_process(self, engine: Engine) -> bool:
        """Whether `engine`'s clips are made in worker processes (see the class doc)."""
        return self.jobs > 1 and self.executor == "process" and not engine.needs_network

    def run(self, fn, *args) -> Future | Inline:
        """`fn(*args)` in a worker thread (inline when jobs=1: lazy, in order)."""
        if self.jobs == 1:
            return Inline(fn, *args)
        if self._thread is None:
            self._thread = ThreadPoolExecutor(self.jobs)
        return self._thread.submit(fn, *args)

    def submit_process(self, spec: VoiceSpec, text: str) -> Future:
        """The engine's (pcm, rate) for `text`, made in a worker process."""
        if self._process is None:
            # spawn, not fork: a forked onnxruntime (and its thread pool) can deadlock.
            self._process = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_worker_init, initargs=(1, self.cast))
        return self._process.submit(_worker_synthesize, spec, text)

    def close(self) -> None:
        """Wait for running work; a stopped render drops what was queued ahead."""
        for pool in (self._process, self._thread):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


class WarmUp:
    """The narrator's voice loaded in a background thread while the article is still being
    scripted (about 1 s of a cold render's start, on one core, otherwise before the first clip).

    Only for synthesis in this process's threads (worker processes load their own voices).
    Errors are left to the first synthesis, which loads again and reports them; `join` before
    the process ends, as a native load must not be cut off by the interpreter's exit."""

    def __init__(self, cast: Cast, jobs: int | None = None, executor: str | None = None):
        jobs, executor = resolve(jobs, executor)
        self._thread = None
        if jobs > 1 and executor == "process":
            return
        engines.set_threads(_intra_threads(jobs, executor))  # the same sessions the workers will use
        engine = Voices(cast).narrator()
        if engine.needs_network:
            return
        self._thread = threading.Thread(target=self._load, args=(engine,), name="voice-warm-up", daemon=True)
        self._thread.start()

    @staticmethod
    def _load(engine: Engine) -> None:
        try:
            engine.load()
        except Exception:  # reported by the first synthesis, which loads again
            pass

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
