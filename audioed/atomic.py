"""Write files so a failed or interrupted run never leaves a half-written file under its final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from audioed.errors import OutputError


def write_atomic(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; published files must be readable by a server
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    return path


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
