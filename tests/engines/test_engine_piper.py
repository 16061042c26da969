import numpy as np
import pytest

from audioed.engines import available, create
from audioed.errors import CastError


def test_piper_is_registered_through_entry_points():
    assert "piper" in available()


def test_real_piper_synthesizes_speech():
    engine = create("piper")
    audio = engine.synthesize("The Border Patrol trains with Mexican police.")
    samples = np.frombuffer(audio.raw_data, dtype=np.int16)
    assert audio.frame_rate == engine.sample_rate == 22050
    assert audio.channels == 1 and audio.sample_width == 2
    assert 1.5 < len(audio) / 1000 < 6  # a seven-word sentence takes a few seconds
    assert np.abs(samples).max() > 3000  # not silence


def test_length_scale_slows_speech():
    text = "A sentence of some length, spoken twice."
    # (phoneme-width noise off: with it each phoneme's length is drawn anew, and one CI run drew a "normal"
    # reading 17% longer than usual; the scale alone is what this test is about)
    normal = create("piper", noise_w=0.0).synthesize(text)
    slow = create("piper", noise_w=0.0, length_scale=1.5).synthesize(text)
    assert len(slow) > 1.3 * len(normal)


def test_unknown_option_is_a_cast_error():
    with pytest.raises(CastError, match="no option 'pitchh'"):
        create("piper", pitchh=2)


def test_unknown_voice_is_a_cast_error():
    with pytest.raises(CastError, match="not found"):
        create("piper", voice="no-such-voice")
