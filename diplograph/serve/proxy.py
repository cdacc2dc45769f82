"""The endpoint's ASGI front: Host allow-list, read-only SPARQL protocol, federation check, limits.

Every query runs in a worker process of a :class:`~diplograph.serve.pool.WorkerPool` with its
own deadline, so stopping a runaway query kills only that query's process.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from diplograph.errors import FederationError, QueryError, ReadOnlyError
from diplograph.graph.namespace import PREFIX_IRIS
from diplograph.query.named import named_queries, paged, prepare, rows_to_frame, trim
from diplograph.query.table import render
from diplograph.serve.page import root_page
from diplograph.serve.pool import Busy, Overdue, WorkerLost, WorkerPool
from diplograph.store.base import Rows, Store, one_line

MAX_BODY = 10 * 1024 * 1024  # a query text larger than 10 MB is refused
BODY_TIMEOUT = 10.0  # seconds a client may take to send its request body
READ_PATHS = ("/query",)  # SPARQL protocol queries; also "/" (the page) and /queries/NAME
NAMED_PATH = "/queries/"
# What a named query answers with, by Accept (JSON when nothing matches), as the CLI prints it.
NAMED_TYPES = {"application/json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# Protocol fields that carry query text, and those that name graphs (the protocol's FROM).
_TEXT_FIELDS = ("query", "update")
_GRAPH_FIELDS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")
_FORM = "application/x-www-form-urlencoded"


class Refusal(Exception):
    """A request answered with a client or server error and a one-line reason."""

    def __init__(self, status: int, message: str, headers: tuple = ()) -> None:
        super().__init__(message)
        self.status, self.headers = status, headers


def host_name(value: str) -> str | None:
    """The host part of a Host header (``[::1]:7878`` -> ``::1``), or None when malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        inner, sep, rest = value[1:].partition("]")
        return inner if sep and (not rest or rest[1:].isdigit() and rest[0] == ":") else None
    name, _, port = value.partition(":")
    if port and not port.isdigit():
        return None
    return name or None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


