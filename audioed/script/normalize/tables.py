"""The word tables beside the rules (TOML files in this package), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


@cache
def table(name: str) -> dict:
    """The parsed `NAME.toml` of this package."""
    return tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text("utf-8"))


def words(name: str, key: str) -> frozenset[str]:
    """A whitespace-separated word list of `NAME.toml` as a set."""
    return frozenset(table(name)[key]["words"].split())
