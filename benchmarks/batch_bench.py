"""Batch benchmark: five articles rendered one after another vs `audioed render DIR --jobs 2`.

    .venv/bin/python benchmarks/batch_bench.py

The five articles are distinct real text: the three corpus articles and two built from
prose of Python's language reference (as benchmarks/longtext.py does). A sixth file in the
directory is broken (binary data named .txt): the batch must render the other five, report
the broken one, and exit non-zero. Each run gets a fresh clip cache. Prints wall times,
their ratio, and what each run rendered and reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from longtext import CORPUS, _prose_paragraphs  # noqa: E402

AUDIOED = [sys.executable, "-m", "audioed", "render"]


def articles(into: Path) -> list[Path]:
    paths = [into / "a-propublica.txt", into / "b-stardust.txt", into / "c-warhol.txt"]
    paths[0].write_text((CORPUS / "propublica-border-patrol.txt").read_text(encoding="utf-8"), encoding="utf-8")
    paths[1].write_text((CORPUS / "wikinews-interview-stardust" / "source.txt").read_text(encoding="utf-8"), encoding="utf-8")
    paths[2].write_text((CORPUS / "wikinews-warhol-photo-legacy" / "source.txt").read_text(encoding="utf-8"), encoding="utf-8")
    prose = list(_prose_paragraphs())
    for n, (name, title) in enumerate([("d-reference-one.txt", "How Python Reads a Program"),
                                       ("e-reference-two.txt", "What Python Does With Names")]):
        body, words = [], 0
        for p in prose[n * 40:]:
            body.append(p)
            words += len(p.split())
            if words >= 900:
                break
        (into / name).write_text(f"{title}\n\nBy Benchmark Desk\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(into / name)
    return paths


def run(cmd: list[str], cache: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env={**os.environ, "AUDIOED_CACHE_DIR": str(cache)})
    return time.perf_counter() - start, proc


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="audioed-batch-") as tmp:
        work = Path(tmp)
        src = work / "articles"
        src.mkdir()
        good = articles(src)
        (src / "f-broken.txt").write_bytes(bytes(range(256)) * 64)  # binary: must be refused

        seq = 0.0
        for i, article in enumerate(good):
            wall, proc = run([*AUDIOED, str(article), "-o", str(work / "seq")], work / "cache-seq")
            if proc.returncode:
                raise SystemExit(f"{article.name} failed alone: {proc.stderr.decode()[-500:]}")
            seq += wall
        wall, proc = run([*AUDIOED, str(src), "-o", str(work / "batch"), "--jobs", "2", "--json"], work / "cache-batch")
        report = json.loads(proc.stdout)
        mp3s = sorted(p.name for p in (work / "batch").glob("*.mp3"))
        print(f"one after another (5 renders): {seq:7.2f} s")
        print(f"render DIR --jobs 2 (5 + 1 broken): {wall:7.2f} s   ratio {wall / seq:.3f}")
        print(f"batch exit code {proc.returncode}; rendered {len(report['rendered'])}, failed "
              f"{[(Path(f['article']).name, f['error']) for f in report['failed']]}; MP3s written: {len(mp3s)}")


if __name__ == "__main__":
    main()
