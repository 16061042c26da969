"""The engine interface and registry: built-in and third-party engines go through the same entry points."""

import sys
import textwrap

import numpy as np
import pytest

from audioed.voice.cast import parse_cast
from audioed.engines import Engine, Option, available, create, engine_class, validate_settings
from audioed.errors import CastError, EngineError
from quoted_script import quoted_script
from audioed.voice.synthesize import synthesize


def test_builtin_engines_are_entry_points():
    eps = available()
    assert {"piper", "gtts"} <= set(eps)
    assert eps["piper"].value == "audioed.engines.piper:PiperEngine"
    assert engine_class("gtts").needs_network and not engine_class("piper").needs_network
    assert engine_class("piper").takes_phonemes and not engine_class("gtts").takes_phonemes


@pytest.mark.parametrize("name", ["piper", "gtts"])
def test_every_option_is_declared_with_type_default_and_help(name):
    cls = engine_class(name)
    assert cls.options
    for key, opt in cls.options.items():
        assert isinstance(opt, Option) and opt.help and isinstance(opt.type, type)
        assert opt.default is None or isinstance(opt.default, opt.type), key


def test_unknown_engine_names_the_available_ones():
    with pytest.raises(CastError, match=r"unknown engine 'espeak' \(available: .*gtts.*piper"):
        engine_class("espeak")


class _Probe(Engine):
    name = "probe"
    options = {"rate": Option(float, 1.0, "r"), "loud": Option(bool, False, "l")}


def test_settings_validation():
    assert validate_settings(_Probe, {}) == {"rate": 1.0, "loud": False}
    assert validate_settings(_Probe, {"rate": 2}) == {"rate": 2.0, "loud": False}  # int accepted for float
    with pytest.raises(CastError, match="option 'loud' must be bool"):
        validate_settings(_Probe, {"loud": "yes"})
    with pytest.raises(CastError, match="has no option 'speed' \\(options: loud, rate\\)"):
        validate_settings(_Probe, {"speed": 1})


def test_identity_changes_with_settings():
    a = create("piper").identity()
    assert a == create("piper", voice="joe", volume=1.0).identity()  # defaults spelled out or not
    assert create("piper", length_scale=1.2).identity() != a


THIRD_PARTY = '''
import numpy as np
from audioed.audio.pcm import AudioSegment
from audioed.engines import Engine, Option

class BeepEngine(Engine):
    name = "beep"
    options = {"hz": Option(float, 300.0, "Tone frequency")}

    @property
    def sample_rate(self):
        return 8000

    @property
    def version(self):
        return "beep 1"

    def synthesize(self, text):
        t = np.arange(len(text) * 200) / 8000
        pcm = (12000 * np.sin(2 * np.pi * self.settings["hz"] * t)).astype(np.int16)
        return AudioSegment(data=pcm.tobytes(), sample_width=2, frame_rate=8000, channels=1)
'''


@pytest.fixture
def third_party(tmp_path, monkeypatch):
    """An installed third-party engine: a module and a dist-info with an `audioed.engines` entry point."""
    site = tmp_path / "site"
    (site / "beep_engine-1.0.dist-info").mkdir(parents=True)
    (site / "beep_engine.py").write_text(THIRD_PARTY)
    (site / "beep_engine-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: beep-engine\nVersion: 1.0\n")
    (site / "beep_engine-1.0.dist-info" / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [audioed.engines]
            beep = beep_engine:BeepEngine
            """))
    monkeypatch.syspath_prepend(str(site))
    yield
    sys.modules.pop("beep_engine", None)


def test_third_party_engine_is_found_and_speaks_in_an_episode(third_party):
    assert "beep" in available()
    engine = create("beep", hz=500)
    assert engine.settings == {"hz": 500.0}
    cast = parse_cast({"roles": {"narrator": {"engine": "piper"}, "quote": {"engine": "beep"}}})
    synthesis = synthesize(quoted_script(), cast, jobs=1)
    clips = list(synthesis)
    quotes = [c for c in clips if c.utterance.line.role == "quote"]
    assert quotes and synthesis.frame_rate == 22050
    for c in quotes:  # beep's 8 kHz conformed to the narrator's rate, length kept
        assert c.audio.frame_rate == 22050
        assert abs(len(c.audio) - len(c.utterance.spoken) * 25) <= 2


def test_engine_that_fails_to_import_is_an_engine_error(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "broken-1.0.dist-info").mkdir(parents=True)
    (site / "broken-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: broken\nVersion: 1.0\n")
    (site / "broken-1.0.dist-info" / "entry_points.txt").write_text(
        "[audioed.engines]\nbroken = no_such_module_xyz:Engine\n")
    monkeypatch.syspath_prepend(str(site))
    with pytest.raises(EngineError, match="engine 'broken' cannot be loaded"):
        engine_class("broken")


# --- `audioed voices` ---------------------------------------------------------------------------

def test_voices_lists_engines_options_voices_and_casts():
    from pathlib import Path

    from click.testing import CliRunner

    from audioed.cli import main
    from tiny_piper import build_tiny_voice

    build_tiny_voice(Path("voices"), "tiny")
    r = CliRunner().invoke(main, ["voices"])
    assert r.exit_code == 0, r.output
    assert "gtts (online)" in r.output and "piper (offline)" in r.output
    assert "length_scale = None" in r.output and "tld = 'com'" in r.output
    assert "voices: joe, tiny" in r.output
    for cast in ("default", "ensemble", "fast", "google", "mixed", "speakers"):
        assert f"  {cast}  (" in r.output


def test_voices_preview_renders_a_sample(tmp_path):
    from pathlib import Path

    from click.testing import CliRunner
    from mutagen.mp3 import MP3

    from audioed.cli import main
    from tiny_piper import build_tiny_voice

    build_tiny_voice(Path("voices"), "tiny")
    r = CliRunner().invoke(main, ["voices", "--preview", "tiny", "-o", str(tmp_path / "p")])
    assert r.exit_code == 0, r.output
    mp3 = Path(r.output.strip())
    assert mp3 == tmp_path / "p" / "preview-tiny.mp3"
    assert 1.0 < MP3(mp3).info.length < 30
    r = CliRunner().invoke(main, ["voices", "--preview", "nobody-at-all"])
    assert r.exit_code == 1
    assert r.output.strip() == ("error: 'nobody-at-all' is neither a cast, an engine nor a voice "
                                "(see `audioed voices`)")
