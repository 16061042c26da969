"""Studio render cost against its floor: raw kokoro-onnx on the same spoken text, one run.

    nice -n 10 python benchmarks/kokoro_bench.py ARTICLE [--paragraphs N] [--jobs 2] [--floors serial,threads]

The floor is kokoro-onnx's own `Kokoro.create` (from a session with the same options the
engine uses), given the phonemes the engine would be given for every sentence of the script,
each in its cast voice: serial with one session on all cores ("serial"), and `jobs` threads
with one intra-op thread each ("threads", what the render does). The render is `audioed
render --cast default` in a child process with the clip cache off. Prints wall and CPU
seconds, their ratios to the best floor, and the render's peak resident memory.
With --paragraphs N the article is cut to its first N paragraphs (a quick run).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def shortened(article: Path, paragraphs: int, tmp: Path) -> Path:
    blocks = [b for b in article.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    out = tmp / article.name
    out.write_text("\n\n".join(blocks[:paragraphs]) + "\n", encoding="utf-8")
    return out


def jobs_for(article: Path):
    """(phonemes, voice name) for every clip the studio cast would synthesize."""
    from audioed.pipeline.render import make_script
    from audioed.voice.cast import load_cast
    from audioed.voice.lexicon import load_lexicon
    from audioed.voice.synthesize import Synthesis

    cast = load_cast("default")
    synthesis = Synthesis(make_script(article), cast, jobs=1, prepare=load_lexicon().prepare)
    out = []
    for u in synthesis.utterances:
        engine = synthesis.voices.for_line(u.line)
        out.append((engine.phonemes(synthesis.engine_text(u.spoken, engine)), engine.settings["voice"]))
    return out


def floor(jobs: list, threads: int, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of kokoro-onnx making every clip."""
    import numpy as np
    import onnxruntime
    from kokoro_onnx import Kokoro

    from audioed.engines.kokoro import model, voices

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.enable_mem_pattern = False
    session = onnxruntime.InferenceSession(str(model.resolve(None)), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    with tempfile.TemporaryDirectory() as tmp:
        npz = Path(tmp) / "voices.npz"
        np.savez(npz, **{name: voices.load_style(name) for name in {v for _, v in jobs}})
        kokoro = Kokoro.from_session(session, str(npz))
    styles = {name: kokoro.get_voice_style(name) for name in {v for _, v in jobs}}
    t0, c0 = time.perf_counter(), time.process_time()
    if workers == 1:
        for phonemes, voice in jobs:
            kokoro.create(phonemes, styles[voice], is_phonemes=True)
    else:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda j: kokoro.create(j[0], styles[j[1]], is_phonemes=True), jobs))
    return time.perf_counter() - t0, time.process_time() - c0


def synthesis_only(article: Path, jobs: int, executor: str) -> tuple[float, float]:
    """Wall and CPU seconds of the synthesize stage alone (no levelling, no encoding)."""
    from audioed.pipeline.render import make_script
    from audioed.voice.cast import load_cast
    from audioed.voice.lexicon import load_lexicon
    from audioed.voice.synthesize import synthesize

    s = synthesize(make_script(article), load_cast("default"), jobs=jobs, executor=executor,
                   prepare=load_lexicon().prepare)
    t0, c0 = time.perf_counter(), time.process_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in s:
        pass
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - c0 + (children.ru_utime + children.ru_stime) - (children0.ru_utime + children0.ru_stime)
    return time.perf_counter() - t0, cpu


def render(article: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """Wall, CPU seconds and peak RSS (MB) of `audioed render` in a child process."""
    code = ("import sys; from audioed.cli import main; sys.exit(main())")
    args = [sys.executable, "-c", code, "render", str(article), "--cast", "default", "--no-cache",
            "-o", str(out), "--jobs", str(jobs)]
    env = dict(os.environ)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode:
        sys.exit(f"render failed: {r.stderr.strip()}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article", type=Path)
    ap.add_argument("--paragraphs", type=int, default=0)
    ap.add_argument("--out", type=Path, help="keep the rendered episode here (default: thrown away)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--floors", default="serial,threads")
    ap.add_argument("--executors", default="", help="also time the synthesize stage alone with "
                    "these worker kinds (thread,process)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        article = shortened(args.article, args.paragraphs, tmp) if args.paragraphs else args.article
        jobs = jobs_for(article)
        print(f"{article.name}: {len(jobs)} clips, {sum(len(p) for p, _ in jobs)} phonemes, jobs {args.jobs}")
        floors = {}
        for kind in args.floors.split(","):
            if kind == "serial":
                floors[kind] = floor(jobs, args.jobs, 1)
            else:
                floors[kind] = floor(jobs, 1, args.jobs)
            print(f"floor {kind:8} wall {floors[kind][0]:7.1f} s  cpu {floors[kind][1]:7.1f} s", flush=True)
        for kind in filter(None, args.executors.split(",")):
            w, c = synthesis_only(article, args.jobs, kind)
            print(f"synthesis {kind:7} wall {w:7.1f} s  cpu {c:7.1f} s", flush=True)
        wall, cpu, peak = render(article, args.out or tmp / "out", args.jobs)
        best_wall = min(w for w, _ in floors.values())
        best_cpu = min(c for _, c in floors.values())
        print(f"render         wall {wall:7.1f} s  cpu {cpu:7.1f} s  peak {peak:.0f} MB")
        print(f"ratio          wall {wall / best_wall:.3f}  cpu {cpu / best_cpu:.3f}")


if __name__ == "__main__":
    main()
