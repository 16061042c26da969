"""`audioed serve`: a real server on a loopback port, read with a raw HTTP client."""

import http.client
import os
import threading

import pytest

from audioed.errors import InputError
from audioed.publish.serve import make_server, parse_range
from publish_helpers import make_mp3


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    root = tmp_path / "out"
    root.mkdir()
    mp3 = make_mp3(root / "ep.mp3", seconds=3.0)
    (root / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (root / "ep.vtt").write_text("WEBVTT\n", encoding="utf-8")
    (root / "ep.chapters.json").write_text("{}", encoding="utf-8")
    (root / "a file.srt").write_text("1\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", root / "link.txt")
    os.symlink(tmp_path, root / "up")
    server = make_server(root, "127.0.0.1", 0)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield server.server_address[1], mp3.read_bytes()
    server.shutdown()
    server.server_close()


def request(port, method, path, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request(method, path, headers=headers or {})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r, body


def test_plain_get_is_byte_identical_with_type_and_length(site):
    port, data = site
    r, body = request(port, "GET", "/ep.mp3")
    assert r.status == 200 and body == data
    assert r.getheader("Content-Type") == "audio/mpeg"
    assert int(r.getheader("Content-Length")) == len(data)
    assert r.getheader("Accept-Ranges") == "bytes"


def test_head_has_headers_and_no_body(site):
    port, data = site
    r, body = request(port, "HEAD", "/ep.mp3")
    assert r.status == 200 and body == b""
    assert int(r.getheader("Content-Length")) == len(data)
    assert r.getheader("Last-Modified")


def test_ranges_reassemble_the_file(site):
    port, data = site
    pieces, start, step = [], 0, 7001
    while start < len(data):
        r, body = request(port, "GET", "/ep.mp3", {"Range": f"bytes={start}-{start + step - 1}"})
        assert r.status == 206
        end = min(start + step, len(data)) - 1
        assert r.getheader("Content-Range") == f"bytes {start}-{end}/{len(data)}"
        assert int(r.getheader("Content-Length")) == len(body)
        pieces.append(body)
        start += step
    assert b"".join(pieces) == data


def test_open_and_suffix_ranges(site):
    port, data = site
    r, body = request(port, "GET", "/ep.mp3", {"Range": "bytes=100-"})
    assert r.status == 206 and body == data[100:]
    r, body = request(port, "GET", "/ep.mp3", {"Range": "bytes=-500"})
    assert r.status == 206 and body == data[-500:]
    r, body = request(port, "GET", "/ep.mp3", {"Range": "bytes=0-1"})  # what iOS asks first
    assert r.status == 206 and body == data[:2]
    r, body = request(port, "GET", "/ep.mp3", {"Range": f"bytes=10-{len(data) * 2}"})
    assert r.status == 206 and body == data[10:]


@pytest.mark.parametrize("header", ["bytes=abc", "chars=0-10", "bytes=5-2", "bytes=-", "bytes=0-1,5-9", "bytes 0-10"])
def test_malformed_ranges_get_the_whole_file(site, header):
    port, data = site
    r, body = request(port, "GET", "/ep.mp3", {"Range": header})
    assert r.status == 200 and body == data


def test_unsatisfiable_range_is_416(site):
    port, data = site
    r, _ = request(port, "GET", "/ep.mp3", {"Range": f"bytes={len(data)}-"})
    assert r.status == 416 and r.getheader("Content-Range") == f"bytes */{len(data)}"
    r, _ = request(port, "GET", "/ep.mp3", {"Range": "bytes=-0"})
    assert r.status == 416


@pytest.mark.parametrize("name,ctype", [("/feed.xml", "application/rss+xml"), ("/ep.vtt", "text/vtt"),
                                        ("/ep.chapters.json", "application/json"), ("/a%20file.srt", "application/srt")])
def test_content_types(site, name, ctype):
    port, _ = site
    r, _ = request(port, "GET", name)
    assert r.status == 200 and r.getheader("Content-Type").split(";")[0] == ctype


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                                  "/link.txt", "/up/secret.txt", "/%2e%2e%5csecret.txt", "/ep.mp3%00.txt",
                                  "/%ff%fe", "/nope.mp3"])
def test_nothing_outside_dir(site, path):
    port, _ = site
    r, body = request(port, "GET", path)
    assert r.status == 404 and b"outside" not in body


def test_listing_at_root(site):
    port, _ = site
    r, body = request(port, "GET", "/")
    assert r.status == 200 and b'href="feed.xml"' in body and b"secret" not in body


def test_parse_range_on_plain_data():
    assert parse_range(None, 10) is None
    assert parse_range("bytes=2-4", 10) == (2, 4)
    assert parse_range("bytes=-3", 10) == (7, 9)
    assert parse_range("bytes=-30", 10) == (0, 9)
    assert parse_range("bytes=10-", 10) == "unsatisfiable"
    assert parse_range("bytes=4-2", 10) is None


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(InputError):
        make_server(tmp_path / "nope", "127.0.0.1", 0)


from hypothesis import given, strategies as st  # noqa: E402


@given(header=st.one_of(st.text(max_size=30), st.from_regex(r"bytes=\d{0,6}-\d{0,6}", fullmatch=True)),
       size=st.integers(0, 10**6))
def test_parse_range_never_returns_an_impossible_range(header, size):
    r = parse_range(header, size)
    assert r is None or r == "unsatisfiable" or (0 <= r[0] <= r[1] < size)


def test_a_client_that_drops_its_connection_leaves_no_traceback(site, capfd):
    import socket
    import struct
    import time

    port, _ = site
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /ep.vtt HTTP/1.1\r\nHost: x\r\n\r\n")
    s.recv(65536)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset,
    s.close()                                                                   # as browsers do
    time.sleep(0.5)
    assert "Traceback" not in capfd.readouterr().err
