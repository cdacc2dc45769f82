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
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from diplograph.errors import GraphNotFoundError, StoreError
from diplograph.store import GRAPH_FILE, STORE_DIR

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
    from diplograph.store_oxigraph import OxigraphStore

    tmp = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
    store = OxigraphStore(tmp / STORE_DIR)
    try:
        store.load_file(trig)
    finally:
        store.close()
    return tmp / STORE_DIR, tmp


@dataclass
class Endpoint:
    """A running server process; stop() ends it and removes any temporary store."""

    process: subprocess.Popen
    host: str
    port: int
    log: IO[bytes]
    tmp: Path | None = None
    stopped: bool = field(default=False, init=False)
    printed: str = field(default="", init=False)

    @property
    def url(self) -> str:
        """The SPARQL query endpoint (GET or POST)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"

    def output(self) -> str:
        """What the server printed so far (kept after stop())."""
        if self.log.closed:
            return self.printed
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def stop(self, grace: float = 10.0) -> int | None:
        """Terminate the server (SIGTERM, then SIGKILL after ``grace`` seconds)."""
        if not self.stopped:
            self.stopped = True
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(grace)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            self.printed = self.output()
            self.log.close()
            if self.tmp:
                shutil.rmtree(self.tmp, ignore_errors=True)
        return self.process.returncode


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM if the Python process that started it dies."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def start(graph_dir: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, ready_within: float = 30.0) -> Endpoint:
    """Start the read-only endpoint and return once it accepts connections."""
    location, tmp = store_location(Path(graph_dir))
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(server_command(location, host, port, timeout), stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT,
                            preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    endpoint = Endpoint(proc, host, port, log, tmp)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = endpoint.output().strip().splitlines()
            endpoint.stop()
            raise StoreError(f"the SPARQL server did not start: {out[0] if out else 'no output'}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return endpoint
        except OSError:
            time.sleep(0.05)
    endpoint.stop()
    raise StoreError(f"the SPARQL server did not answer on {host}:{port} within {ready_within:.0f} s")


def serve_forever(endpoint: Endpoint) -> int:
    """Wait for the server until Ctrl-C or SIGTERM, then stop it cleanly."""
    def _terminate(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return endpoint.process.wait()
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


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Endpoint", "free_port",
           "is_loopback", "oxigraph_binary", "serve_forever", "server_command", "start",
           "store_location"]
