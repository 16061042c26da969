"""What makes Kokoro cheaper: CPU seconds for the same sentences under session options and
batching, one process, variants interleaved over rounds (CPU time, as the machine is shared).

    nice -n 10 python benchmarks/kokoro_options.py ARTICLE [--sentences 12] [--rounds 2]

Variants: the engine's settings (one sentence per call, one intra-op thread, no spinning, no
memory patterns); sentences batched up to Kokoro's 510-phoneme limit; spinning threads;
memory patterns on; basic graph optimization only.
"""

from __future__ import annotations

import argparse
import time


def session(path: str, *, spinning: bool = False, mem_pattern: bool = False, level: str = "all"):
    import onnxruntime

    o = onnxruntime.SessionOptions()
    o.intra_op_num_threads = 1
    o.inter_op_num_threads = 1
    o.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
    o.enable_mem_pattern = mem_pattern
    o.graph_optimization_level = {"all": onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL,
                                  "basic": onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC}[level]
    return onnxruntime.InferenceSession(path, sess_options=o, providers=["CPUExecutionProvider"])


def run(sess, batches: list[str], style) -> float:
    import numpy as np

    from audioed.engines.kokoro import phonemes

    c0 = time.process_time()
    for p in batches:
        tokens = phonemes.tokens(p)
        sess.run(None, {sess.get_inputs()[0].name: np.array([[0, *tokens, 0]], dtype=np.int64),
                        "style": style[len(tokens) - 1], "speed": np.array([1.0], dtype=np.float32)})
    return time.process_time() - c0


def batched(sentences: list[str], limit: int = 510) -> list[str]:
    out, cur = [], ""
    for s in sentences:
        if cur and len(cur) + 1 + len(s) > limit:
            out.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}".strip()
    return out + ([cur] if cur else [])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--sentences", type=int, default=12)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    from audioed import engines
    from audioed.engines.kokoro import KokoroEngine, voices
    from audioed.pipeline.render import make_script
    from audioed.script.sentences import split_sentences

    engines.set_threads(1)
    script = make_script(args.article)
    texts = [s for _, l in script.lines() if l.role == "narrator" for s in split_sentences(l.spoken)]
    engine = KokoroEngine()
    sentences = [engine.phonemes(t) for t in texts[: args.sentences]]
    style = voices.load_style("af_heart")
    path = str(engine.model_path)
    variants = {
        "engine (1 sentence/call)": (session(path), sentences),
        "batched to 510 phonemes": (session(path), batched(sentences)),
        "spinning threads": (session(path, spinning=True), sentences),
        "memory patterns on": (session(path, mem_pattern=True), sentences),
        "basic graph optimization": (session(path, level="basic"), sentences),
    }
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} phonemes; "
          f"batched: {len(batched(sentences))} calls")
    totals = {k: 0.0 for k in variants}
    for _ in range(args.rounds):
        for name, (sess, batches) in variants.items():
            totals[name] += run(sess, batches, style)
    base = totals["engine (1 sentence/call)"]
    for name, cpu in totals.items():
        print(f"{name:28} cpu {cpu / args.rounds:6.1f} s  ({cpu / base:.3f} of the engine's)")


if __name__ == "__main__":
    main()
