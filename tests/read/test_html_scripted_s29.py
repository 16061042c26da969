"""A page that builds its text with scripts says so when no article text is found (session 29: WCXB's
JavaScript-only pages; the user is told to save the text a browser shows)."""

import pytest

from audioed.errors import InputError
from audioed.read import parse

SHELL = """<!doctype html><html lang="en"><head><title>Harbor Ledger</title>
<script src="/static/app.js"></script></head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<script>window.__STATE__ = {"story": "The ferry resumes on Monday after repairs to its hull."};</script>
</body></html>"""

EMPTY = """<!doctype html><html lang="en"><head><title>Harbor Ledger</title></head>
<body><div id="root"></div></body></html>"""


def test_a_script_built_page_says_why_it_has_no_text():
    with pytest.raises(InputError) as err:
        parse(SHELL, fmt="html", source="shell.html")
    assert "no article text found in the HTML" in str(err.value)
    assert "builds its text with scripts" in str(err.value)


def test_an_empty_page_without_scripts_gets_the_plain_reason():
    with pytest.raises(InputError) as err:
        parse(EMPTY, fmt="html", source="empty.html")
    assert "no article text found in the HTML" in str(err.value)
    assert "scripts" not in str(err.value)
