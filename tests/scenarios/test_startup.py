"""Fast start: --help and `script` never load the speech runtime, ffmpeg or audio libraries."""

import json
import subprocess
import sys

from conftest import REFERENCE

HEAVY = ("onnxruntime", "piper", "imageio_ffmpeg", "pydub", "numpy", "mutagen", "PIL", "faster_whisper")

PROBE = """
import json, sys
from click.testing import CliRunner
from audioed.cli import main
r = CliRunner().invoke(main, sys.argv[1:])
assert r.exit_code == 0, r.output
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})))
"""


def loaded_after(*args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=set(HEAVY)), *args],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_help_loads_nothing_heavy():
    assert loaded_after("--help") == []


def test_script_loads_nothing_heavy(corpus):
    assert loaded_after("script", str(REFERENCE), "--json") == []
