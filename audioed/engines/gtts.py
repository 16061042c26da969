"""Google Translate's text-to-speech through gTTS (online): MP3 from Google, decoded by ffmpeg."""

from __future__ import annotations

import random
import time

import numpy as np

from audioed.errors import CastError, EngineError, NetworkError
from audioed.engines import Engine, Option, network_cause

RATE = 24000
"""Google's MP3s are 24 kHz mono; clips are decoded at this rate (the episode conforms them)."""


def decode_mp3(data: bytes, rate: int = RATE) -> np.ndarray:
    """16-bit mono samples of an MP3, decoded by ffmpeg."""
    from audioed.audio.ffmpeg import run

    proc = run(["-f", "mp3", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "-ar", str(rate), "pipe:1"], input=data)
    return np.frombuffer(proc.stdout, dtype=np.int16)


def peak_normalize(samples: np.ndarray, volume: float) -> np.ndarray:
    """Peak at full scale × volume, as Piper leaves its clips, so mixed engines sound equally loud."""
    peak = int(np.abs(samples.astype(np.int32)).max()) if samples.size else 0
    if not peak:
        return samples
    gain = 32767 * volume / peak
    return np.clip(np.round(samples.astype(np.float64) * gain), -32767, 32767).astype(np.int16)


_unreachable: dict[str, str] = {}
"""Hosts found unreachable in this run (host -> error), so parallel clips stop at once.
Forgotten when a render starts (`GttsEngine.__init__`)."""


class GttsEngine(Engine):
    name = "gtts"
    needs_network = True
    takes_phonemes = False
    options = {
        "lang": Option(str, "en", "Language (IETF tag, e.g. en, fr, pt)"),
        "tld": Option(str, "com", "Google domain for the accent (com, co.uk, com.au, ca, co.in, ie, co.za, ...)"),
        "slow": Option(bool, False, "Read more slowly"),
        "volume": Option(float, 1.0, "Gain multiplier (clips are peak-normalized like Piper's)"),
    }

    retries = 4
    """Further attempts after a 429 or a 5xx (Google is busy: wait and ask again)."""
    connect_retries = 2
    """Further attempts after a connection error (a blip is retried; an offline machine fails fast)."""
    backoff = 1.0
    """Seconds before the first retry; doubled for each one after (plus a little jitter)."""
    timeout = 15.0
    sleep = staticmethod(time.sleep)

    def __init__(self, **settings):
        super().__init__(**settings)
        from gtts.lang import tts_langs  # a bundled list: no request

        _unreachable.pop(self.host(), None)
        if self.settings["lang"] not in tts_langs():
            raise CastError(f"gtts has no language {self.settings['lang']!r} (see `gtts-cli --all`)")

    @property
    def sample_rate(self) -> int:
        return RATE

    @property
    def language(self) -> str | None:
        return self.settings["lang"].split("-")[0].lower()

    @property
    def version(self) -> str:
        from importlib.metadata import version

        return f"gTTS {version('gTTS')}"

    def host(self) -> str:
        return f"translate.google.{self.settings['tld']}"

    def fetch(self, text: str) -> bytes:
        """The MP3 for `text`, retrying with exponential back-off when Google is busy or unreachable."""
        from gtts import gTTS, gTTSError

        s = self.settings
        attempt = 0
        while True:
            if self.host() in _unreachable:  # another clip already found it down: say so at once
                raise NetworkError(_unreachable[self.host()])
            try:
                tts = gTTS(text, lang=s["lang"], tld=s["tld"], slow=s["slow"], lang_check=False,
                           timeout=self.timeout)
                return b"".join(tts.stream())
            except gTTSError as e:
                status = e.rsp.status_code if e.rsp is not None else None
                retryable = status is None or status == 429 or status >= 500
                if not retryable:
                    raise EngineError(f"gtts failed on {self.host()}: {e.msg}") from None
                if status is None and attempt >= self.connect_retries:
                    message = (f"cannot reach Google text-to-speech at {self.host()} ({network_cause(e)}); "
                               f"gtts needs the network, use --engine piper to render offline")
                    _unreachable[self.host()] = message
                    raise NetworkError(message) from None
                if status is not None and attempt >= self.retries:
                    raise NetworkError(f"Google text-to-speech at {self.host()} kept answering HTTP "
                                       f"{status} after {self.retries + 1} attempts; try later or use "
                                       f"--engine piper") from None
            except AssertionError:  # gTTS asserts on text with nothing speakable
                return b""
            self.sleep(self.backoff * 2 ** attempt * (1 + random.random() / 4))
            attempt += 1

    def synthesize(self, text: str):
        from audioed.audio.pcm import AudioSegment

        data = self.fetch(text)
        samples = decode_mp3(data) if data else np.zeros(0, dtype=np.int16)
        samples = peak_normalize(samples, self.settings["volume"])
        return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=RATE, channels=1)
