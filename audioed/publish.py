"""Publish stage: files in the output directory, written under temporary names and renamed into place.

A failed or interrupted run never leaves a half-written file under its final name.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .errors import OutputError

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10)),
             "feed"}


def slugify(text: str, *, limit: int = 60) -> str:
    """A safe file name stem: ASCII letters, digits and hyphens only (cannot escape a directory)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    if not slug or slug in _RESERVED:
        slug = f"episode-{slug}" if slug else "episode"
    return slug


def prepare_dir(path: str | Path) -> Path:
    """The output directory, created if needed; OutputError when it cannot be written."""
    d = Path(path)
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create output directory {d}: {e.strerror or e}") from None
    if not d.is_dir():
        raise OutputError(f"output path {d} is not a directory")
    try:
        with tempfile.NamedTemporaryFile(dir=d, prefix=".audioed-probe-"):
            pass
    except OSError as e:
        raise OutputError(f"output directory {d} is not writable: {e.strerror or e}") from None
    return d


class Staging:
    """Temporary files in the output directory, renamed to their final names on commit.

    Use as a context manager: on an exception every temporary file is removed.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self._pending: list[tuple[Path, Path]] = []

    def path(self, name: str) -> Path:
        """A fresh hidden temporary path that will become `directory/name`."""
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=f".{name}.", suffix=".partial")
        os.close(fd)
        tmp = Path(tmp)
        self._pending.append((tmp, self.directory / name))
        return tmp

    def commit(self) -> list[Path]:
        done = []
        try:
            for tmp, final in self._pending:
                os.chmod(tmp, 0o644)
                os.replace(tmp, final)
                done.append(final)
        except OSError as e:
            raise OutputError(f"cannot write {final}: {e.strerror or e}") from None
        self._pending = []
        return done

    def discard(self) -> None:
        for tmp, _ in self._pending:
            try:
                tmp.unlink()
            except FileNotFoundError:
                pass
        self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.discard()
        return False


def write_text(staging: Staging, name: str, text: str) -> Path:
    p = staging.path(name)
    p.write_text(text, encoding="utf-8")
    return p
