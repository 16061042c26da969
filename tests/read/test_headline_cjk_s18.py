"""The headline in flattened text, session 18 (branch fhead11, read/masthead.py): lines in scripts
written without spaces (a corner bracket's tag, a lower-case name opening it).
Made-up lines."""

from audioed.read.masthead import headline_like


def test_lines_in_scripts_written_without_spaces():
    # a headline may open with a corner bracket's tag, as with "[News]"
    assert headline_like("【速報】フェリーの便数が倍に")
    # case tells nothing in a line of a script without it: a package's lower-case name may open it
    assert headline_like("wasm-module - RustでDOMを扱う")
    assert not headline_like("and the ferry crossings will double")
