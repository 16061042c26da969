"""The flattened-text title of the Readability test pages read with and without each page's own
address, a second check of the headline rules that use the address (`headline_address.headline_in_address`)
beside the article-extraction benchmark's pages (which carry theirs).

    python benchmarks/reading_addresses.py .corpora/readability/test/test-pages .corpora/flat-readability [--show]

The address is the page's `<link rel="canonical">`, else its `og:url` (71 of the 130 pages have
one); the other pages are not counted. Titles are scored as `reading_eval.py pages` scores them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_markup import page_doc  # noqa: E402
from reading_eval import page_names, title_ok  # noqa: E402


def page_address(html: str) -> str | None:
    doc = page_doc(html)
    if doc is None:
        return None
    found = doc.xpath('//link[@rel="canonical"]/@href') + doc.xpath('//meta[@property="og:url"]/@content')
    return next((u.strip() for u in found if u.strip().startswith(("http://", "https://"))), None)


def main() -> None:
    from audioed.read import parse

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    root, flat = Path(args[0]), Path(args[1])
    n = with_url = without = 0
    for name in page_names(root, None):
        html = (root / name / "source.html").read_text(encoding="utf-8", errors="replace")
        url, text_file = page_address(html), flat / f"{name}.txt"
        if not url or not text_file.exists():
            continue
        want = json.loads((root / name / "expected-metadata.json").read_text(encoding="utf-8")).get("title")
        text = text_file.read_text(encoding="utf-8", errors="replace")
        try:
            got = [parse(text, fmt="text", source=name, url=u).title for u in (url, None)]
        except Exception as e:  # one broken page must not hide the others' figures
            got = [f"error: {type(e).__name__}"] * 2
        ok = [title_ok(g, want)[1] for g in got]
        n, with_url, without = n + 1, with_url + ok[0], without + ok[1]
        if "--show" in sys.argv and ok[0] != ok[1]:
            print(f"{name}: with the address {got[0]!r}, without {got[1]!r} / want {want!r}")
    print(f"flattened Readability pages with an address: {n} | title right read with it {with_url}/{n}, "
          f"without it {without}/{n}")


if __name__ == "__main__":
    main()
