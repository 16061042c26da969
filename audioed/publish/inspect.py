"""`audioed inspect`: what a podcast app will see in an episode file."""

from __future__ import annotations

import math
from pathlib import Path

from mutagen import MutagenError

from audioed.errors import InputError
from audioed.audio.loudness import measure_file
from audioed.publish.tags import read_tags


def measure_loudness(path: str | Path, channels: int = 1) -> dict:
    """Integrated loudness (LUFS) and true peak (dBTP), BS.1770, by the meter that levelled the episode."""
    m = measure_file(path, channels)
    lufs, peak = m.integrated, m.true_peak_db
    return {"integrated_lufs": round(lufs, 1) if math.isfinite(lufs) else None,
            "true_peak_dbtp": round(peak, 1) if math.isfinite(peak) else None}


def inspect_episode(path: str | Path, *, loudness: bool = True) -> dict:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        info = read_tags(p)
    except MutagenError as e:
        raise InputError(f"{path}: not a readable MP3 ({e})") from None
    info = {"file": str(p), "bytes": p.stat().st_size, **info}
    if loudness:
        info.update(measure_loudness(p, info.get("channels") or 1))
    return info


def format_report(info: dict) -> str:
    """Human-readable form of inspect_episode's result."""
    minutes, seconds = divmod(info["duration_s"], 60)
    out = [f"{info['file']}  ({info['bytes']:,} bytes)",
           f"  duration   {int(minutes)}:{seconds:06.3f}",
           f"  audio      {info['sample_rate']} Hz, {info['channels']} ch, {info['bitrate_kbps']} kbps "
           f"{info['bitrate_mode']}",
           f"  tags       ID3v{info['id3_version']}"]
    for key in ("title", "author", "album", "year", "genre", "description"):
        if info.get(key):
            value = info[key] if isinstance(info[key], str) else " / ".join(info[key])
            out.append(f"  {key:<10} {value}")
    if info.get("integrated_lufs") is not None:
        out.append(f"  loudness   {info['integrated_lufs']:.1f} LUFS integrated, "
                   f"true peak {info['true_peak_dbtp']:.1f} dBTP")
    if info["chapters"]:
        toc = info["toc"] or {}
        flags = ", ".join(f for f in ("top-level", "ordered") if toc.get(f.replace("-", "_")))
        out.append(f"  chapters   {len(info['chapters'])} (table of contents: {flags or 'none'})")
        for c in info["chapters"]:
            out.append(f"    {_clock(c['start_ms'])} - {_clock(c['end_ms'])}  {c['title']}")
    return "\n".join(out)


def _clock(ms: int) -> str:
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}" if h else f"{m:02d}:{s:02d}.{ms:03d}"
