"""BS.1770 loudness in numpy, judged by ffmpeg's ebur128 filter on real Piper speech."""

import json
import math
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from audioed.audio import level as V
from audioed.audio import loudness as L
from audioed.errors import AudioError
from publish_helpers import FFMPEG, ebur128, piper_speech, write_wav


@pytest.fixture(scope="module")
def speech():
    return piper_speech()


def _episode(clips, rate, pause_ms=350):
    """The clips stitched with pauses, as the assembler does."""
    gap = np.zeros(round(rate * pause_ms / 1000), dtype=clips[0].dtype)
    parts = []
    for c in clips:
        parts += [c, gap]
    return np.concatenate(parts)


def test_integrated_loudness_agrees_with_ffmpeg_on_piper_speech(speech, tmp_path):
    clips, rate = speech
    audio = _episode(clips, rate)
    ff_lufs, ff_peak = ebur128(write_wav(tmp_path / "speech.wav", audio, rate))
    m = L.measure(audio, rate)
    assert abs(m.integrated - ff_lufs) <= 0.5
    assert abs(m.true_peak_db - ff_peak) <= 0.5


def test_clip_by_clip_measure_equals_whole_episode(speech):
    clips, rate = speech
    whole = L.measure(_episode(clips, rate), rate).integrated
    # A pause is whole granules of zero energy (a clip's partial last granule makes up the rest).
    pause = L.Measure(rate, np.zeros(round(0.35 * rate / L.granule(rate))))
    parts = []
    for c in clips:
        parts += [L.measure(c, rate), pause]
    assert abs(L.join(parts).integrated - whole) <= 0.05


def test_measure_in_any_order_then_join_in_episode_order(speech):
    clips, rate = speech
    # Workers finish out of order; the join follows episode order, so the result is the same.
    by_index = {i: L.measure(c, rate) for i, c in reversed(list(enumerate(clips)))}
    joined = L.join(by_index[i] for i in range(len(clips)))
    assert joined.integrated == pytest.approx(L.join(L.measure(c, rate) for c in clips).integrated)


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_calibration_sine(rate):
    # BS.1770: a 997 Hz sine at -20 dBFS reads -23.0 LUFS (mono, channel weight 1).
    t = np.arange(rate * 5) / rate
    x = 10 ** (-20 / 20) * np.sin(2 * math.pi * 997 * t)
    assert L.measure(x, rate).integrated == pytest.approx(-23.01, abs=0.1)


def test_gates_drop_silence_and_quiet_passages():
    rate = 48000
    t = np.arange(rate * 10) / rate
    loud = 0.1 * np.sin(2 * math.pi * 997 * t)
    with_silence = np.concatenate([loud, np.zeros(rate * 20)])
    # 20 s of silence would pull an ungated mean down by 4.8 dB; gated, only the three blocks
    # that straddle the end of the tone count, and they are within 0.1 LU.
    assert L.measure(with_silence, rate).integrated == pytest.approx(L.measure(loud, rate).integrated, abs=0.1)
    # A passage 30 dB down is under the relative gate (-10 LU): it does not pull the result down
    # (ungated, the mean would be 3 dB lower); only the blocks straddling the change count.
    quiet = loud * 10 ** (-30 / 20)
    assert L.measure(np.concatenate([loud, quiet]), rate).integrated == pytest.approx(
        L.measure(loud, rate).integrated, abs=0.1)
    # A passage 6 dB down is above it and counts.
    half = loud * 0.5
    assert L.measure(np.concatenate([loud, half]), rate).integrated < L.measure(loud, rate).integrated - 1


def test_true_peak_sees_intersample_peaks():
    rate = 44100
    n = np.arange(rate)
    # fs/4 sine at 45 degrees: every sample is at 0.707 but the waveform reaches 1.0 between them.
    x = np.sin(2 * math.pi * n / 4 + math.pi / 4)
    assert np.abs(x).max() == pytest.approx(0.7071, abs=1e-3)
    assert L.measure(x, rate).true_peak_db == pytest.approx(0.0, abs=0.2)


