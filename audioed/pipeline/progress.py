"""A render's progress on the terminal: a bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time

import click


class TerminalProgress:
    """A progress bar on stderr, opened when the number of clips is known. Its time left comes
    from the clips made since the first one (which also waits for the voice to load)."""

    def __init__(self):
        self.bar = None
        self.done = 0
        self.first: float | None = None

    def __call__(self, total: int):
        if not sys.stderr.isatty():
            return None
        self.total = total
        self.bar = click.progressbar(length=total, label="Synthesizing", file=sys.stderr,
                                     show_pos=True, show_eta=False, item_show_func=self._eta)
        self.bar.__enter__()
        return self.update

    def update(self, n: int) -> None:
        self.done += n
        if self.first is None:
            self.first, self.first_done = time.monotonic(), self.done
        self.bar.update(n, self.done)

    def _eta(self, _item) -> str | None:
        made = self.done - (self.first_done if self.first is not None else 0)
        if self.first is None or made < 2:
            return None
        left = (time.monotonic() - self.first) / made * (self.total - self.done)
        return f"{int(left // 60)}:{int(left % 60):02d} left"

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
