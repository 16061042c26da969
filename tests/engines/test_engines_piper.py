"""Piper beyond the defaults: pitch, other models (built here), speakers, downloads, and a mixed-model episode."""

import json
from pathlib import Path

import numpy as np
import pytest
import requests
import responses
from click.testing import CliRunner

from audioed.voice.cast import parse_cast
from audioed.cli import main
from audioed.engines import create
from audioed.engines.piper import PiperEngine, download_voice
from audioed.voice.voicing import shift_pitch
from audioed.errors import CastError, NetworkError
from audioed.audio.ffmpeg import run
from quoted_script import quoted_script
from tiny_piper import build_tiny_voice


def samples(audio) -> np.ndarray:
    return np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float64)


def dominant_hz(x: np.ndarray, rate: int, lo=50.0, hi=1000.0) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    band = (freqs >= lo) & (freqs <= hi)
    return float(freqs[band][spectrum[band].argmax()])


def tonality(x: np.ndarray, rate: int, hz: float) -> float:
    """Share of the energy within 5% of `hz`: near 1 for the tiny voice's tone, small for speech."""
    power = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    return float(power[np.abs(freqs - hz) <= hz * 0.05].sum() / power.sum())


def centroid(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x))
    return float((spectrum * np.fft.rfftfreq(len(x), 1 / rate)).sum() / spectrum.sum())


# --- pitch (audioed.voice.voicing applies it after any engine) ----------------------------------------

def test_pitch_keeps_formants_no_chipmunk():
    """A naive shift moves the whole spectrum by the pitch ratio; ours moves the envelope far less."""
    audio = create("piper").synthesize("The Border Patrol trains with Mexican police.")
    rate = audio.frame_rate
    ours = samples(shift_pitch(audio, 4.0))
    naive = np.frombuffer(run(["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0", "-af",
                               f"rubberband=pitch={2 ** (4 / 12)}:formant=shifted", "-f", "s16le", "pipe:1"],
                              input=audio.raw_data).stdout, dtype=np.int16).astype(float)
    base = centroid(samples(audio), rate)
    assert abs(centroid(ours, rate) / base - 1) < 0.5 * abs(centroid(naive, rate) / base - 1)


# --- other models --------------------------------------------------------------------------------

def test_second_model_by_name_and_by_path(tmp_path):
    path = build_tiny_voice(Path("voices"), "tiny")
    by_name = create("piper", voice="tiny")
    by_path = create("piper", voice=str(tmp_path / "voices" / "tiny.onnx"))
    for engine in (by_name, by_path):
        audio = engine.synthesize("Hello there.")
        assert engine.sample_rate == audio.frame_rate == 16000
        assert dominant_hz(samples(audio), 16000) == pytest.approx(440, abs=3)
    assert "tiny" in PiperEngine.voices()
    assert by_name.model_path.resolve() == path.resolve()


def test_changed_model_file_changes_the_version(tmp_path):
    build_tiny_voice(Path("voices"), "tiny", freq=440)
    before = create("piper", voice="tiny").version
    build_tiny_voice(Path("voices"), "tiny", freq=330)
    assert create("piper", voice="tiny").version != before


def test_multi_speaker_model():
    build_tiny_voice(Path("voices"), "duo", speakers=2)
    zero = create("piper", voice="duo", speaker=0).synthesize("Hello there.")
    one = create("piper", voice="duo", speaker=1).synthesize("Hello there.")
    assert dominant_hz(samples(zero), 16000) == pytest.approx(440, abs=3)
    assert dominant_hz(samples(one), 16000) == pytest.approx(660, abs=3)
    with pytest.raises(CastError, match="has 2 speaker"):
        create("piper", voice="duo", speaker=2)


def test_missing_config_is_a_cast_error():
    path = build_tiny_voice(Path("voices"), "lonely")
    Path(f"{path}.json").unlink()
    with pytest.raises(CastError, match="no config file"):
        create("piper", voice="lonely")


