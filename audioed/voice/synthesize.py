"""Synthesize stage: Script + Cast -> clips, one per sentence, in script order.

Clips come from the clip cache when they can; the others are synthesized, ahead of the
one being stitched, by `jobs` workers. Whatever order the workers finish in, clips are
yielded in script order, so the assembler can stream them to the encoder.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Protocol
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from audioed.voice import voicing
from audioed.audio.pcm import AudioSegment, conform
from audioed.voice.cache import ClipCache, clip_key
from audioed.voice.cast import Cast, VoiceSpec
from audioed.voice.speakers import SpeakerCasting, speaker_genders
from audioed import engines
from audioed.engines import Engine, create
from audioed.errors import EngineError
from audioed.model import Clip, Line, Script, Utterance
from audioed.script.sentences import split_sentences

Prepare = Callable[[str, Engine], str]
"""Spoken text -> the text for this engine, with `[[ IPA ]]` blocks where it takes phonemes.
This is where a pronunciation lexicon plugs in (`Lexicon.prepare`)."""

Progress = Callable[[int], "Callable[[int], None] | None"]
"""Called once with the number of clips; returns a per-clip callback (None: no progress shown)."""

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


MAX_CHUNK = 150
"""Longest text (characters) given to an engine in one call: a call's working memory grows faster
than its sentence (a neural voice's text encoder is quadratic in it: docs/performance.md,
"Memory mechanisms"); longer sentences are cut at clause breaks and shown as one cue."""

# (separator, where to cut relative to its start): strongest first; a "(" starts the next piece.
_CLAUSE_BREAKS = (("; ", 1), (": ", 1), (", ", 1), (" — ", 2), (" – ", 2), (" (", 0), (" ", 0))


def speech_chunks(sentence: str, limit: int = MAX_CHUNK) -> list[str]:
    """`sentence` cut into pieces of at most `limit` characters, at the strongest clause break
    nearest the middle (a word boundary as the last resort); never drops a character other than
    the spaces at the cuts."""
    if len(sentence) <= limit:
        return [sentence]
    for sep, offset in _CLAUSE_BREAKS:
        cuts = [i + offset for i in _find_all(sentence, sep) if 20 <= i <= len(sentence) - 20]
        if cuts:
            middle = len(sentence) / 2
            cut = min(cuts, key=lambda i: abs(i - middle))
            head, tail = sentence[:cut].strip(), sentence[cut:].strip()
            if head and tail:
                return speech_chunks(head, limit) + speech_chunks(tail, limit)
    # One unbroken word longer than the limit: cut it (it cannot be read as a word anyway).
    return [sentence[i:i + limit] for i in range(0, len(sentence), limit)]


def _find_all(text: str, sep: str) -> list[int]:
    out, i = [], text.find(sep)
    while i != -1:
        out.append(i)
        i = text.find(sep, i + 1)
    return out


def utterances(script: Script) -> list[Utterance]:
    """Every sentence of the script, in order."""
    out = []
    for line_no, (s, line) in enumerate(script.lines()):
        spoken = split_sentences(line.spoken)
        shown = split_sentences(line.text)
        captions = shown if len(shown) == len(spoken) else spoken
        for sp, cap in zip(spoken, captions):
            pieces = speech_chunks(sp)
            out += [Utterance(s, line_no, line, piece, cap, part=i, last=i == len(pieces) - 1)
                    for i, piece in enumerate(pieces)]
    return out


class Voices:
    """One engine instance per distinct voice spec in the cast.

    Voices with a pitch in the cast are derived from their engine voice (see audioed.voicing).
    With `speaker_voices`, each attributed speaker gets a voice of their own from the cast's
    `speakers` pool (else derived ones), matched to the gender the article gives them and
    never the narrator's or the unattributed quotes' (audioed.voice.speakers).
    """

    def __init__(self, cast: Cast, *, genders: dict[str, str] | None = None,
                 remembered: dict[str, str] | None = None):
        self.cast = cast
        self._engines: dict[tuple, Engine] = {}
        self._speakers: SpeakerCasting | None = None
        self._genders = genders or {}
        self._remembered = remembered or {}

    def engine(self, spec: VoiceSpec) -> Engine:
        if spec.key() not in self._engines:
            self._engines[spec.key()] = voicing.derive(create(spec.engine, **dict(spec.settings)), spec)
        return self._engines[spec.key()]

    def gender_of(self, spec: VoiceSpec) -> str | None:
        return spec.gender or self.engine(spec).gender

    def spec_for(self, line: Line) -> VoiceSpec:
        if self.cast.speaker_voices and line.role == "quote" and line.speaker:
            if self._speakers is None:
                quote = self.cast.voice_for("quote")
                pool = self.cast.speakers or voicing.speaker_pool(quote, self.engine(quote))
                taken = {self.cast.voice_for("narrator").key(), quote.key()}
                pool = [s for s in pool if s.key() not in taken] or pool
                self._speakers = SpeakerCasting(pool, self.gender_of, self._genders, self._remembered)
            return self._speakers.spec_for(line.speaker)
        return self.cast.voice_for(line.role)

    def for_line(self, line: Line) -> Engine:
        return self.engine(self.spec_for(line))

    def speakers(self) -> dict[str, str]:
        """Speaker -> label of the voice they were given in this episode."""
        return {who: spec.label() for who, spec in (self._speakers.assigned.items() if self._speakers else ())}

    def cast_report(self) -> dict:
        """Who spoke in which voice, for the episode files."""
        roles = {role: self.cast.voice_for(role).label() for role in ("narrator", "quote")}
        return {"cast": self.cast.name, **roles, "speakers": self.speakers(),
                "genders": {who: g for who, g in self._genders.items() if who in self.speakers()}}

    @property
    def frame_rate(self) -> int:
        """The episode's working rate: the narrator's."""
        return self.engine(self.cast.voice_for("narrator")).sample_rate


def frame_rate(cast: Cast) -> int:
    """The episode's working rate: the narrator's voice's."""
    return Voices(cast).frame_rate


