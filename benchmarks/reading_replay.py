"""Record one step of the reader on trafilatura's dev pages and replay it: the part `date_replay.py`
and `title_replay.py` share. `record` reads each page's flattened text once with one reader function
spied on and pickles what the script keeps of each page; `load` gives the cache back for a replay,
which then runs only that step (seconds instead of minutes).
"""

from __future__ import annotations

import copy
import inspect
import json
import pickle
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_traf import traf_pages  # noqa: E402

from audioed.read import parse  # noqa: E402

HALF = "__half__"  # the cache's key naming the set it holds (a traf quarter, "aeb 0-7", "readability")
HELD_OUT = ("devb", "aeb 8-f", "postlight b", "fundus b", "wcxb b")  # sets whose pages are never named: totals only


class Spy:
    """Stands in for a reader function: keeps the last call's arguments (a deep copy taken before the
    call, defaults filled in, so a replay gets them whole even if the step changes them) and result."""

    def __init__(self, real: Callable) -> None:
        self.real, self.signature = real, inspect.signature(real)
        self.args: tuple | None = None  # None: not called since the last clear()
        self.result: Any = None

    def clear(self) -> None:
        self.args, self.result = None, None

    def __call__(self, *args, **kwargs):
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        self.args = copy.deepcopy(tuple(bound.arguments.values()))
        self.result = self.real(*args, **kwargs)
        return self.result


def spy_pages(module: Any, step: str, items: Iterable[tuple], flat: Path, keep: Callable,
              with_url: bool = False) -> dict:
    """Reads each (name, url, html, item) of `items` whose flattened text FLAT/name.txt exists with
    `module.step` spied on; returns, by page name, what `keep(spy, article, html, item)` gives (None
    leaves the page out; `article` is None when the page could not be read)."""
    spy = Spy(getattr(module, step))
    setattr(module, step, spy)
    pages: dict = {}
    try:
        for name, url, html, item in items:
            if not (flat / f"{name}.txt").exists():
                continue
            spy.clear()
            try:
                article = parse((flat / f"{name}.txt").read_text(encoding="utf-8"), fmt="text", source=name,
                                url=url if with_url else None)  # read as a saved text is, without the address
            except Exception:  # an empty page
                article = None
            kept = keep(spy, article, html, item)
            if kept is not None:
                pages[name] = kept
    finally:
        setattr(module, step, spy.real)
    return pages


def save(pages: dict, label: str, out: Path) -> int:
    """Pickles `pages` to `out` with the label of the set they come from; returns how many."""
    out.write_bytes(pickle.dumps({**pages, HALF: label}))
    return len(pages)


def record(module: Any, step: str, root: Path, flat: Path, out: Path, keep: Callable,
           half: str = "deva", wanted: Callable[[dict], bool] = lambda item: True,
           with_url: bool = False) -> int:
    """Records the `half` pages of TRAF_DIR `root` (whose evaldata item is `wanted`) to `out`, as
    `spy_pages` reads them. Returns how many pages were kept."""
    if half not in ("deva", "devb"):
        sys.exit("--half: deva or devb (the held half is never read)")
    items = ((name, url, html, item) for name, url, html, item in traf_pages(root, half=half) if wanted(item))
    return save(spy_pages(module, step, items, flat, keep, with_url), half, out)


def load(cache: Path) -> tuple[dict, str]:
    """A recorded cache's pages by name, and its half (caches recorded before --half hold deva)."""
    pages = pickle.loads(cache.read_bytes())
    return pages, pages.pop(HALF, "deva")


def write_rows(out: Path, rows: dict) -> None:
    """A replay's rows by page name, for a later replay's --diff."""
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


def read_rows(old: Path) -> dict:
    return json.loads(old.read_text(encoding="utf-8"))
