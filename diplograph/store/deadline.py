"""Queries with a deadline, a row cap and a memory cap: each runs in a process that can be killed.

A Python thread cannot be stopped and pyoxigraph has no cancellation, so a query that must be
able to stop runs elsewhere: an Oxigraph folder is answered by a ``worker.py`` process (the
same program the endpoint's pool runs), a store held in memory by a forked copy of this process.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import selectors
import subprocess
import sys
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from diplograph.errors import QueryError, QueryTimeoutError
from diplograph.store import worker

DEFAULT_TIMEOUT = 30  # seconds a query may run before its process is killed
DEFAULT_MAX_ROWS = 10_000  # rows (or triples) per answer; more are cut off and flagged
DEFAULT_MEMORY_MB = 4096  # address space a query process may add
START_TIMEOUT = 60.0  # seconds a query process may take to open its store
NO_CAP = sys.maxsize


@dataclass(frozen=True)
class Limits:
    """How long a query may run, how many rows it may return, how much memory it may take; 0: no limit."""

    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    memory_mb: int = DEFAULT_MEMORY_MB

    @property
    def isolated(self) -> bool:
        """Whether the query must run in a process of its own (to be stopped or capped)."""
        return self.timeout > 0 or self.memory_mb > 0

    @property
    def rows(self) -> int:
        """The row cap as a number (a huge one when there is none)."""
        return self.max_rows if self.max_rows > 0 else NO_CAP

    def overdue(self) -> QueryTimeoutError:
        """The error for a query stopped at this deadline."""
        return QueryTimeoutError(f"the query ran past its {self.timeout:g} s deadline and was "
                                 "stopped; narrow it, or allow longer (--timeout / timeout=)")


def worker_command(location: Path | str, memory_mb: int = 0) -> list[str]:
    """The command of a query process over an Oxigraph folder (isolated: it loads no project code)."""
    return [sys.executable, "-I", worker.__file__, str(location), str(memory_mb)]


def _cap_address_space(megabytes: int) -> None:
    """RLIMIT_AS at ``megabytes`` on top of what this (forked) process already maps."""
    import resource

    with open("/proc/self/statm", encoding="ascii") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = mapped + megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class QueryProcess:
    """One worker process over an Oxigraph folder, started on first use and again after a kill."""

    def __init__(self, location: Path | str, memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self.location = Path(location)
        self.memory_mb = memory_mb
        self.proc: subprocess.Popen | None = None
        self._buffer = bytearray()

    def _start(self) -> subprocess.Popen:
        self._buffer.clear()
        proc = subprocess.Popen(worker_command(self.location, self.memory_mb),
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, bufsize=0)
        self.proc = proc
        self._end = weakref.finalize(self, _end, proc)  # also when dropped or at exit
        try:
            ready = self._line(time.monotonic() + START_TIMEOUT)
        except (TimeoutError, EOFError):
            ready = b""
        if ready != b"ready":
            reason = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()[-1:] \
                if proc.poll() is not None and proc.stderr else []
            self.close()
            raise QueryError(f"the query process could not open {self.location}"
                             + (f": {reason[0]}" if reason else " (memory cap too low?)"))
        return proc

    def ask(self, request: dict, limits: Limits) -> tuple[dict, bytes]:
        """Send one request; its header and body, or QueryTimeoutError at the deadline."""
        proc = self.proc if self.proc is not None and self.proc.poll() is None else self._start()
        deadline = time.monotonic() + limits.timeout if limits.timeout > 0 else None
        try:
            data = memoryview(json.dumps(request).encode() + b"\n")
            while data:
                data = data[os.write(proc.stdin.fileno(), data):]
            header = json.loads(self._line(deadline))
            body = self._take(int(header["length"]), deadline)
        except TimeoutError:
            self.close()
            raise limits.overdue() from None
        except (OSError, EOFError, ValueError, KeyError) as exc:
            self.close()
            raise QueryError("the query process ended while answering "
                             f"({exc or type(exc).__name__}; out of memory?)") from None
        return header, body

    def _line(self, deadline: float | None) -> bytes:
        while (end := self._buffer.find(b"\n")) < 0:
            self._fill(deadline)
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        return line

    def _take(self, size: int, deadline: float | None) -> bytes:
        while len(self._buffer) < size:
            self._fill(deadline)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _fill(self, deadline: float | None) -> None:
        """Read what the process has written, waiting no later than ``deadline``."""
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            wait = None if deadline is None else deadline - time.monotonic()
            if (wait is not None and wait <= 0) or not sel.select(wait):
                raise TimeoutError
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            raise EOFError("end of output")
        self._buffer += chunk

    def close(self) -> None:
        """End the process (it only reads, so killing it loses nothing)."""
        if self.proc is not None:
            self.proc = None
            self._end()


def _end(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


def run_forked(task: Callable[[], bytes], limits: Limits) -> bytes:
    """``task()`` run in a forked copy of this process, stopped at the deadline and memory cap.

    A QueryError (or MemoryError) in the copy is raised here as a QueryError with its message.
    """
    ctx = multiprocessing.get_context("fork")
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_forked, args=(task, writer, limits.memory_mb), daemon=True)
    child.start()
    writer.close()
    try:
        if not reader.poll(limits.timeout if limits.timeout > 0 else None):
            raise limits.overdue()
        try:
            message = reader.recv_bytes()
        except EOFError:
            child.join(5)
            raise QueryError("the query process ended without answering "
                             f"(exit code {child.exitcode}; out of memory?)") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        reader.close()
    kind, body = message[:1], message[1:]
    if kind == b"E":
        raise QueryError(body.decode("utf-8"))
    return body


def _forked(task: Callable[[], bytes], writer, memory_mb: int) -> None:  # pragma: no cover - child
    if memory_mb > 0 and sys.platform == "linux":
        _cap_address_space(memory_mb)
    try:
        message = b"R" + task()
    except QueryError as exc:
        message = b"E" + str(exc).encode("utf-8")
    except MemoryError:
        message = b"E" + f"the query ran out of memory (cap {memory_mb} MB)".encode()
    writer.send_bytes(message)
    writer.close()