class Post(Protocol):
    """Work done on each finished clip in the worker that made or read it, ahead of stitching
    (audioed.loudness.Leveler: measuring and limiting). Must be thread-safe."""

    def prepare(self, audio: AudioSegment, note: dict | None = None) -> object:
        """The work; `note` is what `note` said about this clip in an earlier run (from the cache)."""

    def note(self, prepared: object) -> dict | None:
        """What to keep about the work in the clip's cache entry (small, JSON-able)."""


@dataclass
class _Job:
    utterance: Utterance
    future: Future | _Inline
    """Gives (audio, cached, prepared); in a worker process, only the engine's (pcm, rate)."""
    key: str | None
    in_process: bool = False


class _Inline:
    """A 'future' computed when asked for: the serial case keeps synthesis lazy and in order."""

    def __init__(self, fn, *args):
        self._call = (fn, args)

    def result(self):
        fn, args = self._call
        return fn(*args)


def _synthesize_pcm(engine: Engine, text: str) -> tuple[bytes, int]:
    audio = conform(engine.synthesize(text), engine.sample_rate)
    return audio.raw_data, audio.frame_rate


_worker_voices: Voices | None = None


def _worker_init(threads: int, cast: Cast) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (it stops the pool)
    engines.set_threads(threads)
    global _worker_voices
    _worker_voices = Voices(cast)


def _worker_synthesize(spec: VoiceSpec, text: str) -> tuple[bytes, int]:
    """Runs in a worker process: the same cast's voices, built once per process."""
    return _synthesize_pcm(_worker_voices.engine(spec), text)


