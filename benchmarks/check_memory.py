"""Peak memory of `audioed check` on a long episode, and of its word alignment alone.

    python benchmarks/check_memory.py --make DIR
        renders the ~15,000-word article of benchmarks/longtext.py into DIR (DIR/long.txt,
        DIR/out/*.mp3 with its .vtt): ~4 minutes of CPU, run it niced and once.
    python benchmarks/check_memory.py EPISODE.mp3 ARTICLE [--before TREE] [--skip-full] [--repeat N]

Prints, each measured in a fresh process (peak RSS is the process's ru_maxrss):
- full: `audioed check EPISODE ARTICLE --json` with this tree, and with TREE (a checkout of
  an older audioed, e.g. `git worktree add .scratch/audioed-before 893c3b9`) when --before is given:
  peak RSS, wall time, WER.
- align: the word alignment alone on the script's canonical words against what was heard
  (the transcript of the full run, else the script with an error every 10 words), old
  (the pure-Python n×m table of audioed before rapidfuzz, kept below as the yardstick) and
  new (audioed.check.align), interleaved: peak RSS above the inputs, and time.
- decode: the episode decoded to 16 kHz by faster-whisper's decode_audio (float32) and by
  audioed.check.whisper.decode_pcm16 (16-bit): peak RSS and size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# audioed.check.align before rapidfuzz (commit 893c3b9): the whole n×m cost table, then a
# backtrace. Kept verbatim as the "before" side of the alignment measurement.
TABLE_ALIGN = '''
def table_align(ref, hyp):
    n, m = len(ref), len(hyp)
    rows = [list(range(m + 1))]
    for i in range(1, n + 1):
        prev, row, r = rows[-1], [i] + [0] * m, ref[i - 1]
        for j in range(1, m + 1):
            row[j] = min(prev[j - 1] + (r != hyp[j - 1]), prev[j] + 1, row[j - 1] + 1)
        rows.append(row)
    ops, i, j = [], n, m
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            ops.append(("=" if ref[i - 1] == hyp[j - 1] else "s", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            ops.append(("d", i - 1, None))
            i -= 1
        else:
            ops.append(("i", None, j - 1))
            j -= 1
    return ops[::-1]
'''

# Peak RSS inside a child is /proc's VmHWM: ru_maxrss would carry over the parent's peak,
# which fork and exec keep.
PEAK = '''
def peak_mb():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024
'''

ALIGN_CHILD = TABLE_ALIGN + PEAK + '''
import json, sys, time
words = json.load(open(sys.argv[2]))
ref, hyp = words["ref"], words["hyp"]
if sys.argv[1] == "new":
    from audioed.check.align import align
    align(["warm"], ["up"])  # imports done before the clock starts
base = peak_mb()
start = time.perf_counter()
if sys.argv[1] == "old":
    ops = table_align(ref, hyp)
else:
    ops = [(op.kind, op.ref, op.hyp) for op in align(ref, hyp)]
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "errors": sum(k != "=" for k, _, _ in ops),
                  "inputs_mb": base, "peak_mb": peak_mb()}))
'''

DECODE_CHILD = PEAK + '''
import json, sys
if sys.argv[1] == "faster-whisper":
    from faster_whisper import decode_audio
    samples = decode_audio(sys.argv[2], sampling_rate=16000)
else:
    from audioed.check.whisper import decode_pcm16
    samples = decode_pcm16(sys.argv[2])
print(json.dumps({"samples": len(samples), "array_mb": samples.nbytes / 2**20,
                  "peak_mb": peak_mb()}))
'''

# A check runs under a wrapper of its own, started before this process has loaded anything:
# the wrapper's RUSAGE_CHILDREN is the check's peak RSS.
WRAPPER = ("import json, resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
           "print(json.dumps({'rc': r.returncode, "
           "'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")


def child(code: str, *args: str, tree: Path = ROOT) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, env=env)
    if proc.returncode:
        raise SystemExit(f"child failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def full_check(episode: Path, article: Path, tree: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    proc = subprocess.run([PY, "-c", WRAPPER, PY, "-m", "audioed", "check", str(episode), str(article),
                           "--json"], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    lines = proc.stdout.strip().splitlines()
    meta = json.loads(lines[-1])
    if meta["rc"]:
        raise SystemExit(f"audioed check failed ({tree}):\n{proc.stderr[-2000:]}")
    report = json.loads("\n".join(lines[:-1]))
    return {"tree": str(tree), "peak_mb": round(meta["peak_mb"]), "wall_s": round(wall, 1),
            "wer": round(report["wer"], 4), "reference_words": report["reference_words"],
            "heard_words": len(report["transcript"].split()), "segments": report["segments"],
            "transcript": report["transcript"]}


def words_for(article: Path, transcript: str | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from audioed.check import canonical_words, reference_text
    from audioed.pipeline.render import RenderOptions, make_script

    ref = canonical_words(reference_text(make_script(article, RenderOptions())))
    if transcript:
        return {"ref": ref, "hyp": transcript.split(), "hyp_from": "the full check's transcript"}
    hyp = [w if k % 10 else w + "x" for k, w in enumerate(ref)]
    return {"ref": ref, "hyp": hyp, "hyp_from": "the script, every 10th word changed"}


def make(dest: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from longtext import long_article

    dest.mkdir(parents=True, exist_ok=True)
    article = dest / "long.txt"
    article.write_text(long_article(15000), encoding="utf-8")
    subprocess.run(["nice", "-n", "10", PY, "-m", "audioed", "render", str(article), "-o", str(dest / "out"),
                    "--cache-dir", str(dest / "cache")], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    print(f"episode: {next((dest / 'out').glob('*.mp3'))}\narticle: {article}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("episode", type=Path, nargs="?")
    ap.add_argument("article", type=Path, nargs="?")
    ap.add_argument("--make", type=Path, metavar="DIR", help="render the 15,000-word episode into DIR")
    ap.add_argument("--before", type=Path, metavar="TREE", help="also run the full check with this audioed tree")
    ap.add_argument("--parallel", action="store_true",
                    help="run the two full checks at the same time (peak RSS is per process; wall times "
                         "are then each under the other's load)")
    ap.add_argument("--skip-full", action="store_true", help="measure the alignment and decoding only")
    ap.add_argument("--transcript", type=Path, help="a check's --json report: its transcript is what was heard")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each alignment (interleaved)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args()
    if args.make:
        return make(args.make)
    if not (args.episode and args.article):
        ap.error("give EPISODE and ARTICLE, or --make DIR")

    results: dict = {"episode": str(args.episode)}
    transcript = json.loads(args.transcript.read_text())["transcript"] if args.transcript else None
    if not args.skip_full:
        trees = [ROOT] + ([args.before] if args.before else [])
        with ThreadPoolExecutor(len(trees) if args.parallel else 1) as pool:
            results["full"] = list(pool.map(lambda t: full_check(args.episode, args.article, t), trees))
        transcript = transcript or results["full"][0]["transcript"]
        for r in results["full"]:
            r.pop("transcript")
    words = words_for(args.article, transcript)
    results["align"] = {"ref_words": len(words["ref"]), "heard_words": len(words["hyp"]),
                        "heard_from": words.pop("hyp_from"), "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "words.json"
        path.write_text(json.dumps(words))
        for _ in range(args.repeat):
            for side in ("old", "new"):
                r = child(ALIGN_CHILD, side, str(path))
                results["align"]["runs"].append({"side": side, **{k: round(v, 2) for k, v in r.items()}})
    results["decode"] = [{"decoder": d, **{k: round(v, 1) if isinstance(v, float) else v
                                          for k, v in child(DECODE_CHILD, d, str(args.episode)).items()}}
                         for d in ("faster-whisper", "audioed")]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results.get("full", []):
        print(f"full check  {r['tree']}: peak {r['peak_mb']} MB, {r['wall_s']} s, WER {r['wer']}, "
              f"{r['reference_words']} script words, {r['heard_words']} heard, {r['segments']} pieces")
    a = results["align"]
    print(f"alignment   {a['ref_words']} x {a['heard_words']} words (heard: {a['heard_from']})")
    for r in a["runs"]:
        print(f"  {r['side']}: {r['seconds']} s, peak {r['peak_mb']} MB "
              f"({r['peak_mb'] - r['inputs_mb']:.0f} MB above the inputs), {r['errors']} errors")
    for r in results["decode"]:
        print(f"decode      {r['decoder']}: peak {r['peak_mb']} MB, array {r['array_mb']} MB, "
              f"{r['samples']} samples")


if __name__ == "__main__":
    main()
