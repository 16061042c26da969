"""Narrator candidates heard back: each Kokoro voice reads the same passages of an article, and
Whisper tiny.en (the `audioed check` listener) transcribes them; prints WER and median pitch.

    python benchmarks/kokoro_voices.py ARTICLE [--voices af_heart,af_bella,...] [--paragraphs N]

The passages are the first N narrated paragraphs of ARTICLE's script (spoken text, through the
lexicon), synthesized sentence by sentence at one thread.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--voices", default="af_heart,af_bella,af_nicole,bf_emma,am_michael,am_fenrir,bm_george")
    ap.add_argument("--paragraphs", type=int, default=6)
    args = ap.parse_args()

    from audioed import engines
    from audioed.audio.pcm import silence
    from audioed.check import canonical_words, transcribe, word_error_rate
    from audioed.engines.kokoro import KokoroEngine
    from audioed.pipeline.render import make_script
    from audioed.voice.lexicon import load_lexicon
    from audioed.voice.voicing import median_pitch
    from audioed.script.sentences import split_sentences

    engines.set_threads(1)
    script = make_script(args.article)
    lexicon = load_lexicon()
    lines = [l for _, l in script.lines() if l.role == "narrator"][: args.paragraphs]
    sentences = [s for l in lines for s in split_sentences(l.spoken)]
    reference = canonical_words(" ".join(l.text for l in lines))
    print(f"{len(sentences)} sentences, {len(reference)} words")
    print(f"{'voice':12} {'WER':>6} {'pitch Hz':>9} {'audio s':>8} {'cpu s':>6}")
    for name in args.voices.split(","):
        engine = KokoroEngine(voice=name)
        engine.load()
        t0 = time.process_time()
        audio = silence(0, engine.sample_rate)
        for s in sentences:
            audio += engine.synthesize(lexicon.apply(s, engine)) + silence(300, engine.sample_rate)
        cpu = time.process_time() - t0
        with tempfile.TemporaryDirectory() as tmp:
            wav = Path(tmp) / "v.wav"
            audio.export(wav, format="wav")
            heard = [w.text for w in transcribe(wav)]
        wer = word_error_rate(reference, canonical_words(" ".join(heard)))
        print(f"{name:12} {wer:6.3f} {median_pitch(audio):9.0f} {len(audio) / 1000:8.1f} {cpu:6.1f}", flush=True)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
