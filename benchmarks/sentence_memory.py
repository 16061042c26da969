"""Peak memory of one Piper call by sentence length: what sentence chunking (MAX_CHUNK) bounds.

Each length runs in its own process: load the narrator's engine (the embedded voice, cut and
checked as audioed runs it), then synthesize one sentence of that many characters in one call.
Prints the resident memory after loading and the peak after the call.

    .venv/bin/python benchmarks/sentence_memory.py [CHARS ...]     # default: 150 300 600 1200
"""

from __future__ import annotations

import json
import subprocess
import sys

WORDS = ("the agents said the training went well and that the two forces would meet again in the "
         "autumn to work on searches in the desert near the border where many people have died")

CHILD = r"""
import resource, sys
from audioed.engines import create
n, words = int(sys.argv[1]), sys.argv[2].split()
text, i = "", 0
while len(text) < n:  # a comma every ninth word, as prose has
    text += words[i % len(words)] + (", " if i % 9 == 8 else " ")
    i += 1
text = text[:n].rstrip(" ,") + "."
engine = create("piper")
engine.load()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
audio = engine.synthesize(text)
print(loaded, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, len(audio) / 1000)
"""


def main() -> None:
    lengths = [int(a) for a in sys.argv[1:]] or [150, 300, 600, 1200]
    first = subprocess.run([sys.executable, "-c", "from audioed.engines import create; create('piper').load()"])
    if first.returncode:  # the cut is made once, outside the measured processes
        raise SystemExit("cannot load the embedded voice")
    for n in lengths:
        out = subprocess.run([sys.executable, "-c", CHILD, str(n), WORDS], capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(out.stderr[-2000:])
        loaded, peak, seconds = out.stdout.split()
        print(json.dumps({"chars": n, "audio_s": float(seconds), "loaded_mb": int(loaded),
                          "peak_mb": int(peak), "call_mb": int(peak) - int(loaded)}), flush=True)


if __name__ == "__main__":
    main()
