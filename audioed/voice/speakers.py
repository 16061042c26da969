"""Each quoted speaker's own voice: of the gender the text gives them, never the narrator's or
the unattributed quotes' voice, and the same in every episode of one output directory.

Gender comes from the article, strongest evidence first: the pronoun that follows the
person's mention or attribution ("..., she said"; audioed.script.attribution), an honorific
("Mr. Peña", "Ms. Banks"), and only as a last hint the first name (gender-guesser's table,
"mostly" answers included). A speaker of unknown gender takes any free voice.

Who got which voice is kept in OUT_DIR/speaker-voices.json, per cast:

    {"version": 1, "casts": {"default": {"Armando Treviño": "kokoro am_michael"}}}

Edit a name's voice there (any label of the cast's speakers pool) to recast them, delete a
line to let the next render choose again, or delete the file to start afresh.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from audioed.atomic import locked, write_atomic
from audioed.errors import OutputError
from audioed.model import Script

MEMORY_FILE = "speaker-voices.json"

_HONORIFICS = {
    "m": ("Mr", "Sir", "Lord", "Father", "Fr", "Brother", "King", "Prince", "Rev. Mr"),
    "f": ("Mrs", "Ms", "Miss", "Madam", "Lady", "Dame", "Sister", "Queen", "Princess"),
}


def speaker_genders(script: Script) -> dict[str, str]:
    """Quoted speaker -> "f" | "m", for the speakers the article tells (others left out)."""
    from audioed.script.attribution import Registry

    registry = Registry()
    paragraphs: dict[int, list[str]] = {}
    speakers: list[str] = []
    for _, line in script.lines():
        if line.role == "quote" and line.speaker and line.speaker not in speakers:
            speakers.append(line.speaker)
        if line.paragraph is not None and line.role in ("narrator", "quote"):
            paragraphs.setdefault(line.paragraph, []).append(line.text)
    for index in sorted(paragraphs):
        registry.add_text(" ".join(paragraphs[index]))
    text = " ".join(" ".join(p) for p in paragraphs.values())
    out = {}
    for name in speakers:
        gender = registry.genders.get(name) or honorific_gender(name, text) or first_name_gender(name)
        if gender:
            out[name] = gender
    return out


def honorific_gender(name: str, text: str) -> str | None:
    """"m" when the text calls the person Mr. (Sir, ...) Surname, "f" for Ms. (Mrs., ...)."""
    surname = name.split()[-1]
    found = set()
    for gender, titles in _HONORIFICS.items():
        alts = "|".join(re.escape(t) for t in titles)
        if re.search(rf"\b(?:{alts})\.?\s+(?:[A-Z][\w'’-]*\s+)*{re.escape(surname)}\b", text):
            found.add(gender)
    return found.pop() if len(found) == 1 else None


def first_name_gender(name: str) -> str | None:
    """The first name's usual gender from gender-guesser's table, when it says (else None)."""
    words = [w for w in name.split() if not w.endswith(".")]
    if len(words) < 2:  # a surname alone ("Pacheco") says nothing
        return None
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # a hint only: without the table, unknown
        return None
    answer = _detector(Detector).get_gender(words[0])
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(answer)


_DETECTOR = None


def _detector(cls):
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = cls(case_sensitive=False)
    return _DETECTOR


@dataclass
class SpeakerCasting:
    """Hands out the pool's voices to speakers in the order they are first heard.

    A speaker keeps the voice remembered for them when it is still in the pool and free in
    this episode. Otherwise the first free voice of their gender (a voice no other remembered
    speaker has, when there is one); then any free voice, so that two speakers share a voice
    only when the pool is used up; then the least used voice of their gender."""

    pool: list
    """VoiceSpecs (cast.VoiceSpec), in the cast's order of preference."""
    gender_of: Callable[[object], str | None]
    """A pool voice's gender ("f", "m" or None)."""
    genders: dict[str, str] = field(default_factory=dict)
    """Speaker -> gender the article gives."""
    remembered: dict[str, str] = field(default_factory=dict)
    """Speaker -> voice label from earlier episodes (speaker-voices.json)."""
    assigned: dict[str, object] = field(default_factory=dict)

    def spec_for(self, speaker: str):
        if speaker not in self.assigned:
            self.assigned[speaker] = self._choose(speaker)
        return self.assigned[speaker]

    def _choose(self, speaker: str):
        used = Counter(spec.label() for spec in self.assigned.values())
        by_label = {spec.label(): spec for spec in self.pool}
        kept = self.remembered.get(speaker)
        if kept in by_label and not used[kept]:
            return by_label[kept]
        want = self.genders.get(speaker)
        others = {label for who, label in self.remembered.items() if who != speaker}
        free = [s for s in self.pool if not used[s.label()]]
        matching = [s for s in free if want is None or self.gender_of(s) == want]
        for group in (matching, free):
            if group:
                return min(group, key=lambda s: s.label() in others)  # stable: pool order kept
        same = [s for s in self.pool if want is None or self.gender_of(s) == want] or self.pool
        return min(same, key=lambda s: used[s.label()])


class SpeakerMemory:
    """OUT_DIR/speaker-voices.json: speaker -> voice label, per cast (see the module doc)."""

    def __init__(self, out_dir: Path, cast_name: str):
        self.path = Path(out_dir) / MEMORY_FILE
        self.cast_name = cast_name

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": 1, "casts": {}}
        except (OSError, ValueError) as e:
            raise OutputError(f"{self.path} cannot be read ({e}); fix or delete it to let voices be chosen afresh") from None
        if not isinstance(data, dict) or not isinstance(data.get("casts"), dict):
            raise OutputError(f"{self.path} is not a speaker voice map; fix or delete it")
        return data

    def load(self) -> dict[str, str]:
        known = self._read()["casts"].get(self.cast_name, {})
        return {str(k): str(v) for k, v in known.items()} if isinstance(known, dict) else {}

    def save(self, assigned: dict[str, str]) -> None:
        """Add this episode's speakers (read, merged and written under a lock: batch renders
        of one directory run side by side)."""
        if not assigned:
            return
        with locked(self.path.parent / f".{MEMORY_FILE}.lock"):
            data = self._read()
            cast = data["casts"].setdefault(self.cast_name, {})
            cast.update(assigned)
            data["casts"][self.cast_name] = dict(sorted(cast.items()))
            write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
