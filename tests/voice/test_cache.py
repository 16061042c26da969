"""The clip cache: content addressing, verification on read, atomic writes, resuming, and the CLI."""

import json
import os
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from audioed.voice.cache import ENV, CacheWarning, ClipCache, clip_key, default_dir
from audioed.voice.cast import parse_cast
from audioed.cli import main
from audioed.pipeline.render import make_script
from audioed.voice.synthesize import synthesize
from tiny_piper import build_tiny_voice

PCM = np.arange(-3000, 3000, 7, dtype=np.int16).tobytes()


@pytest.fixture
def cache(tmp_path):
    return ClipCache(tmp_path / "c")


@pytest.fixture
def tiny_cast(tmp_path):
    """A cast on a tiny deterministic Piper model: fast, and the same text always gives the same samples."""
    build_tiny_voice(Path("voices"), "tiny")
    return parse_cast({"roles": {"narrator": {"engine": "piper", "voice": "tiny"},
                                 "quote": {"engine": "piper", "voice": "tiny", "speaker": None}}})


def test_key_covers_engine_version_settings_and_text():
    ident = ["piper", "v1", [("pitch", 0.0), ("voice", "joe")]]
    k = clip_key(ident, "Hello.")
    assert k == clip_key(list(ident), "Hello.") and re.fullmatch(r"[0-9a-f]{64}", k)
    assert clip_key(ident, "Hello!") != k
    assert clip_key(["piper", "v2", ident[2]], "Hello.") != k
    assert clip_key(["piper", "v1", [("pitch", 1.0), ("voice", "joe")]], "Hello.") != k
    assert clip_key(["gtts", "v1", ident[2]], "Hello.") != k


def test_round_trip(cache):
    k = clip_key(["e", "1", []], "x")
    assert cache.get(k) is None and k not in cache
    cache.put(k, PCM, 22050)
    entry = cache.get(k)
    assert k in cache and entry.pcm == PCM and entry.frame_rate == 22050
    assert cache.stats() == (1, cache.path(k).stat().st_size)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_damaged_entry_is_dropped_with_a_warning(cache, damage):
    k = clip_key(["e", "1", []], "x")
    cache.put(k, PCM, 22050)
    p = cache.path(k)
    data = bytearray(p.read_bytes())
    if damage == "flip":
        data[-100] ^= 0xFF
    elif damage == "truncate":
        data = data[:-10]
    else:
        data = bytearray(b"not a clip at all")
    p.write_bytes(bytes(data))
    with pytest.warns(CacheWarning, match="damaged"):
        assert cache.get(k) is None
    assert not p.exists()


def test_interrupted_write_leaves_no_entry(cache, monkeypatch):
    k = clip_key(["e", "1", []], "x")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.put(k, PCM, 22050)
    monkeypatch.undo()
    assert cache.get(k) is None
    assert list(cache.directory.rglob(".*.tmp")) == []  # no temporary file left


def test_clear(cache):
    for i in range(3):
        cache.put(clip_key(["e", "1", []], str(i)), PCM, 16000)
    n, size = cache.stats()
    assert n == 3 and size > 3 * len(PCM)
    assert cache.clear() == (n, size)
    assert cache.stats() == (0, 0)


def test_default_dir_is_env_then_user_cache_dir(monkeypatch, tmp_path):
    assert default_dir() == tmp_path / "clip-cache"  # the autouse fixture's
    monkeypatch.delenv(ENV)
    from platformdirs import user_cache_dir

    assert default_dir() == Path(user_cache_dir("audioed", appauthor=False))


def _pcm(clips):
    return [c.audio.raw_data for c in clips]


def test_second_run_comes_from_cache_with_identical_audio(short_article, tiny_cast, cache):
    script = make_script(short_article)
    first = synthesize(script, tiny_cast, cache=cache, jobs=1)
    a = list(first)
    assert first.synthesized == len(a) and first.cached == 0 and not any(c.cached for c in a)
    second = synthesize(script, tiny_cast, cache=cache, jobs=1)
    b = list(second)
    assert second.synthesized == 0 and second.cached == len(b) == len(a)
    assert _pcm(a) == _pcm(b)


