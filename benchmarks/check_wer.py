"""Word error rate of Whisper tiny.en on an article rendered by `audioed render`: raw vs normalized,
paired by seed.

    python benchmarks/check_wer.py ARTICLE [--runs N] [--first-seed S] [--diff]
                                   [--quotes voice|cue|plain] [--mode raw|normalized|both]
                                   [--keep DIR] [--split] [--rescore] [--whole]

normalized: the pipeline as shipped (normalized `spoken`, lexicon).
raw:        the same pipeline (same voices, sentence clips, pauses, loudness, MP3) with the
            text given to the engine as written: no normalization rules, no lexicon.
Both episodes are transcribed by `audioed check` (with its second listen) and scored against
the same reference: the script's text in canonical form (normalized, lower-cased,
punctuation removed, accents folded).

Piper draws random noise for every sentence (two RandomNormalLike ops in the VITS graph), and
Whisper samples when its beam search fails, so two renders of the same text score differently
(about +-0.01 on the reference). Here the noise is a function of the run's seed and of what is
said: the model is loaded with each random op replaced by a slice of a noise input, and every
call gets standard normal noise drawn from seed + the sentence's phoneme ids (the same
distribution Piper draws from). A sentence the normalizer leaves alone is then the same audio,
sample for sample, in the raw and the normalized render of run k, whatever thread made it: the
two renders differ only where the text given to the engine differs (a paired comparison).
CTranslate2's sampler is seeded from k (per transcribed piece: `audioed check --seed`).

`audioed check` transcribes each paragraph on its own (cut at the paragraph pauses of the
episode's WebVTT sidecar), so a changed sentence cannot move Whisper's windows in the other
paragraphs; --whole transcribes each episode in one piece, as before.

--diff prints the script words misheard in one condition but not in the other (over all runs).
--split counts errors apart in sentences whose engine input normalization changed and in those
it left alone (same audio in both renders: any difference there is the listener's noise), and
in paragraphs it left wholly alone (same audio, heard alone when transcribed paragraph by
paragraph; words misheard in one render only there are what is left of the listener's noise:
the paragraph sits elsewhere in the episode, so MP3 coding and resampling to 16 kHz see it
a fraction of a sample apart).
--rescore checks the episodes kept in --keep again instead of rendering them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from unittest import mock

# This checkout's audioed, not whichever one is installed in the environment.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audioed.pipeline import render as render_module
from audioed import script as script_module
from audioed.check import CheckReport, canonical_words, check_episode, reference_text
from audioed.engines import piper
from audioed.engines.piper import PiperEngine
from audioed.voice.lexicon import Lexicon
from audioed.pipeline.render import RenderOptions, make_script, render


def as_written(text: str, *, language: str = "en") -> str:
    return " ".join(text.split())


NOISE_LEN = 1 << 21
"""Floats per noise input: 192 channels x 10,922 frames, about two minutes of audio per sentence."""

_run_seed = [0]


def with_noise_inputs(model):
    """`model` with each RandomNormalLike(x) replaced by noiseK[:size(x)] reshaped like x,
    noiseK a new float input; and the names of those inputs."""
    from onnx import TensorProto, helper

    g = model.graph
    g.initializer.append(helper.make_tensor("noise_start", TensorProto.INT64, [1], [0]))
    names, nodes = [], []
    for node in g.node:
        if node.op_type != "RandomNormalLike":
            nodes.append(node)
            continue
        name = f"noise{len(names)}"
        names.append(name)
        g.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, [None]))
        x, y = node.input[0], node.output[0]
        nodes += [helper.make_node("Shape", [x], [f"{name}_shape"]),
                  helper.make_node("ReduceProd", [f"{name}_shape"], [f"{name}_size"], keepdims=1),
                  helper.make_node("Slice", [name, "noise_start", f"{name}_size"], [f"{name}_flat"]),
                  helper.make_node("Reshape", [f"{name}_flat", f"{name}_shape"], [y])]
    del g.node[:]
    g.node.extend(nodes)
    return model, names


class SeededSession:
    """An onnxruntime session of a Piper model whose noise comes from the run's seed and the input."""

    def __init__(self, session, noise_inputs: list[str]):
        self._session, self._noise = session, noise_inputs

    def run(self, outputs, inputs: dict, *args, **kwargs):
        import hashlib

        import numpy as np

        h = hashlib.sha256(str(_run_seed[0]).encode())
        for key in sorted(inputs):
            h.update(key.encode() + np.ascontiguousarray(inputs[key]).tobytes())
        rng = np.random.default_rng(int.from_bytes(h.digest()[:8], "little"))
        noise = {n: rng.standard_normal(NOISE_LEN, dtype=np.float32) for n in self._noise}
        return self._session.run(outputs, {**inputs, **noise}, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._session, name)