def _crest_burst(n, crest, rate):
    """A 1 kHz burst at 0.5 (-6 dBFS) with a crest at sample `crest`, faded in and out (a hard gate's
    edge would read higher than the crest and hide it)."""
    t = n - crest
    fade = np.where(np.abs(t) < rate // 10, 0.5 + 0.5 * np.cos(np.pi * t / (rate // 10)), 0.0)
    return 0.5 * np.cos(2 * math.pi * 1000 * t / rate) * fade


@pytest.mark.parametrize("offset", [-2, 0, 1, 3])
def test_a_file_read_in_chunks_has_the_true_peak_of_the_whole(tmp_path, monkeypatch, offset):
    # A crest at the seam between two streamed chunks: with each chunk padded by zeros there, the
    # interpolated points rang like a cut and read up to +0.9 dB (a Piper draw failed the MP3 test).
    rate = L.FILE_RATE
    monkeypatch.setattr(L, "FILE_CHUNK_S", 1)
    x = _crest_burst(np.arange(2 * rate), rate + offset, rate)  # 1 kHz: a crest every 48 samples
    wav = write_wav(tmp_path / "seam.wav", x, rate)
    whole = L.measure(np.round(x * 32767) / 32768, rate).true_peak_db
    assert whole == pytest.approx(-6.02, abs=0.05)
    assert L.measure_file(wav).true_peak_db == pytest.approx(whole, abs=0.01)


def test_a_crest_on_a_files_last_sample_and_in_either_channel_is_counted(tmp_path, monkeypatch):
    # The stream's end is measured with nothing after it; a stereo file's channels apart.
    rate = L.FILE_RATE
    monkeypatch.setattr(L, "FILE_CHUNK_S", 1)
    n = np.arange(rate + rate // 2)
    end = _crest_burst(n, len(n) - 1, rate)
    mono = write_wav(tmp_path / "end.wav", end, rate)
    assert L.measure_file(mono).true_peak_db == pytest.approx(L.measure(end, rate).true_peak_db, abs=0.05)
    left, right = 0.1 * _crest_burst(n, rate // 2, rate), _crest_burst(n, rate, rate)
    stereo = tmp_path / "stereo.wav"
    pcm = (np.stack([left, right], axis=1) * 32767).round().astype("<i2")
    with wave.open(str(stereo), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    assert L.measure_file(stereo, channels=2).true_peak_db == pytest.approx(-6.02, abs=0.05)


def test_levelled_mp3_meets_the_podcast_target(speech, tmp_path):
    # The whole promise: levelled before encoding, the MP3 itself reads -16 LUFS, <= -1 dBTP.
    clips, rate = speech
    leveler = V.Leveler(rate, target_lufs=-16.0)  # lossy: aims for what the MP3 will measure
    out = [leveler.samples(c, voice="narrator") for c in clips]
    wav = write_wav(tmp_path / "levelled.wav", _episode(out, rate), rate)
    mp3 = tmp_path / "levelled.mp3"
    subprocess.run([FFMPEG, "-y", "-hide_banner", "-loglevel", "error", "-i", str(wav), "-ar", "44100",
                    "-ac", "1", "-c:a", "libmp3lame", "-b:a", "96k", str(mp3)], check=True)
    lufs, peak = ebur128(mp3)
    assert lufs == pytest.approx(-16.0, abs=0.5)
    assert peak <= -1.0
    # The meter `audioed inspect` uses reads the MP3 as ffmpeg does.
    m = L.measure_file(mp3)
    assert m.integrated == pytest.approx(lufs, abs=0.2) and m.true_peak_db == pytest.approx(peak, abs=0.3)
    assert leveler.report()["integrated_lufs"] == pytest.approx(lufs, abs=0.3)


def test_errors_are_audio_errors():
    with pytest.raises(AudioError):
        L.measure(np.zeros((100, 2)), 44100)
    with pytest.raises(AudioError):
        V.gain_to_target(L.measure(np.zeros(44100), 44100).integrated)
    with pytest.raises(AudioError):
        L.join([L.measure(np.zeros(10), 44100), L.measure(np.zeros(10), 48000)])
    with pytest.raises(AudioError):
        L.measure_file(Path(__file__))  # not audio


def test_leveler_levels_clips_as_they_come_and_reports_the_episode(speech, tmp_path):
    clips, rate = speech
    lev = V.Leveler(rate, target_lufs=-18.0, lossy=False)
    out = [lev.samples(c, voice="narrator") for c in clips]
    # A clip shorter than a gating block gets the voice's gain, not a wild guess.
    raw = clips[1][rate: rate + rate // 5]
    short = lev.samples(raw, voice="narrator")
    assert out[0].dtype == np.int16 and short.dtype == np.int16
    expected = np.mean([-18.0 - L.measure(c, rate).integrated for c in clips])
    rms = lambda a: np.sqrt(np.mean(a.astype(float) ** 2))
    assert 20 * np.log10(rms(short) / rms(raw)) == pytest.approx(expected, abs=1.0)
    lufs, peak = ebur128(write_wav(tmp_path / "ep.wav", _episode(out, rate), rate))
    assert lufs == pytest.approx(-18.0, abs=0.3) and peak <= -1.0
    assert lev.report()["integrated_lufs"] == pytest.approx(lufs, abs=0.3)


def test_sparse_peak_envelope_matches_full_interpolation_on_speech(speech):
    clips, rate = speech
    phases = L._oversampler()
    taps = phases.shape[1]
    for c in clips:
        x = c.astype(np.float64) / 32768
        full = np.abs(x)
        for p in phases[1:]:
            full = np.maximum(full, np.abs(np.convolve(x, p)[taps // 2: taps // 2 + len(x)]))
        sparse = L.peak_envelope(x)
        assert sparse.max() == pytest.approx(full.max(), rel=1e-9)
        near = full >= 0.5 * np.abs(x).max()
        assert np.allclose(sparse[near], full[near])


def test_empty_and_silent_clips_pass_through():
    lev = V.Leveler(22050)
    assert len(lev.samples(np.zeros(0, dtype=np.int16), voice="narrator")) == 0
    assert not lev.samples(np.zeros(22050, dtype=np.int16), voice="narrator").any()


def test_levelling_again_from_a_note_gives_the_same_clip(speech):
    """A re-render levels cached clips from the note kept beside them: same samples, same measure."""
    clips, rate = speech
    x = max(clips, key=len)
    first = V.Leveler(rate)
    done = first.prepare(x)
    assert done.dips is not None  # the limiter worked on this clip, so the note carries dips
    note = json.loads(json.dumps(first.note(done)))  # as stored in the cache
    again = V.Leveler(rate).prepare(x, note)
    assert np.array_equal(again.samples, done.samples)
    assert again.measure.integrated == pytest.approx(done.measure.integrated, abs=1e-4)
    assert again.gain_db == done.gain_db and again.own == done.own


def test_a_note_for_other_settings_or_another_clip_is_not_used(speech):
    clips, rate = speech
    x = max(clips, key=len)
    leveler = V.Leveler(rate)
    note = leveler.note(leveler.prepare(x))
    other_target = V.Leveler(rate, target_lufs=-20.0)
    assert other_target._redo(L.as_float(x), note) is None
    assert leveler._redo(L.as_float(x[: len(x) // 2]), note) is None
    assert leveler._redo(L.as_float(x), {**note, "energy": "not base64!"}) is None
