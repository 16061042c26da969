"""Narrator vs quote voice in a rendered episode: median pitch and integrated loudness.

    python benchmarks/quote_voice.py [ARTICLE] [--cast FILE] [--out DIR] [--speaker-voices]

Renders the article (default: the reference article) with `--quotes voice`, decodes the
MP3 that was written, cuts it at the transcript cues (each cue knows its role), and
measures the narrator's and the quote voice's audio separately: median F0 (YIN, voiced
frames) and integrated loudness (BS.1770, audioed.audio.loudness). Prints the figures; the
issue asks for an audible pitch difference and at most 1 LU of loudness difference.
With --speaker-voices, each attributed speaker's own voice is measured too.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

import numpy as np

from audioed.audio.pcm import AudioSegment
from audioed.audio.ffmpeg import run
from audioed.pipeline.render import RenderOptions, render
from audioed.audio.loudness import measure, samples_of
from audioed.voice.voicing import median_pitch


def integrated_loudness(audio) -> float:
    return measure(samples_of(audio), audio.frame_rate).integrated

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "propublica-border-patrol.txt"
RATE = 22050


def decode(mp3: Path) -> np.ndarray:
    proc = run(["-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", str(RATE), "pipe:1"])
    return np.frombuffer(proc.stdout, dtype=np.int16)


def segment(samples: np.ndarray) -> AudioSegment:
    return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=RATE, channels=1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article", nargs="?", default=str(REFERENCE))
    ap.add_argument("--cast")
    ap.add_argument("--out")
    ap.add_argument("--speaker-voices", action="store_true")
    args = ap.parse_args()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="quote-voice-"))
    t0 = time.time()
    result = render(args.article, RenderOptions(out_dir=out, cast=args.cast, quotes="voice",
                                                speaker_voices=args.speaker_voices))
    print(f"rendered {result.clips} clips in {time.time() - t0:.0f} s -> {out}")
    mp3 = next(f for f in result.files if f.suffix == ".mp3")
    pcm = decode(mp3)
    parts: dict[str, list[np.ndarray]] = {"narrator": [], "quote": []}
    speakers: dict[str, list[np.ndarray]] = {}
    for cue in result.timeline.cues:
        if cue.role in parts:
            a, b = cue.start_ms * RATE // 1000, cue.end_ms * RATE // 1000
            parts[cue.role].append(pcm[a:b])
            if cue.role == "quote":
                speakers.setdefault(cue.speaker or "(unattributed)", []).append(pcm[a:b])
    figures = {}
    for role, chunks in parts.items():
        audio = segment(np.concatenate(chunks)) if chunks else segment(np.zeros(0, np.int16))
        figures[role] = (len(chunks), len(audio) / 1000, median_pitch(audio), integrated_loudness(audio))
        n, secs, f0, lufs = figures[role]
        print(f"{role:8s} cues {n:4d}  {secs:7.1f} s  median F0 {f0:6.1f} Hz  loudness {lufs:6.1f} LUFS")
    (_, _, f_n, l_n), (_, _, f_q, l_q) = figures["narrator"], figures["quote"]
    semis = 12 * math.log2(f_q / f_n)
    print(f"median pitch difference: {f_q - f_n:+.1f} Hz ({semis:+.2f} semitones)")
    print(f"loudness difference (quote - narrator): {l_q - l_n:+.2f} LU")
    if args.speaker_voices:
        for name, chunks in speakers.items():
            audio = segment(np.concatenate(chunks))
            f0 = median_pitch(audio)
            lufs = integrated_loudness(audio) if len(audio) >= 400 else float("nan")
            print(f"  {name:22s} {len(audio) / 1000:6.1f} s  median F0 {f0:6.1f} Hz "
                  f"({12 * math.log2(f0 / f_n):+.2f} st)  loudness {lufs - l_n:+.2f} LU vs narrator")


if __name__ == "__main__":
    main()
