"""Text -> Kokoro phonemes with the espeak-ng that piper-tts bundles.

kokoro-onnx phonemizes through `phonemizer` + `espeakng-loader`, a second espeak-ng in the
process. Piper's gives the same phonemes for the sentences compared (docs/voices.md) once
the palatalization mark 'ʲ' it adds is dropped, and it is the one the lexicon already uses, so
a lexicon entry and the words around it are read by the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_TOKENS = 510
"""Kokoro's limit: phoneme tokens per call (the style table has one row per count)."""

_ESPEAK_VOICES = {"en-gb": "en"}
"""Piper's espeak-ng data names British English "en" (phonemizer's "en-gb" is an alias of it)."""
_BLOCK = re.compile(r"\[\[(.*?)\]\]", re.S)


@lru_cache(maxsize=1)
def vocab() -> dict[str, int]:
    from kokoro_onnx.config import DEFAULT_VOCAB

    return dict(DEFAULT_VOCAB)


def espeak_voice(lang: str) -> str:
    return _ESPEAK_VOICES.get(lang, lang)


def espeak(text: str, lang: str) -> str:
    """espeak-ng's phonemes of `text` (with stress and punctuation), sentences joined by a space."""
    from audioed.engines.piper.phonemes import phonemize_sentences

    sentences = phonemize_sentences(espeak_voice(lang), text)
    return " ".join("".join(s).strip() for s in sentences)


def phonemize(text: str, lang: str = "en-us") -> str:
    """Kokoro's phonemes for `text`; `[[ IPA ]]` blocks (the lexicon's) are taken as they are."""
    parts = _BLOCK.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # the lexicon's blocks are NFD (Piper's form); the vocabulary has composed letters
            out.append(unicodedata.normalize("NFC", part.strip()))
        elif part.strip():
            out.append(espeak(part, lang))
    return clean(" ".join(p for p in out if p))


def clean(phonemes: str) -> str:
    """Only what the model knows: drop Piper's 'ʲ' and anything else outside the vocabulary."""
    known = vocab()
    phonemes = phonemes.replace("ʲ", "")
    return " ".join("".join(c for c in phonemes if c in known).split())


def tokens(phonemes: str) -> list[int]:
    known = vocab()
    return [known[c] for c in phonemes if c in known]


def split(phonemes: str, limit: int = MAX_TOKENS) -> list[str]:
    """`phonemes` in balanced pieces of at most `limit` tokens, cut at sentence, then clause,
    then word boundaries (kokoro-onnx's own chunker; long sentences are rare, the script cuts them)."""
    from kokoro_onnx.chunker import split_phonemes

    return split_phonemes(phonemes, limit) if len(phonemes) > limit else [phonemes]
