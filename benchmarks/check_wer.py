"""Word error rate of Whisper tiny.en on an article rendered by `audioed render`: raw vs normalized.

    python benchmarks/check_wer.py ARTICLE [--mode raw|normalized|both] [--keep DIR]

normalized: the pipeline as shipped (normalized `spoken`, lexicon).
raw:        the same pipeline (same voices, sentence clips, pauses, loudness, MP3) with the
            text given to the engine as written: no normalization rules, no lexicon.
Both episodes are transcribed by `audioed check` and scored against the same reference (the
script's text in canonical form). Piper adds random noise to every synthesis, so repeated
runs differ by about ±0.005.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

from audioed import render as render_module
from audioed import script as script_module
from audioed.check import check_episode
from audioed.lexicon import Lexicon
from audioed.render import RenderOptions, make_script, render


def as_written(text: str, *, language: str = "en") -> str:
    return " ".join(text.split())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--mode", choices=["raw", "normalized", "both"], default="both")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/audioed-wer"))
    args = ap.parse_args(argv)
    modes = ["raw", "normalized"] if args.mode == "both" else [args.mode]
    for mode in modes:
        t = time.time()
        out = args.keep / mode
        with mock.patch.object(script_module, "normalize", as_written) if mode == "raw" else \
                mock.patch.object(script_module, "normalize", script_module.normalize), \
             mock.patch.object(render_module, "load_lexicon",
                               lambda path: Lexicon(spanish_letters=False)) if mode == "raw" else \
                mock.patch.object(render_module, "load_lexicon", render_module.load_lexicon):
            result = render(args.article, RenderOptions(out_dir=out, use_cache=False))
            script = make_script(args.article)
        mp3 = next(f for f in result.files if f.suffix == ".mp3")
        report = check_episode(mp3, script)
        print(f"{mode:10s} WER {report.wer:.4f}  ({report.reference_words} words, "
              f"{time.time() - t:.0f} s)  top misses: "
              + ", ".join(f"{w}({n})" for w, n in report.suspects(8)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
