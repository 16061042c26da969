"""E-mail addresses and web addresses, read the way a presenter says them."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import digits

_TLD = r"(?:com|org|net|gov|edu|mil|int|io|co|us|uk|ca|mx|es|de|fr|info|news|tv|fm|ly|me|ai)"
_EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_URL = re.compile(
    rf"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+{_TLD})\b((?:/[^\s\"”)]*[^\s\"”).,;:!?])?/?)",
    re.IGNORECASE,
)


def _say_dots(part: str) -> str:
    # Digits one by one ("abc123" -> "abc one two three"), a country code as letters
    # (".de" -> "dot D E": espeak would say the word "de").
    part = re.sub(r"\.([a-z]{2})$", lambda m: " dot " + " ".join(m.group(1).upper())
                  if m.group(1) not in ("co", "tv", "fm", "me", "ai", "io") else m.group(0), part)
    part = re.sub(r"\d+", lambda m: f" {digits(m.group(0))} ", part)
    part = part.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return " ".join(part.split())


def emails(text: str) -> str:
    # jane.doe@example.com -> "jane dot doe at example dot com"
    return _EMAIL.sub(lambda m: f"{_say_dots(m.group(1))} at {_say_dots(m.group(2).lower())}",
                      text)


def urls(text: str) -> str:
    # https://www.propublica.org/article/x-y -> "propublica dot org slash article slash x y":
    # the scheme and "www" are not read; hyphens and underscores in a path are word breaks.
    def say(m: re.Match) -> str:
        spoken = _say_dots(m.group(1).lower())
        path = m.group(2).split("?")[0].split("#")[0].strip("/")
        for seg in filter(None, path.split("/")):
            seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
            spoken += " slash " + " ".join(re.split(r"[-_.]+", seg))
        return spoken

    return _URL.sub(say, text)
