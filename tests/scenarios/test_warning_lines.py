"""Warnings from worker threads reach stderr as whole lines (issue 16: a render's stderr once had a
merged warning line and an empty one, when two damaged cache entries were read at the same time)."""

import threading
import time
import warnings

from audioed.errors import AudioedWarning, show_warnings_as_lines


class SlowStream:
    """A stream whose every write yields to other threads, as a loaded machine does at random."""

    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        time.sleep(0.001)
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_warnings_from_many_threads_are_whole_lines(monkeypatch):
    stream = SlowStream()
    monkeypatch.setattr("sys.stderr", stream)
    start = threading.Barrier(8)

    def warn(i):
        start.wait()
        for j in range(5):
            warnings.warn(f"entry {i}-{j} is damaged", AudioedWarning, stacklevel=1)

    with warnings.catch_warnings():  # restores the filters and showwarning afterwards
        warnings.simplefilter("always")
        show_warnings_as_lines()
        threads = [threading.Thread(target=warn, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    lines = "".join(stream.parts).splitlines()
    assert sorted(lines) == sorted(f"warning: entry {i}-{j} is damaged" for i in range(8) for j in range(5))
