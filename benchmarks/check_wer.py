"""Word error rate of Whisper tiny.en on an article read by Piper: raw text vs the pipeline.

    python benchmarks/check_wer.py ARTICLE [--mode raw|normalized|both] [--keep DIR]

raw:        each script line's source text given to Piper as written, in the line's voice
            (Piper's own sentence splitting, no normalization, no lexicon) — the baseline.
normalized: what `audioed render` gives the engine (normalized `spoken`, sentence clips,
            lexicon applied).
Both are transcribed by `audioed check` and scored against the same reference (the script's
text in canonical form). Prints one WER per mode.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from audioed.audio import AudioSegment, conform, silence
from audioed.cast import load_cast
from audioed.check import check_episode
from audioed.lexicon import load_lexicon
from audioed.render import make_script
from audioed.synthesize import synthesize

GAP_MS = 350


def _join(clips, rate: int) -> AudioSegment:
    gap = silence(GAP_MS, rate).raw_data
    pcm = b"".join(c.raw_data + gap for c in clips)
    return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1)


def render_raw(script) -> AudioSegment:
    # The same voices per role as the pipeline, so only the text given to them differs.
    voices = synthesize(script, load_cast(None, engine="piper")).voices
    return _join((conform(voices.for_line(line).synthesize(" ".join(line.text.split())),
                          voices.frame_rate) for _, line in script.lines()), voices.frame_rate)


def render_normalized(script) -> AudioSegment:
    synthesis = synthesize(script, load_cast(None, engine="piper"), lexicon=load_lexicon())
    return _join((clip.audio for clip in synthesis), synthesis.frame_rate)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--mode", choices=["raw", "normalized", "both"], default="both")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/audioed-wer"))
    args = ap.parse_args(argv)
    script = make_script(args.article)
    args.keep.mkdir(parents=True, exist_ok=True)
    modes = ["raw", "normalized"] if args.mode == "both" else [args.mode]
    for mode in modes:
        t = time.time()
        audio = (render_raw if mode == "raw" else render_normalized)(script)
        wav = args.keep / f"{Path(args.article).stem}.{mode}.wav"
        audio.export(wav, format="wav")
        report = check_episode(wav, script)
        print(f"{mode:10s} WER {report.wer:.4f}  ({report.reference_words} words, "
              f"{time.time() - t:.0f} s)  top misses: "
              + ", ".join(f"{w}({n})" for w, n in report.suspects(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
