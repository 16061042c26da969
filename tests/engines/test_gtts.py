"""The gtts engine with only the HTTP faked (responses): gTTS's own request and parsing code runs."""

import base64
import json
import re

import numpy as np
import pytest
import requests
import responses
from click.testing import CliRunner

from audioed.voice.cast import parse_cast
from audioed.cli import main
from audioed.engines import create
from audioed.engines.gtts import GttsEngine
from audioed.errors import CastError, EngineError, NetworkError
from audioed.audio.ffmpeg import run
from quoted_script import quoted_script
from audioed.audio.level import Leveler
from audioed.pipeline.render import levelled
from audioed.voice.synthesize import synthesize
from publish_helpers import ebur128_segment as integrated_loudness

URL = "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"


def mp3_tone(seconds: float = 1.8, gain: float = 0.2) -> bytes:
    """A voice-like harmonic tone as Google would send it: MP3, 24 kHz mono, well below full scale."""
    rate = 24000
    t = np.arange(int(seconds * rate)) / rate
    x = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 8))
    pcm = (gain * 32767 * x / np.abs(x).max()).astype(np.int16)
    return run(["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0", "-c:a", "libmp3lame",
                "-b:a", "32k", "-f", "mp3", "pipe:1"], input=pcm.tobytes()).stdout


def google_body(mp3: bytes) -> str:
    """The batchexecute answer gTTS parses: the MP3 base64-encoded inside a JSON-ish envelope."""
    b64 = base64.b64encode(mp3).decode("ascii")
    inner = '[\\"' + b64 + '\\"]'
    return (")]}'\n\n" + str(len(b64) + 60) + "\n"
            '[["wrb.fr","jQ1olc","' + inner + '",null,null,null,"generic"],["di",52],["af.httprm",51,"1",7]]\n'
            '25\n[["e",4,null,null,' + str(len(b64) + 120) + ']]\n')


@pytest.fixture
def sleeps(monkeypatch):
    """Record back-off sleeps instead of waiting."""
    waited = []
    monkeypatch.setattr(GttsEngine, "sleep", staticmethod(waited.append))
    return waited


@pytest.fixture(scope="module")
def tone():
    return mp3_tone()


def spoken_text(call) -> str:
    """The text gTTS sent in one request (its own packaging: f.req=[[["jQ1olc","[text,lang,...]"]]])."""
    from urllib.parse import parse_qs

    freq = json.loads(parse_qs(call.request.body)["f.req"][0])
    return json.loads(freq[0][0][1])[0]


@responses.activate
def test_synthesize_decodes_and_levels_the_mp3(tone, sleeps):
    responses.post(URL, body=google_body(tone))
    engine = create("gtts", lang="en", tld="com")
    audio = engine.synthesize("Hello from Google.")
    x = np.frombuffer(audio.raw_data, dtype=np.int16)
    assert audio.frame_rate == engine.sample_rate == 24000 and audio.channels == 1
    assert 1.7 < len(audio) / 1000 < 2.0
    assert np.abs(x.astype(np.int32)).max() == 32767  # peak-normalized like Piper's clips
    assert spoken_text(responses.calls[0]) == "Hello from Google."
    assert sleeps == []


@responses.activate
def test_tld_picks_the_google_host(tone, sleeps):
    responses.post(URL.replace(".com", ".co.uk"), body=google_body(tone))
    create("gtts", tld="co.uk").synthesize("Good morning.")
    assert len(responses.calls) == 1


@responses.activate
def test_429_is_retried_with_exponential_backoff(tone, sleeps):
    responses.post(URL, status=429)
    responses.post(URL, status=429)
    responses.post(URL, status=503)
    responses.post(URL, body=google_body(tone))
    audio = create("gtts").synthesize("Patience pays.")
    assert len(audio) > 400 and len(responses.calls) == 4
    assert len(sleeps) == 3
    assert all(b / a == pytest.approx(2, rel=0.3) for a, b in zip(sleeps, sleeps[1:]))


@responses.activate
def test_persistent_5xx_gives_up_with_one_clear_error(sleeps):
    responses.post(URL, status=503)
    with pytest.raises(NetworkError, match=r"kept answering HTTP 503 after 5 attempts.*--engine piper"):
        create("gtts").synthesize("Nobody home.")
    assert len(responses.calls) == GttsEngine.retries + 1


