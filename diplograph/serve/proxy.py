"""A pass-through front for the Oxigraph server that enforces a hard per-request time limit.

Oxigraph's own ``--timeout-s`` cancels queries cooperatively: some plans (large joins,
ORDER BY over a cartesian product) only notice after minutes, or never before memory runs
out. This front forwards every request unchanged and restarts the (read-only) server when a
request outlives the limit, so a runaway query cannot keep a core or the memory busy.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import parse_qs

from diplograph.errors import FederationError

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
              "trailer", "transfer-encoding", "upgrade", "host"}
RESTART_WAIT = 15.0  # seconds a request waits for a restarting server before a 503
MAX_BODY = 10 * 1024 * 1024  # a query text larger than 10 MB is refused
READ_PATHS = ("/query",)  # the only path that takes POST (SPARQL protocol queries)
# Protocol fields that carry query text, and those that name graphs (the protocol's FROM).
_TEXT_FIELDS = ("query", "update")
_GRAPH_FIELDS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")


class Backend(Protocol):
    """The server process the front forwards to."""

    port: int
    generation: int

    def restart(self) -> None: ...


class Watchdog:
    """Restarts the backend when any request it carries runs past ``limit`` seconds."""

    def __init__(self, backend: Backend, limit: float) -> None:
        self.backend, self.limit = backend, limit
        self.inflight: dict[object, tuple[float, int]] = {}
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.restarts = 0
        self.thread = threading.Thread(target=self._run, name="diplograph-watchdog", daemon=True)

    @contextmanager
    def track(self):
        """Count a request as in flight for the duration of the block."""
        token = object()
        with self.lock:
            self.inflight[token] = (time.monotonic(), self.backend.generation)
        try:
            yield
        finally:
            with self.lock:
                self.inflight.pop(token, None)

    def overdue(self) -> bool:
        """True when a request on the current backend has run past the limit."""
        now, gen = time.monotonic(), self.backend.generation
        with self.lock:
            return any(now - t > self.limit and g == gen for t, g in self.inflight.values())

    def _run(self) -> None:
        while not self.stopped.wait(0.2):
            if self.overdue():
                self.restarts += 1
                self.backend.restart()


class FrontHandler(BaseHTTPRequestHandler):
    """Forwards one request to the backend and streams the answer back."""

    server: FrontServer
    server_version = "diplograph"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._forward()

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if self.path.split("?", 1)[0] not in READ_PATHS:
            self._refuse(403, "this endpoint is read-only")
        else:
            self._forward()

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(403, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _refuse(self, status: int, message: str) -> None:
        data = (message + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(data)

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._refuse(413, "query too large")
        body = self.rfile.read(length) if length else None
        try:
            self._check(body)
        except FederationError as exc:
            return self._refuse(403, str(exc))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        front = self.server
        with front.watchdog.track():
            try:
                conn, resp = self._send(body, headers)
            except (OSError, http.client.HTTPException):
                return self._refuse(503, f"query stopped: it ran past the {front.limit_text} limit "
                                         "or the server was restarting; try again")
            self._relay(resp, conn)

    def _check(self, body: bytes | None) -> None:
        """Refuse federation in the query text or the protocol's graph parameters."""
        fields = parse_qs(self.path.partition("?")[2])
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        texts: list[str] = []
        if body:
            text = body.decode("utf-8", "replace")
            if kind == "application/x-www-form-urlencoded":
                for key, values in parse_qs(text).items():
                    fields.setdefault(key, []).extend(values)
            else:  # application/sparql-query, or anything else: check the whole body
                texts.append(text)
        texts += [v for key in _TEXT_FIELDS for v in fields.get(key, [])]
        for text in texts:
            self.server.check(text)
        graphs = [v for key in _GRAPH_FIELDS for v in fields.get(key, [])]
        if graphs:
            self.server.check("".join(f"SELECT * FROM <{g}> {{}} " for g in graphs))

    def _send(self, body: bytes | None, headers: dict[str, str]):
        """Send to the backend, waiting out a restart (connection refused) for a few seconds."""
        front = self.server
        deadline = time.monotonic() + RESTART_WAIT
        while True:
            conn = http.client.HTTPConnection("127.0.0.1", front.backend.port,
                                              timeout=front.watchdog.limit + 1)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                return conn, conn.getresponse()
            except ConnectionRefusedError:
                conn.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
            except (OSError, http.client.HTTPException):
                conn.close()
                raise

    def _relay(self, resp: http.client.HTTPResponse, conn: http.client.HTTPConnection) -> None:
        self.send_response(resp.status, resp.reason)
        for key, value in resp.getheaders():
            if key.lower() not in HOP_BY_HOP:
                self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            while chunk := resp.read1(65536):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            pass  # the watchdog stopped the backend, or the client went away
        finally:
            conn.close()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server signature
        if self.server.verbose:
            super().log_message(format, *args)


class FrontServer(ThreadingHTTPServer):
    """The listening side: one thread per request, a watchdog over all of them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], backend: Backend, limit: float,
                 verbose: bool = False, check: Callable[[str], None] = lambda text: None) -> None:
        import socket

        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, FrontHandler)
        self.backend, self.verbose, self.check = backend, verbose, check
        self.watchdog = Watchdog(backend, limit)
        self.limit_text = f"{limit:.0f} s"

    def start(self) -> threading.Thread:
        """Serve in a background thread (with the watchdog); returns the thread."""
        self.watchdog.thread.start()
        thread = threading.Thread(target=self.serve_forever, name="diplograph-front", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        """Stop accepting requests and stop the watchdog."""
        self.watchdog.stopped.set()
        self.shutdown()
        self.server_close()
