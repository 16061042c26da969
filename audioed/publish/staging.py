"""Publish stage: files in the output directory, written under temporary names and renamed into place.

A failed or interrupted run never leaves a half-written file under its final name.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
from pathlib import Path

from audioed.atomic import move_into_place
from audioed.errors import OutputError
from audioed.script.language import fold_accents

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10)),
             "feed", "feed-cover", "index"}
"""Windows device names, and names that would overwrite the feed, its cover (feed-cover.jpg)
or the page `audioed serve` shows for the directory (index.html)."""


def slugify(text: str, *, limit: int = 60) -> str:
    """A safe file name stem: ASCII letters, digits and hyphens only (cannot escape a directory)."""
    ascii_text = fold_accents(text).encode("ascii", "ignore").decode()
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


def plain_name(name) -> bool:
    """A file name of its own, to be published beside the others: no directory part (`../`,
    absolute, a Windows separator) and not hidden."""
    return (isinstance(name, str) and bool(name) and name == Path(name).name
            and not name.startswith(".") and "\\" not in name)


STAGING_DIR = ".audioed-staging"
"""Hidden directory in the output directory where renders build their files (one sub-directory
each, locked while its render lives): nothing a feed, a server or a `*.mp3` glob would pick up."""


class Staging:
    """Files built in a private, locked directory inside the output directory and renamed to
    their final names on commit (same file system: each rename is atomic).

    Use as a context manager: on an exception the private directory is removed. A render
    killed outright (SIGKILL, power loss) cannot clean up; its directory stays locked only as
    long as the process lives, so the next render into the directory removes it.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self._pending: list[tuple[Path, Path]] = []
        self._lock = None
        self.root = directory / STAGING_DIR
        error: OSError = FileNotFoundError("its staging directory kept disappearing")
        for _ in range(10):
            try:
                self.root.mkdir(exist_ok=True)
                sweep_staging(self.root)
                self.private = Path(tempfile.mkdtemp(dir=self.root, prefix=f"{os.getpid()}-"))
                lock = open(self.private / ".lock", "wb")
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            except FileNotFoundError as e:  # another render removed the empty staging root just now
                error = e
                continue
            except OSError as e:
                raise OutputError(f"cannot write in {directory}: {e.strerror or e}") from None
            # Another render's sweep may have locked and removed our directory between its
            # creation and our lock: then make another.
            if _same_file(lock, self.private / ".lock"):
                self._lock = lock
                return
            lock.close()
        raise OutputError(f"cannot write in {directory}: {error.strerror or error}") from None

    def path(self, name: str) -> Path:
        """The path in the private directory that will become `directory/name`."""
        if not plain_name(name):
            raise OutputError(f"refusing to publish {name!r}: not a plain file name")  # slugs never are
        tmp = self.private / name
        self._pending.append((tmp, self.directory / name))
        return tmp

    def write(self, name: str, data: str | bytes) -> Path:
        """Write a whole file to be published as `name` (a full disk is an OutputError)."""
        p = self.path(name)
        try:
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        except OSError as e:
            raise OutputError(f"cannot write {self.directory / name}: {e.strerror or e}") from None
        return p

    def commit(self) -> list[Path]:
        done = [move_into_place(tmp, final) for tmp, final in self._pending]
        self._pending = []
        self.discard()
        return done

    def discard(self) -> None:
        self._pending = []
        if self._lock is not None:
            shutil.rmtree(self.private, ignore_errors=True)
            self._lock.close()
            self._lock = None
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only when empty: leave the output directory as it was

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.discard()
        return False


def sweep_staging(root: Path) -> None:
    """Remove the private directories of renders that died (their lock is free)."""
    for d in root.iterdir():
        try:
            with open(d / ".lock", "rb") as f:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(d, ignore_errors=True)  # still locked by us: no render can adopt it
        except OSError:
            continue  # a live render's directory (BlockingIOError), a stray file, one just made


def _same_file(f, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(f.fileno()), os.stat(path))
    except FileNotFoundError:
        return False