def test_corrupt_entry_is_synthesized_again(short_article, tiny_cast, cache):
    script = make_script(short_article)
    a = list(synthesize(script, tiny_cast, cache=cache, jobs=1))
    victim = sorted(cache.clips.rglob("*.clip"))[0]
    victim.write_bytes(victim.read_bytes()[:-2] + b"\x00\x01")
    again = synthesize(script, tiny_cast, cache=cache, jobs=1)
    with pytest.warns(CacheWarning, match="damaged"):
        b = list(again)
    assert again.synthesized == 1 and again.cached == len(a) - 1
    assert _pcm(a) == _pcm(b)
    assert victim.exists()  # written again, whole


def test_interrupted_synthesis_resumes_from_cache(short_article, tiny_cast, cache):
    script = make_script(short_article)
    it = iter(synthesize(script, tiny_cast, cache=cache, jobs=1))
    done = [next(it) for _ in range(3)]
    it.close()  # the render stopped here (Ctrl-C, a crash)
    resumed = synthesize(script, tiny_cast, cache=cache, jobs=1)
    clips = list(resumed)
    assert resumed.cached == len(done) == 3 and resumed.synthesized == len(clips) - 3
    assert _pcm(clips[:3]) == _pcm(done)


@pytest.mark.parametrize("executor", ["process", "thread"])
def test_parallel_clips_come_out_in_script_order(short_article, tiny_cast, tmp_path, executor):
    script = make_script(short_article)
    serial = list(synthesize(script, tiny_cast, jobs=1))
    parallel = synthesize(script, tiny_cast, cache=ClipCache(tmp_path / executor), jobs=2, executor=executor)
    clips = list(parallel)
    assert [c.utterance for c in clips] == [c.utterance for c in serial]
    assert _pcm(clips) == _pcm(serial)
    assert parallel.synthesized == len(clips)


def test_lexicon_hook_changes_engine_text_and_cache_key(short_article, tiny_cast, cache):
    script = make_script(short_article)
    seen = []

    def prepare(text, phonemes):
        seen.append(phonemes)
        return text.replace("library", "[[ ˈlaɪbɹɛɹi ]]")

    plain = synthesize(script, tiny_cast, cache=cache, jobs=1)
    list(plain)
    hooked = synthesize(script, tiny_cast, cache=cache, jobs=1, prepare=prepare)
    clips = list(hooked)
    assert seen and all(seen)  # Piper takes phonemes
    changed = [c for c in clips if "library" in c.utterance.spoken]
    assert changed and hooked.synthesized == len(changed)  # only the sentences the lexicon touched


def _render(runner, article, out, *extra):
    r = runner.invoke(main, ["render", str(article), "-o", str(out), "--json", *extra])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_rerender_after_editing_one_paragraph(short_article, tmp_path):
    """Real joe voice, CLI: unchanged re-render synthesizes nothing; an edit re-synthesizes only its paragraph."""
    runner = CliRunner()
    out = tmp_path / "out"
    cold = _render(runner, short_article, out)
    assert cold["clips_synthesized"] == cold["clips"] > 0 and cold["clips_cached"] == 0
    cold_mp3 = (out / f"{cold['slug']}.mp3").read_bytes()
    warm = _render(runner, short_article, out)
    assert warm["clips_synthesized"] == 0 and warm["clips_cached"] == cold["clips"]
    # Levelled again from the notes kept in the cache, without measuring: the same audio.
    assert (out / f"{warm['slug']}.mp3").read_bytes() == cold_mp3
    assert warm["loudness"] == cold["loudness"]
    sidecar = json.loads((out / f"{warm['slug']}.episode.json").read_text())
    assert sidecar["clips"] == {"total": cold["clips"], "synthesized": 0, "cached": cold["clips"]}

    text = short_article.read_text(encoding="utf-8")
    edited = text.replace("room for 40,000 books", "room for 50,000 books")
    assert edited != text
    short_article.write_text(edited, encoding="utf-8")
    from audioed.voice.cast import load_cast

    script = make_script(short_article)
    target = next(l.paragraph for _, l in script.lines() if "50,000" in l.text)
    missing = synthesize(script, load_cast(), cache=ClipCache()).missing()
    assert [u.line.paragraph for u in missing] == [target]
    again = _render(runner, short_article, out)
    assert again["clips_synthesized"] == 1 and again["clips_cached"] == cold["clips"] - 1