def test_episode_with_narrator_and_quotes_from_different_models(tmp_path):
    """Must-show 3: one episode, narrator from the joe model, quotes from a second Piper model."""
    from audioed.audio.assemble import assemble
    from audioed.voice.cast import load_cast
    from audioed.audio.encode import Mp3Encoder
    from audioed.voice.synthesize import synthesize

    # 1.5 kHz, not 440 Hz: a male voice's 4th/5th harmonics often sit near 440 Hz, which made
    # the speech side of this comparison flaky; speech has little energy in a narrow band at 1.5 kHz.
    build_tiny_voice(Path("voices"), "tiny", freq=1500)
    cast_file = tmp_path / "two-models.toml"
    cast_file.write_text('[roles.narrator]\nengine = "piper"\nvoice = "joe"\n\n'
                         '[roles.quote]\nengine = "piper"\nvoice = "tiny"\n')
    script = quoted_script()
    synthesis = synthesize(script, load_cast(cast_file), jobs=2)
    mp3 = tmp_path / "episode.mp3"
    encoder = Mp3Encoder(mp3, frame_rate=synthesis.frame_rate)
    timeline = assemble(synthesis, encoder, frame_rate=synthesis.frame_rate,
                        section_titles=[s.title for s in script.sections])
    encoder.close()
    quote_engine = synthesis.voices.for_line(script.sections[1].lines[1])
    assert getattr(quote_engine, "inner", quote_engine).model_path.name == "tiny.onnx"
    rate = 44100
    pcm = np.frombuffer(run(["-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", str(rate), "pipe:1"]).stdout,
                        dtype=np.int16).astype(float)
    by_role = {"quote": [], "narrator": []}
    for cue in timeline.cues:
        if cue.role in by_role:
            a, b = int(cue.start_ms * rate / 1000) + 1000, int(cue.end_ms * rate / 1000) - 1000
            by_role[cue.role].append(tonality(pcm[a:b], rate, 1500))
    assert len(by_role["quote"]) == 3 and len(by_role["narrator"]) == 3
    assert min(by_role["quote"]) > 0.8  # the tiny model's steady tone
    assert max(by_role["narrator"]) < 0.2  # joe's speech


# --- downloads -----------------------------------------------------------------------------------

BASE = "https://huggingface.co/rhasspy/piper-voices/resolve/main/en/en_US/lessac/medium/en_US-lessac-medium"


@responses.activate
def test_download_official_voice(tmp_path):
    responses.get(f"{BASE}.onnx.json?download=true", body=b'{"audio": {"sample_rate": 22050}}')
    responses.get(f"{BASE}.onnx?download=true", body=b"model bytes")
    path = download_voice("en_US-lessac-medium", tmp_path / "v")
    assert path == tmp_path / "v" / "en_US-lessac-medium.onnx"
    assert path.read_bytes() == b"model bytes"
    assert json.loads(Path(f"{path}.json").read_text())["audio"]["sample_rate"] == 22050
    assert not list((tmp_path / "v").glob(".*"))


@responses.activate
def test_a_download_cut_short_leaves_neither_file(tmp_path):
    responses.get(f"{BASE}.onnx.json?download=true", body=b'{"audio": {"sample_rate": 22050}}')
    responses.get(f"{BASE}.onnx?download=true", body=requests.exceptions.ChunkedEncodingError("connection reset"))
    with pytest.raises(NetworkError):
        download_voice("en_US-lessac-medium", tmp_path / "v")
    assert list((tmp_path / "v").iterdir()) == []  # not the config alone, no temporary file


@responses.activate
def test_download_of_unknown_voice(tmp_path):
    responses.get(f"{BASE.replace('lessac', 'nobody')}.onnx.json?download=true", status=404)
    with pytest.raises(CastError, match="no official Piper voice named 'en_US-nobody-medium'"):
        download_voice("en_US-nobody-medium", tmp_path / "v")


@responses.activate
def test_download_without_network_is_one_clear_line(tmp_path):
    responses.get(f"{BASE}.onnx.json?download=true", body=requests.ConnectionError(
        "HTTPSConnectionPool: Failed to resolve 'huggingface.co' (Name or service not known)"))
    r = CliRunner().invoke(main, ["voices", "--download", "en_US-lessac-medium"])
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.output
    assert lines[0] == ("error: cannot download Piper voice en_US-lessac-medium: huggingface.co is not "
                        "reachable (name resolution failed); copy its .onnx and .onnx.json into voices/ instead")
    assert not Path("voices/en_US-lessac-medium.onnx").exists()
    with pytest.raises(NetworkError):
        download_voice("en_US-lessac-medium", tmp_path / "v")