class Synthesis:
    """The clips of a script, made lazily in script order so they can be stitched as they come."""

    def __init__(self, script: Script, cast: Cast, *, progress: Progress | None = None,
                 cache: ClipCache | None = None, jobs: int | None = None, executor: str | None = None,
                 prepare: Prepare | None = None, post: Post | None = None,
                 remembered: dict[str, str] | None = None):
        genders = speaker_genders(script) if cast.speaker_voices else {}
        self.voices = Voices(cast, genders=genders, remembered=remembered)
        self.utterances = utterances(script)
        for u in self.utterances:
            self.voices.for_line(u.line)  # cast errors before any audio; speakers get voices in order
        self.progress = progress(len(self.utterances)) if progress else None
        self.cache = cache
        self.jobs = _jobs(jobs)
        self.executor = executor or DEFAULT_EXECUTOR
        if self.executor not in EXECUTORS:
            raise EngineError(f"unknown executor {self.executor!r} (use {' or '.join(EXECUTORS)})")
        self.prepare = prepare
        self.post = post
        self._rate: int | None = None
        self.synthesized = 0
        """Clips made by an engine in this run."""
        self.cached = 0
        """Clips read from the cache in this run."""

    @property
    def frame_rate(self) -> int:
        if self._rate is None:
            self._rate = self.voices.frame_rate
        return self._rate

    def __len__(self) -> int:
        return len(self.utterances)

    def engine_text(self, spoken: str, engine: Engine) -> str:
        """The one place spoken text becomes engine input (the lexicon hook, then the engine's own)."""
        return engine.prepare(self.prepare(spoken, engine) if self.prepare else spoken)

    def missing(self) -> list[Utterance]:
        """The utterances the cache cannot supply (what a render would synthesize)."""
        if self.cache is None:
            return list(self.utterances)
        out = []
        for u in self.utterances:
            engine = self.voices.for_line(u.line)
            if clip_key(engine.identity(), self.engine_text(u.spoken, engine)) not in self.cache:
                out.append(u)
        return out

    def __iter__(self) -> Iterator[Clip]:
        workers = _Workers(self.jobs, self.executor, self.voices.cast)
        try:
            window = deque()
            todo = iter(self.utterances)
            # Queue well ahead: while the main thread stitches a clip (or waits on the encoder),
            # every worker must already have its next sentence (measured: a window of 2 x jobs
            # left the workers idle for seconds per render).
            ahead = 1 if self.jobs == 1 else 4 * self.jobs + 4
            while True:
                while len(window) < ahead:
                    u = next(todo, None)
                    if u is None:
                        break
                    window.append(self._plan(u, workers))
                if not window:
                    return
                job = window.popleft()
                audio, cached, prepared = self._finish(job)
                if self.progress:
                    self.progress(1)
                yield Clip(job.utterance, audio, cached, prepared)
        finally:
            workers.close()

    def _plan(self, u: Utterance, workers: _Workers) -> _Job:
        spec = self.voices.spec_for(u.line)
        engine = self.voices.engine(spec)
        text = self.engine_text(u.spoken, engine)
        key = clip_key(engine.identity(), text) if self.cache is not None else None
        if key is not None and key in self.cache:
            # Reading, checking and preparing a cached clip is work too: the workers do it.
            return _Job(u, workers.run(self._read, engine, text, key), key)
        if workers.in_process(engine):
            return _Job(u, workers.submit_process(spec, text), key, in_process=True)
        return _Job(u, workers.run(self._make, engine, text, key), key)

    def _make(self, engine: Engine, text: str, key: str | None) -> tuple[AudioSegment, bool, object]:
        """Synthesize a clip, keep it in the cache, and prepare it (in a worker thread or inline)."""
        pcm, frame_rate = _synthesize_pcm(engine, text)
        return self._store(key, pcm, frame_rate)

    def _read(self, engine: Engine, text: str, key: str) -> tuple[AudioSegment, bool, object]:
        entry = self.cache.get(key)
        if entry is None:  # damaged entry (get warned): make it again
            return self._make(engine, text, key)
        audio, prepared, note = self._ready(entry.pcm, entry.frame_rate, entry.note)
        if note != entry.note:  # an entry from before (or for other settings): keep the new note
            self.cache.put(key, entry.pcm, entry.frame_rate, note)
        return audio, True, prepared

    def _store(self, key: str | None, pcm: bytes, frame_rate: int) -> tuple[AudioSegment, bool, object]:
        audio, prepared, note = self._ready(pcm, frame_rate)
        if key is not None:
            self.cache.put(key, pcm, frame_rate, note)
        return audio, False, prepared

    def _ready(self, pcm: bytes, frame_rate: int, note: dict | None = None) -> tuple[AudioSegment, object, dict | None]:
        audio = conform(_segment(pcm, frame_rate), self.frame_rate)
        if self.post is None:
            return audio, None, note
        prepared = self.post.prepare(audio, note)
        return audio, prepared, self.post.note(prepared)

    def _finish(self, job: _Job) -> tuple[AudioSegment, bool, object]:
        try:
            result = _wait(job.future)
        except BrokenExecutor as e:
            raise EngineError(f"a synthesis worker died ({e or 'killed'}); try --jobs 1") from None
        if job.in_process:
            result = self._store(job.key, *result)
        if result[1]:
            self.cached += 1
        else:
            self.synthesized += 1
        return result


