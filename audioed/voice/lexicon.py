"""Pronunciation lexicon: a word or phrase -> how to say it, for every engine.

One file (voices/lexicon.toml, or `--lexicon FILE`) serves every engine. An entry gives IPA
phonemes for engines that take them (passed as `[[ ... ]]` and spoken exactly), and/or a
respelling for engines that only take text (gTTS). `lang = "es"` asks for the word's Spanish
phonemes (the engine's phonemizer), said with American vowels and consonants, the way a careful American
news anchor says a Spanish name.

    ["Treviño"]
    ipa = "tɹəvˈiːnjoʊ"
    say = "Trevinyo"

With `[options] spanish_letters = true`, words written with Spanish letters (ñ, á, é, í, ó, ú,
ü) and not in the lexicon get the same anglicized Spanish reading on phoneme engines (English
letter rules read "García" as "garsha"). It is off by default: it did not measurably help
Whisper hear the names (benchmarks/spanish_names.py).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from audioed.engines import Engine
from audioed.errors import CastError
from audioed.script.language import fold_accents

DEFAULT_LEXICON = Path(__file__).resolve().parents[2] / "voices" / "lexicon.toml"

_SPANISH_LETTERS = re.compile(r"[ñÑáéíóúÁÉÍÓÚü]")
# What may follow a word inside its phoneme block: a possessive and punctuation. Piper
# phonemizes the text after a block on its own, where espeak reads a lone "'s" as the letter
# "s" and drops a leading comma (the pause is lost).
_TAIL = r"(?:['’]s\b)?[,;:.!?]*"
_SPANISH_WORD = re.compile(rf"([^\W\d_](?:[\w-]|['’](?!s\b))*)({_TAIL})")


def _block(ipa: str, tail: str) -> str:
    """`[[ IPA ]]` for a word and what follows it ("'s", punctuation)."""
    ipa = ipa.strip()
    if tail[:2] in ("'s", "’s", "'S", "’S"):
        last = ipa.rstrip("ˈˌː")[-1:]
        ipa += "ɪz" if last in "szʃʒ" or ipa.endswith(("tʃ", "dʒ")) else "s" if last in "ptkfθ" else "z"
        tail = tail[2:]
    return f"[[ {ipa}{tail} ]]"

# Spanish espeak phonemes -> the nearest American ones an anchor would use: full vowels,
# English r, no fricative b/d/g, "x" as h, Latin American "s" for c/z.
_ANGLICIZE = [
    ("r", "ɹ"), ("ɾ", "ɹ"), ("β", "b"), ("ð", "d"), ("ɣ", "ɡ"), ("x", "h"), ("θ", "s"),
    ("ʎ", "j"), ("ʝ", "j"), ("ɲ", "nj"),
]
_VOWELS = {"a": "ɑː", "e": "eɪ", "i": "iː", "o": "oʊ", "u": "uː"}


def anglicize(spanish_ipa: str) -> str:
    """American-accent phonemes for Spanish espeak-ng phonemes ("ɡaɾθˈiʲa" -> "ɡɑːɹsˈiːʲɑː")."""
    out = spanish_ipa
    for a, b in _ANGLICIZE:
        out = out.replace(a, b)
    # Diphthongs keep their glide ("eɪ", "aɪ"), plain vowels become long American ones.
    return re.sub(r"eɪ|aɪ|oɪ|aʊ|[aeiou]",
                  lambda m: {"eɪ": "eɪ", "aɪ": "aɪ", "oɪ": "ɔɪ", "aʊ": "aʊ"}.get(m.group(0))
                  or _VOWELS[m.group(0)], out)


Phonemize = Callable[[str, str], "str | None"]
"""(text, language) -> IPA: the engine's phonemizer (`Engine.phonemize`)."""


@lru_cache(maxsize=4096)
def spanish_phonemes(word: str, phonemize: Phonemize) -> str | None:
    """Anglicized Spanish phonemes of a word or phrase, from the engine's Spanish reading
    (None when the engine has no phonemizer)."""
    raw = phonemize(word, "es")
    if raw is None:
        return None
    raw = re.sub(r"[.,;:!?]", "", raw).strip()
    letters = word.lower()
    if "v" in letters and "b" not in letters:
        raw = raw.replace("β", "v").replace("b", "v")  # anchors keep the written v of "Treviño"
    return anglicize(raw)


