"""HTTP for `follow`: polite, bounded, conditional GETs.

A clear User-Agent, a timeout, retries with exponential back-off on connection errors and
on 429/5xx answers, a size limit (read in chunks, so a huge or endless body is cut off,
not buffered), and ETag / If-Modified-Since from the last fetch, so an unchanged feed or
page costs a 304 and no body.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from audioed.errors import InputError, NetworkError
from audioed.read.fetch import PROJECT_URL, USER_AGENT  # noqa: F401 (one user agent for every request)
MAX_BYTES = 5_000_000
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
    max_bytes: int = MAX_BYTES


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
        size = int(r.headers.get("Content-Length") or 0)
        if size > self.options.max_bytes:
            raise InputError(f"{url}: {size:,} bytes, over the limit of {self.options.max_bytes:,}")
        chunks, total = [], 0
        for chunk in r.iter_content(64 * 1024):
            total += len(chunk)
            if total > self.options.max_bytes:
                raise InputError(f"{url}: more than {self.options.max_bytes:,} bytes, over the limit")
            chunks.append(chunk)
        return b"".join(chunks)


def _retry_after(value: str | None, default: float) -> float:
    try:
        return min(60.0, max(0.0, float(value)))
    except (TypeError, ValueError):
        return default