@dataclass
class Front:
    """The ASGI application; ``pool`` may be swapped for a new build's at any time."""

    pool: WorkerPool
    check: Callable[[str], None] = lambda text: None
    allowed_hosts: frozenset[str] = frozenset(LOOPBACK_NAMES)
    max_rows: int = 10_000
    timeout: float = 30.0
    store: Store | None = None  # the build's store, read-only: binds named-query parameters
    cors: str | None = None  # the one origin browsers may call from (none by default)
    served: int = field(default=0)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":  # uvicorn runs with lifespan off; nothing else is served
            return
        try:
            await self._handle(scope, receive, send)
        except Refusal as exc:
            await _reply(send, exc.status, f"{exc}\n".encode(), "text/plain; charset=utf-8",
                         scope["method"], (*exc.headers, *self._cors()))

    def _cors(self) -> tuple:
        """The CORS header, when an origin was allowed (``--cors ORIGIN``)."""
        return ((b"access-control-allow-origin", self.cors.encode("latin-1")),
                (b"vary", b"origin")) if self.cors else ()

    def host_allowed(self, scope) -> bool:
        """Loopback names, the --host given, or the very address the client connected to."""
        values = [v.decode("latin-1") for k, v in scope["headers"] if k == b"host"]
        if len(values) != 1:
            raise Refusal(400, "exactly one Host header is required")
        name = host_name(values[0])
        if name is None:
            raise Refusal(400, "malformed Host header")
        local = (scope.get("server") or ("",))[0]
        return name in self.allowed_hosts or (_is_ip(name) and name == local)

    async def _handle(self, scope, receive, send) -> None:
        if not self.host_allowed(scope):
            raise Refusal(421, "this endpoint answers only to its own host names "
                               "(loopback or the --host it listens on)")
        method, path = scope["method"], scope["path"]
        if method == "OPTIONS" and self.cors:
            await _reply(send, 204, b"", "text/plain", method, (
                *self._cors(), (b"access-control-allow-methods", b"GET, POST"),
                (b"access-control-allow-headers", b"accept, content-type")))
            return
        if method not in ("GET", "HEAD", "POST"):
            raise Refusal(403, "this endpoint is read-only")
        if path == "/" and method != "POST":
            page = root_page(named_queries(), PREFIX_IRIS).encode()
            await _reply(send, 200, page, "text/html; charset=utf-8", method, self._cors())
            return
        if path.startswith(NAMED_PATH) and method != "POST":
            await self._named(scope, send, path[len(NAMED_PATH):])
            return
        if path not in READ_PATHS:
            raise Refusal(403 if method == "POST" or b"update" in scope["query_string"] else 404,
                          "this endpoint is read-only; queries go to /query")
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        body = await _read_body(receive, headers) if method == "POST" else b""
        fields = _fields(scope["query_string"].decode("latin-1"), body,
                         headers.get("content-type", ""))
        if fields.get("update"):
            raise Refusal(403, "this endpoint is read-only: updates are refused")
        queries = fields.get("query", [])
        if len(queries) != 1:
            raise Refusal(400, "give exactly one `query` (GET/form parameter or "
                               "application/sparql-query body)")
        try:
            self._check(queries[0], fields)
        except (FederationError, ReadOnlyError) as exc:
            raise Refusal(403, str(exc)) from None
        request = {"query": queries[0], "accept": headers.get("accept", ""),
                   "max_rows": self.max_rows, "default": fields.get("default-graph-uri"),
                   "named": fields.get("named-graph-uri"), "prefixes": PREFIX_IRIS}
        answer = await self._ask(request)
        self.served += 1
        if answer.status == 400:  # the parser's message, as one line a person can read
            answer.body = f"{one_line(answer.body.decode('utf-8', 'replace'))}\n".encode()
        extra = ((b"x-diplograph-truncated", str(self.max_rows).encode()),) if answer.truncated else ()
        await _reply(send, answer.status, answer.body, answer.type, method, (*extra, *self._cors()))

    async def _ask(self, request: dict):
        """One query through the pool, its failures as refusals."""
        pool = self.pool  # a new build may swap the pool; this request keeps the one it started on
        try:
            return await pool.query(request)
        except Busy as exc:
            raise Refusal(503, f"busy ({exc}); try again shortly", ((b"retry-after", b"2"),)) from None
        except Overdue:
            raise Refusal(503, f"query stopped: it ran past the {self.timeout:.0f} s limit") from None
        except WorkerLost as exc:
            raise Refusal(503, f"query stopped: its process ended ({exc}), e.g. out of memory") from None

    async def _named(self, scope, send, name: str) -> None:
        """A named query with URL parameters, answered as ``diplograph query`` prints it."""
        query = named_queries().get(name)
        if query is None:
            raise Refusal(404, f"no named query {name!r}; known: {', '.join(named_queries())}")
        params: dict[str, object] = {}
        for key, values in parse_qs(scope["query_string"].decode("latin-1"), max_num_fields=100).items():
            params[key] = values[0] if len(values) == 1 else values
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        accept = [part.split(";")[0].strip().lower() for part in headers.get("accept", "").split(",")]
        kind = next((t for t in accept if t in NAMED_TYPES), "application/json")
        store = self.store
        if store is None:
            raise Refusal(503, "named queries are not available on this endpoint")
        try:
            limit, offset = _page_fields(params)
            sparql = await asyncio.to_thread(prepare, store, query, params)
            sparql, limit = paged(sparql, limit, offset)
        except QueryError as exc:
            raise Refusal(400, one_line(str(exc))) from None
        answer = await self._ask({"query": sparql, "accept": "application/sparql-results+json",
                                  "max_rows": self.max_rows, "prefixes": PREFIX_IRIS})
        if answer.status != 200:
            raise Refusal(answer.status, one_line(answer.body.decode("utf-8", "replace")))
        self.served += 1
        frame = trim(rows_to_frame(Rows.from_json(answer.body)), limit, offset)
        text = render(frame, NAMED_TYPES[kind])
        body = text.encode() if text.endswith("\n") else f"{text}\n".encode()
        more = frame.attrs.get("next_offset")
        extra = () if more is None else ((b"x-diplograph-next-offset", str(more).encode()),)
        await _reply(send, 200, body, f"{kind}; charset=utf-8", scope["method"], (*extra, *self._cors()))

    def _check(self, query: str, fields: dict[str, list[str]]) -> None:
        """Refuse federation in the query text or the protocol's graph parameters."""
        self.check(query)
        graphs = [v for key in _GRAPH_FIELDS for v in fields.get(key, [])]
        if graphs:
            self.check("".join(f"SELECT * FROM <{g}> {{}} " for g in graphs))


def _page_fields(params: dict[str, object]) -> tuple[int | None, int]:
    """The ``limit`` and ``offset`` URL fields of a named query (taken out of its parameters)."""
    out = []
    for name in ("limit", "offset"):
        value = params.pop(name, None)
        if value is not None and not (isinstance(value, str) and value.isdigit() and len(value) < 10):
            raise QueryError(f"{name} must be a whole number of rows, not {value!r}")
        out.append(None if value is None else int(value))
    return out[0], out[1] or 0


async def _read_body(receive, headers: dict[str, str]) -> bytes:
    """The request body, at most MAX_BODY bytes, within BODY_TIMEOUT seconds."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise Refusal(413, "query too large")
    chunks, size = [], 0

    async def read() -> None:
        nonlocal size
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Refusal(400, "the client went away")
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > MAX_BODY:
                raise Refusal(413, "query too large")
            if not message.get("more_body"):
                return

    try:
        await asyncio.wait_for(read(), BODY_TIMEOUT)
    except TimeoutError:
        raise Refusal(408, "the request body took too long") from None
    return b"".join(chunks)


def _fields(query_string: str, body: bytes, content_type: str) -> dict[str, list[str]]:
    """Protocol fields from the URL and the body (form fields, or the body as the query)."""
    fields = parse_qs(query_string, max_num_fields=100)
    if body:
        text = body.decode("utf-8", "replace")
        kind = content_type.split(";")[0].strip().lower()
        if kind == _FORM:
            for key, values in parse_qs(text, max_num_fields=100).items():
                fields.setdefault(key, []).extend(values)
        elif kind == "application/sparql-update":
            fields.setdefault("update", []).append(text)
        else:  # application/sparql-query, or anything else: the whole body is the query
            fields.setdefault("query", []).append(text)
    return fields


async def _reply(send, status: int, body: bytes, kind: str, method: str, extra: tuple = ()) -> None:
    headers = [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode()),
               (b"x-content-type-options", b"nosniff"), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
