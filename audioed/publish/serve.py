"""Serve an output directory to podcast apps: GET, HEAD and byte ranges, nothing outside DIR.

Podcast players seek by HTTP Range requests and many check a file with HEAD first, so both
are supported; a malformed Range is ignored (the whole file is sent, as RFC 9110 allows), an
unsatisfiable one gets 416. Paths are decoded once, `..` and hidden (dot) segments are refused,
and the real path (symlinks resolved) must stay inside DIR.
"""

from __future__ import annotations

import os
import re
import sys
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from html import escape

from audioed.errors import InputError, OutputError
from audioed.publish.page import INDEX_FILE, directory_index, ours

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/srt; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}
CHUNK = 64 * 1024
_RANGE = re.compile(r"^bytes=([0-9]*)-([0-9]*)$")  # ASCII digits only (\d takes any script's)
_HUGE = 10**18
"""Byte positions longer than 18 digits are read as this (past any file; int() refuses 4,300+ digits)."""


def _position(digits: str) -> int:
    return int(digits) if len(digits) <= 18 else _HUGE


def content_type(name: str) -> str:
    return CONTENT_TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None | str:
    """(first, last) inclusive for a single satisfiable byte range; None to send the whole file
    (no header, malformed, or several ranges); "unsatisfiable" for a 416."""
    if not header:
        return None
    m = _RANGE.match(header.strip().replace(" ", ""))
    if not m or (not m.group(1) and not m.group(2)):
        return None  # malformed or multi-range: ignore it and send 200 with the whole file
    first, last = m.group(1), m.group(2)
    if not first:  # suffix range: the last N bytes
        n = _position(last)
        if n == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - n), size - 1
    a = _position(first)
    b = _position(last) if last else size - 1
    if last and b < a:
        return None  # syntactically invalid (last < first): ignore
    if a >= size:
        return "unsatisfiable"
    return a, min(b, size - 1)


def resolve(root: Path, url_path: str) -> Path | None:
    """The file under `root` that `url_path` names, or None if it is outside root or not a file."""
    path = unquote(urlsplit(url_path).path, errors="strict") if url_path else "/"
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in path.split("/") if p]
    if any(p.startswith(".") for p in parts):
        return None  # "..", and hidden files: locks, renders in progress (.audioed-staging)
    target = root.joinpath(*parts)
    try:
        real = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if real != root and root not in real.parents:
        return None  # a symlink that leads out of DIR
    return real


class Handler(BaseHTTPRequestHandler):
    server_version = "audioed"
    protocol_version = "HTTP/1.1"
    root: Path = Path(".")

    def log_message(self, fmt, *args):  # one short line per request, to stderr
        sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def do_HEAD(self):
        self._serve(body=False)

    def do_GET(self):
        self._serve(body=True)

    def _fail(self, status: HTTPStatus, extra: dict | None = None):
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _serve(self, body: bool):
        try:
            path = resolve(self.root, self.path)
        except UnicodeDecodeError:
            path = None
        if path == self.root or path == self.root / INDEX_FILE and ours(path):
            if not (self.root / INDEX_FILE).is_file() or ours(self.root / INDEX_FILE):
                return self._index(body)  # made now, so it lists what is there now
        if path is not None and path.is_dir():
            index = path / INDEX_FILE
            path = index if index.is_file() else None
        if path is None or not path.is_file():
            return self._fail(HTTPStatus.NOT_FOUND)
        try:
            f = open(path, "rb")
        except OSError:
            return self._fail(HTTPStatus.FORBIDDEN)
        with f:
            st = os.fstat(f.fileno())
            size = st.st_size
            rng = parse_range(self.headers.get("Range"), size)
            if rng == "unsatisfiable":
                return self._fail(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                                  {"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes"})
            first, last = rng if rng else (0, size - 1)
            length = last - first + 1 if size else 0
            self.send_response(HTTPStatus.PARTIAL_CONTENT if rng else HTTPStatus.OK)
            self.send_header("Content-Type", content_type(path.name))
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Last-Modified", formatdate(st.st_mtime, usegmt=True))
            self.send_header("ETag", f'"{st.st_mtime_ns:x}-{size:x}"')
            if rng:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.end_headers()
            if not body or length == 0:
                return
            f.seek(first)
            left = length
            try:
                while left > 0:
                    chunk = f.read(min(CHUNK, left))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the player stopped reading (it seeks often)

    def _index(self, body: bool):
        """The directory's index.html as `audioed feed` writes it, from the episodes there now;
        a plain file listing when an episode file cannot be read."""
        from audioed.publish.feed import Channel, load_episodes, load_settings

        try:
            settings = {k: v for k, v in load_settings(self.root).items() if k != "base_url"}
            page = directory_index(self.root, load_episodes(self.root), Channel(**settings)).encode()
        except (InputError, TypeError) as e:
            sys.stderr.write(f"warning: index of {self.root}: {e}\n")
            page = self._listing()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if body:
            self.wfile.write(page)

    def _listing(self) -> bytes:
        names = sorted(p.name for p in self.root.iterdir()
                       if p.is_file() and not p.name.startswith(".") and p.suffix in CONTENT_TYPES)
        items = "".join(f'<li><a href="{escape(n)}">{escape(n)}</a></li>' for n in names)
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>audioed</title></head>'
                f"<body><h1>audioed</h1><ul>{items}</ul></body></html>\n").encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser drops the keep-alive connections of a page it closes: not worth a traceback.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def make_server(directory: str | os.PathLike = "output", host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server for DIR, not yet running (port 0 picks a free port: see server.server_address)."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"directory to serve not found: {root}")
    handler = type("DirHandler", (Handler,), {"root": root.resolve()})
    try:
        server = _Server((host, port), handler)
    except OSError as e:
        raise OutputError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    return server


def serve(directory: str | os.PathLike = "output", host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve DIR until interrupted."""
    server = make_server(directory, host, port)
    h, p = server.server_address[:2]
    print(f"serving {Path(directory).resolve()} at http://{h}:{p}/ (feed: http://{h}:{p}/feed.xml)", flush=True)
    if h in ("0.0.0.0", "::"):
        print("listening on every interface: build the feed with --base-url http://<this machine's LAN "
              f"address>:{p}/ so a phone can fetch the episodes", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
