"""A read-only SPARQL 1.1 endpoint over a graph folder, served by the Oxigraph server."""

from __future__ import annotations

import ctypes
import ipaddress
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from diplograph.errors import GraphNotFoundError, StoreError
from diplograph.graph.namespace import PREFIXES
from diplograph.serve.proxy import FrontServer
from diplograph.store import GRAPH_FILE, STORE_DIR
from diplograph.store.guard import check_query
from diplograph.store.oxigraph import OxigraphStore

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30  # seconds; Oxigraph cancels a query that runs longer


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program installed by the PyPI ``oxigraph`` package."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the Oxigraph server is not installed; run `pip install oxigraph`")
    return found


def server_command(location: Path, host: str, port: int, timeout: int) -> list[str]:
    """The read-only server command: union default graph, a per-query timeout."""
    if timeout < 1:
        raise StoreError("the query timeout must be at least 1 second")
    return [oxigraph_binary(), "serve-read-only", "--location", str(location),
            "--bind", f"{host}:{port}", "--union-default-graph", "--timeout-s", str(int(timeout))]


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def store_location(graph_dir: Path) -> tuple[Path, Path | None]:
    """The on-disk store to serve: the folder's ``store/``, else one loaded from graph.trig."""
    oxi = graph_dir / STORE_DIR
    if oxi.is_dir() and any(oxi.iterdir()):
        return oxi, None
    trig = graph_dir / GRAPH_FILE
    if not trig.is_file():
        raise GraphNotFoundError(f"no built graph in {graph_dir}/ (no {GRAPH_FILE} or {STORE_DIR}/); "
                                 f"run `diplograph build --out {graph_dir}` first")
    tmp = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
    store = OxigraphStore(tmp / STORE_DIR)
    try:
        store.load_file(trig)
    finally:
        store.close()
    return tmp / STORE_DIR, tmp


class OxigraphProcess:
    """The read-only Oxigraph server on an internal localhost port; restartable."""

    def __init__(self, location: Path, timeout: int, log: IO[bytes]) -> None:
        self.location, self.timeout, self.log = location, timeout, log
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.generation = 0  # bumped at every (re)start, so the watchdog acts once per backend
        self._lock = threading.Lock()

    def start(self, ready_within: float = 30.0) -> None:
        """Launch the server and return once it accepts connections."""
        port = free_port()
        proc = subprocess.Popen(server_command(self.location, "127.0.0.1", port, self.timeout),
                                stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
                                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        deadline = time.monotonic() + ready_within
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise StoreError(f"the SPARQL server did not start: {_last_line(self.log)}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                self.process, self.port = proc, port
                self.generation += 1
                return
            except OSError:
                time.sleep(0.05)
        proc.kill()
        raise StoreError(f"the SPARQL server did not answer within {ready_within:.0f} s")

    def restart(self) -> None:
        """Kill the server (it only reads) and start a fresh one."""
        with self._lock:
            self._kill()
            self.start()

    def stop(self) -> None:
        """Kill the server for good."""
        with self._lock:
            self._kill()

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def _last_line(log: IO[bytes]) -> str:
    log.seek(0)
    lines = log.read().decode("utf-8", "replace").strip().splitlines()
    log.seek(0, 2)
    return next((ln for ln in lines if ln.startswith("Error")), lines[0] if lines else "no output")


@dataclass
class Endpoint:
    """A running endpoint: the time-limiting front and the Oxigraph server behind it."""

    backend: OxigraphProcess
    front: FrontServer
    host: str
    tmp: Path | None = None
    stopped: bool = field(default=False, init=False)

    @property
    def port(self) -> int:
        """The port clients use."""
        return self.front.server_address[1]

    @property
    def url(self) -> str:
        """The SPARQL query endpoint (GET or POST)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"

    @property
    def restarts(self) -> int:
        """How often the watchdog restarted the server for an overdue request."""
        return self.front.watchdog.restarts

    def stop(self) -> None:
        """Stop serving, end the server process and remove any temporary store."""
        if self.stopped:
            return
        self.stopped = True
        self.front.stop()
        self.backend.stop()
        self.backend.log.close()
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM if the Python process that started it dies."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def hard_limit(timeout: int) -> float:
    """Seconds after which the watchdog restarts the server under an unfinished request."""
    return timeout + max(2.0, 0.25 * timeout)


def federation_check(location: Path, allow_services: tuple[str, ...] = ()):
    """The endpoint's query check: no SERVICE outside ``allow_services``, FROM only its graphs."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(location))
    names = frozenset(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    del store
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}

    def check(text: str) -> None:
        check_query(text, graphs=lambda: names, allow_services=allow_services, prefixes=prefixes)

    return check


def start(graph_dir: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, verbose: bool = False,
          allow_services: tuple[str, ...] = ()) -> Endpoint:
    """Start the read-only endpoint (``port`` 0 picks a free one); returns once it answers."""
    location, tmp = store_location(Path(graph_dir))
    backend = OxigraphProcess(location, timeout, tempfile.TemporaryFile())
    try:
        front = FrontServer((host, port), backend, hard_limit(timeout), verbose,
                            federation_check(location, tuple(allow_services)))
    except OSError as exc:
        _cleanup(backend, tmp)
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    try:
        backend.start()
    except StoreError:
        front.server_close()
        _cleanup(backend, tmp)
        raise
    front.start()
    return Endpoint(backend, front, host, tmp)


def _cleanup(backend: OxigraphProcess, tmp: Path | None) -> None:
    backend.log.close()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


def serve_forever(endpoint: Endpoint) -> int:
    """Block until Ctrl-C or SIGTERM (restarting a crashed server), then stop cleanly."""
    def _terminate(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        while True:
            time.sleep(0.5)
            proc = endpoint.backend.process
            if proc is not None and proc.poll() is not None:
                endpoint.backend.restart()
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


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Endpoint", "OxigraphProcess",
           "free_port", "hard_limit", "is_loopback", "oxigraph_binary", "serve_forever",
           "server_command", "start", "store_location"]
