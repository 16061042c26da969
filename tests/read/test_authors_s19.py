"""Bylines on news pages (session 19, branch fauth3)."""

from audioed.read.byline import by_line


def test_a_name_the_table_lacks_before_a_role():
    assert by_line("By Bhasker Rao Correspondent") == ["Bhasker Rao"]
    assert by_line("By Staff Writer") == []
