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
    normal = create("piper").synthesize(text)
    slow = create("piper", length_scale=1.5).synthesize(text)
    assert len(slow) > 1.3 * len(normal)


def test_unknown_option_is_a_cast_error():
    with pytest.raises(CastError, match="no option 'pitchh'"):
        create("piper", pitchh=2)


def test_unknown_voice_is_a_cast_error():
    with pytest.raises(CastError, match="not found"):
        create("piper", voice="no-such-voice")


def test_sessions_past_the_memory_budget_are_dropped_and_work_goes_on(monkeypatch):
    """Two threads synthesizing at once, with a budget every call exceeds: the loaded sessions
    are dropped between calls (never under a call in flight), loaded again, and every call
    still gives speech."""
    from concurrent.futures import ThreadPoolExecutor

    from audioed.engines import piper

    engine = create("piper")
    engine.synthesize("Warm up.")  # loaded
    monkeypatch.setattr(piper, "MEMORY_BUDGET_MB", 0)
    before = piper._leases.recycled
    texts = [f"Sentence number {n} of the test, spoken by two threads at once." for n in range(6)]
    with ThreadPoolExecutor(2) as pool:
        clips = list(pool.map(engine.synthesize, texts))
    assert piper._leases.recycled > before
    for clip in clips:
        assert len(clip) > 1500 and np.abs(np.frombuffer(clip.raw_data, dtype=np.int16)).max() > 3000
    assert piper._load.cache_info().currsize == 0  # the last call out dropped them


def test_resident_memory_is_read_on_linux():
    from audioed.engines import piper

    assert 10 < piper._resident_mb() < 100_000
