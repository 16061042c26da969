"""Flattened page text, made the way a person makes it: the page's rendered text
(document.body.innerText in headless Chromium from Debian's `chromium`, driven by Playwright),
one block per line, blocks separated by blank lines. Used by reading_eval, reading_aeb and
reading_traf.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote


def flatten_pages(pages, out: Path, opts: dict) -> None:
    """Write each page's innerText to OUT/NAME.txt. `pages` yields (name, url, html): the page at
    url (a file:// address read from disk, or the page's own address answered with html, which
    is UTF-8); every other request is aborted."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=opts.get("chromium", "/usr/bin/chromium"), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        context = browser.new_context(java_script_enabled=False)
        for name, url, html in pages:
            target = out / f"{name}.txt"
            if target.exists() and not opts.get("force"):
                continue
            page = context.new_page()

            page.route("**/*", _answer_only(url, html))
            try:
                page.goto(url, wait_until="load", timeout=30_000)
                # An anti-flicker style ("body {visibility: hidden}") waits for a script to show the page:
                # with JavaScript off it never does, and innerText holds none of what a reader sees.
                text = page.evaluate(_SHOWN_TEXT)
            except Exception as e:
                print(f"{name}: {type(e).__name__}: {e}")
                page.close()
                continue
            page.close()
            # innerText ends a block with one newline and a paragraph with two; a listener's text has
            # one block per paragraph: every non-empty line is a block.
            lines = [" ".join(x.split()) for x in text.splitlines()]
            target.write_text("\n\n".join(x for x in lines if x) + "\n", encoding="utf-8")
            print(f"{name}: {len(text.split())} words")
        browser.close()


# The page's innerText, once the root and body are shown (an inline !important outranks the sheet's).
_SHOWN_TEXT = """() => {
    for (const el of [document.documentElement, document.body]) {
        if (el) { el.style.setProperty('visibility', 'visible', 'important'); el.style.setProperty('opacity', '1', 'important'); }
    }
    return document.body ? document.body.innerText : '';
}"""


def flatten_at_address(pages, out: Path, opts: dict, progress=iter) -> None:
    """Flattens each (name, address or None, html) at its own address, then again at a stand-in
    address each page that was not flattened (no address, or one Chromium would not load: a few
    fail with ERR_FAILED, some every time); prints how many were flattened. `progress` wraps the
    first pass's list (reading_traf's counter)."""
    pages = list(pages)
    stand_in = {name: f"https://example.invalid/{quote(name)}" for name, _, _ in pages}
    flatten_pages(progress([(name, url or stand_in[name], html) for name, url, html in pages]), out, opts)
    left = [(name, stand_in[name], html) for name, _, html in pages if not (out / f"{name}.txt").exists()]
    print(f"{len(left)} pages not flattened at their address: again at a stand-in one")
    flatten_pages(left, out, opts)
    print(f"{sum((out / f'{name}.txt').exists() for name, _, _ in pages)}/{len(pages)} pages flattened")


def _answer_only(url: str, html: str | None):
    """A route handler (Playwright passes it the route only) that serves the page and aborts the rest."""
    page_url = url.split("#")[0]  # a request carries no fragment

    def route(r):
        if r.request.url != page_url:
            r.abort()
        elif html is None:
            r.continue_()
        else:  # the header's charset: a page that declares none is not read as Latin-1
            r.fulfill(status=200, body=_NOSCRIPT_REFRESH.sub("", html).encode("utf-8"),
                      content_type="text/html; charset=utf-8")
    return route


# A reader's browser runs scripts, so a <noscript> redirect ("please enable JavaScript") never fires
# for them; with scripts off here it would replace the page (trafilatura's jolie.de.adele).
_NOSCRIPT_REFRESH = re.compile(r"<noscript>\s*<meta[^>]*http-equiv=[\"']?refresh[^>]*>\s*</noscript>", re.I)