def seeded_piper_sessions():
    """Patch onnxruntime so Piper models load as SeededSession (this process only)."""
    import onnx
    import onnxruntime

    real = onnxruntime.InferenceSession

    def make(model, *args, **kwargs):
        # A Piper voice, or the part of one that draws noise (audioed loads the part before the
        # decoder from a temporary file: audioed.engines.piper.cut).
        graph = onnx.load_from_string(model) if isinstance(model, bytes) else onnx.load(str(model))
        if any(node.op_type == "RandomNormalLike" for node in graph.graph.node):
            graph, names = with_noise_inputs(graph)
            return SeededSession(real(graph.SerializeToString(), *args, **kwargs), names)
        return real(model, *args, **kwargs)

    piper._drop_sessions()
    return mock.patch.object(onnxruntime, "InferenceSession", make)


def seed_everything(seed: int) -> None:
    """Piper's noise and Whisper's fallback sampling drawn from `seed` from here on."""
    import ctranslate2

    _run_seed[0] = seed
    ctranslate2.set_random_seed(seed)


def render_and_check(article: str, mode: str, seed: int, out: Path, quotes: str) -> CheckReport:
    raw = mode == "raw"
    options = RenderOptions(out_dir=out, use_cache=False, quotes=quotes)
    with mock.patch.object(script_module, "normalize", as_written if raw else script_module.normalize), \
         mock.patch.object(render_module, "load_lexicon",
                           (lambda path: Lexicon(spanish_letters=False)) if raw else render_module.load_lexicon):
        seed_everything(seed)
        result = render(article, options)
        script = make_script(article, options)
    mp3 = next(f for f in result.files if f.suffix == ".mp3")
    return check_episode(mp3, script, segments=SEGMENTS[0], seed=seed)


def rescore(article: str, mode: str, seed: int, out: Path, quotes: str) -> CheckReport:
    """Check a kept episode again (the same seed gives the same report)."""
    mp3 = next(out.glob("*.mp3"))
    return check_episode(mp3, make_script(article, RenderOptions(quotes=quotes)),
                         segments=SEGMENTS[0], seed=seed)


SEGMENTS = [True]
"""--whole: transcribe each episode in one piece, as `audioed check` did before segments."""


def changed_words(article: str, quotes: str) -> tuple[list[bool], list[bool]] | None:
    """For each canonical script word: is it in a sentence whose phonemes normalization (or
    the lexicon) changed? And is it in a paragraph where some sentence changed? Sentences with
    the same phonemes are the same audio in both renders; paragraphs whose sentences all have
    the same phonemes are the same audio, and (transcribed paragraph by paragraph) nearly the same
    transcript. None if per-sentence words do not add up to the whole."""
    from audioed.voice.lexicon import load_lexicon
    from audioed.script.normalize import normalize
    from audioed.engines import create
    from audioed.script.sentences import split_sentences

    script = make_script(article, RenderOptions(quotes=quotes))
    lexicon = load_lexicon()
    voice = create("piper").voice
    flags: list[bool] = []
    groups: list[tuple] = []  # the paragraph (as the assembler pauses) of each word
    for k, (section, line) in enumerate(script.lines()):
        group = (section, line.paragraph) if line.paragraph is not None else ("line", k)
        for sentence in split_sentences(line.text):  # the unit Piper is given
            changed = (voice.phonemize(as_written(sentence))
                       != voice.phonemize(lexicon.apply(normalize(sentence), PiperEngine())))
            n = len(canonical_words(sentence))
            flags += [changed] * n
            groups += [group] * n
    if len(flags) != len(canonical_words(reference_text(script))):
        return None
    touched = {g for g, f in zip(groups, flags) if f}
    return flags, [g in touched for g in groups]