@responses.activate
def test_403_is_not_retried(sleeps):
    responses.post(URL, status=403)
    with pytest.raises(EngineError, match="403"):
        create("gtts").synthesize("Forbidden.")
    assert len(responses.calls) == 1 and sleeps == []


def test_unknown_language_is_a_cast_error():
    with pytest.raises(CastError, match="no language 'xx-nope'"):
        create("gtts", lang="xx-nope")


def _offline():
    responses.post(URL, body=requests.ConnectionError(
        "HTTPSConnectionPool(host='translate.google.com', port=443): Max retries exceeded "
        "(Caused by NameResolutionError: Failed to resolve 'translate.google.com' "
        "([Errno -2] Name or service not known))"))


@responses.activate
def test_offline_render_is_one_clear_error_line(short_article, tmp_path, sleeps):
    """Must-show 4a: no Google, one line that says so and suggests Piper; nothing left in the output."""
    _offline()
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["render", str(short_article), "-o", str(out), "--engine", "gtts", "--jobs", "1"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    lines = r.output.strip().splitlines()
    assert lines == ["error: cannot reach Google text-to-speech at translate.google.com (name resolution "
                     "failed); gtts needs the network, use --engine piper to render offline"]
    assert len(sleeps) == GttsEngine.connect_retries  # a blip would have been retried
    assert not out.exists() or not any(out.iterdir())


@responses.activate
def test_whole_episode_through_gtts_with_a_429_answered_by_a_retry(short_article, tmp_path, tone, sleeps):
    """Must-show 4b: every clip through gTTS's request code against faked HTTP, one 429 on the way."""
    responses.post(URL, status=429)
    responses.post(URL, body=google_body(tone))
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["render", str(short_article), "-o", str(out), "--engine", "gtts", "--json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    assert result["clips_synthesized"] == result["clips"] > 3 and result["clips_cached"] == 0
    assert len(sleeps) == 1  # the 429
    assert len(responses.calls) >= result["clips"] + 1
    info = json.loads(CliRunner().invoke(main, ["inspect", str(out / f"{result['slug']}.mp3"), "--json"]).output)
    assert info["title"] == "Town Opens New Library After Long Campaign"
    assert abs(info["duration_s"] * 1000 - result["duration_ms"]) < 150
    sent = " ".join(spoken_text(c) for c in responses.calls)
    assert "library" in sent and "Maria Lopez" in sent


@responses.activate
def test_mixed_engines_match_rate_and_level(tone, sleeps):
    """Piper narrator (22.05 kHz) and gTTS quotes (24 kHz) in one episode: one rate, same peak level."""
    responses.post(URL.replace(".com", ".co.uk"), body=google_body(tone))
    cast = parse_cast({"roles": {"narrator": {"engine": "piper"},
                                 "quote": {"engine": "gtts", "tld": "co.uk"}}})
    synthesis = synthesize(quoted_script(), cast, jobs=2, executor="thread")
    clips = list(levelled(synthesis, Leveler(synthesis.frame_rate)))  # as a render levels them
    by_role = {}
    for c in clips:
        assert c.audio.frame_rate == 22050
        by_role.setdefault(c.utterance.line.role, []).append(c.audio)
    assert by_role["quote"] and by_role["narrator"]
    # Loudness (BS.1770, measured by ffmpeg) of everything each voice said: the gTTS quotes
    # are brought to the Piper narrator's level.
    quote = integrated_loudness(sum(by_role["quote"][1:], by_role["quote"][0]))
    narrator = integrated_loudness(sum(by_role["narrator"][1:], by_role["narrator"][0]))
    assert abs(quote - narrator) <= 1.5, (quote, narrator)
    assert all(re.search(r"translate\.google\.co\.uk", c.request.url) for c in responses.calls)


@pytest.mark.net
def test_real_google_speaks():
    engine = create("gtts")
    audio = engine.synthesize("This is a test of the online voice.")
    x = np.frombuffer(audio.raw_data, dtype=np.int16)
    assert 1.0 < len(audio) / 1000 < 6 and np.abs(x.astype(np.int32)).max() == 32767
