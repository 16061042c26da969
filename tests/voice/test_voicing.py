"""Derived voices: pitch shift, per-speaker voices, levels matched in a render (real Piper, real ffmpeg)."""

from __future__ import annotations

import math

import pytest

from audioed.voice.cast import load_cast, parse_cast
from audioed.errors import CastError
from audioed.model import Line
from audioed.voice.voices import Voices
from audioed.engines.piper import PiperEngine
from publish_helpers import ebur128_segment as integrated_loudness
from audioed.voice.voicing import (
    SPEAKER_TEMPOS,
    median_pitch,
    shift_pitch,
    speaker_pool,
)

# Several lines, as in an episode: Piper's noise makes single clips vary by about a decibel.
LINES = ["The council voted late on Monday to close the old bridge.",
         "Nobody expected the repairs to cost this much, or to take this long.",
         "We will keep the ferry running until the new bridge opens in the spring.",
         "Residents say the detour adds half an hour to every trip into town."]


def read(engine, lines=LINES):
    from functools import reduce

    return reduce(lambda a, b: a + b, (engine.synthesize(t) for t in lines))


@pytest.fixture(scope="module")
def narrator_clip():
    from audioed.engines import create

    # (the four lines, not one sentence: Piper's noise moves one clip's median pitch enough that a three-semitone
    # shift measured under 1.5 semitones about once in forty clips; four lines' median holds)
    return read(create("piper"))


def test_pitch_shift_raises_median_pitch_and_keeps_duration(narrator_clip):
    up = shift_pitch(narrator_clip, 3.0)
    down = shift_pitch(narrator_clip, -3.0)
    f0 = median_pitch(narrator_clip)
    assert 60 < f0 < 250  # a speaking voice
    assert median_pitch(up) / f0 > 2 ** (1.5 / 12)
    assert median_pitch(down) / f0 < 2 ** (-1.5 / 12)
    assert abs(len(up) - len(narrator_clip)) < 0.02 * len(narrator_clip)


@pytest.mark.parametrize("samples", [1, 100, 1100, 30000])
def test_pitch_shift_keeps_every_sample_of_short_clips(samples):
    import numpy as np

    from audioed.audio.pcm import AudioSegment

    noise = (np.random.default_rng(0).standard_normal(samples) * 3000).astype(np.int16)
    clip = AudioSegment(data=noise.tobytes(), sample_width=2, frame_rate=22050, channels=1)
    shifted = shift_pitch(clip, 3.0)
    assert len(shifted.raw_data) == len(clip.raw_data)
    if samples >= 1100:
        assert np.abs(np.frombuffer(shifted.raw_data, dtype=np.int16)).max() > 300


def test_median_pitch_of_a_known_tone():
    import numpy as np

    from audioed.audio.pcm import AudioSegment

    sr = 22050
    t = np.arange(sr * 2) / sr
    wave = (8000 * np.sign(np.sin(2 * math.pi * 150 * t))).astype(np.int16)
    f0 = median_pitch(AudioSegment(data=wave.tobytes(), sample_width=2, frame_rate=sr, channels=1))
    assert abs(f0 - 150) < 3


def heard(cast, speakers=(None,)):
    """What each voice sounds like in a render: LINES read by the narrator and by each quoted
    speaker, synthesized and levelled by the render's own path; audio joined per voice."""
    from audioed.audio.level import Leveler
    from audioed.model import Script, Section
    from audioed.pipeline.render import levelled
    from audioed.voice.synthesize import synthesize

    lines = [Line("narrator", t, t, paragraph=i) for i, t in enumerate(LINES)]
    lines += [Line("quote", t, t, paragraph=10 + i, speaker=who) for who in speakers for i, t in enumerate(LINES)]
    synthesis = synthesize(Script(title="t", sections=[Section(title="s", lines=lines)]), cast, jobs=2)
    out = {}
    for clip in levelled(synthesis, Leveler(synthesis.frame_rate)):
        key = "narrator" if clip.utterance.line.role == "narrator" else clip.utterance.line.speaker
        out[key] = out[key] + clip.audio if key in out else clip.audio
    return out


def test_quote_voice_differs_in_pitch_and_is_as_loud_as_the_narrator_in_a_render():
    voices = heard(load_cast())
    narrator, quote = voices["narrator"], voices[None]
    assert abs(integrated_loudness(quote) - integrated_loudness(narrator)) <= 1.0
    assert 12 * math.log2(median_pitch(quote) / median_pitch(narrator)) > 1.5


def test_each_speaker_keeps_one_voice_and_speakers_differ():
    cast = load_cast("voices/speakers.toml")
    assert cast.speaker_voices
    voices = Voices(cast)
    peña = voices.for_line(Line("quote", "", "", speaker="Eduardo Peña"))
    allen = voices.for_line(Line("quote", "", "", speaker="Jennifer Allen"))
    assert voices.for_line(Line("quote", "", "", speaker="Eduardo Peña")) is peña
    assert allen is not peña
    assert allen.version != peña.version
    # Unattributed quotations use the quote role's voice.
    unknown = voices.for_line(Line("quote", "", "", speaker=None))
    assert unknown is voices.engine(cast.voice_for("quote"))


def test_speakers_voices_sound_different_and_as_loud_as_the_narrator_in_a_render():
    voices = heard(load_cast("voices/speakers.toml"), speakers=("Ann Lee", "Bo Diaz"))
    narrator, a, b = voices["narrator"], voices["Ann Lee"], voices["Bo Diaz"]
    assert abs(12 * math.log2(median_pitch(a) / median_pitch(b))) > 1.5
    for clip in (a, b):
        assert abs(integrated_loudness(clip) - integrated_loudness(narrator)) <= 1.0


def test_speaker_pool_puts_the_engines_other_voices_first(tmp_path, monkeypatch):
    (tmp_path / "anna.onnx").write_bytes(b"model")
    (tmp_path / "anna.onnx.json").write_text("{}")
    (tmp_path / "noconfig.onnx").write_bytes(b"model")
    monkeypatch.setattr(PiperEngine, "search_dirs", (tmp_path,))
    quote = load_cast().voice_for("quote")
    engine = Voices(load_cast()).engine(quote)
    assert engine.speaker_voices() == [{"voice": str(tmp_path / "anna.onnx")}]
    pool = speaker_pool(quote, engine)
    assert dict(pool[0].settings)["voice"] == str(tmp_path / "anna.onnx")
    assert len({spec.key() for spec in pool}) == len(pool)
    # the derived variants speak at other tempos, through the engine's own setting
    assert {dict(spec.settings).get("length_scale") for spec in pool[1:]} == {round(t, 3) for t in SPEAKER_TEMPOS}


@pytest.mark.parametrize("pitch", [20, "high", True])
def test_pitch_outside_range_is_a_cast_error(pitch):
    with pytest.raises(CastError, match="pitch"):
        parse_cast({"roles": {"narrator": {"engine": "piper"},
                              "quote": {"engine": "piper", "pitch": pitch}}})


def test_engine_override_keeps_the_quote_pitch():
    cast = parse_cast({"roles": {"narrator": {"engine": "piper"},
                                 "quote": {"engine": "piper", "pitch": 2}}}, engine="piper")
    assert cast.voice_for("quote").pitch == 2.0
