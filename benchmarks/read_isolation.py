"""Is a page read the same whatever was read before it in the same process?

    PYTHONHASHSEED=0 python benchmarks/read_isolation.py [--corpora=traf,readability,aeb] [--formats=text,html]
        [--chunk=20] [--jobs=2] [--fresh] [--seed=N] [--limit=N] [--show=N]

`audioed batch`, `follow` and the queue workers read many articles in one process: if reading
keeps state between articles (a module-level cache or set, a cache keyed on less than it reads,
a learned name), an episode's title, date, authors, body or speakers depend on which articles
came before it. Pages: the flattened text and the HTML of trafilatura's deva quarter
(benchmarks/reading_traf.py; devb and held are never read here), of Readability's test pages and
of scrapinghub's aeb ids 0-7, each read as the benchmarks read them (`parse`; the address given
to the HTML only, the flattened text read without it).

The design (cheap: two readings a page, a 2-core machine shared by others): the pages, in corpus
order, are cut into chunks of `--chunk`; each chunk is read in a process of its own, forked
(`multiprocessing`, fork, one chunk per child) from a parent that imported the reader and the
script builder but read nothing, so each chunk starts from the module state of a new
interpreter. In its process a chunk is read forward, then backward: page i is read first after
pages 1..i-1 of its chunk and again after all of them (and after itself). The two readings of a
page have different predecessors (the first page's first reading has none: it is a fresh
reading), so any state kept between articles that changes a reading shows as a difference.
`--fresh` adds a third reading, each page in a forked process of its own, compared with the
first: it catches state that every predecessor set changes alike (one and a half times the cost).
`--seed=N` adds a reading of each chunk in a new interpreter started with PYTHONHASHSEED=N,
compared with the first: the CLI, `batch`'s spawned workers and the queue workers each hash
strings with a seed of their own, so a reading that follows a set's order changes from run to
run (session 14 found this, not state kept between pages: docs/reading.md, "Reading is the same
whatever was read before").

Compared per page: title, dek, authors, date, publisher, language, the body paragraphs (each
narrated paragraph's text as a listener hears it, and the skipped blocks' kinds), and the
script's quotations with their speakers. Prints each page that differs (field, first / second
reading), then per corpus and format the count of pages read differently. Exit status 1 when
any page differs.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_eval import heard_runs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / ".corpora"
FIELDS = ("title", "dek", "authors", "date", "publisher", "language", "body", "skipped", "quotes")
_PAGES: list = []  # set in the parent before forking: the children read them from here


def pages(corpora: list[str], formats: list[str]) -> list[tuple[str, str, str, str | None]]:
    """(key, input text, format, address or None) for every page read here."""
    out = []
    if "traf" in corpora:
        from reading_traf import traf_pages

        flat = CORPORA / "flat-traf"
        for name, url, html, _ in traf_pages(CORPORA / "traf", half="deva"):
            if "text" in formats and (flat / f"{name}.txt").exists():
                out.append((f"traf/{name}", (flat / f"{name}.txt").read_text(encoding="utf-8"), "text", None))
            if "html" in formats:
                out.append((f"traf/{name}", html, "html", url))
    if "readability" in corpora:
        from reading_eval import page_names

        root, flat = CORPORA / "readability" / "test" / "test-pages", CORPORA / "flat-readability"
        for name in page_names(root, None):
            if "text" in formats and (flat / f"{name}.txt").exists():
                out.append((f"readability/{name}", (flat / f"{name}.txt").read_text(encoding="utf-8"), "text", None))
            if "html" in formats:
                html = (root / name / "source.html").read_text(encoding="utf-8", errors="replace")
                out.append((f"readability/{name}", html, "html", None))
    if "aeb" in corpora:
        from reading_aeb import aeb_pages

        flat = CORPORA / "flat-aeb"
        for pid, url, html, _ in aeb_pages(CORPORA / "aeb", "0-7"):
            if "text" in formats and (flat / f"{pid}.txt").exists():
                out.append((f"aeb/{pid[:12]}", (flat / f"{pid}.txt").read_text(encoding="utf-8"), "text", None))
            if "html" in formats:
                out.append((f"aeb/{pid[:12]}", html, "html", url))
    return out


def reading(page: tuple[str, str, str, str | None]) -> dict:
    """What one reading of a page gives, as plain values (an error is a reading too)."""
    from audioed.read import parse
    from audioed.script import build_script

    key, text, fmt, url = page
    try:
        article = parse(text, fmt=fmt, source=key.rsplit("/", 1)[-1], url=url)
        script = build_script(article)
    except Exception as e:  # noqa: BLE001 - a page the reader refuses must refuse it every time
        return {"error": f"{type(e).__name__}: {e}"[:200]}
    body = heard_runs(script, ("narrator", "quote"))
    return {"title": article.title, "dek": article.dek, "authors": list(article.authors), "date": article.date,
            "publisher": article.publisher, "language": script.language, "body": body,
            "skipped": [s.get("kind") for s in script.skipped],
            "quotes": [[line.text, line.speaker] for _, line in script.lines() if line.role == "quote"]}


def _read_chunk(chunk: list[int]) -> dict[int, tuple[dict, dict]]:
    """Each page of `chunk` read forward, then the chunk again backward, in this one process."""
    first = {i: reading(_PAGES[i]) for i in chunk}
    second = {i: reading(_PAGES[i]) for i in reversed(chunk)}
    return {i: (first[i], second[i]) for i in chunk}


def _read_one(i: int) -> dict[int, tuple[dict, dict]]:
    return {i: (reading(_PAGES[i]), {})}


def _read_seeded(chunk: list[int], seed: int, argv: list[str]) -> dict[int, dict]:
    """The chunk read forward in a new interpreter whose strings hash with `seed`."""
    out = subprocess.run([sys.executable, __file__, *argv, f"--read={chunk[0]}:{chunk[-1] + 1}"], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)})
    return {int(k): v for k, v in json.loads(out.stdout).items()}



def differences(a: dict, b: dict) -> list[str]:
    """The fields where two readings differ, each with both values (bodies: the first paragraph that differs)."""
    if "error" in a or "error" in b:
        return [] if a == b else [f"error: {a.get('error')!r} / {b.get('error')!r}"]
    out = []
    for f in FIELDS:
        if a[f] == b[f]:
            continue
        if f == "body":
            k = next((j for j, (x, y) in enumerate(zip(a[f], b[f])) if x != y), min(len(a[f]), len(b[f])))
            out.append(f"body: {len(a[f])} / {len(b[f])} paragraphs, first differing #{k}: "
                       f"{(a[f][k] if k < len(a[f]) else None)!r:.100} / {(b[f][k] if k < len(b[f]) else None)!r:.100}")
        elif f in ("quotes", "skipped"):
            gone = [x for x in a[f] if x not in b[f]][:3]
            new = [x for x in b[f] if x not in a[f]][:3]
            out.append(f"{f}: {len(a[f])} / {len(b[f])}; only first {gone!r:.200}; only second {new!r:.200}")
        else:
            out.append(f"{f}: {a[f]!r} / {b[f]!r}")
    return out


def main() -> int:
    opts = dict(a[2:].partition("=")[::2] for a in sys.argv[1:] if a.startswith("--"))
    corpora = (opts.get("corpora") or "traf,readability,aeb").split(",")
    formats = (opts.get("formats") or "text,html").split(",")
    jobs, size = int(opts.get("jobs") or 2), int(opts.get("chunk") or 20)
    t0 = time.perf_counter()
    _PAGES[:] = pages(corpora, formats)
    if opts.get("limit"):
        del _PAGES[int(opts["limit"]):]
    if opts.get("read"):  # a chunk for --seed, read in this interpreter: its readings as JSON
        a, b = map(int, opts["read"].split(":"))
        print(json.dumps({i: reading(_PAGES[i]) for i in range(a, b)}))
        return 0
    # the reader and script builder imported before forking: every child starts from this state
    import audioed.read  # noqa: F401
    import audioed.script  # noqa: F401

    n = len(_PAGES)
    chunks = [list(range(a, min(a + size, n))) for a in range(0, n, size)]
    print(f"{n} pages ({', '.join(corpora)}; {', '.join(formats)}), {len(chunks)} chunks of {size}, "
          f"{jobs} processes{', and each page alone' if 'fresh' in opts else ''}"
          f"{', and each chunk hashing with seed ' + opts['seed'] if opts.get('seed') else ''}", flush=True)
    got: dict[int, tuple[dict, dict]] = {}
    alone: dict[int, dict] = {}
    with mp.get_context("fork").Pool(jobs, maxtasksperchild=1) as pool:
        for done, part in enumerate(pool.imap_unordered(_read_chunk, chunks), 1):
            got.update(part)
            if done % 5 == 0:
                print(f"-- {done}/{len(chunks)} chunks, {time.perf_counter() - t0:.0f} s", flush=True)
        if "fresh" in opts:
            for part in pool.imap_unordered(_read_one, range(n)):
                alone.update({i: r for i, (r, _) in part.items()})
    seeded: dict[int, dict] = {}
    if opts.get("seed"):
        from concurrent.futures import ThreadPoolExecutor

        argv = [a for a in sys.argv[1:] if a.startswith(("--corpora", "--formats", "--limit"))]
        with ThreadPoolExecutor(jobs) as threads:
            for part in threads.map(lambda c: _read_seeded(c, int(opts["seed"]), argv), chunks):
                seeded.update(part)
    show = int(opts.get("show") or 1000)
    differ: dict[tuple[str, str], list[str]] = {}
    for i, (key, _, fmt, _) in enumerate(_PAGES):
        first, second = got[i]
        found = [(what, d) for what, a, b in (("again", first, second), ("alone", alone.get(i), first),
                                               ("seed", first, seeded.get(i)))
                 if a is not None and b is not None and (d := differences(a, b))]
        if found:
            differ.setdefault((key.split("/")[0], fmt), []).append(key)
            if sum(map(len, differ.values())) <= show:
                print(f"{fmt:<4} {key} (chunk place {i % size + 1})")
                for what, d in found:
                    for line in d:
                        print(f"       {what}: {line}")
    print()
    for corpus in corpora:
        for fmt in formats:
            total = sum(1 for k, _, f, _ in _PAGES if k.startswith(corpus + "/") and f == fmt)
            if total:
                print(f"{corpus} {fmt}: {len(differ.get((corpus, fmt), []))}/{total} pages read differently "
                      f"after other pages")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
