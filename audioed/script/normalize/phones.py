"""Telephone numbers, Social Security numbers and IP addresses, read digit by digit in groups."""

from __future__ import annotations

import re

from audioed.script.normalize.numbers import digits

# "+1 (202) 555-0173", "1-800-273-8255", "602.555.0199": a full number is always a phone.
_FULL = re.compile(r"(?<![\w+.-])(?:(\+?1)[-. ]?)?(?:\((\d{3})\)[-. ]?|(\d{3})[-. ])(\d{3})[-.](\d{4})"
                   r"(?:-(\d{1,4}))?(?![\w-]|[.,]\d)")
_VANITY = re.compile(r"(?<![\w+.-])(\+?1)-(800|8[4-8]{2})-(?=[\w-]*[A-Z])([A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})*)(?![\w-])")
_SSN = re.compile(r"(?<![\w.-])(\d{3})-(\d{2})-(\d{4})(?![\w-]|[.,]\d)")
_IP = re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
# A seven-digit "555-0142" is a phone number when its line starts with 0, or a phone word is
# near; "500-1000" is a range.
_LOCAL = re.compile(r"(?<![\w.$-])(\d{3})-(\d{4})(?![\w-]|[.,]\d)")
_PHONE_WORDS = re.compile(r"\b(?:call|calls|called|calling|dial|phone|telephone|hotline|number|fax|"
                          r"text|tel|line|reach|contact|tips?|information|info)\W+(?:\w+\W+)?$", re.IGNORECASE)


def _trunk(code: str) -> str:
    return "eight hundred" if code == "800" else digits(code)


def phone_numbers(text: str) -> str:
    def full(m: re.Match) -> str:
        country, area1, area2, exchange, line, ext = m.groups()
        parts = [("plus one" if country.startswith("+") else "one")] if country else []
        area = area1 or area2
        parts += [_trunk(area) if country and not country.startswith("+") else digits(area),
                  digits(exchange), digits(line)]
        if ext:
            parts.append(digits(ext))
        return ", ".join(parts)

    def vanity(m: re.Match) -> str:
        words = " ".join(digits(g) if g.isdigit() else g for g in m.group(3).split("-"))
        return ", ".join(["plus one" if m.group(1).startswith("+") else "one", _trunk(m.group(2)),
                          words])

    def local(m: re.Match) -> str:
        a, b = m.groups()
        near = _PHONE_WORDS.search(m.string[max(0, m.start() - 30):m.start()])
        if b[0] == "0" or near or int(b) <= int(a):
            return f"{digits(a)}, {digits(b)}"
        return m.group(0)

    text = _VANITY.sub(vanity, text)
    text = _FULL.sub(full, text)
    text = _SSN.sub(lambda m: ", ".join(digits(g) for g in m.groups()), text)
    text = _IP.sub(lambda m: " dot ".join(digits(g) for g in m.groups())
                   if all(int(g) < 256 for g in m.groups()) else m.group(0), text)
    text = _LOCAL.sub(local, text)
    # "911" is said "nine one one".
    return re.sub(r"(?<![\w$£€.,/-])911(?![\w/]|[.,]\d)", "nine one one", text)
