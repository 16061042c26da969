"""Session 17 (branch fspeed): compiled patterns kept between runs are the patterns re compiles."""

import subprocess
import sys

import pytest

from audioed.script.verbs import longest_first

_RUN = """
import re, sys
from pathlib import Path
from audioed.pipeline import regex_cache
regex_cache.install(Path(sys.argv[1]))
import audioed.pipeline.render  # the reader's and the script stage's patterns
original = regex_cache.ORIGINAL_COMPILE
bad = [k for k in list(re._cache) if isinstance(k[1], str) and re._cache[k] != original(k[1], k[2])]
print(len(re._cache), len(bad))
"""


def test_cached_patterns_equal_compiled_ones(tmp_path):
    # the first run compiles and saves, the second reads the code back: every pattern equals
    # (same flags, text and code) what re's own compiler makes of it
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path)], capture_output=True, text=True, check=True)
        n, bad = map(int, out.stdout.split())
        assert n > 100 and bad == 0
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1


def test_patterns_the_same_under_any_hash_seed():
    # a pattern built from a set must not depend on the set's order, or the cache never finds it
    code = ("import hashlib, re\nimport audioed.pipeline.render\n"
            "print(hashlib.sha256(repr(sorted(k[1:3] for k in re._cache if isinstance(k[1], str))).encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("0", "1", "2")}
    assert len(seen) == 1


def test_longest_first():
    assert sorted({"said", "says", "acknowledged", "acknowledge", "told"}, key=longest_first) == [
        "acknowledged", "acknowledge", "said", "says", "told"]


def test_unwritable_directory_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = subprocess.run([sys.executable, "-c", "import sys, re\nfrom pathlib import Path\nfrom audioed.pipeline import regex_cache\n"
                          "regex_cache.install(Path(sys.argv[1]))\nprint(re.compile('a+(b)').match('aab').group(1))",
                          str(blocker / "sub")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "b" and not out.stderr


def test_damaged_cache_entry_is_compiled_again(tmp_path):
    # a cache file whose entry holds code the engine refuses: the pattern is compiled again, no error
    run = ("import sys, re, marshal\nfrom pathlib import Path\nfrom audioed.pipeline import regex_cache\n"
           "d = Path(sys.argv[1])\nregex_cache.install(d)\n"
           "f = next(d.glob('regex-*.marshal'), None)\n"
           "print(re.compile('a+(b)').match('aab').group(1))")
    # a first run writes the file
    subprocess.run([sys.executable, "-c", run, str(tmp_path)], capture_output=True, text=True, check=True)
    path = next(tmp_path.glob("regex-*.marshal"))
    import marshal
    table = marshal.loads(path.read_bytes())
    key = ("a+(b)", 0)
    pattern, flags, code, groups, groupindex, indexgroup = table[key]
    table[key] = (pattern, flags, [9999] * len(code), groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps(table))
    out = subprocess.run([sys.executable, "-c", run, str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "b" and not out.stderr
