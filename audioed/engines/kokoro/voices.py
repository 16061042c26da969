"""Kokoro's 28 English voices: who they are, where their style vectors live, how they get there.

Each voice is a float32 array [510, 1, 256] (one style row per phoneme count), Apache-2.0,
from the `voices/*.bin` files of the npm package kokoro-js 1.2.1. The set-up step extracts
them (hash-checked) into a voice directory:

    npm pack kokoro-js@1.2.1 --pack-destination /tmp
    python -m audioed.engines.kokoro install /tmp/kokoro-js-1.2.1.tgz

The directory is $AUDIOED_KOKORO_VOICES when set (read at call time), else the project's
voices/kokoro/ when audioed runs from its source tree, else the user data directory.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tarfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from audioed.errors import CastError, EngineError

ENV_VOICES = "AUDIOED_KOKORO_VOICES"
PACKAGE = "kokoro-js@1.2.1"
SHAPE = (510, 1, 256)
PROJECT_DIR = Path(__file__).resolve().parents[3] / "voices" / "kokoro"


@dataclass(frozen=True)
class Voice:
    name: str
    gender: str
    """"f" or "m" (the voice's own, from its name's second letter)."""
    grade: str
    """Overall grade in Kokoro's published voice list (A best, F worst)."""
    sha256: str
    note: str = ""

    @property
    def lang(self) -> str:
        """espeak-ng language: "en-us" for American voices (a*), "en-gb" for British (b*)."""
        return "en-gb" if self.name.startswith("b") else "en-us"

    @property
    def accent(self) -> str:
        return "British" if self.name.startswith("b") else "American"

    def describe(self) -> str:
        who = "woman" if self.gender == "f" else "man"
        return f"{self.accent} {who}, grade {self.grade}" + (f"; {self.note}" if self.note else "")


_TABLE = """\
af_heart   A   d583ccff3cdca2f7fae535cb998ac07e9fcb90f09737b9a41fa2734ec44a8f0b
af_bella   A-  f69d836209b78eb8c66e75e3cda491e26ea838a3674257e9d4e5703cbaf55c8b near af_heart
af_nicole  B-  cd2191ab31b914ed7b318416b0e4440fdf392ddad9106a060819aa600a64f59a whispery
af_aoede   C+  4a004c33430762e2461eedb2013fad808ef4ab3121f5300f554476caf58d8361
af_kore    C+  9be5221b6a941c04b561959b8ff0b06e809444dcc4ab7e75a7b23606f691819e
af_sarah   C+  4409fbc125afabacc615d94db5398d847006a737b0247d6892b7a9a0007a2f0a
af_alloy   C   c4a6b876047fd7fb472edf4ebd63cfac7c3b958a7cae7c106e8f038ca6308c45
af_nova    C   18778272caa0d0eebaea251c35fd635f038434f9eee5e691d02a174bd328414f
af_sky     C-  4435255c9744f3f31659e0d714ab7689bf65d9e77ec1cce060f083912614f0b9
af_jessica D   a240a5e3c15b43563d6e923bdca8ef5613a23471d9b77653694012435df23bd8
af_river   D   00a2bcf82b1d86e8f19902ede58c65ccf6c0e43b44b7d74fad54e5d8933c9c30
am_michael C+  1d1f21dd8da39c30705cd4c75d039d265e9bc4a2a93ed09bc9e1b1225eb95ba1
am_fenrir  C+  c27989f741f7ee34d273a39d8a595cc0837d35f5ced9a29b7cc162614616df43 near am_puck
am_puck    C+  fcf73c989033e9233e0b98713eca600c8c74dcc1614b37009d5450ff4a2274a0 near am_fenrir
am_echo    D   3968b92c3c4cd1c4416dbded36c13eaa388a90d5788d02a13e4d781f5f8cf3c3
am_eric    D   e8b5be17edd1e3636901ce7598baafe2dc8dd8ff707a0c23bf9e461add7e2832 near bm_george
am_liam    D   52403be32fd047c6a44517cb0bcd6b134f2a18baa73e70ef41651e0eab921ade
am_onyx    D   da5d135b424164916d75a68ffb4c2abce3d7d5ccc82dd1ee6cf447ce286145e6
am_santa   D-  61150cf726ab6c5ed7a99f90a304f91f5a72c00c592e89ec94e5df11c319227a
am_adam    F+  162b035ed91cfc48b6046982184c645f72edcdd1b82843347f605d7bf7b15716
bf_emma    B-  669fe0647f9dd04fcab92f1439a40eeb4c8b4ab1f82e4996fe3d918ce4a63b73
bf_isabella C  3754352c4aaa46d17f27654ab7518d65b62ad6163a0f55a5f4330c2da2c4e94f
bf_alice   D   08afa6ba24da61ea5e8efa139e5aadc938d83f0a6da5a900adaf763ac1da5573
bf_lily    D   5e0ee32ebe64a467124976b14e69590746f1c4ce41a12b587a50c862edfea335
bm_fable   C   f889083196807b4adb15e9204252165f503b8d33d3982e681c52443c49d798f1
bm_george  C   c4b235a4c1f2cd3b939fed08b899ce9385638b763f7b73a59616c4fc9bd6c9bc near am_eric
bm_lewis   D+  b8f671cef828c30e66fdf0b0756a76bba58f6bb3398cbbf27058642acbcedb97
bm_daniel  D   6b3194bbceffb746733cbc22c8f593dd44e401a71d53895a2dca891bc595a1e8
"""


