"""espeak-ng phonemes through piper-tts's bundled phonemizer: lexicon IPA placed in a sentence's reading."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _espeak_phonemizer():
    from piper.phonemize_espeak import EspeakPhonemizer

    return EspeakPhonemizer()


def phonemize_sentences(voice: str, text: str) -> list[list[str]]:
    # espeak-ng is one global state (its current voice): take the lock Piper's own
    # phonemizer holds, since clips are synthesized on threads while we prepare the next.
    try:
        from piper.voice import _ESPEAK_PHONEMIZER_LOCK as lock
    except ImportError:  # another piper-tts layout: no concurrent phonemizer to guard against
        from contextlib import nullcontext as lock
        lock = lock()
    with lock:
        return _espeak_phonemizer().phonemize(voice, text)




def phonemize(text: str, language: str) -> str:
    """espeak-ng's IPA for `text` in `language` ("en-us", "es"), sentences joined by spaces."""
    return " ".join("".join(s) for s in phonemize_sentences(language, text)).strip()


# A made-up word stands in for each phoneme block while espeak reads the sentence around it:
# Piper phonemizes the text between blocks on its own, where espeak gives the words next to a
# block their citation forms ("in" -> "ˈɪn", "to" -> "tuː") and listeners mishear them.
_PLACEHOLDER = "Quazzle"
_PLACEHOLDER_PHONES = re.compile("".join(f"[ˈˌ]?{re.escape(c)}" for c in "kwæzəl"))
_BLOCK = re.compile(r"\[\[(.*?)\]\]")


def phonemes_in_context(text: str, voice: str = "en-us") -> str:
    """Text with `[[ IPA ]]` blocks -> one block: espeak's phonemes with each IPA in place.

    Punctuation at the end of a block goes back to the text. Text without blocks, or whose
    placeholders espeak does not give back one for one, is returned unchanged."""
    blocks = _BLOCK.findall(text)
    if not blocks:
        return text
    ipas, tails = [], []
    for b in blocks:
        m = re.match(r"^\s*(.*?)([,;:.!?]*)\s*$", b)
        ipas.append(m.group(1))
        tails.append(m.group(2))
    it = iter(tails)
    stand_in = _BLOCK.sub(lambda m: _PLACEHOLDER + next(it), text)
    sentences = phonemize_sentences(voice, stand_in)
    spoken = " ".join("".join(s).strip() for s in sentences)
    if len(_PLACEHOLDER_PHONES.findall(spoken)) != len(ipas):
        return text
    it = iter(ipas)
    spoken = _PLACEHOLDER_PHONES.sub(lambda m: next(it), spoken)
    return f"[[ {unicodedata.normalize('NFD', spoken)} ]]"


