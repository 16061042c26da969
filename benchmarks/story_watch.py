"""The story's run as the reader found it, for the benchmarks that explain where words went."""

from audioed.read import build


def watch_story_span() -> dict:
    """Wrap the reader's `story_span` so a benchmark sees each page's run: the returned dict holds the
    last run found ("span", None when no run was looked for) and the blocks it was found in ("raw")."""
    seen: dict = {"span": None, "raw": None}
    found = build.story_span

    def spy(raw, scores=None, lists=True):
        span = found(raw, scores, lists=lists)
        if lists:  # (the body's run; the headline's, without the story's lists, is asked after it)
            seen["span"], seen["raw"] = span, raw
        return span
    build.story_span = spy
    return seen
