"""HTML authors when the markup names no one or names a web address (session 12). Made-up pages."""

import pytest

from audioed.read import parse
from audioed.script import build_script

_PROSE = ["The county council heard from island residents about the ferry fares and the cost of fuel.",
          "Fishermen who cross twice a day will pay an extra forty dollars a week under the plan.",
          "A discount for seniors was dropped from the plan at the last minute, to the anger of many.",
          "The ferry operator warned that fuel prices could rise again in winter and fares with them."]


def _page(byline: str, head: str = "") -> str:
    body = ("<article><h1>Council Raises Ferry Fares</h1>" + byline + "".join(f"<p>{p}</p>" for p in _PROSE)
            + "</article>")
    return f'<html lang="de"><head><title>Council Raises Ferry Fares</title>{head}</head><body>{body}</body></html>'


def _heard(article) -> str:
    return " ".join(line.text for _, line in build_script(article).lines() if line.role in ("narrator", "quote"))


@pytest.mark.parametrize("printed, names", [("<p>von Ana Ruiz</p>", ["Ana Ruiz"]),
                                            ("<p>Text von Jo Lee Illustration von Sam Roe</p>", ["Jo Lee"]),
                                            ("<div>11.12.2019 - Ana Ruiz</div>", ["Ana Ruiz"])])
def test_a_printed_byline_when_the_markup_names_no_one_is_the_author_and_not_narrated(printed, names):
    a = parse(_page(printed), fmt="html")
    assert a.authors == names
    assert names[0] not in _heard(a)
    assert _PROSE[0] in _heard(a)


def test_the_markups_author_comes_first():
    a = parse(_page("<p>von Ana Ruiz</p>", head='<meta name="author" content="Tom Okafor">'), fmt="html")
    assert a.authors == ["Tom Okafor"]


def test_a_web_address_declared_as_the_author_is_no_person():
    a = parse(_page("", head='<meta name="author" content="harbor-ledger.de">'), fmt="html")
    assert a.authors == []
    a = parse(_page("<p>Von Ana Ruiz</p>", head='<meta name="author" content="harbor-ledger.de">'), fmt="html")
    assert a.authors == ["Ana Ruiz"]
    # a person's e-mail address in the page is no site's
    a = parse(_page("<p>Mail: ana.ruiz@ledger.example</p>", head='<meta name="author" content="Ana Ruiz">'),
              fmt="html")
    assert a.authors == ["Ana Ruiz"]
