"""Faults during a real render (real Piper, real ffmpeg, real file systems): killed, full disk,
read-only output, network failures, damaged cache, two renders at once. Fakes only at the
network edge (gTTS through `responses`)."""

from __future__ import annotations

import ctypes
import io
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
import requests
import responses
from click.testing import CliRunner
from urllib3.exceptions import ProtocolError

from audioed.voice.cache import ClipCache
from audioed.cli import main
from audioed.engines.gtts import GttsEngine
from conftest import ROOT, SHORT_ARTICLE
from test_gtts import URL, google_body, mp3_tone, spoken_text

BASE = "http://127.0.0.1:8000/pod/"
OUTPUTS = ("mp3", "jpg", "chapters.json", "vtt", "srt", "html", "episode.json")
TOPICS = ["river", "bridge", "market", "school", "clinic", "library", "harbor", "station", "park",
          "museum", "theater", "stadium"]


def long_article(path: Path) -> Path:
    """An article of about thirty distinct sentences: long enough to be caught mid-synthesis."""
    paras = ["Harbor Town Rebuilds Its Waterfront", "By Sam Reed"]
    for i, t in enumerate(TOPICS[:8]):
        paras.append(f"The {t} project began in {1990 + i}. Workers spent {i + 3} months on the {t} "
                     f"near the old {TOPICS[i - 1]}. Residents said the {t} changed how the town felt.")
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def env() -> dict:
    """The environment for a CLI subprocess: this checkout's package first (not the installed one)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def cli(*args) -> list[str]:
    return [sys.executable, "-m", "audioed", *map(str, args)]


def published(out: Path) -> list[str]:
    """Every non-hidden name in the output directory: what a feed, a server or a user would see."""
    return sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) if out.exists() else []


def one_error_line(stderr: str) -> str:
    lines = [l for l in stderr.strip().splitlines() if not l.startswith("warning: ")]
    assert "Traceback" not in stderr and len(lines) == 1 and lines[0].startswith("error: "), stderr
    return lines[0]


# --- killed midway -----------------------------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["SIGKILL", "SIGTERM", "SIGINT"])
def test_killed_render_leaves_no_output_and_resumes_from_the_cache(tmp_path, sig):
    article = long_article(tmp_path / "harbor.txt")
    out, cache = tmp_path / "out", ClipCache(tmp_path / "kill-cache")
    proc = subprocess.Popen(cli("render", article, "-o", out, "--cache-dir", cache.directory, "--jobs", "1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    deadline = time.monotonic() + 120
    while cache.stats()[0] < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the render finished before it could be killed"
    assert list((out / ".audioed-staging").rglob("*.mp3")), "the MP3 was not being written yet"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig != signal.SIGINT:  # no chance to clean up: the next run sweeps
        assert proc.returncode == -sig
    else:
        assert proc.returncode == 130 and err.decode().strip().splitlines() == ["error: interrupted"]
        assert not out.exists() or list(out.iterdir()) == []  # cleaned up on the way out
    assert published(out) == []  # nothing under a final name, whole or half
    assert list(cache.directory.rglob("*.clip")) and all(cache.get(p.stem) for p in cache.clips.rglob("*.clip"))
    whole = cache.stats()[0]
    assert whole >= 5

    # A feed built now (another render finishing, `audioed feed`) publishes nothing of it.
    r = subprocess.run(cli("feed", out, "--base-url", BASE), capture_output=True, text=True, env=env())
    assert r.returncode == 0, r.stderr
    assert feedparser.parse((out / "feed.xml").read_bytes()).entries == []

    r = subprocess.run(cli("render", article, "-o", out, "--cache-dir", cache.directory, "--json", "--feed",
                           "--base-url", BASE), capture_output=True, text=True, env=env())
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["clips_cached"] >= whole and result["clips_synthesized"] == result["clips"] - result["clips_cached"]
    assert result["clips_synthesized"] > 0  # it was killed midway, not after the last clip
    slug = result["slug"]
    assert published(out) == sorted([f"{slug}.{e}" for e in OUTPUTS] + ["feed-cover.jpg", "feed.xml", "index.html"])
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".feed.lock"]  # killed run swept
    assert [e.title for e in feedparser.parse((out / "feed.xml").read_bytes()).entries] == [
        "Harbor Town Rebuilds Its Waterfront"]


def test_a_live_render_keeps_its_staging_directory_from_another_run(tmp_path):
    """The sweep removes only directories whose render is dead: a running render's stays."""
    from audioed.publish.staging import Staging

    out = tmp_path / "out"
    out.mkdir()
    with Staging(out) as live:
        live.write("a.txt", "live")
        with Staging(out) as other:  # sweeps on creation
            other.write("b.txt", "other")
            assert (live.private / "a.txt").read_text() == "live"
            other.commit()
        assert (live.private / "a.txt").read_text() == "live"
        live.commit()
    assert published(out) == ["a.txt", "b.txt"] and not (out / ".audioed-staging").exists()


