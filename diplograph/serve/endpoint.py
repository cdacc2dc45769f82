"""A read-only SPARQL 1.1 endpoint over a graph folder: uvicorn in front, one process per query."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from diplograph._files import is_locked
from diplograph.errors import GraphNotFoundError, StoreError
from diplograph.graph.namespace import PREFIX_IRIS
from diplograph.serve.pool import WorkerPool
from diplograph.serve.proxy import LOOPBACK_NAMES, Front
from diplograph.store import GRAPH_FILE, STORE_DIR
from diplograph.store.deadline import (
    DEFAULT_MAX_ROWS,
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
)
from diplograph.store.guard import check_query
from diplograph.store.oxigraph import OxigraphStore

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_WORKERS = 2  # concurrent queries, one process each
DEFAULT_QUEUE = 32  # queries that may wait for a free process before 503
HEADER_TIMEOUT = 10.0  # seconds a client may take to send a request's headers
KEEP_ALIVE = 5  # seconds an idle keep-alive connection stays open
MAX_CONNECTIONS = 256  # open connections beyond this get 503 from uvicorn
BACKLOG = 1024
WATCH_EVERY = 1.0  # seconds between looks for a new build


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program installed by the PyPI ``oxigraph`` package."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the Oxigraph server is not installed; run `pip install oxigraph`")
    return found


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with a deadline on request headers (no half-open connection lives on)."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self._header_timer = None
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(HEADER_TIMEOUT, self._headers_overdue)

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            self._arm()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE and self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def connection_lost(self, exc) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        super().connection_lost(exc)

    def _headers_overdue(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def build_key(graph_dir: Path) -> tuple | None:
    """What identifies the build in ``graph_dir`` (changes when a new build is published)."""
    for path in (graph_dir / STORE_DIR, graph_dir / GRAPH_FILE):
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_dir() and not any(path.iterdir()):
            continue
        return (path.name, st.st_ino, st.st_mtime_ns)
    return None


def snapshot(graph_dir: Path) -> Path:
    """A private copy of the build's store (hard links where possible) that later builds cannot remove."""
    tmp = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
    try:
        target = tmp / STORE_DIR
        oxi = graph_dir / STORE_DIR
        if oxi.is_dir() and any(oxi.iterdir()):
            target.mkdir()
            for src in oxi.iterdir():
                if src.is_file():
                    try:
                        os.link(src, target / src.name)
                    except OSError:
                        shutil.copy2(src, target / src.name)
        elif (graph_dir / GRAPH_FILE).is_file():
            store = OxigraphStore(target)
            try:
                store.load_file(graph_dir / GRAPH_FILE)
            finally:
                store.close()
        else:
            raise GraphNotFoundError(
                f"no built graph in {graph_dir}/ (no {GRAPH_FILE} or {STORE_DIR}/); "
                f"run `diplograph build --out {graph_dir}` first")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return tmp


def federation_check(location: Path, allow_services: tuple[str, ...] = ()):
    """The endpoint's query check: no SERVICE outside ``allow_services``, FROM only its graphs."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(location))
    names = frozenset(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    del store

    def check(text: str) -> None:
        check_query(text, graphs=lambda: names, allow_services=allow_services,
                    prefixes=PREFIX_IRIS)

    return check


@dataclass
class Endpoint:
    """A running endpoint: uvicorn on a background event loop, a pool of query processes."""

    graph_dir: Path
    host: str
    sock: socket.socket
    front: Front
    tmp: Path
    settings: dict
    key: tuple | None = None
    loop: asyncio.AbstractEventLoop | None = None
    server: object = None
    thread: threading.Thread | None = None
    switches: int = 0  # how often a new build was picked up
    stopped: bool = field(default=False, init=False)
    _retired: list = field(default_factory=list)

    @property
    def port(self) -> int:
        """The port clients use."""
        return self.sock.getsockname()[1]

    @property
    def url(self) -> str:
        """The SPARQL query endpoint (GET or POST)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"

    @property
    def kills(self) -> int:
        """How many query processes were killed for running past the deadline."""
        return self.front.pool.kills

    def pids(self) -> list[int]:
        """The live query processes."""
        return self.front.pool.pids()

    async def _watch(self) -> None:
        """Switch to a new build as soon as one is published; old queries finish on the old one."""
        while True:
            await asyncio.sleep(WATCH_EVERY)
            key = build_key(self.graph_dir)
            if key is None or key == self.key or is_locked(self.graph_dir):
                continue
            try:
                tmp = await asyncio.to_thread(snapshot, self.graph_dir)
            except Exception as exc:  # noqa: BLE001 - keep serving the build we have
                print(f"diplograph serve: new build not picked up yet: {exc}", file=sys.stderr)
                continue
            if build_key(self.graph_dir) != key:  # replaced while we copied: try again next round
                shutil.rmtree(tmp, ignore_errors=True)
                continue
            pool = _pool(tmp / STORE_DIR, self.settings)
            try:
                await pool.start()
            except Exception as exc:  # noqa: BLE001
                await pool.close()
                shutil.rmtree(tmp, ignore_errors=True)
                print(f"diplograph serve: new build not picked up: {exc}", file=sys.stderr)
                continue
            old, old_tmp, old_store = self.front.pool, self.tmp, self.front.store
            self.front.check = federation_check(tmp / STORE_DIR, self.settings["allow_services"])
            self.front.store = OxigraphStore(tmp / STORE_DIR, read_only=True)
            self.front.pool, self.tmp, self.key = pool, tmp, key  # one assignment: atomic for requests
            self.switches += 1
            await old.close(grace=self.front.timeout)
            if old_store is not None:
                old_store.close()
            shutil.rmtree(old_tmp, ignore_errors=True)

    def stop(self) -> None:
        """Stop serving, end the query processes and remove the private store copy."""
        if self.stopped:
            return
        self.stopped = True
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(30)
        self.sock.close()
        if self.front.store is not None:
            self.front.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _pool(location: Path, settings: dict) -> WorkerPool:
    return WorkerPool(location, size=settings["workers"], queue=settings["queue"],
                      timeout=settings["timeout"], memory_mb=settings["memory_mb"])


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.setblocking(False)
    return sock