def _parse(table: str) -> dict[str, Voice]:
    out = {}
    for row in table.splitlines():
        name, grade, digest, *note = row.split()
        out[name] = Voice(name, name[1], grade, digest, " ".join(note))
    return out


VOICES: dict[str, Voice] = _parse(_TABLE)
"""Every English Kokoro v1.0 voice, best graded first within each accent and gender."""


def voice_dir() -> Path:
    """Where the voices are looked for and installed (see the module doc)."""
    if os.environ.get(ENV_VOICES):
        return Path(os.environ[ENV_VOICES]).expanduser()
    if PROJECT_DIR.parent.is_dir():
        return PROJECT_DIR
    from platformdirs import user_data_dir

    return Path(user_data_dir("audioed", appauthor=False)) / "kokoro-voices"


def installed() -> list[str]:
    """Names of the known voices present in the voice directory."""
    d = voice_dir()
    return [name for name in VOICES if (d / f"{name}.bin").is_file()]


def info(name: str) -> Voice:
    if name not in VOICES:
        known = ", ".join(VOICES)
        raise CastError(f"Kokoro has no English voice {name!r} (voices: {known})")
    return VOICES[name]


def load_style(name: str) -> np.ndarray:
    """A voice's style vectors [510, 1, 256] from the voice directory."""
    info(name)
    path = voice_dir() / f"{name}.bin"
    return _load_style(str(path), *_stamp(path))


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        raise EngineError(f"Kokoro voice {path.stem} is not installed in {path.parent}; run the set-up "
                          f"(.ci/setup), or: npm pack {PACKAGE} && python -m audioed.engines.kokoro "
                          f"install kokoro-js-1.2.1.tgz") from None
    return st.st_size, st.st_mtime_ns


@lru_cache(maxsize=64)
def _load_style(path: str, size: int, mtime_ns: int) -> np.ndarray:
    raw = Path(path).read_bytes()
    if len(raw) != 4 * np.prod(SHAPE):
        raise EngineError(f"Kokoro voice file {path} is damaged ({len(raw)} bytes); run the set-up again")
    style = np.frombuffer(raw, dtype=np.float32).reshape(SHAPE)
    style.flags.writeable = False
    return style


def install(source: Path, target: Path | None = None) -> list[Path]:
    """Extract the English voices from kokoro-js (its .tgz or unpacked folder) into `target`,
    each checked against its hash; the files written."""
    from audioed.atomic import write_atomic

    target = target or voice_dir()
    found: dict[str, bytes] = {}
    if source.is_dir():
        for name in VOICES:
            p = source / "voices" / f"{name}.bin"
            if p.is_file():
                found[name] = p.read_bytes()
    else:
        try:
            with tarfile.open(source, "r:gz") as tar:
                for member in tar.getmembers():
                    stem = Path(member.name).stem
                    if member.isfile() and Path(member.name).parent.name == "voices" and stem in VOICES:
                        found[stem] = tar.extractfile(member).read()
        except (OSError, tarfile.TarError) as e:
            raise EngineError(f"cannot read {source} as the kokoro-js package: {e}") from None
    missing = [n for n in VOICES if n not in found]
    if missing:
        raise EngineError(f"{source} lacks Kokoro voices {', '.join(missing)} (is it {PACKAGE}?)")
    written = []
    for name, data in found.items():
        if hashlib.sha256(data).hexdigest() != VOICES[name].sha256:
            raise EngineError(f"Kokoro voice {name} in {source} does not match its hash (is it {PACKAGE}?)")
    for name, data in found.items():
        written.append(write_atomic(target / f"{name}.bin", data))
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (2, 3) or argv[0] != "install":
        print("usage: python -m audioed.engines.kokoro install KOKORO-JS.tgz|DIR [TARGET-DIR]",
              file=sys.stderr)
        return 2
    from audioed.errors import AudioedError

    try:
        files = install(Path(argv[1]), Path(argv[2]) if len(argv) == 3 else None)
    except AudioedError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"installed {len(files)} Kokoro voices into {files[0].parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
