"""Screenshots of an episode page at desktop and phone widths, with the tests' browser set-up.

    python benchmarks/page_screenshots.py OUT_DIR/SLUG.html [--at 95] [--docs docs/]

Serves the page's directory with audioed's own server, opens the page in headless Chromium
(tests/browser.py) at S.html#t=AT (so a sentence and a chapter are marked) and writes
page-desktop.png (1280 px wide, where the link scrolls to) and page-narrow.png (360 px wide,
the top of the page) into --docs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import chromium, served  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", type=Path, help="an episode page, S.html, in a rendered output directory")
    ap.add_argument("--at", type=float, default=95.0, help="seconds to seek to before the shot (default 95)")
    ap.add_argument("--docs", type=Path, default=Path("docs"), help="where the PNGs go (default docs/)")
    ap.add_argument("--full", action="store_true", help="the whole page, not the first screen")
    args = ap.parse_args()
    args.docs.mkdir(parents=True, exist_ok=True)
    with served(args.page.parent) as base, chromium() as browser:
        # Desktop: where the deep link puts the reader (the player held at the top, the marked
        # sentence in view); phone: the top of the page, tall enough for the player and chapters.
        for name, width, height, top in (("page-desktop.png", 1280, 900, False), ("page-narrow.png", 360, 1500, True)):
            page = browser.new_page(viewport={"width": width, "height": height}, reduced_motion="reduce")
            page.goto(f"{base}{args.page.name}#t={args.at}")
            page.wait_for_function("document.querySelector('#audio').readyState >= 1")
            page.wait_for_selector("a.s[aria-current='true']")
            if top:
                page.evaluate("window.scrollTo(0, 0)")
            page.wait_for_timeout(300)
            out = args.docs / name
            page.screenshot(path=str(out), full_page=args.full)
            print(f"{out}: {width} px wide")
            page.close()


if __name__ == "__main__":
    main()
