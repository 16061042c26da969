import shutil
import signal
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Test modules have unique names across the stage folders, and a few share helpers across them
# (`from test_gtts import google_body`): every folder is importable, whichever tests are run.
sys.path[:0] = [str(d) for d in sorted(Path(__file__).parent.iterdir())
                if d.is_dir() and d.name not in ("data", "js", "__pycache__")]

# A suite started in the background (`nohup pytest &`) inherits SIGINT ignored, and so would
# every audioed process the tests start: the Ctrl-C tests would see it shrugged off. A handler
# here is reset to the default in each child, so they take SIGINT as from a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
# CI lays a copy of shared/ beside the clone; a developer checkout has it at ../shared too.
CORPUS = ROOT.parent / "shared" / "corpus"
REFERENCE = CORPUS / "propublica-border-patrol.txt"
EXPECTED = CORPUS / "propublica-border-patrol.expected.json"


CORPUS_MISSING = f"corpus not found at {CORPUS}: shared/ must sit beside the checkout"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(CORPUS_MISSING, pytrace=False)
    return CORPUS


def pytest_runtest_setup(item):
    """A test that reads the shared corpus (itself or through a fixture) fails with one line naming
    its path when the corpus is missing, before any fixture tries to read it."""
    if CORPUS.is_dir():
        return
    import inspect

    functions = [getattr(item, "function", None)]
    for defs in getattr(item, "_fixtureinfo").name2fixturedefs.values():
        functions += [d.func for d in defs]
    for fn in filter(None, functions):
        try:
            source = inspect.getsource(fn)
        except (OSError, TypeError):
            continue
        if any(name in source for name in ("CORPUS", "REFERENCE", "EXPECTED")):
            pytest.fail(CORPUS_MISSING, pytrace=False)


SHORT_ARTICLE = """\
Town Opens New Library After Long Campaign

By Jane Doe

SPRINGFIELD -- The town opened its new public library on Saturday after a ten-year campaign by residents.

“We waited a long time for this,” said Maria Lopez, who led the campaign. “It was worth it.”

The building has room for 40,000 books and a reading garden.

Jane Doe is a reporter at The Springfield Courier.
"""


@pytest.fixture
def short_article(tmp_path) -> Path:
    p = tmp_path / "library.txt"
    p.write_text(SHORT_ARTICLE, encoding="utf-8")
    return p


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path, monkeypatch):
    """Tests run in a scratch directory with the project's voices/ available, like a user's checkout."""
    monkeypatch.chdir(tmp_path)
    # Not the Kokoro voice vectors (15 MB): audioed finds them in the project's voices/kokoro/.
    shutil.copytree(ROOT / "voices", tmp_path / "voices", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("kokoro"))


@pytest.fixture(autouse=True, scope="session")
def _session_cache(tmp_path_factory):
    """Module- and session-scoped fixtures (set up before per-test ones) never touch the user's
    cache, and render with the Piper cast (`fast`) like every test: the studio cast costs about
    nine times the CPU. Kokoro's own tests (tests/engines/test_kokoro.py) ask for it by name."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AUDIOED_CACHE_DIR", str(tmp_path_factory.mktemp("session-clip-cache")))
        mp.setenv("AUDIOED_CAST", "fast")
        yield


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Each test gets its own clip cache, so no test sees clips another one made."""
    monkeypatch.setenv("AUDIOED_CACHE_DIR", str(tmp_path / "clip-cache"))


def _network_reachable(host: str = "translate.google.com", port: int = 443) -> bool:
    import socket

    try:
        socket.create_connection((host, port), timeout=3).close()
        return True
    except OSError:
        return False


def pytest_collection_modifyitems(config, items):
    """`net` tests run only when AUDIOED_NET_TESTS=1 and the network answers; else they are skipped."""
    import os

    net = [item for item in items if "net" in item.keywords]
    if not net:
        return
    if os.environ.get("AUDIOED_NET_TESTS") != "1":
        reason = "network test: set AUDIOED_NET_TESTS=1 to run it"
    elif not _network_reachable():
        reason = "network test: translate.google.com is not reachable"
    else:
        return
    for item in net:
        item.add_marker(pytest.mark.skip(reason=reason))
