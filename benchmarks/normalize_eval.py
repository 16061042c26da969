"""How well does normalization make espeak-ng read held-out sentences? Prints pass rates.

A case passes when espeak-ng (en-us, the phonemizer inside piper-tts) turns the text into the
same phonemes as one of its acceptable readings, compared without stress marks, pauses and
spaces, and hears the same number of sentences (an abbreviation period read as a sentence end
fails). The same judge is applied to the raw text and to normalize(text).

    python benchmarks/normalize_eval.py [CASES.toml] [--verbose] [--by-class]
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from piper.phonemize_espeak import EspeakPhonemizer

from audioed.script.normalize import normalize

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "normalize_cases.toml"
_IGNORED = re.compile(r"[ˈˌ\s.,;:!?…\"“”'’()\-—–]")
_phonemizer = EspeakPhonemizer()


def hear(text: str) -> tuple[int, str]:
    """(number of sentences, phonemes without stress, pauses and spaces)."""
    sentences = _phonemizer.phonemize("en-us", text)
    # espeak-ng keeps state between calls: after a text ending in "..", the next call starts
    # with "dot". A lone "." takes up what is left, so each text is heard on its own.
    _phonemizer.phonemize("en-us", ".")
    return len(sentences), _IGNORED.sub("", "".join("".join(s) for s in sentences))


def passes(spoken: str, readings: list[str]) -> bool:
    heard = hear(spoken)
    return any(heard == hear(r) for r in readings)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    paths = [a for a in argv if not a.startswith("--")]
    cases = tomllib.loads(Path(paths[0] if paths else CASES).read_text("utf-8"))["case"]
    raw = norm = 0
    by_class: dict[str, list[int]] = {}
    for case in cases:
        spoken = normalize(case["text"])
        ok_raw, ok_norm = passes(case["text"], case["readings"]), passes(spoken, case["readings"])
        raw += ok_raw
        norm += ok_norm
        counts = by_class.setdefault(case["class"], [0, 0, 0])
        counts[0] += 1
        counts[1] += ok_raw
        counts[2] += ok_norm
        if verbose and not ok_norm:
            print(f"FAIL [{case['class']}] {case['text']!r}\n  spoken  {spoken!r} {hear(spoken)}\n"
                  f"  reading {case['readings'][0]!r} {hear(case['readings'][0])}")
    n = len(cases)
    print(f"cases: {n}")
    print(f"raw text:   {raw}/{n} = {raw / n:.1%}")
    print(f"normalized: {norm}/{n} = {norm / n:.1%}")
    if "--by-class" in argv:
        for cls, (total, ok_raw, ok_norm) in sorted(by_class.items()):
            print(f"  {cls:12s} {total:3d}  raw {ok_raw}/{total}  normalized {ok_norm}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