def start(graph_dir: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, verbose: bool = False,
          allow_services: tuple[str, ...] = (), *, max_rows: int = DEFAULT_MAX_ROWS,
          workers: int = DEFAULT_WORKERS, queue: int = DEFAULT_QUEUE,
          memory_mb: int = DEFAULT_MEMORY_MB, cors: str | None = None) -> Endpoint:
    """Start the read-only endpoint (``port`` 0 picks a free one); returns once it answers."""
    import uvicorn

    if timeout < 1:
        raise StoreError("the query timeout must be at least 1 second")
    graph_dir = Path(graph_dir)
    key = build_key(graph_dir)
    tmp = snapshot(graph_dir)
    settings = {"workers": max(1, workers), "queue": max(0, queue), "timeout": float(timeout),
                "memory_mb": memory_mb, "allow_services": tuple(allow_services)}
    try:
        sock = _listen(host, port)
    except StoreError:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    front = Front(_pool(tmp / STORE_DIR, settings), federation_check(tmp / STORE_DIR, tuple(allow_services)),
                  frozenset({*LOOPBACK_NAMES, host.strip("[]").lower()}), max_rows, float(timeout),
                  OxigraphStore(tmp / STORE_DIR, read_only=True), cors or None)
    endpoint = Endpoint(graph_dir, host, sock, front, tmp, settings, key)
    config = uvicorn.Config(front, http=GuardedH11, lifespan="off", ws="none", interface="asgi3",
                            timeout_keep_alive=KEEP_ALIVE, limit_concurrency=MAX_CONNECTIONS,
                            backlog=BACKLOG, h11_max_incomplete_event_size=64 * 1024,
                            access_log=verbose, log_level="info" if verbose else "warning",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    ready, failure = threading.Event(), []

    async def main() -> None:
        endpoint.loop = asyncio.get_running_loop()
        try:
            await front.pool.start()
        except BaseException as exc:
            failure.append(exc)
            ready.set()
            await front.pool.close()
            return
        watcher = asyncio.get_running_loop().create_task(endpoint._watch())
        ready.set()
        try:
            await server.serve(sockets=[sock])
        finally:
            watcher.cancel()
            await front.pool.close(grace=2)

    endpoint.server = server
    endpoint.thread = threading.Thread(target=asyncio.run, args=(main(),), name="diplograph-serve",
                                       daemon=True)
    endpoint.thread.start()
    ready.wait(120)
    if failure or not ready.is_set():
        endpoint.stop()
        reason = failure[0] if failure else "timed out"
        raise StoreError(f"the query processes did not start: {reason}")
    return endpoint


def serve_forever(endpoint: Endpoint) -> int:
    """Block until Ctrl-C or SIGTERM, then stop cleanly."""
    def _terminate(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        while endpoint.thread is not None and endpoint.thread.is_alive():
            time.sleep(0.5)
        return 1  # the server thread ended on its own
    except KeyboardInterrupt:
        return 0
    finally:
        endpoint.stop()
        signal.signal(signal.SIGTERM, previous)


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on right now (for tests and `--port 0`)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


__all__ = ["DEFAULT_HOST", "DEFAULT_MAX_ROWS", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Endpoint",
           "build_key", "free_port", "is_loopback", "oxigraph_binary", "serve_forever",
           "snapshot", "start"]
