"""The real browser of the page tests and the screenshot script: Debian's Chromium, driven by
Playwright for Python (its wheel bundles the driver; `playwright install` is never run), with
axe-core from tests/js/node_modules injected into the page.

Nothing here skips: a missing browser or axe-core is an error, so CI cannot pass without them.
"""

from __future__ import annotations

import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--autoplay-policy=no-user-gesture-required"]
"""Headless, no sandbox (CI runs as root in a container), and none of Chromium's own traffic
(updates, sync, safe browsing), so every request the tests see comes from the page."""


class BrowserMissing(RuntimeError):
    pass


def chromium_path() -> str:
    """The system Chromium: $AUDIOED_CHROMIUM, else `chromium` (Debian) or `chromium-browser` on PATH."""
    for candidate in (os.environ.get("AUDIOED_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (path := shutil.which(candidate)):
            return path
    raise BrowserMissing("Chromium not found: install Debian's `chromium` package (.ci/setup does) "
                         "or set AUDIOED_CHROMIUM to its path")


def axe_source() -> str:
    if not AXE.is_file():
        raise BrowserMissing(f"axe-core not found at {AXE}: run `npm ci --prefix tests/js`")
    return AXE.read_text("utf-8")


@contextmanager
def chromium():
    """A running headless Chromium (a Playwright Browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def served(directory: Path):
    """audioed's own server on a free local port, serving `directory`; yields its base URL."""
    from audioed.publish.serve import make_server

    server = make_server(directory, host="127.0.0.1", port=0)
    server.RequestHandlerClass.log_message = lambda *a: None  # keep the test output quiet
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def run_axe(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")) -> list[dict]:
    """axe-core's violations on the page as it is now (injected as a script, not fetched)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
                           list(tags))
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]
