"""Clock times: "3 p.m." -> "three PM", "10:05 a.m." -> "ten oh five AM", "10:30", "3:30 p.m.
ET" -> "three thirty PM Eastern", "2pm-5pm" -> "two PM to five PM"."""

from __future__ import annotations

import re

from audioed.script.normalize.boundaries import expand
from audioed.script.normalize.numbers import cardinal

_AMPM = r"(a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.)"
_TIME = re.compile(rf"\b(\d{{1,2}})(?:[:.](\d\d))?\s?{_AMPM}")
_CLOCK = re.compile(r"(?<![\d:.,])(\d{1,2}):(\d\d)\b(?!:\d)")
# "2:01:09" (a race time) -> "two hours one minute and nine seconds".
_DURATION = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)\b(?![:.,]\d)")
# Zones that espeak would read as words ("ET" as "et"): said the way presenters say them.
_ZONES = {"ET": "Eastern", "CT": "Central", "MT": "Mountain", "PT": "Pacific"}
_ZONE_AFTER = re.compile(r"\b(AM|PM) (ET|CT|MT|PT)\b")
_TIME_RANGE = re.compile(r"\b(AM|PM) ?[-–] ?(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve)\b)")


def _clock(hour: str, minute: str | None) -> str:
    if int(hour) > 12 and minute == "00":
        return f"{cardinal(hour)} hundred"  # "23:00" is "twenty three hundred"
    words = cardinal(hour)
    if minute and minute != "00":
        words += (" oh " + cardinal(minute[1])) if minute[0] == "0" else " " + cardinal(minute)
    return words


def times(text: str) -> str:
    def say(m: re.Match) -> str:
        if m.group(2) and int(m.group(2)) > 59 or int(m.group(1)) > 12:
            return None
        return _clock(m.group(1), m.group(2)) + " " + ("AM" if m.group(3)[0] in "aA" else "PM")

    def duration(m: re.Match) -> str:
        parts = [(int(v), unit) for v, unit in zip(m.groups(), ("hour", "minute", "second"))]
        words = [f"{cardinal(str(v))} {unit}{'' if v == 1 else 's'}" for v, unit in parts if v]
        return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0] if words else "zero"

    text = _DURATION.sub(duration, text)
    text = expand(_TIME, text, say, "time")
    text = _CLOCK.sub(lambda m: _clock(m.group(1), m.group(2))
                      if int(m.group(1)) <= 24 and int(m.group(2)) < 60 else m.group(0), text)
    text = _ZONE_AFTER.sub(lambda m: f"{m.group(1)} {_ZONES[m.group(2)]}", text)
    # "2pm-5pm", "4:00 am - 8:12 pm": a range of times.
    return _TIME_RANGE.sub(lambda m: f"{m.group(1)} to ", text)
