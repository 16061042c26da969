"""HTTP, the one way audioed fetches: a page at a URL for the reader, and feeds and pages for `follow`.

A page at an http(s) URL -> its text, fetched the way a polite client does.

One request (redirects followed, five at most), a time limit, a size limit, and a user agent
that says what we are; every failure is one NetworkError line (offline, refused, too big, not
a page), never a traceback.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

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
            data = read_limited(resp, url, max_bytes)
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


def read_limited(resp, url: str, max_bytes: int) -> bytes:
    """The body of a streamed response, cut off with an InputError past `max_bytes` (read in
    chunks, so a huge or endless body is never buffered whole)."""
    declared = int(resp.headers.get("Content-Length") or 0)
    if declared > max_bytes:
        raise InputError(f"{url}: {declared:,} bytes, over the limit of {max_bytes:,}")
    data = bytearray()
    for chunk in resp.iter_content(64 * 1024):
        data += chunk
        if len(data) > max_bytes:
            raise InputError(f"{url}: more than {max_bytes:,} bytes, over the limit")
    return bytes(data)


# Conditional, retried GETs for `follow`: retries with exponential back-off on connection errors
# and 429/5xx answers, and ETag / If-Modified-Since from the last fetch (an unchanged feed or
# page costs a 304 and no body).

FOLLOW_MAX_BYTES = 5_000_000
"""A news page is well under 1 MB of HTML; a feed of thousands of items a few MB."""
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0
    """Seconds to connect and between bytes of the answer."""
    retries: int = 3
    """Further attempts after the first, on connection errors and 429/5xx answers."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled each time (a Retry-After answer wins, up to 60 s)."""
    max_bytes: int = FOLLOW_MAX_BYTES


@dataclass
class Fetched:
    url: str
    body: bytes
    changed: bool
    """False when the server said 304 Not Modified (the body is the one kept from last time)."""
    content_type: str | None = None


class Fetcher:
    """GETs with the validators kept in a follow State (or none, with state=None)."""

    def __init__(self, state=None, options: FetchOptions = FetchOptions()):
        import requests

        self.state = state
        self.options = options
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    def get(self, url: str, *, keep_body: bool = True, copy: bytes | None = None) -> Fetched:
        """GET `url`. The state keeps the validators and, with `keep_body`, the body (feeds and
        sitemaps, whose items a 304 still needs). Without it the caller keeps the last body
        itself and passes it as `copy`: validators are sent only when there is one."""
        import requests

        etag, modified, kept = self.state.http_get(url) if self.state else (None, None, None)
        if not keep_body:
            kept = copy
        headers = {}
        if kept is not None:
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            last = attempt == self.options.retries
            try:
                with self.session.get(url, headers=headers, timeout=self.options.timeout, stream=True) as r:
                    if r.status_code == 304 and kept is not None:
                        return Fetched(url, kept, changed=False)
                    if r.status_code in RETRY_STATUS and not last:
                        time.sleep(_retry_after(r.headers.get("Retry-After"), delay))
                        delay *= 2
                        continue
                    if r.status_code >= 400:
                        raise InputError(f"{url}: HTTP {r.status_code} {r.reason}")
                    body = self._read(r, url)
                    if self.state:
                        self.state.http_put(url, r.headers.get("ETag"), r.headers.get("Last-Modified"),
                                            body if keep_body else None)
                    return Fetched(url, body, changed=True, content_type=r.headers.get("Content-Type"))
            except (requests.ConnectionError, requests.Timeout) as e:
                if last:
                    raise NetworkError(f"{url}: cannot fetch ({type(e).__name__}) after "
                                       f"{self.options.retries + 1} attempts") from None
                time.sleep(delay)
                delay *= 2
            except requests.RequestException as e:
                raise InputError(f"{url}: cannot fetch ({type(e).__name__}: {e})") from None
        raise AssertionError("unreachable")

    def _read(self, r, url: str) -> bytes:
        return read_limited(r, url, self.options.max_bytes)


def _retry_after(value: str | None, default: float) -> float:
    try:
        return min(60.0, max(0.0, float(value)))
    except (TypeError, ValueError):
        return default
