"""Compiled regular expressions kept between runs of the command line.

The reader and the script stage compile a few hundred patterns, many of them long word lists;
Python compiles each in Python code at every start, which costs more than scripting an article.
The compiler's output (the pattern's code) depends only on the pattern, its flags and the
interpreter, so the code is kept in the cache directory and the next run hands it straight to
the regular expression engine: the same Pattern objects (they compare equal), without parsing.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from pathlib import Path

_MAX = 4000
"""Entries kept at most; past that only the last run's (patterns built from an article's names
would otherwise pile up)."""

_installed = False
ORIGINAL_COMPILE = None
"""re's own compiler, once install() has put the cache in front of it."""


def install(directory: Path) -> None:
    """Compile regular expressions through the cache file in `directory` for the rest of the process."""
    global _installed, ORIGINAL_COMPILE
    if _installed:
        return
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return
    original = _compiler.compile

    def build(pattern, flags: int) -> tuple:
        # what re._compiler.compile hands to _sre.compile
        p = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(p, flags)]  # plain ints: named opcodes do not marshal
        indexgroup = [None] * p.state.groups
        for name, i in p.state.groupdict.items():
            indexgroup[i] = name
        return (pattern, flags | p.state.flags, code, p.state.groups - 1, dict(p.state.groupdict), tuple(indexgroup))

    try:  # another Python may hand other arguments: then no cache
        probe = r"(?P<a>x+)|(y)\1"
        if _sre.compile(*build(probe, 0)) != original(probe, 0):
            return
    except Exception:
        return
    path = directory / f"regex-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.marshal"
    try:
        table = marshal.loads(path.read_bytes())
        if not isinstance(table, dict):
            table = {}
    except Exception:
        table = {}
    used: dict = {}
    missed: list = []

    def compile(pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or flags & 128:  # a parsed pattern, or re.DEBUG
            return original(pattern, flags)
        key = (pattern, int(flags))
        parts = table.get(key)
        if parts is not None:
            try:
                compiled = _sre.compile(*parts)
            except Exception:  # a damaged cache entry (the engine checks the code): compile it again
                parts = None
        if parts is None:
            parts = build(pattern, key[1])
            missed.append(key)
            compiled = _sre.compile(*parts)
        if len(used) < _MAX:
            used[key] = parts
        return compiled

    def save() -> None:
        if not missed:
            return
        keep = used if len(table) + len(missed) > _MAX else {**table, **used}
        tmp = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".regex-")
            with os.fdopen(fd, "wb") as f:
                marshal.dump(keep, f)
            os.replace(tmp, path)
        except Exception:  # a read-only or full disk: the next run compiles again
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)

    ORIGINAL_COMPILE = original
    _compiler.compile = compile
    atexit.register(save)
    _installed = True

