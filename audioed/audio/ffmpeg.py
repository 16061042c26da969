"""Where ffmpeg is: the user's choice ($AUDIOED_FFMPEG), else the binary inside imageio-ffmpeg."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

from audioed.errors import AudioError


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    configured = os.environ.get("AUDIOED_FFMPEG")
    if configured:
        found = shutil.which(configured)
        if not found:
            raise AudioError(f"AUDIOED_FFMPEG={configured} is not an executable ffmpeg")
        return found
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as e:  # imageio-ffmpeg raises RuntimeError when its binary is missing
        raise AudioError(f"no ffmpeg found ({e}); install imageio-ffmpeg or set AUDIOED_FFMPEG") from None


def run(args: list[str], *, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ffmpeg with `args`; an AudioError carrying ffmpeg's last error line on failure."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostats", *args], input=input,
                          capture_output=True)
    if proc.returncode != 0:
        raise AudioError(f"ffmpeg failed: {last_line(proc.stderr)}")
    return proc


def last_line(stderr: bytes) -> str:
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].strip() if lines else "no error message"
