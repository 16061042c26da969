"""Speech engines behind one small interface, found through the `audioed.engines` entry points.

Built-in engines register in pyproject.toml through the same entry-point group a
third-party package would use, so both are looked up the same way.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, ClassVar

from audioed.errors import CastError, EngineError

GROUP = "audioed.engines"
DEFAULT = "piper"
"""The engine a cast uses when none is at hand (the embedded voice: no network, no set-up)."""
CACHE_ENV = "AUDIOED_CACHE_DIR"


def cache_dir() -> Path:
    """Where audioed keeps what it makes once and reuses (clips, prepared models):
    $AUDIOED_CACHE_DIR, else the user cache directory. Read at each call, never at import."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audioed", appauthor=False))


def models_dir() -> Path:
    """Where engines keep models they derive or assemble (removed by `audioed cache --clear`)."""
    return cache_dir() / "models"


class _Threads:
    """Compute threads per model session, for every engine in this process: 0 lets one session
    use every core (one synthesis at a time); parallel workers get 1 each. A batch worker pins
    its share of the cores, so no later setting gives it more."""

    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0
        self.pinned: int | None = None

    def set(self, n: int, *, pin: bool = False) -> None:
        with self._lock:
            if pin:
                self.pinned = max(0, int(n))
            self.value = self.pinned if self.pinned is not None else max(0, int(n))


_threads = _Threads()


def set_threads(n: int, *, pin: bool = False) -> None:
    """Threads per model session for voices loaded from now on (see _Threads)."""
    _threads.set(n, pin=pin)


def threads() -> int:
    """The thread count engines give the model sessions they load now."""
    return _threads.value


def onnx_options(threads: int):
    """onnxruntime session options every local engine uses (docs/performance.md, "Session options")."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    # Idle intra-op threads sleep instead of spinning: the encoder, the levelling and the
    # pitch shifts need those cycles.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Memory patterns plan one block per input shape, and every sentence has its own: kept,
    # they only fragment the heap.
    options.enable_mem_pattern = False
    return options


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

    downloads: ClassVar[bool] = False
    """True when `download` can fetch voices by name (`audioed voices --download`)."""

    def __init__(self, **settings: Any):
        self.settings = validate_settings(type(self), settings)

    def prepare(self, text: str) -> str:
        """What `synthesize` is given for `text`, in which a pronunciation lexicon may have put
        `[[ IPA ]]` blocks (only for engines that take phonemes). Default: the text as it is."""
        return text

    @classmethod
    def phonemize(cls, text: str, language: str) -> str | None:
        """IPA (espeak-ng style) for `text` read in `language` ("es"), for lexicon entries that
        ask for a language's reading; None when the engine has no phonemizer."""
        return None

    @classmethod
    def voice_settings(cls, voice: str) -> dict[str, Any] | None:
        """Settings that select the voice named `voice` (for a preview), or None when this
        engine has no such voice."""
        return None

    def speaker_voices(self) -> list[dict[str, Any]]:
        """Settings of other voices of this engine that can speak for quoted people, besides
        the variants `audioed.voice.voicing` derives from this voice."""
        return []

    @classmethod
    def with_tempo(cls, settings: dict[str, Any], tempo: float) -> dict[str, Any]:
        """`settings` made to speak `tempo` times as long (>1 slower), when the engine can."""
        return settings

    @classmethod
    def download(cls, voice: str, dest: Path) -> Path:
        """Fetch voice `voice` into `dest`; the path of what was written."""
        raise CastError(f"engine {cls.name!r} cannot download voices")

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


def available() -> dict[str, Any]:
    """Engine name -> entry point, for every installed engine."""
    return dict(_entry_points(tuple(sys.path)))


@functools.lru_cache(maxsize=8)
def _entry_points(path: tuple[str, ...]) -> tuple:
    # Scanning every installed distribution costs ~10 ms, and each voice of each article asks;
    # keyed by sys.path, so an engine installed on a new path is still found.
    return tuple((ep.name, ep) for ep in entry_points(group=GROUP))


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


def download_voice(voice: str, dest: Path) -> Path:
    """Fetch `voice` with the first installed engine that downloads voices and knows it."""
    for name in sorted(available()):
        cls = engine_class(name)
        if cls.downloads:
            return cls.download(voice, dest)
    raise CastError("no installed engine downloads voices")


def voice_settings(voice: str) -> tuple[str, dict[str, Any]] | None:
    """(engine, settings) of the first installed engine that has a voice named `voice`."""
    for name in sorted(available(), key=lambda n: (n != DEFAULT, n)):
        try:
            settings = engine_class(name).voice_settings(voice)
        except (CastError, EngineError):
            settings = None
        if settings is not None:
            return name, settings
    return None