class _Workers:
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

    def run(self, fn, *args) -> Future | _Inline:
        """`fn(*args)` in a worker thread (inline when jobs=1: lazy, in order)."""
        if self.jobs == 1:
            return _Inline(fn, *args)
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


def _jobs(jobs: int | None) -> int:
    """Synthesis workers: one per core unless told."""
    return default_jobs() if jobs is None else max(1, jobs)


def _intra_threads(jobs: int, executor: str) -> int:
    """Threads per model session in this process: one core per synthesis worker, so `jobs`
    is the cores used (`--jobs 1` is a one-core render); worker processes set their own."""
    return 0 if executor == "process" else 1


def _wait(future):
    """A future's result, waking up regularly: a Ctrl-C that the OS hands to a worker thread
    is only noticed when the main thread runs Python code, never inside a plain lock wait."""
    if isinstance(future, _Inline):
        return future.result()
    while True:
        try:
            return future.result(timeout=0.2)
        except FutureTimeout:
            continue


def _segment(pcm: bytes, frame_rate: int) -> AudioSegment:
    return AudioSegment(data=pcm, sample_width=2, frame_rate=frame_rate, channels=1)


class WarmUp:
    """The narrator's voice loaded in a background thread while the article is still being
    scripted (about 1 s of a cold render's start, on one core, otherwise before the first clip).

    Only for synthesis in this process's threads (worker processes load their own voices).
    Errors are left to the first synthesis, which loads again and reports them; `join` before
    the process ends, as a native load must not be cut off by the interpreter's exit."""

    def __init__(self, cast: Cast, jobs: int | None = None, executor: str | None = None):
        jobs, executor = _jobs(jobs), executor or DEFAULT_EXECUTOR
        self._thread = None
        if jobs > 1 and executor == "process":
            return
        engines.set_threads(_intra_threads(jobs, executor))  # the same sessions the workers will use
        engine = Voices(cast).engine(cast.voice_for("narrator"))
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


def synthesize(script: Script, cast: Cast, *, progress: Progress | None = None,
               cache: ClipCache | None = None, jobs: int | None = None, executor: str | None = None,
               prepare: Prepare | None = None, post: Post | None = None,
               remembered: dict[str, str] | None = None) -> Synthesis:
    """Synthesize stage entry point; `remembered`: speaker -> voice label from earlier episodes."""
    return Synthesis(script, cast, progress=progress, cache=cache, jobs=jobs, executor=executor,
                     prepare=prepare, post=post, remembered=remembered)
