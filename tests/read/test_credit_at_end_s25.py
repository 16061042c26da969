"""A two-word headline candidate whose credit line is the page's last block: the reader must not look past
the page's end for a headline under the credit (`masthead._credited_pair`; an IndexError found by session
25's review). Made-up pages."""

import pytest

from audioed.errors import InputError
from audioed.read import parse

PAGES = [
    ["Share", "The new schedule starts in June, when two leased boats join the fleet, the commission said in a "
     "statement.", "Sections", "Opinion Pages", "Mainland pier 6:10"],
    ["Politik", "Die neue Fähre fährt ab Juni zweimal am Tag zwischen dem Festland und der Insel, teilte die "
     "Kommission am Dienstag mit.", "World News", "412 comments", "Posted by"],
]


@pytest.mark.parametrize("blocks", PAGES)
def test_a_credit_on_the_last_block_is_read_or_refused_in_one_line(blocks):
    # (a page of one sentence among menus may be refused: an InputError is the CLI's one-line error)
    try:
        parse("\n\n".join(blocks), fmt="text")
    except InputError:
        pass
