"""Does the anglicized Spanish reading help listeners catch Spanish names? Prints hit rates.

Each name (written with its accents, as American news prints them) is read by Piper in a
carrier sentence twice: with English letter rules (espeak-ng en-us, Piper's default) and with
the lexicon's anglicized Spanish phonemes. Whisper tiny.en transcribes each clip; a hit is the
name's words heard (accents folded). Piper's output varies per run, so each clip is made
ROUNDS times.

    python benchmarks/spanish_names.py [--rounds N] [--set names|lexicon]

--set names (default): the common Spanish names below, English letter rules vs the
anglicized Spanish reading of every word with Spanish letters (the `spanish_letters` option).
--set lexicon: each `lang = "es"` entry of voices/lexicon.toml, English letter rules vs the
entry, per entry: does that entry earn its place? Round k of both readings uses the same
Piper noise (onnxruntime seeded with k before the voice is loaded), so they are paired.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from audioed.check import canonical_words, transcribe
from audioed.engines import create
from audioed.engines import piper
from audioed.engines.piper import PiperEngine
from audioed.voice.lexicon import Lexicon, load_lexicon

NAMES = """García Martínez Rodríguez Hernández López González Pérez Sánchez Ramírez Gómez Díaz
Jiménez Calderón Peña Muñoz Núñez Álvarez Gutiérrez Fernández Benítez Cortés Ibáñez Sebastián
Jesús Mónica Tomás Ramón Durán Rubén Raúl Martín Cancún Querétaro Michoacán Mazatlán Culiacán
Mérida León Torreón Bogotá Perú Medellín""".split()
CARRIER = "Reporters spoke with {} on Monday."


def _seed(k: int) -> None:
    import ctranslate2
    import onnxruntime

    piper._drop_sessions()  # the random ops take their seed when a session is made
    onnxruntime.set_seed(k)
    ctranslate2.set_random_seed(k)  # Whisper's fallback sampling


def heard_rate(engine, lexicon: Lexicon, name: str, rounds: int, wav: Path, *, seeded: bool) -> int:
    want = " ".join(canonical_words(name))
    hits = 0
    for k in range(rounds):
        if seeded:
            _seed(k + 1)
        text = lexicon.apply(CARRIER.format(name), PiperEngine())
        engine.synthesize(text).export(wav, format="wav")
        heard = " ".join(w.text for w in transcribe(wav))
        hits += f" {want} " in f" {heard} "
    return hits


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 2
    which = argv[argv.index("--set") + 1] if "--set" in argv else "names"
    engine = create("piper")
    if which == "lexicon":
        project = load_lexicon()
        names = [e.phrase for e in project.entries if e.lang == "es" and not e.ipa]
        english = Lexicon(spanish_letters=False)
        totals = [0, 0]
        with tempfile.TemporaryDirectory() as tmp:
            wav = Path(tmp) / "clip.wav"
            for name in names:
                a = heard_rate(engine, english, name, rounds, wav, seeded=True)
                b = heard_rate(engine, project, name, rounds, wav, seeded=True)
                totals[0] += a
                totals[1] += b
                verdict = "worse" if b < a else "better" if b > a else "same"
                print(f"{name:16s} english {a}/{rounds}  lexicon {b}/{rounds}  {verdict}", flush=True)
        n = len(names) * rounds
        print(f"lang=es entries, names heard: english letter rules {totals[0]}/{n}, "
              f"lexicon {totals[1]}/{n}")
        return 0
    modes = {"english letter rules": Lexicon(spanish_letters=False),
             "anglicized Spanish": Lexicon(spanish_letters=True)}
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "clip.wav"
        for label, lexicon in modes.items():
            hits = total = 0
            for name in NAMES:
                want = " ".join(canonical_words(name))
                for _ in range(rounds):
                    text = lexicon.apply(CARRIER.format(name), PiperEngine())
                    engine.synthesize(text).export(wav, format="wav")
                    heard = " ".join(w.text for w in transcribe(wav))
                    hits += f" {want} " in f" {heard} "
                    total += 1
            print(f"{label:22s} names heard: {hits}/{total} = {hits / total:.1%}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