@dataclass(frozen=True)
class Entry:
    """How to say one word or phrase."""

    phrase: str
    ipa: str | None = None
    """IPA phonemes (espeak-ng style, with stress marks) for engines that take phonemes."""
    say: str | None = None
    """Respelling for engines that take text only."""
    lang: str | None = None
    """"es": phonemes from the Spanish reading, anglicized (used when `ipa` is not given)."""

    def phonemes(self, phonemize: Phonemize) -> str | None:
        if self.ipa:
            return unicodedata.normalize("NFD", self.ipa)
        if self.lang == "es":
            ipa = spanish_phonemes(self.phrase, phonemize)
            return unicodedata.normalize("NFD", ipa) if ipa else None
        return None


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    spanish_letters: bool = False
    """Read unlisted words with Spanish letters through anglicized Spanish phonemes. Off by
    default: benchmarks/spanish_names.py did not show Whisper hearing such names better."""

    def __post_init__(self):
        forms: dict[str, Entry] = {}
        for e in self.entries:
            for form in {e.phrase, fold_accents(e.phrase)}:
                forms[form.lower()] = e
        self._forms = forms
        if forms:
            alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w\[])({alts})(?![\w\]]|['’][a-rt-z])({_TAIL})",
                                       re.IGNORECASE)
        else:
            self._pattern = None

    def lookup(self, phrase: str) -> Entry | None:
        return self._forms.get(phrase.lower())

    def apply(self, text: str, engine: Engine) -> str:
        """What `engine` is given for `text`: lexicon words marked (`mark`), then the engine's own
        preparation (Piper reads the sentence's phonemes with each listed word's IPA in place,
        so the words around it keep their weak forms and the sentence its rhythm)."""
        return engine.prepare(self.prepare(text, engine))

    def prepare(self, spoken: str, engine: Engine) -> str:
        """The synthesize stage's `prepare` hook: `spoken` with the lexicon's words marked for `engine`."""
        return self.mark(spoken, phonemes=engine.takes_phonemes, phonemize=engine.phonemize)

    def mark(self, text: str, *, phonemes: bool, phonemize: Phonemize = lambda text, language: None) -> str:
        """`text` with lexicon words replaced: by `[[ IPA ]]` when the engine takes phonemes,
        else by their respelling (words without one are left as written)."""
        def listed(m: re.Match) -> str:
            entry = self._forms[m.group(1).lower()]
            if phonemes:
                ipa = entry.phonemes(phonemize)
                if ipa:
                    return _block(ipa, m.group(2))
            elif entry.say:
                return entry.say + m.group(2)
            return m.group(0)

        # Split around [[ ... ]] blocks already in the text: those are never touched.
        parts = re.split(r"(\[\[.*?\]\])", text)
        for i in range(0, len(parts), 2):
            part = parts[i]
            if self._pattern is not None:
                part = self._pattern.sub(listed, part)
            if phonemes and self.spanish_letters:
                part = _spanish_words(part, phonemize)
            parts[i] = part
        # Neighbouring blocks become one, so Piper sees one word gap between them.
        return re.sub(r"\s*\]\]\s+\[\[\s*", " ", "".join(parts))


def _spanish_words(text: str, phonemize: Phonemize) -> str:
    def word(m: re.Match) -> str:
        ipa = spanish_phonemes(m.group(1), phonemize) if _SPANISH_LETTERS.search(m.group(1)) else None
        return _block(unicodedata.normalize("NFD", ipa), m.group(2)) if ipa else m.group(0)

    pieces = re.split(r"(\[\[.*?\]\])", text)
    for i in range(0, len(pieces), 2):
        pieces[i] = _SPANISH_WORD.sub(word, pieces[i])
    return "".join(pieces)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The lexicon in `path` (default: voices/lexicon.toml here, else the project's)."""
    if path is None:
        local = Path("voices") / "lexicon.toml"
        path = local if local.is_file() else DEFAULT_LEXICON
        if not Path(path).is_file():
            return Lexicon()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CastError(f"lexicon {path} not found") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise CastError(f"lexicon {path} cannot be read: {e}") from None
    options = data.pop("options", {}) if isinstance(data.get("options"), dict) else {}
    entries = []
    for phrase, value in data.items():
        if not isinstance(value, dict):
            raise CastError(f"lexicon {path}: entry {phrase!r} must be a table (ipa, say, lang)")
        unknown = set(value) - {"ipa", "say", "lang"}
        if unknown:
            raise CastError(f"lexicon {path}: entry {phrase!r} has unknown key {sorted(unknown)[0]!r}")
        if not (value.get("ipa") or value.get("say") or value.get("lang")):
            raise CastError(f"lexicon {path}: entry {phrase!r} needs ipa, say or lang")
        if value.get("lang") not in (None, "es"):
            raise CastError(f"lexicon {path}: entry {phrase!r} lang must be \"es\"")
        entries.append(Entry(phrase, value.get("ipa"), value.get("say"), value.get("lang")))
    return Lexicon(entries, spanish_letters=bool(options.get("spanish_letters", False)))
