"""MP3 encoding: raw PCM streamed into one ffmpeg process (mono, 44.1 kHz, constant bitrate)."""

from __future__ import annotations

import errno
import os
import queue
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from audioed.errors import AudioError, OutputError
from audioed.audio.ffmpeg import ffmpeg_exe, last_line

MP3_RATE = 44100
"""The rate every podcast app plays without resampling."""
LAME_QUALITY = 7
"""LAME's speed/quality trade (0 best, 9 fastest): about half the default's encoding time, and
transparent for 22 kHz speech at 96 kbps mono."""


class Mp3Encoder:
    """A sink for 16-bit mono PCM that writes an untagged CBR MP3 to `path`.

    Tags are written afterwards with mutagen (ID3v2.3), so ffmpeg writes none.
    """

    def __init__(self, path: str | Path, *, frame_rate: int, bitrate_kbps: int = 96,
                 filters: str | None = None, shown_as: str | Path | None = None):
        self.path = Path(path)
        self.shown_as = Path(shown_as) if shown_as else self.path
        """The name errors give: the final name, while `path` is a staging one."""
        self._stderr = tempfile.TemporaryFile()
        af = f"aresample={MP3_RATE}" + (f",{filters}" if filters else "")
        cmd = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error", "-y",
               "-f", "s16le", "-ar", str(frame_rate), "-ac", "1", "-i", "pipe:0",
               "-af", af, "-ar", str(MP3_RATE), "-ac", "1",
               # The encoder is on a re-render's critical path; speech needs no better (docs/performance.md).
               "-c:a", "libmp3lame", "-b:a", f"{bitrate_kbps}k", "-compression_level", str(LAME_QUALITY),
               # Nothing lies above the source's Nyquist frequency: LAME's default low-pass
               # (about 17 kHz at 96 kbps) would spend bits and time on an empty band.
               "-cutoff", str(frame_rate // 2),
               "-id3v2_version", "0", "-write_id3v1", "0", "-f", "mp3", str(self.path)]
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                      stderr=self._stderr)
        # A feeder thread owns the pipe, so the caller never blocks while ffmpeg catches up
        # (the caller is the thread that hands sentences to the synthesis workers).
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
        self._broken = False
        self._feeder = threading.Thread(target=self._feed, name="mp3-feeder", daemon=True)
        self._feeder.start()

    def _feed(self) -> None:
        while (pcm := self._queue.get()) is not None:
            if self._broken:
                continue  # drain: the error is reported by write() or close()
            try:
                self._proc.stdin.write(pcm)
            except (BrokenPipeError, OSError):
                self._broken = True
        try:
            self._proc.stdin.close()
        except (BrokenPipeError, OSError):
            self._broken = True

    def write(self, pcm: bytes) -> None:
        if self._broken:
            self._proc.wait()
            self._fail("MP3 encoder stopped")
        while True:  # in slices, so a Ctrl-C is noticed while ffmpeg catches up (see voice.workers.wait)
            try:
                self._queue.put(pcm, timeout=0.2)
                return
            except queue.Full:
                if self._broken:
                    self._proc.wait()
                    self._fail("MP3 encoder stopped")

    def close(self) -> None:
        """Finish the file; raises AudioError when ffmpeg failed."""
        self._queue.put(None)
        while self._feeder.is_alive():  # in slices: stay interruptible
            self._feeder.join(0.2)
        if self._proc.wait() != 0 or self._broken:
            self._fail("MP3 encoding failed")
        self._stderr.close()

    def _fail(self, what: str):
        self._stderr.seek(0)
        said = self._stderr.read().decode("utf-8", "replace")
        # A full disk, a quota, a file-size limit: the output's fault, not the audio's.
        for code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EIO):
            if os.strerror(code) in said:
                raise OutputError(f"cannot write {self.shown_as}: {os.strerror(code)}")
        if self._proc.returncode == -signal.SIGXFSZ:
            raise OutputError(f"cannot write {self.shown_as}: {os.strerror(errno.EFBIG)}")
        raise AudioError(f"{what}: {last_line(said.encode())}")

    def abort(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._queue.put(None)
        while self._feeder.is_alive():  # in slices: stay interruptible
            self._feeder.join(0.2)
        self._stderr.close()
