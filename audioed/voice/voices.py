"""Cast -> engines: one engine instance per distinct voice of the cast, and who speaks in which."""

from __future__ import annotations

from audioed.engines import Engine, create
from audioed.model import Line
from audioed.voice import voicing
from audioed.voice.cast import Cast, VoiceSpec
from audioed.voice.speakers import SpeakerCasting


class Voices:
    """One engine instance per distinct voice spec in the cast.

    Voices with a pitch in the cast are derived from their engine voice (see audioed.voice.voicing).
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

    def narrator(self) -> Engine:
        return self.engine(self.cast.voice_for("narrator"))

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
        return self.narrator().sample_rate


def frame_rate(cast: Cast) -> int:
    """The episode's working rate: the narrator's voice's."""
    return Voices(cast).frame_rate
