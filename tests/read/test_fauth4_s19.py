"""Bylines on news pages (session 19, branch fauth4): an unknown given name before a role, not a desk."""

from audioed.read.byline import by_line


def test_a_name_the_table_lacks_before_a_role():
    assert by_line("By Bhasker Rao Correspondent") == ["Bhasker Rao"]


def test_a_desk_before_a_role_is_no_name():
    assert by_line("By Our Foreign Staff") == []
    assert by_line("By Ap Auto Writer") == []
    assert by_line("By Metro Desk Reporter") == []
