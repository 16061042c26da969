"""Speech engines behind one small interface, found through the `audioed.engines` entry points.

Built-in engines register in pyproject.toml through the same entry-point group a
third-party package would use, so both are looked up the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, ClassVar

from audioed.errors import CastError, EngineError

GROUP = "audioed.engines"


@dataclass(frozen=True)
class Option:
    """One setting an engine accepts in a cast file."""

    type: type
    default: Any
    help: str


class Engine:
    """Base class: a configured voice that turns text into audio.

    Subclasses set `name`, `needs_network`, `takes_phonemes` and `options`, and implement
    `synthesize`. An instance is one voice with its settings (validated on construction).
    """

    name: ClassVar[str] = ""
    needs_network: ClassVar[bool] = False
    takes_phonemes: ClassVar[bool] = False
    """True when the engine accepts `[[ IPA ]]` phoneme blocks in its text (Piper)."""
    options: ClassVar[dict[str, Option]] = {}

    def __init__(self, **settings: Any):
        self.settings = validate_settings(type(self), settings)

    def synthesize(self, text: str):
        """Audio for `text` as a pydub AudioSegment (mono, 16-bit)."""
        raise NotImplementedError

    def load(self) -> None:
        """Load what the first synthesis needs (a model), so it can be done ahead; thread-safe."""

    @classmethod
    def voices(cls) -> list[str]:
        """Voice names this engine can use without further set-up (for `audioed voices`)."""
        return []

    def identity(self) -> list:
        """What makes this voice sound as it does: engine, version and settings (the cache key's part)."""
        return [self.name, self.version, sorted((k, v) for k, v in self.settings.items())]

    @property
    def version(self) -> str:
        """Changes whenever the same text would sound different (part of cache keys)."""
        return "0"

    @property
    def sample_rate(self) -> int:
        raise NotImplementedError

    @property
    def gender(self) -> str | None:
        """"f" or "m" when the voice is known to be a woman's or a man's (for casting quoted
        speakers), else None."""
        return None

    @classmethod
    def setup_problems(cls) -> list[str]:
        """What is missing before this engine can speak (for `audioed voices`), one line each."""
        return []

    @classmethod
    def voice_notes(cls) -> dict[str, str]:
        """Voice name -> a few words about it (accent, gender, grade) for `audioed voices`."""
        return {}

    @property
    def language(self) -> str | None:
        """ISO 639-1 code of the language the voice speaks ("en"), or None when unknown."""
        return None


def network_cause(error: BaseException) -> str:
    """The root network error, in a few words (requests wraps urllib3 wraps socket errors)."""
    seen = error
    while seen.__cause__ or seen.__context__:
        seen = seen.__cause__ or seen.__context__
    text = str(seen).strip() or type(seen).__name__
    for marker, said in (("Name or service not known", "name resolution failed"),
                         ("Temporary failure in name resolution", "name resolution failed"),
                         ("Failed to resolve", "name resolution failed"),
                         ("Connection refused", "connection refused"),
                         ("Network is unreachable", "network is unreachable"),
                         ("timed out", "connection timed out")):
        if marker in text:
            return said
    return text.splitlines()[0][:120]


def validate_settings(engine: type[Engine], settings: dict[str, Any]) -> dict[str, Any]:
    """Settings with defaults filled in; an unknown key or a wrong type is a CastError."""
    out = {}
    for key, value in settings.items():
        if key not in engine.options:
            known = ", ".join(sorted(engine.options)) or "none"
            raise CastError(f"engine {engine.name!r} has no option {key!r} (options: {known})")
        opt = engine.options[key]
        if value is not None and opt.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if value is not None and not isinstance(value, opt.type):
            raise CastError(f"engine {engine.name!r} option {key!r} must be {opt.type.__name__}, got {value!r}")
        out[key] = value
    for key, opt in engine.options.items():
        out.setdefault(key, opt.default)
    return out


_THREADED = ("audioed.engines.piper", "audioed.engines.kokoro")
"""Built-in engines whose models run on this machine's cores (onnxruntime sessions)."""


def set_threads(n: int) -> None:
    """Intra-op threads per model session for every local engine (0: one per core)."""
    from importlib import import_module

    for module in _THREADED:
        import_module(module).set_threads(n)


def pin_threads(n: int) -> None:
    """Fix the thread count for this process (a batch worker sharing the cores with others)."""
    from importlib import import_module

    for module in _THREADED:
        import_module(module).pin_threads(n)


def available() -> dict[str, Any]:
    """Engine name -> entry point, for every installed engine."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def engine_class(name: str) -> type[Engine]:
    eps = available()
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none installed"
        raise CastError(f"unknown engine {name!r} (available: {known})")
    try:
        return eps[name].load()
    except ImportError as e:
        raise EngineError(f"engine {name!r} cannot be loaded: {e}") from None


def create(name: str, **settings: Any) -> Engine:
    """A configured engine instance."""
    return engine_class(name)(**settings)
