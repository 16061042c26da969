"""Synthesize stage: Script + Cast -> clips, one per sentence, in script order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import voicing
from .audio import AudioSegment, conform
from .cast import Cast, VoiceSpec
from .engines import Engine, create
from .lexicon import Lexicon
from .model import Line, Script
from .sentences import split_sentences


@dataclass(frozen=True)
class Utterance:
    """One sentence to synthesize, with where it belongs in the script."""

    section: int
    line_no: int
    """Index of the line in the script (over all sections)."""
    line: Line
    spoken: str
    caption: str
    """What the transcript shows for it (source text when it lines up, else the spoken text)."""


@dataclass(frozen=True)
class Clip:
    utterance: Utterance
    audio: AudioSegment


def utterances(script: Script) -> list[Utterance]:
    """Every sentence of the script, in order."""
    out = []
    for line_no, (s, line) in enumerate(script.lines()):
        spoken = split_sentences(line.spoken)
        shown = split_sentences(line.text)
        captions = shown if len(shown) == len(spoken) else spoken
        out += [Utterance(s, line_no, line, sp, cap) for sp, cap in zip(spoken, captions)]
    return out


class Voices:
    """One engine instance per distinct voice spec in the cast."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self._engines: dict[tuple, Engine] = {}
        self._speakers = None

    def engine(self, spec: VoiceSpec) -> Engine:
        if spec.key() not in self._engines:
            engine = create(spec.engine, **dict(spec.settings))
            # Voices other than the narrator's are derived from it (pitch, matched loudness).
            narrator = self.cast.voice_for("narrator")
            if spec.key() != narrator.key():
                engine = voicing.derive(engine, spec, self.engine(narrator))
            else:
                engine = voicing.MeteredVoice(engine)  # derived voices follow its level
            self._engines[spec.key()] = engine
        return self._engines[spec.key()]

    def for_line(self, line: Line) -> Engine:
        if self.cast.speaker_voices and line.role == "quote" and line.speaker:
            if self._speakers is None:
                pool = self.cast.speakers or voicing.speaker_pool(
                    self.cast.voice_for("quote"), voicing.extra_piper_voices())
                self._speakers = voicing.SpeakerVoices(pool)
            return self.engine(self._speakers.spec_for(line.speaker))
        return self.engine(self.cast.voice_for(line.role))

    @property
    def frame_rate(self) -> int:
        """The episode's working rate: the narrator's."""
        return self.engine(self.cast.voice_for("narrator")).sample_rate


class Synthesis:
    """The clips of a script, made lazily in script order so they can be stitched as they come."""

    def __init__(self, script: Script, cast: Cast, *, progress: Callable[[int], None] | None = None,
                 lexicon: Lexicon | None = None):
        self.voices = Voices(cast)
        self.lexicon = lexicon
        self.utterances = utterances(script)
        for role in {u.line.role for u in self.utterances}:
            self.voices.for_line(Line(role=role, text="", spoken=""))  # cast errors before any audio
        self.progress = progress

    @property
    def frame_rate(self) -> int:
        return self.voices.frame_rate

    def engine_text(self, spoken: str, engine: Engine) -> str:
        """What `engine` is given for a sentence: lexicon words as phonemes or respellings."""
        return self.lexicon.apply(spoken, phonemes=engine.takes_phonemes) if self.lexicon else spoken

    def __len__(self) -> int:
        return len(self.utterances)

    def __iter__(self) -> Iterator[Clip]:
        rate = self.frame_rate
        for u in self.utterances:
            engine = self.voices.for_line(u.line)
            audio = conform(engine.synthesize(self.engine_text(u.spoken, engine)), rate)
            if self.progress:
                self.progress(1)
            yield Clip(u, audio)


def synthesize(script: Script, cast: Cast, *, progress: Callable[[int], None] | None = None,
               lexicon: Lexicon | None = None) -> Synthesis:
    """Synthesize stage entry point."""
    return Synthesis(script, cast, progress=progress, lexicon=lexicon)