def missed_words(report: CheckReport) -> set[int]:
    """Indices (among the script's canonical words) of the words misheard."""
    return {m.ref_index + k for m in report.misses for k in range(len(m.expected.split()))}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("--mode", choices=["raw", "normalized", "both"], default="both")
    ap.add_argument("--quotes", choices=["voice", "cue", "plain"], default="voice")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--split", action="store_true")
    ap.add_argument("--rescore", action="store_true")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/audioed-wer"))
    ap.add_argument("--whole", action="store_true",
                    help="transcribe each episode in one piece (no paragraph segments)")
    args = ap.parse_args(argv)
    SEGMENTS[0] = not args.whole
    seeded_piper_sessions().start()
    modes = ["raw", "normalized"] if args.mode == "both" else [args.mode]
    wers: dict[str, list[float]] = {m: [] for m in modes}
    only: dict[str, Counter] = {m: Counter() for m in modes}
    ref = canonical_words(reference_text(make_script(args.article, RenderOptions(quotes=args.quotes))))
    print(f"{args.article}: {len(ref)} script words, quotes {args.quotes}", flush=True)
    split = changed_words(args.article, args.quotes) if args.split else None
    flags, para = split if split else (None, None)
    if flags:
        print(f"  {sum(flags)} words in sentences normalization changed, "
              f"{len(flags) - sum(flags)} in sentences it left alone, "
              f"{len(para) - sum(para)} in paragraphs it left alone", flush=True)
    split_errors = {m: [0, 0, 0] for m in modes}
    for seed in range(args.first_seed, args.first_seed + args.runs):
        reports = {}
        for mode in modes:
            t = time.time()
            step = rescore if args.rescore else render_and_check
            reports[mode] = step(args.article, mode, seed, args.keep / f"{mode}-{seed}", args.quotes)
            wers[mode].append(reports[mode].wer)
            name = "check.json" if not args.rescore else ("rescore-whole.json" if args.whole
                                                           else "rescore-pieces.json")
            (args.keep / f"{mode}-{seed}" / name).write_text(
                json.dumps(reports[mode].to_dict(), indent=1), encoding="utf-8")
            print(f"  seed {seed} {mode:10s} WER {reports[mode].wer:.4f} "
                  f"({time.time() - t:.0f} s, {reports[mode].segments} pieces: "
                  f"{reports[mode].segmented_by}) top misses: "
                  + ", ".join(f"{w}({n})" for w, n in reports[mode].suspects(6)), flush=True)
        if len(modes) == 2:
            r, n = (reports[m].wer for m in modes)
            print(f"seed {seed}: raw {r:.4f}  normalized {n:.4f}  difference {n - r:+.4f}", flush=True)
            a, b = missed_words(reports["raw"]), missed_words(reports["normalized"])
            only["raw"].update(ref[i] for i in a - b)
            only["normalized"].update(ref[i] for i in b - a)
            if flags:
                for mode, missed in (("raw", a), ("normalized", b)):
                    split_errors[mode][0] += sum(flags[i] for i in missed)
                    split_errors[mode][1] += sum(not flags[i] for i in missed)
                    split_errors[mode][2] += sum(not para[i] for i in missed)
                same = sorted(i for i in a ^ b if not para[i])
                print(f"  misheard words in changed sentences: raw {sum(flags[i] for i in a)}, "
                      f"normalized {sum(flags[i] for i in b)}; in unchanged sentences: raw "
                      f"{sum(not flags[i] for i in a)}, normalized {sum(not flags[i] for i in b)}; "
                      f"in unchanged paragraphs: raw {sum(not para[i] for i in a)}, normalized "
                      f"{sum(not para[i] for i in b)} (misheard in one only: {len(same)})",
                      flush=True)
    for mode in modes:
        print(f"{mode:10s} mean WER {statistics.mean(wers[mode]):.4f} over seeds "
              f"{args.first_seed}-{args.first_seed + args.runs - 1}: "
              + " ".join(f"{w:.4f}" for w in wers[mode]))
    if len(modes) == 2:
        diffs = [n - r for r, n in zip(wers["raw"], wers["normalized"])]
        better = sum(d < 0 for d in diffs)
        print(f"normalized - raw: mean {statistics.mean(diffs):+.4f}, range {min(diffs):+.4f} .. "
              f"{max(diffs):+.4f}; normalized better in {better}/{len(diffs)}")
        if flags:
            n = args.runs
            print(f"misheard words per run in changed sentences ({sum(flags)} words): raw "
                  f"{split_errors['raw'][0] / n:.1f}, normalized {split_errors['normalized'][0] / n:.1f}; "
                  f"in unchanged sentences ({len(flags) - sum(flags)} words): raw "
                  f"{split_errors['raw'][1] / n:.1f}, normalized {split_errors['normalized'][1] / n:.1f}; "
                  f"in unchanged paragraphs ({len(para) - sum(para)} words): raw "
                  f"{split_errors['raw'][2] / n:.1f}, normalized {split_errors['normalized'][2] / n:.1f}")
        if args.diff:
            for mode in modes:
                print(f"misheard only {mode}: "
                      + ", ".join(f"{w}({c})" for w, c in only[mode].most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
