"""Cast stage: which engine and voice speaks each role, from a cast file in voices/."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audioed.engines import DEFAULT as DEFAULT_ENGINE
from audioed.errors import CastError

ROLES = ("narrator", "quote", "intro", "outro")
ENV_CAST = "AUDIOED_CAST"
"""Names the cast used when none is given (`fast` on a machine that must render quickly)."""
DEFAULT_CAST = Path(__file__).resolve().parents[2] / "voices" / "default.toml"


@dataclass(frozen=True)
class VoiceSpec:
    """One role's voice: an engine name and its settings."""

    engine: str
    settings: tuple[tuple[str, Any], ...] = ()
    pitch: float = 0.0
    """Semitones of pitch shift applied after the engine (audioed.voicing), for any engine."""
    gender: str | None = None
    """"f" or "m": whom this voice may speak for (a speakers pool entry); the engine's own
    answer (a Kokoro voice knows) when unset. Not part of the sound, so not of the key."""

    def key(self) -> tuple:
        return (self.engine, self.settings, self.pitch)

    def label(self) -> str:
        """A short name for the voice, as episode files and the speaker map show it
        ("kokoro am_michael", or an engine, its voice and pitch)."""
        settings = dict(self.settings)
        words = [self.engine] + ([str(settings.pop("voice"))] if "voice" in settings else [])
        if self.pitch:
            words.append(f"{self.pitch:+g}st")
        words += [f"{k}={v}" for k, v in sorted(settings.items())]
        return " ".join(words)


@dataclass
class Cast:
    name: str
    roles: dict[str, VoiceSpec]
    description: str = ""
    path: Path | None = None
    speakers: list[VoiceSpec] = field(default_factory=list)
    """Pool of voices for giving attributed speakers their own voice."""
    speaker_voices: bool = False
    """Give each attributed speaker their own consistent voice (from `speakers`, else derived)."""

    def voice_for(self, role: str) -> VoiceSpec:
        # intro/outro fall back to the narrator; quote falls back to the narrator too.
        return self.roles.get(role) or self.roles["narrator"]


def _spec(name: str, table: dict, default_engine: str | None) -> VoiceSpec:
    if not isinstance(table, dict):
        raise CastError(f"cast role {name!r} must be a table")
    table = dict(table)
    engine = table.pop("engine", None) or default_engine
    if not engine:
        raise CastError(f"cast role {name!r} names no engine")
    pitch = table.pop("pitch", 0.0)
    if isinstance(pitch, bool) or not isinstance(pitch, (int, float)) or not -12 <= pitch <= 12:
        raise CastError(f"cast role {name!r}: pitch must be a number of semitones from -12 to 12")
    gender = table.pop("gender", None)
    if gender not in (None, "f", "m"):
        raise CastError(f"cast role {name!r}: gender must be \"f\" or \"m\"")
    return VoiceSpec(engine=engine, settings=tuple(sorted(table.items())), pitch=float(pitch), gender=gender)


def parse_cast(data: dict, *, name: str = "cast", path: Path | None = None,
               engine: str | None = None) -> Cast:
    """A Cast from a parsed cast file; `engine` overrides every role's engine (--engine)."""
    roles_table = data.get("roles", {})
    if "narrator" not in roles_table:
        raise CastError(f"cast {name}: needs a [roles.narrator] table")
    roles = {}
    for role, table in roles_table.items():
        if role not in ROLES:
            raise CastError(f"cast {name}: unknown role {role!r} (roles: {', '.join(ROLES)})")
        roles[role] = _spec(role, table, None)
    speakers = [_spec(f"speakers[{i}]", t, None) for i, t in enumerate(data.get("speakers", []))]
    if engine:
        # --engine: same roles, another engine with its own defaults.
        roles = {r: VoiceSpec(engine=engine, pitch=spec.pitch) for r, spec in roles.items()}
        speakers = []
    speaker_voices = data.get("speaker_voices", False)
    if not isinstance(speaker_voices, bool):
        raise CastError(f"cast {name}: speaker_voices must be true or false")
    return Cast(name=data.get("name", name), description=data.get("description", ""), roles=roles,
                path=path, speakers=speakers, speaker_voices=speaker_voices)


# Used when no voices/default.toml is at hand (e.g. installed without the source tree).
BUILTIN_CAST = {"name": "default", "description": "The default engine's voice for every role",
                "roles": {"narrator": {"engine": DEFAULT_ENGINE},
                          "quote": {"engine": DEFAULT_ENGINE, "pitch": 3.0}}}


def cast_dirs() -> list[Path]:
    """Where cast files are looked for by name: ./voices, then the project's voices/."""
    dirs = [Path("voices"), DEFAULT_CAST.parent]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in [e.resolve() for e in dirs[:i]]]


def list_casts() -> list[Path]:
    """Every cast file that can be named with --cast (lexicon.toml is not a cast)."""
    seen, out = set(), []
    for d in cast_dirs():
        for f in sorted(d.glob("*.toml")):
            if f.name != "lexicon.toml" and f.name not in seen:
                seen.add(f.name)
                out.append(f)
    return out


def find_cast(name: str | Path) -> Path:
    """A cast path from a path, or from a bare name in voices/ (`--cast ensemble`)."""
    p = Path(name)
    if p.is_file() or p.suffix == ".toml" or len(p.parts) > 1:
        return p
    for d in cast_dirs():
        if (d / f"{name}.toml").is_file():
            return d / f"{name}.toml"
    return p


def load_cast(path: str | Path | None = None, *, engine: str | None = None) -> Cast:
    """Load a cast file or named cast (default: $AUDIOED_CAST when set, read now, else
    voices/default.toml, else the built-in default)."""
    if path is None and os.environ.get(ENV_CAST):
        path = os.environ[ENV_CAST]
    if path is None:
        local = Path("voices") / "default.toml"
        p = local if local.is_file() else DEFAULT_CAST
        if not p.is_file():
            return parse_cast(BUILTIN_CAST, name="default", engine=engine)
    else:
        p = find_cast(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CastError(f"cast file {p} not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CastError(f"cast file {p} cannot be read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise CastError(f"cast file {p} is not valid TOML: {e}") from None
    return parse_cast(data, name=p.stem, path=p, engine=engine)
