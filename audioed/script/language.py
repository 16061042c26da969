"""Which language an article is written in, roughly, to warn when the voice does not speak it.

A light heuristic, no model: the writing system first (Cyrillic, Greek, Arabic, CJK ...), then,
for Latin-script text, the share of each language's own short function words ("the", "y",
"und"). It names a language only when the text is long enough and one language clearly leads;
otherwise it says nothing, so an English article quoting a Spanish speaker is not flagged.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter

from audioed.errors import AudioedWarning

def fold_accents(text: str) -> str:
    """"Treviño" -> "Trevino", "ﬁle" -> "file": letters without their marks, compatibility forms
    in their plain form. For matching and comparing words, never for what is spoken."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


NAMES = {"en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "el": "Greek", "ar": "Arabic",
         "he": "Hebrew", "hi": "Hindi", "th": "Thai", "ko": "Korean", "ja": "Japanese", "zh": "Chinese"}

# Writing systems: (name, character class, languages written in it; the first is the one named).
_SCRIPTS = [
    ("Cyrillic", "\u0400-\u052f", ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg")),
    ("Greek", "\u0370-\u03ff\u1f00-\u1fff", ("el",)),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f", ("ar", "fa", "ur", "ps")),
    ("Hebrew", "\u0590-\u05ff", ("he", "yi")),
    ("Devanagari", "\u0900-\u097f", ("hi", "mr", "ne", "sa")),
    ("Thai", "\u0e00-\u0e7f", ("th",)),
    ("Hangul", "\uac00-\ud7af\u1100-\u11ff", ("ko",)),
    ("Kana", "\u3040-\u30ff", ("ja",)),
    ("Han", "\u4e00-\u9fff", ("zh", "ja", "yue")),
    ("Latin", "A-Za-z\u00c0-\u024f\u1e00-\u1eff", ()),
]
_SCRIPT_RES = [(name, re.compile(f"[{cls}]"), langs) for name, cls, langs in _SCRIPTS]

_FUNCTION_WORDS = {
    "en": "the of and to is that was for it with as on be at by this had not are but from have they you "
          "which were his her their has been would will an or who said",
    "es": "el la los las de del que y en un una por con para es se no lo al su como más pero sus le ya "
          "este esta fue ha han muy también entre sobre",
    "de": "der die das und ist nicht den dem des ein eine zu mit sich auf für von im auch es sie ich "
          "wird wurde werden nach bei aus oder sind hat",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux avec il elle ce sont ne "
          "été était ont mais cette leur",
    "it": "il lo la gli le di del della che e è un una per non con sono si da nel alla anche "
          "questo questa ha hanno più",
    "pt": "o a os as de do da dos das que e é um uma para com não em no na se por mais "
          "foi são ao pelo pela também",
    "nl": "de het een en van is dat op te zijn niet met voor die in ik er aan "
          "wordt werd ook zijn naar bij maar",
}
# Only the words no other listed language uses count: "de" and "la" say nothing.
_ALL = Counter(w for ws in _FUNCTION_WORDS.values() for w in set(ws.split()))
_OWN = {lang: {w for w in ws.split() if _ALL[w] == 1} for lang, ws in _FUNCTION_WORDS.items()}

MIN_WORDS = 30
"""Fewer words than this: too little to tell."""
SAMPLE_CHARS = 20_000


def sample(texts: list[str], limit: int = SAMPLE_CHARS) -> str:
    """Up to `limit` characters from across the texts (evenly spaced, not just the opening)."""
    total = sum(len(t) for t in texts)
    if total <= limit:
        return "\n".join(texts)
    step = total / limit
    out, size, seen = [], 0, 0.0
    for t in texts:
        seen += len(t)
        if seen >= size * step:
            out.append(t)
            size += len(t)
        if size >= limit:
            break
    return "\n".join(out)


def detect(text: str) -> str | None:
    """An ISO 639-1 code ("es") when the text is clearly in one language, else None."""
    counts = {name: len(rx.findall(text)) for name, rx, _ in _SCRIPT_RES}
    letters = sum(counts.values())
    if letters < 2 * MIN_WORDS:  # a CJK character is about a word; a Latin word some five letters
        return None
    name, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 0.6 * letters:
        return None
    if name != "Latin":
        if name == "Han" and counts["Kana"] >= 0.05 * letters:
            return "ja"  # Japanese mixes kanji with kana
        return next(langs for nm, _, langs in _SCRIPT_RES if nm == name)[0]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if len(words) < MIN_WORDS:
        return None
    hits = sorted(((sum(w in own for w in words), lang) for lang, own in _OWN.items()), reverse=True)
    (best, lang), (second, _) = hits[0], hits[1]
    if best >= 0.08 * len(words) and best >= 2 * second:
        return lang
    return None


def same_language(detected: str, voice: str) -> bool:
    """Does a voice of language `voice` speak `detected`? Written-alike languages count as one
    (the detector cannot tell Russian from Ukrainian, nor Chinese from kanji-only Japanese)."""
    if detected == voice:
        return True
    return any(detected in langs and voice in langs for _, _, langs in _SCRIPT_RES if langs)


def describe(code: str) -> str:
    return f"{NAMES.get(code, code)} ({code})"


def check_voice_language(texts: list[str], voice_language: str | None, *, source: str, role: str = "narrator",
                         ) -> str | None:
    """Warn (AudioedWarning) when the text reads as a language the voice does not speak.

    Returns the detected language code, or None when unsure."""
    detected = detect(sample(texts))
    if detected and voice_language and not same_language(detected, voice_language.lower()):
        warnings.warn(f"{source}: the text reads as {describe(detected)} but the {role} voice speaks "
                      f"{describe(voice_language.lower())}; it will be read with the wrong pronunciation",
                      LanguageWarning, stacklevel=2)
    return detected


class LanguageWarning(AudioedWarning):
    """The article seems to be in a language the voice does not speak."""
