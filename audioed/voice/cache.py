"""The clip cache: synthesized audio stored under a hash of everything that made it.

Key: engine name, engine version, voice settings and the exact text the engine was given.
Same key, same sound, so a re-render synthesizes only what changed. Each entry carries a
checksum of its samples and is verified when read; a damaged entry is dropped (and the clip
synthesized again) with a warning. Entries are written to a temporary file and renamed,
so an interrupted render leaves only whole entries behind and the next run resumes from them.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass
from pathlib import Path

from audioed.atomic import write_atomic
from audioed.engines import CACHE_ENV as ENV, cache_dir  # noqa: F401 (ENV: its name, for callers)
from audioed.errors import AudioedWarning, OutputError

MAGIC = b"AUDIOED-CLIP 1\n"
FORMAT = 1
"""Bumped when the entry layout or key recipe changes (old entries are then simply not found)."""


class CacheWarning(AudioedWarning):
    """A cache entry was damaged and has been discarded."""


def default_dir() -> Path:
    """$AUDIOED_CACHE_DIR, else the user cache directory (the one place: audioed.engines.cache_dir)."""
    return cache_dir()


def clip_key(identity: list, text: str) -> str:
    """Content address of a clip: the engine's identity (name, version, settings) and its text."""
    blob = json.dumps([FORMAT, identity, text], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    pcm: bytes
    """16-bit mono samples."""
    frame_rate: int
    note: dict | None = None
    """What later stages worked out about the clip (its levelling), so re-renders skip that work."""


MODELS = "models"
"""Beside the clips (audioed.engines.models_dir): what engines derive from their voice models
and keep (a model prepared for decoding in bounded memory, or a note that a voice runs whole),
made again when missing."""


class ClipCache:
    """Clips on disk under `directory/clips/ab/abcdef....clip`."""

    def __init__(self, directory: str | Path | None = None):
        self.directory = Path(directory).expanduser() if directory else default_dir()
        self.clips = self.directory / "clips"
        self.models = self.directory / MODELS

    def path(self, key: str) -> Path:
        return self.clips / key[:2] / f"{key}.clip"

    def __contains__(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> Entry | None:
        """The entry, or None when missing or damaged (a damaged one is removed, with a warning)."""
        p = self.path(key)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            warnings.warn(f"clip cache entry {p} cannot be read ({e.strerror or e}); synthesizing it again",
                          CacheWarning, stacklevel=2)
            return None
        entry = _parse(data)
        if entry is None:
            warnings.warn(f"clip cache entry {p.name} is damaged; synthesizing it again", CacheWarning,
                          stacklevel=2)
            p.unlink(missing_ok=True)
        return entry

    def put(self, key: str, pcm: bytes, frame_rate: int, note: dict | None = None) -> None:
        """Store atomically; a cache that cannot be written costs speed, never the render."""
        p = self.path(key)
        header = json.dumps({"rate": frame_rate, "width": 2, "channels": 1, "bytes": len(pcm),
                             "sha256": hashlib.sha256(pcm).hexdigest(), "note": note}).encode() + b"\n"
        try:
            # Not flushed to disk: an entry lost in a crash fails its checksum and is made again.
            write_atomic(p, MAGIC + header + pcm, durable=False)
        except OutputError as e:
            # One message for every entry (the warning is then shown once), not one per file.
            warnings.warn(f"clip cache {self.directory} cannot be written ({getattr(e, 'reason', e)})",
                          CacheWarning, stacklevel=2)

    def stats(self) -> tuple[int, int]:
        """(number of entries, bytes used)."""
        n = size = 0
        if self.clips.is_dir():
            for f in self.clips.rglob("*.clip"):
                try:
                    size += f.stat().st_size
                    n += 1
                except FileNotFoundError:
                    pass
        return n, size

    def models_size(self) -> int:
        """Bytes used by the kept voice models."""
        return _size(self.models)

    def report(self, *, clear: bool = False) -> str:
        """`audioed cache`: where the cache is and how big, in a line; with `clear`, emptied first."""
        if clear:
            n, size = self.clear()
            return f"removed {n} clips and the kept voice models ({size / 1e6:.1f} MB) from {self.directory}"
        n, size = self.stats()
        return f"{self.directory}: {n} clips, {size / 1e6:.1f} MB; kept voice models {self.models_size() / 1e6:.1f} MB"

    def clear(self) -> tuple[int, int]:
        """Remove every clip (and leftover temporary files), the models engines keep here and the
        compiled-pattern file;
        returns the number of clips removed and the bytes freed."""
        n, size = self.stats()
        size += self._clear_models() + self._clear_patterns()
        if not self.clips.is_dir():
            return 0, size
        try:
            for f in sorted(self.clips.rglob("*"), reverse=True):
                if f.is_dir():
                    f.rmdir()
                elif f.suffix in (".clip", ".tmp", ".partial"):  # .partial: left by older versions
                    f.unlink()
            self.clips.rmdir()
        except OSError as e:
            raise OutputError(f"cannot clear clip cache {self.clips}: {e.strerror or e}") from None
        return n, size

    def _clear_patterns(self) -> int:
        # the command line's compiled regular expressions (audioed.pipeline.regex_cache) live here too
        size = 0
        for f in self.directory.glob("regex-*.marshal") if self.directory.is_dir() else ():
            try:
                size += f.stat().st_size
                f.unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                raise OutputError(f"cannot remove {f}: {e.strerror or e}") from None
        return size

    def _clear_models(self) -> int:
        import shutil

        size = self.models_size()
        try:
            if self.models.is_dir():
                shutil.rmtree(self.models)
        except OSError as e:
            raise OutputError(f"cannot clear the kept voice models {self.models}: {e.strerror or e}") from None
        return size


def _size(directory: Path) -> int:
    total = 0
    for f in directory.rglob("*") if directory.is_dir() else ():
        try:
            total += f.stat().st_size if f.is_file() else 0
        except OSError:
            pass
    return total


def _parse(data: bytes) -> Entry | None:
    if not data.startswith(MAGIC):
        return None
    head, sep, pcm = data[len(MAGIC):].partition(b"\n")
    if not sep:
        return None
    try:
        meta = json.loads(head)
        ok = (meta["bytes"] == len(pcm) and meta["width"] == 2 and meta["channels"] == 1
              and hashlib.sha256(pcm).hexdigest() == meta["sha256"])
        rate = int(meta["rate"])
        note = meta.get("note")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return Entry(pcm, rate, note if isinstance(note, dict) else None) if ok else None
