"""The story's run as the reader found it, for the benchmarks that explain where words went."""

from audioed.read import build


def watch_story_span() -> dict:
    """Wrap the reader's `story_span` so a benchmark sees each page's run: the returned dict holds the
    last run found ("span", None when no run was looked for) and the blocks it was found in ("raw")."""
    seen: dict = {"span": None, "raw": None}
    found = build.story_span

    def spy(raw, *args):
        seen["span"], seen["raw"] = found(raw, *args), raw
        return seen["span"]
    build.story_span = spy
    return seen