# --- full disk, read-only output ---------------------------------------------------------------

@pytest.fixture(scope="module")
def namespaces():
    """Run shell scripts as root of a private user+mount namespace: a tiny tmpfs or a read-only
    bind mount without privileges on the host (works as root and as a user where allowed)."""
    if shutil.which("unshare") is None:
        pytest.skip("needs util-linux unshare for a private tmpfs / read-only mount")
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k none /tmp"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"user namespaces not available here: {probe.stderr.strip()}")

    def run(script: str) -> subprocess.CompletedProcess:
        return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                              capture_output=True, text=True, env=env(), timeout=300)

    return run


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """The short article rendered once (cache filled), and the sizes of its MP3 and cover."""
    tmp = tmp_path_factory.mktemp("warm")
    article = tmp / "library.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    cache = tmp / "cache"
    r = subprocess.run(cli("render", article, "-o", tmp / "out", "--cache-dir", cache, "--json"),
                       capture_output=True, text=True, env=env(), cwd=ROOT)
    assert r.returncode == 0, r.stderr
    slug = json.loads(r.stdout)["slug"]
    return article, cache, (tmp / "out" / f"{slug}.mp3").stat().st_size, (tmp / "out" / f"{slug}.jpg").stat().st_size, slug


@pytest.mark.parametrize("where", ["encoding", "tagging", "cover"])
def test_full_disk_is_one_error_line_and_leaves_nothing(tmp_path, namespaces, warm, where):
    """The output directory on a real tmpfs too small for the episode: ENOSPC at each stage."""
    article, cache, mp3_bytes, cover_bytes, slug = warm
    size = {"encoding": 64 * 1024, "tagging": mp3_bytes - cover_bytes // 3, "cover": mp3_bytes + cover_bytes // 2}[where]
    disk, out = tmp_path / "disk", tmp_path / "disk" / "out"
    disk.mkdir()
    q = shlex.quote
    r = namespaces(f"mount -t tmpfs -o size={size} none {q(str(disk))} && mkdir {q(str(out))} || exit 99\n"
                   f"{shlex.join(cli('render', article, '-o', out, '--cache-dir', cache))}; rc=$?\n"
                   f"find {q(str(out))} -mindepth 1 -type f > {q(str(tmp_path / 'left'))}; exit $rc")
    assert r.returncode == 1, r.stderr
    # Each names the file as the user knows it, not the temporary one.
    what = {"encoding": f"{out / slug}.mp3", "tagging": f"the tags of {out / slug}.mp3", "cover": f"{out / slug}.jpg"}
    assert one_error_line(r.stderr) == f"error: cannot write {what[where]}: No space left on device"
    assert (tmp_path / "left").read_text() == ""  # no file at all: no final name, no temporary one


def test_full_disk_under_the_clip_cache_costs_a_warning_not_the_render(tmp_path, namespaces, warm):
    article = warm[0]
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    r = namespaces(f"mount -t tmpfs -o size=32k none {shlex.quote(str(disk))} || exit 99\n"
                   f"{shlex.join(cli('render', article, '-o', out, '--cache-dir', disk / 'cache', '--json'))}")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().splitlines() == [f"warning: clip cache {disk / 'cache'} cannot be written "
                                             f"(No space left on device)"]
    assert len(published(out)) == len(OUTPUTS)


def test_read_only_output_directory_by_a_read_only_mount(tmp_path, namespaces, warm):
    """Works as root too: a read-only mount stops every write, whatever the permissions."""
    out = tmp_path / "out"
    out.mkdir()
    q = shlex.quote(str(out))
    r = namespaces(f"mount --bind {q} {q} && mount -o remount,bind,ro {q} || exit 99\n"
                   f"{shlex.join(cli('render', warm[0], '-o', out, '--cache-dir', warm[1]))}")
    assert r.returncode == 1, r.stderr
    assert one_error_line(r.stderr) == f"error: output directory {out} is not writable: Read-only file system"
    assert list(out.iterdir()) == []


def _without_dac_override():
    """In the child: give up root's power to write where permissions say no (CAP_DAC_OVERRIDE)."""
    libc = ctypes.CDLL(None, use_errno=True)
    PR_CAPBSET_DROP, CAP_DAC_OVERRIDE = 24, 1
    if libc.prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
        os._exit(98)


@pytest.mark.parametrize("target", ["existing", "to-create"])
def test_read_only_output_directory_by_permissions(tmp_path, warm, target):
    parent = tmp_path / "ro"
    parent.mkdir()
    out = parent if target == "existing" else parent / "new"
    parent.chmod(0o555)
    try:
        # As root, drop the capability that ignores permissions (it is dropped from the bounding
        # set, so the render's own exec does not get it back).
        r = subprocess.run(cli("render", warm[0], "-o", out, "--cache-dir", warm[1]), capture_output=True,
                           text=True, env=env(), preexec_fn=_without_dac_override if os.geteuid() == 0 else None)
    finally:
        parent.chmod(0o755)
    if r.returncode == 98:
        pytest.skip("running as root without CAP_SETPCAP: cannot drop CAP_DAC_OVERRIDE")
    assert r.returncode == 1, r.stderr
    said = one_error_line(r.stderr)
    if target == "existing":
        assert said == f"error: output directory {out} is not writable: Permission denied"
    else:
        assert said == f"error: cannot create output directory {out}: Permission denied"
    assert list(parent.iterdir()) == []


# --- network --------------------------------------------------------------------------------------

@pytest.fixture
def sleeps(monkeypatch):
    waited = []
    monkeypatch.setattr(GttsEngine, "sleep", staticmethod(waited.append))
    return waited


class CutOff(io.RawIOBase):
    """A response body whose connection breaks after 40 bytes (what urllib3 raises then)."""

    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def readable(self):
        return True

    def readinto(self, b):
        if self.pos >= 40:
            raise ProtocolError("Connection broken: IncompleteRead(40 bytes read)")
        n = min(len(b), 40 - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


@pytest.mark.parametrize("failure", [lambda: requests.ReadTimeout("Read timed out. (read timeout=15.0)"),
                                     lambda: requests.ConnectionError("Connection reset by peer"),
                                     lambda: io.BufferedReader(CutOff(google_body(mp3_tone(0.6)).encode()), 16)],
                         ids=["timeout", "reset", "cut-off-body"])
@responses.activate
def test_gtts_network_failure_midway_retries_fails_clearly_and_keeps_the_clips_made(
        short_article, tmp_path, sleeps, failure):
    """Google answers three clips, then the network goes: retried, then one error line; the
    three clips stay in the cache and the next run (network back) asks only for the rest."""
    tone = mp3_tone(0.6)
    for _ in range(3):
        responses.post(URL, body=google_body(tone))
    responses.post(URL, body=failure())
    out, cache = tmp_path / "out", tmp_path / "gtts-cache"
    args = ["render", str(short_article), "-o", str(out), "--engine", "gtts", "--jobs", "1",
            "--cache-dir", str(cache)]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 1 and "Traceback" not in r.output
    line = one_error_line(r.output)
    assert line.startswith("error: cannot reach Google text-to-speech at translate.google.com (")
    assert line.endswith("gtts needs the network, use --engine piper to render offline")
    assert len(sleeps) == GttsEngine.connect_retries and len(responses.calls) == 3 + GttsEngine.connect_retries + 1
    assert sleeps[1] > sleeps[0]  # backing off
    assert not out.exists() or list(out.iterdir()) == []
    assert ClipCache(cache).stats()[0] == 3
    made = [spoken_text(c) for c in responses.calls[:3]]

    responses.reset()
    responses.post(URL, body=google_body(tone))
    r = CliRunner().invoke(main, args + ["--json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    assert result["clips_cached"] == 3 and result["clips_synthesized"] == result["clips"] - 3
    asked = [spoken_text(c) for c in responses.calls]  # (gTTS splits long sentences: >= 1 call each)
    assert len(asked) >= result["clips"] - 3 and not set(made) & set(asked)


# --- damaged cache --------------------------------------------------------------------------------

def test_damaged_cache_entries_are_reported_and_made_again(tmp_path, warm):
    article = warm[0]
    cache = ClipCache(tmp_path / "cache")
    out = tmp_path / "out"
    render = cli("render", article, "-o", out, "--cache-dir", cache.directory, "--json")
    first = subprocess.run(render, capture_output=True, text=True, env=env())
    assert first.returncode == 0, first.stderr
    entries = sorted(cache.clips.rglob("*.clip"))
    flipped, truncated, emptied = entries[0], entries[1], entries[2]
    data = bytearray(flipped.read_bytes())
    data[-100] ^= 0x40  # one bit of the audio
    flipped.write_bytes(bytes(data))
    truncated.write_bytes(truncated.read_bytes()[:-1000])
    emptied.write_bytes(b"")

    again = subprocess.run(render, capture_output=True, text=True, env=env())
    assert again.returncode == 0, again.stderr
    warnings = again.stderr.strip().splitlines()
    assert sorted(warnings) == sorted(f"warning: clip cache entry {p.name} is damaged; synthesizing it again"
                                      for p in (flipped, truncated, emptied))
    result = json.loads(again.stdout)
    assert result["clips_synthesized"] == 3 and result["clips_cached"] == result["clips"] - 3
    assert all(cache.get(p.stem) is not None for p in (flipped, truncated, emptied))  # whole again

    third = subprocess.run(render, capture_output=True, text=True, env=env())
    assert third.stderr == "" and json.loads(third.stdout)["clips_synthesized"] == 0


# --- two renders at once ----------------------------------------------------------------------------

@pytest.mark.parametrize("same", [False, True], ids=["two-articles", "same-article"])
def test_two_renders_into_one_directory_at_once(tmp_path, same):
    a = tmp_path / "library.txt"
    a.write_text(SHORT_ARTICLE, encoding="utf-8")
    b = a if same else tmp_path / "harbor.txt"
    if not same:
        b.write_text(SHORT_ARTICLE.replace("Town Opens New Library After Long Campaign",
                                           "Harbor Reopens After Storm").replace("library", "harbor"), encoding="utf-8")
    out = tmp_path / "out"
    procs = [subprocess.Popen(cli("render", src, "-o", out, "--feed", "--base-url", BASE, "--json", "--jobs", "1"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
             for src in (a, b)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    slugs = {json.loads(o)["slug"] for o, _ in results}
    assert len(slugs) == (1 if same else 2)
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0
    titles = {"Town Opens New Library After Long Campaign"} | (set() if same else {"Harbor Reopens After Storm"})
    assert {e.title for e in parsed.entries} == titles and len(parsed.entries) == len(titles)
    for e in parsed.entries:
        (enc,) = e.enclosures
        assert int(enc.length) == (out / enc.href.rsplit("/", 1)[1]).stat().st_size
    assert published(out) == sorted([f"{s}.{e}" for s in slugs for e in OUTPUTS] + ["feed-cover.jpg", "feed.xml", "index.html"])
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".feed.lock"]


def test_batch_render_reports_a_damaged_entry_as_one_warning_line(tmp_path, warm):
    """Several articles render in worker processes: their warnings reach the user like a single render's."""
    cache = ClipCache(tmp_path / "cache")
    shutil.copytree(warm[1], cache.directory)
    victim = sorted(cache.clips.rglob("*.clip"))[0]
    victim.write_bytes(victim.read_bytes()[:-10])
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(warm[0], articles / "library.txt")
    (articles / "harbor.txt").write_text(SHORT_ARTICLE.replace("Town Opens New Library After Long Campaign",
                                                               "Harbor Reopens After Storm"), encoding="utf-8")
    r = subprocess.run(cli("render", articles, "-o", tmp_path / "out", "--cache-dir", cache.directory, "--jobs", "2"),
                       capture_output=True, text=True, env=env())
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().splitlines() == [f"warning: clip cache entry {victim.name} is damaged; "
                                             "synthesizing it again"]
    assert cache.get(victim.stem) is not None
