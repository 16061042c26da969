"""Synthesize stage: Script + Cast -> clips, one per sentence, in script order.

Clips come from the clip cache when they can; the others are synthesized, ahead of the
one being stitched, by `jobs` workers (audioed.voice.workers). Whatever order the workers
finish in, clips are yielded in script order, so the assembler can stream them to the encoder.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, Future
from dataclasses import dataclass
from typing import Protocol

from audioed.audio.pcm import AudioSegment, conform
from audioed.engines import Engine
from audioed.errors import EngineError
from audioed.model import Clip, Script, Utterance
from audioed.voice.cache import ClipCache, clip_key
from audioed.voice.cast import Cast
from audioed.voice.speakers import speaker_genders
from audioed.voice.utterances import utterances
from audioed.voice.voices import Voices
from audioed.voice.workers import Inline, Workers, resolve, synthesize_pcm, wait

Prepare = Callable[[str, Engine], str]
"""Spoken text -> the text for this engine, with `[[ IPA ]]` blocks where it takes phonemes.
This is where a pronunciation lexicon plugs in (`Lexicon.prepare`)."""

Progress = Callable[[int], "Callable[[int], None] | None"]
"""Called once with the number of clips; returns a per-clip callback (None: no progress shown)."""


class Post(Protocol):
    """Work done on each finished clip in the worker that made or read it, ahead of stitching
    (audioed.audio.level.Leveler: measuring and limiting). Must be thread-safe."""

    def prepare(self, audio: AudioSegment, note: dict | None = None) -> object:
        """The work; `note` is what `note` said about this clip in an earlier run (from the cache)."""

    def note(self, prepared: object) -> dict | None:
        """What to keep about the work in the clip's cache entry (small, JSON-able)."""


@dataclass
class _Job:
    utterance: Utterance
    future: Future | Inline
    """Gives (audio, cached, prepared); in a worker process, only the engine's (pcm, rate)."""
    key: str | None
    in_process: bool = False


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
        self.jobs, self.executor = resolve(jobs, executor)
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
        workers = Workers(self.jobs, self.executor, self.voices.cast)
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

    def _plan(self, u: Utterance, workers: Workers) -> _Job:
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
        pcm, frame_rate = synthesize_pcm(engine, text)
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
            result = wait(job.future)
        except BrokenExecutor as e:
            raise EngineError(f"a synthesis worker died ({e or 'killed'}); try --jobs 1") from None
        if job.in_process:
            result = self._store(job.key, *result)
        if result[1]:
            self.cached += 1
        else:
            self.synthesized += 1
        return result


def _segment(pcm: bytes, frame_rate: int) -> AudioSegment:
    return AudioSegment(data=pcm, sample_width=2, frame_rate=frame_rate, channels=1)


def synthesize(script: Script, cast: Cast, *, progress: Progress | None = None,
               cache: ClipCache | None = None, jobs: int | None = None, executor: str | None = None,
               prepare: Prepare | None = None, post: Post | None = None,
               remembered: dict[str, str] | None = None) -> Synthesis:
    """Synthesize stage entry point; `remembered`: speaker -> voice label from earlier episodes."""
    return Synthesis(script, cast, progress=progress, cache=cache, jobs=jobs, executor=executor,
                     prepare=prepare, post=post, remembered=remembered)