def test_cache_command_shows_and_clears(tmp_path):
    runner = CliRunner()
    c = ClipCache(tmp_path / "cc")
    for i in range(2):
        c.put(clip_key(["e", "1", []], str(i)), PCM, 16000)
    r = runner.invoke(main, ["cache", "--cache-dir", str(tmp_path / "cc")])
    assert r.exit_code == 0 and "2 clips" in r.output and str(tmp_path / "cc") in r.output
    r = runner.invoke(main, ["cache", "--cache-dir", str(tmp_path / "cc"), "--clear"])
    assert r.exit_code == 0 and "removed 2 clips" in r.output
    assert c.stats() == (0, 0)


def test_clear_removes_the_compiled_patterns_too(tmp_path):
    # the command line keeps its compiled regular expressions in the cache directory (regex_cache)
    c = ClipCache(tmp_path / "cc")
    c.put(clip_key(["e", "1", []], "x"), PCM, 16000)
    patterns = tmp_path / "cc" / "regex-cpython-311-test.marshal"
    patterns.write_bytes(b"x" * 1000)
    n, size = c.clear()
    assert n == 1 and size >= 1000 + len(PCM)
    assert not patterns.exists()


def test_clear_removes_the_kept_voice_models_too(tmp_path, monkeypatch):
    """A render keeps the embedded voice's cut model in models/; --clear leaves no models/ behind
    (a bad cut kept there would otherwise outlive every clear), and --help says so."""
    from audioed.engines import create, piper

    monkeypatch.setenv(ENV, str(tmp_path / "cc"))
    piper._drop_sessions()
    try:
        create("piper").voice  # cut and kept
    finally:
        piper._drop_sessions()
    c = ClipCache()
    c.put(clip_key(["e", "1", []], "x"), PCM, 16000)
    kept, clip = c.models_size(), c.stats()[1]
    assert kept > 10_000_000 and any((tmp_path / "cc" / "models").iterdir())
    runner = CliRunner()
    r = runner.invoke(main, ["cache"])
    assert r.exit_code == 0 and f"kept voice models {kept / 1e6:.1f} MB" in r.output
    r = runner.invoke(main, ["cache", "--clear"])
    assert r.exit_code == 0
    assert f"removed 1 clips and the kept voice models ({(kept + clip) / 1e6:.1f} MB)" in r.output
    assert list((tmp_path / "cc").iterdir()) == []
    help_text = " ".join(runner.invoke(main, ["cache", "--help"]).output.split())
    assert "Delete every cached clip and the voice models kept beside them (models/" in help_text


def test_interrupted_render_resumes(short_article, tmp_path):
    """Ctrl-C part-way through a real render: no output files, whole cache entries; the next run resumes."""
    import signal
    import subprocess
    import sys
    import time

    cache = ClipCache(tmp_path / "resume-cache")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "audioed", "render", str(short_article), "-o", str(out),
           "--cache-dir", str(cache.directory), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}  # this checkout's audioed
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while cache.stats()[0] < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "render finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and err.decode().strip().splitlines() == ["error: interrupted"]
    assert not out.exists() or [p.name for p in out.iterdir()] == []
    assert list(cache.directory.rglob(".*.tmp")) == []  # no temporary file left
    done = cache.stats()[0]
    assert done >= 3

    result = _render(CliRunner(), short_article, out, "--cache-dir", str(cache.directory))
    assert result["clips_cached"] >= done and result["clips_synthesized"] == result["clips"] - result["clips_cached"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_jobs_is_the_cores_synthesis_uses(short_article, tiny_cast, jobs):
    """`--jobs 1` is a one-core render (the model sessions get one thread, not every core);
    `--jobs N` runs N synthesis workers of one core each."""
    from audioed import engines

    engines.set_threads(0)
    synthesis = synthesize(make_script(short_article), tiny_cast, jobs=jobs, executor="thread")
    assert list(synthesis)
    assert engines.threads() == 1
