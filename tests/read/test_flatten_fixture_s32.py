"""`reading_eval.py flatten` (the Readability test pages) renders each fixture as the UTF-8 it is stored in,
in real Chromium: a page still declaring its publisher's old charset ("gb2312", as Readability's qq page does)
is not turned into mojibake."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_eval import cmd_flatten  # noqa: E402

HEADLINE = "人工智能迈上新台阶"
PARA = "谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。"


def test_a_stale_charset_declaration_is_not_mojibake(tmp_path):
    page = tmp_path / "pages" / "qq-like"
    page.mkdir(parents=True)
    (page / "source.html").write_text(
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        f"<body><h1>{HEADLINE}</h1><p>{PARA}</p><p>Café “quoted”</p></body></html>", encoding="utf-8")
    out = tmp_path / "flat"
    cmd_flatten([str(tmp_path / "pages"), str(out)], {})
    text = (out / "qq-like.txt").read_text(encoding="utf-8")
    assert text.split("\n\n") == [HEADLINE, PARA, "Café “quoted”\n"]
