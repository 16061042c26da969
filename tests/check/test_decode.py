"""The check's decoder: faster-whisper's samples, kept as 16 bits until a piece is heard."""

from __future__ import annotations

import numpy as np
import pytest

from audioed.check.segments import _silent_at
from audioed.check.whisper import as_float, decode, decode_pcm16, peak
from audioed.errors import AudioError
from publish_helpers import make_mp3


@pytest.mark.parametrize("seconds", [0.3, 7.0])
def test_the_samples_are_faster_whispers(tmp_path, seconds):
    from faster_whisper import decode_audio

    mp3 = make_mp3(tmp_path / "tone.mp3", seconds=seconds)
    pcm = decode_pcm16(mp3)
    assert pcm.dtype == np.int16
    theirs = decode_audio(str(mp3), sampling_rate=16000)
    assert len(pcm) == len(theirs) and abs(len(pcm) / 16000 - seconds) < 0.1
    assert np.array_equal(as_float(pcm), theirs)
    assert np.array_equal(decode(mp3), theirs)


def test_a_16_bit_episode_is_judged_at_the_same_loudness_as_a_float_one(tmp_path):
    pcm = decode_pcm16(make_mp3(tmp_path / "tone.mp3", seconds=1.0))
    assert peak(pcm) == pytest.approx(peak(as_float(pcm))) and 0.1 < peak(pcm) < 0.2  # ffmpeg's sine is at 1/8
    quiet = np.zeros(16000, dtype=np.int16)
    quiet[8000:] = pcm[8000:16000]
    for samples in (quiet, as_float(quiet)):
        assert _silent_at(samples, 200) and not _silent_at(samples, 800)


def test_a_file_that_is_not_audio_is_one_error(tmp_path):
    bad = tmp_path / "notes.mp3"
    bad.write_text("not audio at all\n" * 50)
    with pytest.raises(AudioError, match="cannot decode .*notes.mp3"):
        decode_pcm16(bad)
