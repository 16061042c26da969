"""A page at an http(s) URL -> its text, fetched the way a polite client does.

One request (redirects followed, five at most), a time limit, a size limit, and a user agent
that says what we are; every failure is one NetworkError line (offline, refused, too big, not
a page), never a traceback.
"""

from __future__ import annotations

import re

from audioed import __version__
from audioed.errors import InputError, NetworkError
from audioed.read.decoding import decode

PROJECT_URL = "https://pypi.org/project/audioed/"
USER_AGENT = f"audioed/{__version__} (+{PROJECT_URL})"
"""The one user agent of every request audioed makes (`follow` uses it too)."""
TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5

_TEXT_TYPES = re.compile(r"^(?:text/|application/(?:xhtml\+xml|xml)|$)", re.IGNORECASE)


def is_url(source: object) -> bool:
    return bool(re.match(r"^https?://", str(source), re.IGNORECASE))


def fetch_page(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """(page text, final URL after redirects) for `url`, or a NetworkError / InputError that says why."""
    import requests

    session = requests.Session()
    session.max_redirects = MAX_REDIRECTS
    try:
        with session.get(url, timeout=timeout, stream=True, allow_redirects=True,
                         headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/*;q=0.8"}
                         ) as resp:
            if resp.status_code >= 400:
                raise NetworkError(f"{url}: the site answered HTTP {resp.status_code} {resp.reason or ''}".rstrip())
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
            if not _TEXT_TYPES.match(ctype):
                raise InputError(f"{url}: is {ctype}, not a web page or text")
            declared = int(resp.headers.get("Content-Length") or 0)
            if declared > max_bytes:
                raise InputError(f"{url}: the page is {declared:,} bytes, over the limit of {max_bytes:,}")
            data = bytearray()
            for chunk in resp.iter_content(64 * 1024):
                data += chunk
                if len(data) > max_bytes:
                    raise InputError(f"{url}: the page is over the limit of {max_bytes:,} bytes")
            final = resp.url
            charset = resp.encoding if "charset" in resp.headers.get("Content-Type", "").lower() else None
    except requests.exceptions.TooManyRedirects:
        raise NetworkError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except requests.exceptions.Timeout:
        raise NetworkError(f"{url}: no answer within {timeout:g} s") from None
    except requests.exceptions.ConnectionError:
        raise NetworkError(f"{url}: could not connect (offline, or the site is down)") from None
    except requests.exceptions.RequestException as e:
        raise NetworkError(f"{url}: could not fetch the page ({type(e).__name__})") from None
    if charset:
        try:
            return bytes(data).decode(charset), final
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label: let the content decide
    return decode(bytes(data), url), final
