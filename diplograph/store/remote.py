"""A remote SPARQL 1.1 server as the store, for corpora that outgrow one machine."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

import httpx
from rdflib import Dataset, Graph, URIRef

from diplograph.errors import QueryError, StoreError
from diplograph.store.base import (
    Rows,
    Store,
    Triple,
    insert_data,
    prefix_lines,
    syntax_error,
)
from diplograph.store.deadline import Limits

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def endpoints(url: str) -> tuple[str, str]:
    """Query and update URLs from ``QUERY[|UPDATE[|STORE]]``, a server root, or a ``…/query`` URL."""
    query, _, rest = url.partition("|")
    update = rest.partition("|")[0]
    parts = urlsplit(query)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) SPARQL endpoint URL: {url!r}")
    path = parts.path.rstrip("/")
    if not path:  # a server root: Oxigraph's layout
        query = urlunsplit(parts._replace(path="/query"))
        path = "/query"
    if not update:
        upath = path[: -len("query")] + "update" if path.endswith("/query") else path
        update = urlunsplit(urlsplit(query)._replace(path=upath))
    return query, update


def graph_store(url: str) -> str | None:
    """The Graph Store Protocol URL: the third part of ``QUERY|UPDATE|STORE``, else Oxigraph's ``/store``.

    None for other layouts, whose named graphs are then written by SPARQL Update instead.
    """
    parts = url.split("|")
    if len(parts) > 2 and parts[2]:
        return parts[2]
    query = urlsplit(endpoints(url)[0])
    return urlunsplit(query._replace(path="/store")) if query.path == "/query" else None


class RemoteStore(Store):
    """Talks SPARQL 1.1 Protocol, and the Graph Store Protocol or Update, over HTTP (Oxigraph, Fuseki...)."""

    def __init__(self, query_url: str, update_url: str, *, store_url: str | None = None,
                 union_default_graph: bool = True, timeout: float = 120.0,
                 client: httpx.Client | None = None) -> None:
        self.query_url, self.update_url, self.store_url = query_url, update_url, store_url
        self.spec = f"sparql:{query_url}"
        # Oxigraph reads this flag; most other servers query the union by default.
        self._params = {"union-default-graph": ""} if union_default_graph else {}
        self._client = client or httpx.Client(timeout=timeout)

    @classmethod
    def from_url(cls, url: str, **kwargs) -> RemoteStore:
        """Open the store a ``sparql:`` spec names."""
        return cls(*endpoints(url), store_url=graph_store(url), **kwargs)

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            return self._client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from exc

    def _stored(self, resp: httpx.Response, what: str, name: str) -> None:
        if resp.status_code >= 400 and not (what == "delete" and resp.status_code == 404):
            raise StoreError(f"the graph store refused to {what} {name} ({resp.status_code}): "
                             f"{resp.text.strip()[:300]}")

    def _post(self, url: str, data: dict[str, str], **kwargs) -> httpx.Response:
        return self._send("POST", url, data=data, **kwargs)

    def _update(self, sparql: str) -> None:
        resp = self._post(self.update_url, {"update": sparql})
        if resp.status_code >= 400:
            raise StoreError(f"the SPARQL server refused an update ({resp.status_code}): "
                             f"{resp.text.strip()[:300]}")

    def replace_graph(self, name: str, triples: Iterable[Triple] | Graph) -> None:
        """One request per graph: an HTTP PUT (Graph Store Protocol), else a SPARQL update."""
        if self.store_url is None:
            self._update(insert_data(name, triples))
            return
        body = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)
        if not body:
            self.remove_graph(name)
            return
        resp = self._send("PUT", self.store_url, params={"graph": name}, content=body.encode("utf-8"),
                          headers={"Content-Type": "text/turtle"})  # n3() terms are Turtle
        self._stored(resp, "replace", name)

    def remove_graph(self, name: str) -> None:
        if self.store_url is None:
            self._update(insert_data(name, ()))
            return
        self._stored(self._send("DELETE", self.store_url, params={"graph": name}), "delete", name)

    def graph_names(self) -> list[str]:
        return sorted(str(t[0]) for t in self.query(_GRAPHS).terms() if isinstance(t[0], URIRef))

    def query(self, sparql: str, limits: Limits | None = None) -> Rows:
        self.guard(sparql)
        prefixes = prefix_lines(sparql)
        text = f"{prefixes}\n{sparql}" if prefixes else sparql
        if limits is None:
            resp = self._post(self.query_url, {"query": text}, params=self._params,
                              headers={"Accept": ACCEPT})
            status, kind, body = resp.status_code, resp.headers.get("content-type", ""), resp.content
        else:
            status, kind, body = self._post_within(text, limits)
        message = body.decode("utf-8", "replace").strip()
        if status == 400:
            raise syntax_error(message, sparql, line_shift=1 if prefixes else 0)
        if status >= 400:
            raise QueryError(f"the SPARQL server failed ({status}): {message[:300]}")
        return _rows(kind, body).cut(limits.max_rows if limits else 0)

    def _post_within(self, text: str, limits: Limits) -> tuple[int, str, bytes]:
        """The answer read by the deadline and no larger than the memory cap, or an error."""
        deadline = time.monotonic() + limits.timeout if limits.timeout > 0 else None
        cap = limits.memory_mb * 1024 * 1024 if limits.memory_mb > 0 else None
        try:
            with self._client.stream("POST", self.query_url, data={"query": text},
                                     params=self._params, headers={"Accept": ACCEPT},
                                     timeout=limits.timeout or None) as resp:
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        raise limits.overdue()
                    if cap is not None and size > cap:
                        raise QueryError(f"the SPARQL server's answer is larger than "
                                         f"{limits.memory_mb} MB; narrow the query")
        except httpx.TimeoutException:
            raise limits.overdue() from None
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self.query_url}: {exc}") from exc
        return resp.status_code, resp.headers.get("content-type", ""), b"".join(chunks)

    def dataset(self) -> Dataset:
        ds = Dataset(default_union=True)
        for s, p, o, g in self.query(_QUADS).terms():
            ds.graph(g).add((s, p, o))
        return ds

    def close(self) -> None:
        self._client.close()


def _rows(content_type: str, body: bytes) -> Rows:
    """Parse a query response; a stream cut short (the server's timeout) is an error."""
    kind = content_type.split(";")[0].strip()
    text = body.decode("utf-8", "replace")
    try:
        if kind in ("application/n-triples", "text/plain", "text/turtle"):
            graph = Graph().parse(data=text, format="nt" if kind != "text/turtle" else "turtle")
            return Rows.from_triples(graph)
        return Rows.from_json(body)
    except (json.JSONDecodeError, KeyError, SyntaxError) as exc:
        tail = text.strip().splitlines()[-1:] or [""]
        raise QueryError(f"the SPARQL server sent an incomplete answer ({tail[0][-200:]})") from exc

