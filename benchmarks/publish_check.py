"""Check what a podcast app gets from rendered articles, and print the figures.

    python benchmarks/publish_check.py [ARTICLE ...] [-o DIR]

Renders each article into DIR with `--feed` (default: the reference article and a Wikinews
article from the corpus), then prints for each episode: loudness and true peak by ffmpeg's
ebur128=peak=true, the CPU time spent levelling clips, the largest gap between the ID3
chapters and the chapters JSON / first VTT cue of each chapter; then for the feed: what
feedparser and podcast-partytime make of it, enclosure lengths against file sizes, guids
before and after a rebuild; and the enclosures fetched from `audioed serve` whole and by
Range requests, compared byte for byte.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = [CORPUS / "propublica-border-patrol.txt", CORPUS / "wikinews-warhol-photo-legacy" / "source.txt"]


def ebur128(path: Path) -> tuple[float, float]:
    """(LUFS, dBTP) by ffmpeg's ebur128 filter: a judge independent of audioed's own meter."""
    import re

    from audioed.audio.ffmpeg import run

    said = run(["-nostdin", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"]).stderr.decode()
    summary = said.rsplit("Summary:", 1)[-1]
    lufs = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary).group(1)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1)
    return float(lufs), float(peak)


def get(url: str, headers=None) -> tuple[int, bytes]:
    u = urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    c.request("GET", u.path, headers=headers or {})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("-o", "--out", type=Path, default=Path("/tmp/audioed-publish-check"))
    ap.add_argument("--reuse", action="store_true", help="check the episodes already in OUT, render nothing")
    args = ap.parse_args()

    import feedparser
    import webvtt
    from mutagen.id3 import ID3

    from audioed.audio import level as loudness
    from audioed.pipeline.render import RenderOptions, render
    from audioed.publish.serve import make_server

    if not args.reuse:
        shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "feed.toml").write_text('title = "audioed check"\nowner_name = "Desk"\n'
                                        'owner_email = "desk@example.com"\n', encoding="utf-8")
    server = make_server(args.out, "127.0.0.1", 0)
    server.RequestHandlerClass.log_message = lambda *a: None  # keep the figures readable
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}/"

    # Time the levelling as it happens inside the render (this thread's CPU time, not wall time).
    spent = [0.0]
    original = loudness.Leveler.segment

    def timed(self, seg, voice=None):
        t = time.thread_time()
        try:
            return original(self, seg, voice)
        finally:
            spent[0] += time.thread_time() - t

    loudness.Leveler.segment = timed

    ok = True
    if args.reuse:
        from audioed.publish.feed import build_feed

        build_feed(args.out, base)
        episodes = [json.loads(p.read_text("utf-8")) for p in sorted(args.out.glob("*.episode.json"))]
    else:
        episodes = []
        for article in args.articles:
            spent[0] = 0.0
            t = time.perf_counter()
            r = render(article, RenderOptions(out_dir=args.out, feed=True, base_url=base))
            wall = time.perf_counter() - t
            print(f"{r.slug}: {r.timeline.duration_ms / 1000:.1f} s audio, render {wall:.1f} s wall, "
                  f"levelling {spent[0]:.2f} s CPU for {r.clips} clips")
            episodes.append(json.loads((args.out / f"{r.slug}.episode.json").read_text("utf-8")))
    for ep in episodes:
        slug = ep["slug"]
        mp3 = args.out / f"{slug}.mp3"
        lufs, peak = ebur128(mp3)
        chaps = sorted(ID3(mp3).getall("CHAP"), key=lambda c: c.start_time)
        doc = json.loads((args.out / f"{slug}.chapters.json").read_text("utf-8"))
        json_gap = max(abs(j["startTime"] * 1000 - c.start_time) for j, c in zip(doc["chapters"], chaps))
        starts = [c.start_time.in_milliseconds() for c in webvtt.read(str(args.out / f"{slug}.vtt"))]
        vtt_gap = max(min(abs(s - c.start_time) for s in starts) for c in chaps)
        good = -17 <= lufs <= -15 and peak <= -1 and json_gap <= 50 and vtt_gap <= 50 and len(doc["chapters"]) == len(chaps)
        ok &= good
        print(f"{slug}: {ep['duration']:.1f} s, {mp3.stat().st_size} bytes")
        print(f"  ffmpeg ebur128: {lufs:.1f} LUFS integrated, true peak {peak:.1f} dBTP "
              f"(estimate from the levelled clips: {ep['loudness']['integrated_lufs']} LUFS)")
        print(f"  chapters: {len(chaps)} ID3, {len(doc['chapters'])} JSON; largest gap ID3-JSON {json_gap:.0f} ms, "
              f"ID3-first VTT cue {vtt_gap:.0f} ms  {'ok' if good else 'FAIL'}")

    feed = args.out / "feed.xml"
    parsed = feedparser.parse(feed.read_bytes())
    lengths_ok = all(int(e.enclosures[0].length) == (args.out / Path(urlsplit(e.enclosures[0].href).path).name).stat().st_size
                     for e in parsed.entries)
    print(f"feedparser: bozo={parsed.bozo}, {len(parsed.entries)} items, enclosure lengths = file sizes: {lengths_ok}")
    ok &= parsed.bozo == 0 and lengths_ok and len(parsed.entries) == len(episodes)
    if shutil.which("node") and (ROOT / "tests" / "js" / "node_modules" / "podcast-partytime").is_dir():
        p = subprocess.run(["node", str(ROOT / "tests" / "js" / "parse-feed.js"), str(feed)],
                           capture_output=True, text=True)
        if p.returncode == 0:
            f = json.loads(p.stdout)
            print(f"podcast-partytime: {len(f['feed']['items'])} items, pc20support {f['feed']['pc20support']}, "
                  f"warnings {f['warnings']}")
        else:
            ok = False
            print(f"podcast-partytime: FAILED {p.stderr.strip()}")
    else:
        print("podcast-partytime: not installed (npm ci --prefix tests/js)")
    before = sorted(e.id for e in parsed.entries)
    subprocess.run([sys.executable, "-m", "audioed", "feed", str(args.out), "--base-url", base], check=True,
                   capture_output=True)
    after = sorted(e.id for e in feedparser.parse(feed.read_bytes()).entries)
    print(f"guids unchanged after `audioed feed` rebuild: {before == after}")
    ok &= before == after

    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        status, xml = get(base + "feed.xml")
        for e in feedparser.parse(xml).entries:
            url = e.enclosures[0].href
            local = (args.out / Path(urlsplit(url).path).name).read_bytes()
            s1, whole = get(url)
            parts, start, step = [], 0, 256 * 1024
            statuses = set()
            while start < len(local):
                s2, chunk = get(url, {"Range": f"bytes={start}-{start + step - 1}"})
                statuses.add(s2)
                parts.append(chunk)
                start += step
            same = whole == local and b"".join(parts) == local
            ok &= same and s1 == 200 and statuses == {206}
            print(f"served {Path(urlsplit(url).path).name}: {len(local)} bytes; GET {s1} identical={whole == local}; "
                  f"{len(parts)} Range requests {sorted(statuses)} identical={b''.join(parts) == local}")
        s3, _ = get(base + "%2e%2e/%2e%2e/etc/passwd")
        print(f"path outside DIR (%2e%2e): HTTP {s3}")
        ok &= s3 == 404
    finally:
        server.shutdown()
        server.server_close()
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
