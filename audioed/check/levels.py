"""How loud each voice of a finished episode is: its transcript's cues grouped by voice and
measured (BS.1770 integrated, the render's own meter), so voices can be compared to the
narrator's. Reads S.mp3 with its S.vtt and S.episode.json beside it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from audioed.errors import InputError

RATE = 44_100
_TIMING = re.compile(r"^(\d+):(\d{2}):(\d{2})\.(\d{3}) --> (\d+):(\d{2}):(\d{2})\.(\d{3})")
_SPEAKER = re.compile(r"^<v ([^>]*)>")


def cues_by_voice(vtt_text: str, voices: dict) -> dict[str, list[tuple[int, int]]]:
    """Voice label -> the (start, end) ms of its cues. Cues without `<v Name>` are the
    narrator's; `<v Name>` is the speaker's voice, else the quote voice."""
    out: dict[str, list[tuple[int, int]]] = {}
    lines = vtt_text.splitlines()
    for i, line in enumerate(lines):
        m = _TIMING.match(line)
        if not m:
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        first = lines[i + 1] if i + 1 < len(lines) else ""
        who = _SPEAKER.match(first)
        if who is None:
            voice = voices.get("narrator", "narrator")
        else:
            name = who.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            voice = voices.get("speakers", {}).get(name) or voices.get("quote", "quote")
        out.setdefault(voice, []).append((start, end))
    return out


def voice_levels(mp3: str | Path) -> dict[str, float]:
    """Voice label -> integrated loudness (LUFS) of all its cues in the episode."""
    from audioed.audio.ffmpeg import run
    from audioed.audio.loudness import integrated_loudness, join, measure

    mp3 = Path(mp3)
    stem = mp3.with_suffix("")
    try:
        vtt_text = stem.with_suffix(".vtt").read_text(encoding="utf-8")
        voices = json.loads(Path(f"{stem}.episode.json").read_text(encoding="utf-8")).get("voices") or {}
    except (OSError, ValueError) as e:
        raise InputError(f"{mp3}: its transcript or episode.json cannot be read ({e})") from None
    pcm = run(["-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", str(RATE), "pipe:1"]).stdout
    samples = np.frombuffer(pcm, dtype=np.int16)
    out = {}
    for voice, spans in cues_by_voice(vtt_text, voices).items():
        parts = [samples[s * RATE // 1000:e * RATE // 1000] for s, e in spans]
        parts = [p for p in parts if len(p)]
        if parts:
            out[voice] = integrated_loudness(join(measure(p, RATE) for p in parts))
    return out
