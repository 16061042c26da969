"""`audioed follow` on a real local news site (HTTP on 127.0.0.1): 20 stories, then 3 edited and
2 added. The second pass renders exactly those 5, synthesizes only the changed sentences of
the edited ones (from their episode JSON), and the feed has 22 items, the 3 updated in place."""

import json
import os
import subprocess

import feedparser
import pytest

from follow_site import Site, audioed_cmd, share_model_cut, story

BASE = "http://podcast.example/valley/"


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("piper-models")


@pytest.fixture(autouse=True)
def _shared_cut(tmp_path, models_dir):
    share_model_cut(os.environ["AUDIOED_CACHE_DIR"], models_dir)


def follow(site, out, *more, check=True):
    r = subprocess.run(audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--once", "--base-url", BASE,
                                   "--cast", "fast", "--quotes", "plain", "--jobs", "1", "--retries", "0", "--json", *more),
                       capture_output=True, text=True, timeout=600)
    if check:
        assert r.returncode == 0, r.stderr
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def episodes(out):
    return {p.name[: -len(".episode.json")]: json.loads(p.read_text("utf-8")) for p in out.glob("*.episode.json")}


def test_twenty_stories_then_three_edited_and_two_added(tmp_path):
    out = tmp_path / "out"
    with Site(20) as site:
        r, first = follow(site, out)
        assert [i["outcome"] for i in first["items"]] == ["new"] * 20
        assert len(list(out.glob("*.mp3"))) == 20
        feed1 = feedparser.parse(out / "feed.xml")
        assert not feed1.bozo and len(feed1.entries) == 20
        before = episodes(out)
        mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.mp3")}

        edited = ["story-03", "story-10", "story-17"]
        for slug in edited:  # one sentence each: the cost paragraph is corrected
            site.find(slug)["paragraphs"][1] = (f"Council members later corrected the figure: the work in "
                                                f"{site.find(slug)['title'].split(' Opens')[0]} cost less than planned.")
        site.stories += [story(20), story(21)]
        r, second = follow(site, out)

        outcomes = {i["url"].rsplit("/", 1)[1][: -len(".html")]: i for i in second["items"]}
        assert sorted(k for k, i in outcomes.items() if i["outcome"] == "changed") == edited
        assert sorted(k for k, i in outcomes.items() if i["outcome"] == "new") == ["story-20", "story-21"]
        assert sum(i["outcome"] == "unchanged" for i in outcomes.values()) == 17
        # Unchanged pages were asked for with If-None-Match and answered 304.
        second_requests = site.requests[21:]
        assert sum(status == 304 for _, status in second_requests) == 17

    after = episodes(out)
    assert len(after) == 22 and len(list(out.glob("*.mp3"))) == 22
    changed_slugs = [outcomes[s]["episode"]["slug"] for s in edited]
    for slug in changed_slugs:
        clips = after[slug]["clips"]
        # Only the corrected sentence is new; everything else came from the clip cache.
        assert clips["synthesized"] == 1, (slug, clips)
        assert clips["cached"] == clips["total"] - 1
        assert after[slug]["guid"] == before[slug]["guid"]
        assert after[slug]["revision"] != before[slug]["revision"] and after[slug]["updated"]
    for slug in set(before) - set(changed_slugs):
        assert after[slug] == before[slug]
        assert (out / f"{slug}.mp3").stat().st_mtime_ns == mtimes[f"{slug}.mp3"]
    for s in ("story-20", "story-21"):
        clips = after[outcomes[s]["episode"]["slug"]]["clips"]
        assert clips["synthesized"] >= clips["total"] - 1  # at most the shared outro was cached

    feed2 = feedparser.parse(out / "feed.xml")
    assert not feed2.bozo and len(feed2.entries) == 22
    by_guid1 = {e.id: e for e in feed1.entries}
    by_guid2 = {e.id: e for e in feed2.entries}
    assert set(by_guid1) < set(by_guid2)
    for slug in changed_slugs:
        guid = before[slug]["guid"]
        old, new = by_guid1[guid], by_guid2[guid]
        assert old.enclosures[0].href != new.enclosures[0].href  # apps fetch the new audio
        assert new.enclosures[0].href.startswith(f"{BASE}{slug}.mp3?v=")
        assert "Updated" in new.description and "Updated" not in old.description
        assert new.get("updated")
    for guid in set(by_guid1) - {before[s]["guid"] for s in changed_slugs}:
        assert by_guid2[guid].enclosures[0].href == by_guid1[guid].enclosures[0].href


def test_broken_item_is_reported_and_retried_next_pass(tmp_path):
    out = tmp_path / "out"
    with Site(3) as site:
        site.broken.add("story-01")
        r, first = follow(site, out, check=False)
        assert r.returncode == 1
        kinds = {i["url"].rsplit("/", 1)[1]: i["outcome"] for i in first["items"]}
        assert kinds == {"story-00.html": "new", "story-01.html": "failed", "story-02.html": "new"}
        assert "HTTP 500" in r.stderr and "Traceback" not in r.stderr
        assert len(feedparser.parse(out / "feed.xml").entries) == 2
        status = subprocess.run(audioed_cmd("status", out), capture_output=True, text=True)
        assert "failed" in status.stdout and "HTTP 500" in status.stdout

        site.broken.clear()
        r, second = follow(site, out)
        kinds = {i["url"].rsplit("/", 1)[1]: i["outcome"] for i in second["items"]}
        assert kinds == {"story-00.html": "unchanged", "story-01.html": "new", "story-02.html": "unchanged"}
    assert len(feedparser.parse(out / "feed.xml").entries) == 3


def test_two_follow_processes_at_once_render_each_story_once(tmp_path):
    out = tmp_path / "out"
    with Site(4) as site:
        cmd = audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--once", "--base-url", BASE,
                          "--cast", "fast", "--quotes", "plain", "--jobs", "1", "--json")
        procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in results]
    kinds = sorted(i["outcome"] for o, _ in results for i in json.loads(o)["items"])
    assert kinds == ["new"] * 4 + ["unchanged"] * 4  # one did the work, the other found it done
    assert len(list(out.glob("*.mp3"))) == 4
    assert len(feedparser.parse(out / "feed.xml").entries) == 4
    assert not list(out.glob(".*.tmp")) and not (out / ".audioed-staging").exists()


def test_sigterm_stops_between_articles_with_nothing_half_written(tmp_path):
    import signal
    import time

    out = tmp_path / "out"
    with Site(6) as site:
        p = subprocess.Popen(audioed_cmd("follow", f"{site.url}/feed.xml", "-o", out, "--every", "1h",
                                         "--base-url", BASE, "--cast", "fast", "--quotes", "plain", "--jobs", "1"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while not list(out.glob("*.mp3")) and time.monotonic() < deadline:
            time.sleep(0.05)
        p.send_signal(signal.SIGTERM)
        stdout, stderr = p.communicate(timeout=300)
    assert p.returncode == 0, stderr
    assert "stopping after the current article" in stderr
    done = list(out.glob("*.mp3"))
    assert 1 <= len(done) < 6, stdout
    assert len(list(out.glob("*.episode.json"))) == len(done)
    assert not list(out.glob(".*.tmp")) and not (out / ".audioed-staging").exists()
    assert "(stopped early)" in stdout
