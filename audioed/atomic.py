"""Write files so a failed or interrupted run never leaves a half-written file under its final name.

Every writer goes through here: a file (or a directory of files) is made under a temporary
name beside its destination and renamed into place when complete.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from audioed.errors import OutputError

PUBLISHED_MODE = 0o644
"""mkstemp makes files 0600; published files must be readable by a web server."""


def _cannot(path: Path, e: OSError) -> OutputError:
    error = OutputError(f"cannot write {path}: {e.strerror or e}")
    error.reason = e.strerror or str(e)  # the cause alone, for a message about many files
    return error


def move_into_place(tmp: str | os.PathLike, path: str | os.PathLike) -> Path:
    """Rename a complete file `tmp` (on the same file system) to `path`, readable by all."""
    try:
        os.chmod(tmp, PUBLISHED_MODE)
        os.replace(tmp, path)
    except OSError as e:
        raise _cannot(Path(path), e) from None
    return Path(path)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` whole when the `with` block ends, or not at all.

    `durable`: flush it to disk before the rename (a cache that can be rebuilt skips that cost).
    An OSError on the way is an OutputError naming `path`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise _cannot(path, e) from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            if durable:
                os.fsync(f.fileno())
        move_into_place(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise _cannot(path, e) from None
        raise


def write_atomic(path: str | os.PathLike, data: str | bytes, *, durable: bool = True) -> Path:
    """Write `data` (text is UTF-8) to `path` through `atomic_open`."""
    with atomic_open(path, durable=durable) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike) -> Iterator[Path]:
    """A directory to fill that appears at `path` whole when the `with` block ends, or not at all.

    An older `path` is replaced; when another process puts one there first, theirs is kept
    (both were made from the same input)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as e:
        raise _cannot(path, e) from None
    try:
        yield tmp
        shutil.rmtree(path, ignore_errors=True)
        try:
            os.rename(tmp, path)
        except OSError:  # another process stored it first
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(e, OSError):
            raise _cannot(path, e) from None
        raise


@contextlib.contextmanager
def locked(path: str | os.PathLike):
    """Hold an exclusive lock on `path` (created if needed) for the `with` block.

    Read-modify-write of a shared file (the feed) happens under it, so concurrent renders
    serialise their updates instead of one overwriting the other's."""
    import fcntl

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        f = open(path, "a+b")
    except OSError as e:
        raise OutputError(f"cannot lock {path}: {e.strerror or e}") from None
    with f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
