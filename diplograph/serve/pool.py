"""A bounded pool of query processes: each query has its own deadline and its own process to kill."""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.store.deadline import worker_command

MAX_HEADER = 64 * 1024


class Busy(Exception):
    """Every worker is busy and the queue is full (or the wait ran out)."""


class Overdue(Exception):
    """The query ran past its deadline; its worker was killed."""


class WorkerLost(Exception):
    """The worker died while answering (e.g. it ran out of memory)."""


@dataclass
class Answer:
    """One query's answer from a worker."""

    status: int
    type: str
    body: bytes
    rows: int = 0
    truncated: bool = False


@dataclass(eq=False)
class Worker:
    """One ``diplograph.store.worker`` process."""

    proc: asyncio.subprocess.Process

    async def ask(self, request: dict) -> Answer:
        """Send one request and read its whole answer."""
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(request).encode() + b"\n")
        await self.proc.stdin.drain()
        line = await self.proc.stdout.readline()
        if not line.endswith(b"\n"):
            raise WorkerLost("the query process ended while answering")
        header = json.loads(line)
        body = await self.proc.stdout.readexactly(int(header["length"]))
        return Answer(int(header["status"]), str(header["type"]), body,
                      int(header.get("rows", 0)), bool(header.get("truncated", False)))

    def kill(self) -> None:
        """End the process now (it only reads)."""
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()


@dataclass
class WorkerPool:
    """``size`` workers over one read-only store; at most ``queue`` requests wait for one."""

    location: Path
    size: int = 2
    queue: int = 32
    timeout: float = 30.0
    memory_mb: int = 0
    kills: int = 0  # workers killed for an overdue query
    idle: asyncio.Queue = field(default_factory=asyncio.Queue)
    waiting: int = 0
    workers: set = field(default_factory=set)
    dying: set = field(default_factory=set)  # killed, not yet reaped
    closed: bool = False

    async def start(self) -> None:
        """Launch every worker and wait until each has opened the store."""
        await asyncio.gather(*(self._spawn() for _ in range(self.size)))

    async def _spawn(self) -> None:
        proc = await asyncio.create_subprocess_exec(
            *worker_command(self.location, self.memory_mb),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL, limit=MAX_HEADER)
        worker = Worker(proc)
        ready = await asyncio.wait_for(proc.stdout.readline(), 60)
        if ready != b"ready\n":
            worker.kill()
            raise WorkerLost(f"a query process could not open {self.location}")
        if self.closed:
            worker.kill()
            return
        self.workers.add(worker)
        self.idle.put_nowait(worker)

    async def query(self, request: dict) -> Answer:
        """Answer one request on a free worker within the deadline; Busy/Overdue/WorkerLost else."""
        if self.waiting >= self.queue:
            raise Busy(f"{self.waiting} queries are waiting")
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(self.idle.get(), self.timeout)
        except TimeoutError:
            raise Busy(f"no query process came free within {self.timeout:.0f} s") from None
        finally:
            self.waiting -= 1
        try:
            answer = await asyncio.wait_for(worker.ask(request), self.timeout)
        except TimeoutError:
            self.kills += 1
            self._replace(worker)
            raise Overdue from None
        except (WorkerLost, OSError, ValueError, KeyError, asyncio.IncompleteReadError,
                asyncio.LimitOverrunError) as exc:
            self._replace(worker)
            raise WorkerLost(str(exc) or type(exc).__name__) from None
        except asyncio.CancelledError:  # the client went away: the worker may be mid-answer
            self._replace(worker)
            raise
        if self.closed:
            self._retire(worker)
        else:
            self.idle.put_nowait(worker)
        return answer

    def _replace(self, worker: Worker) -> None:
        self._retire(worker)
        if not self.closed:
            task = asyncio.get_running_loop().create_task(self._spawn())
            task.add_done_callback(_ignore_failure)

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        self.workers.discard(worker)
        self.dying.add(worker)
        task = asyncio.get_running_loop().create_task(worker.proc.wait())
        task.add_done_callback(lambda _: self.dying.discard(worker))

    async def close(self, grace: float = 0.0) -> None:
        """Stop taking queries; let busy workers finish within ``grace`` seconds, then end all."""
        self.closed = True
        while not self.idle.empty():
            self._retire(self.idle.get_nowait())
        end = asyncio.get_running_loop().time() + grace
        while self.workers and asyncio.get_running_loop().time() < end:
            await asyncio.sleep(0.05)
        for worker in list(self.workers):
            self._retire(worker)
        for worker in list(self.dying):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(worker.proc.wait(), 5)
            if worker.proc.stdin is not None:
                worker.proc.stdin.close()

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        return [w.proc.pid for w in self.workers]


def _ignore_failure(task: asyncio.Task) -> None:
    if not task.cancelled():
        task.exception()
