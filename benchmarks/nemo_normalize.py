"""Run nemo-text-processing's English normalizer over texts: JSON list on stdin, JSON on stdout.

Runs in its own environment (nemo-text-processing pins pynini and pulls in transformers; it is
not an audioed dependency): `python3 -m venv .scratch/nemo-venv && .scratch/nemo-venv/bin/pip install
nemo-text-processing`. benchmarks/normalize_corpus.py --engine nemo --nemo-python
.scratch/nemo-venv/bin/python calls it. Prints {"startup_s": ..., "startup_cpu_s": ..., "seconds": [...], "spoken": [...]} (and
"article_s", "article_cpu_s" with --article; CPU time is what a busy machine does not distort).
    --article FILE   also time one whole article, paragraph by paragraph
"""

from __future__ import annotations

import json
import sys
import time

t0, c0 = time.perf_counter(), time.process_time()
from nemo_text_processing.text_normalization.normalize import Normalizer  # noqa: E402

normalizer = Normalizer(input_case="cased", lang="en", cache_dir="/tmp/nemo-far-cache")
startup = time.perf_counter() - t0
startup_cpu = time.process_time() - c0

texts = json.load(sys.stdin)
spoken, seconds = [], []
for text in texts:
    t = time.perf_counter()
    try:
        spoken.append(normalizer.normalize(text, punct_post_process=True))
    except Exception as e:  # noqa: BLE001 - a failure is a wrong reading, not a crash
        spoken.append(f"<error {type(e).__name__}>")
    seconds.append(time.perf_counter() - t)
result = {"startup_s": startup, "startup_cpu_s": startup_cpu, "seconds": seconds, "spoken": spoken}
if "--article" in sys.argv:
    paras = [p for p in open(sys.argv[sys.argv.index("--article") + 1], encoding="utf-8").read().split("\n\n") if p.strip()]
    t, c = time.perf_counter(), time.process_time()
    for p in paras:
        normalizer.normalize(" ".join(p.split()), punct_post_process=True)
    result["article_s"] = time.perf_counter() - t
    result["article_cpu_s"] = time.process_time() - c
    result["article_paragraphs"] = len(paras)
json.dump(result, sys.stdout)
