"""Does the anglicized Spanish reading help listeners catch Spanish names? Prints hit rates.

Each name (written with its accents, as American news prints them) is read by Piper in a
carrier sentence twice: with English letter rules (espeak-ng en-us, Piper's default) and with
the lexicon's anglicized Spanish phonemes. Whisper tiny.en transcribes each clip; a hit is the
name's words heard (accents folded). Piper's output varies per run, so each clip is made
ROUNDS times.

    python benchmarks/spanish_names.py [--rounds N]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from audioed.check import canonical_words, transcribe
from audioed.engines import create
from audioed.lexicon import Lexicon

NAMES = """García Martínez Rodríguez Hernández López González Pérez Sánchez Ramírez Gómez Díaz
Jiménez Calderón Peña Muñoz Núñez Álvarez Gutiérrez Fernández Benítez Cortés Ibáñez Sebastián
Jesús Mónica Tomás Ramón Durán Rubén Raúl Martín Cancún Querétaro Michoacán Mazatlán Culiacán
Mérida León Torreón Bogotá Perú Medellín""".split()
CARRIER = "Reporters spoke with {} on Monday."


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 2
    engine = create("piper")
    modes = {"english letter rules": Lexicon(spanish_letters=False),
             "anglicized Spanish": Lexicon(spanish_letters=True)}
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "clip.wav"
        for label, lexicon in modes.items():
            hits = total = 0
            for name in NAMES:
                want = " ".join(canonical_words(name))
                for _ in range(rounds):
                    text = lexicon.apply(CARRIER.format(name), phonemes=True)
                    engine.synthesize(text).export(wav, format="wav")
                    heard = " ".join(w.text for w in transcribe(wav))
                    hits += f" {want} " in f" {heard} "
                    total += 1
            print(f"{label:22s} names heard: {hits}/{total} = {hits / total:.1%}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
