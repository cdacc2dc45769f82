"""One store interface over rdflib in memory, embedded Oxigraph and remote SPARQL servers."""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rdflib.plugins.sparql
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.errors import QueryError, StoreError
from diplograph.graph.namespace import PREFIX_IRIS, PREFIXES
from diplograph.store.deadline import Limits, run_forked
from diplograph.store.guard import check_query

GRAPH_FILE = "graph.trig"
STORE_DIR = "store"
Triple = tuple[Node, Node, Node]


@dataclass
class Rows:
    """Query results as SPARQL 1.1 JSON bindings, the one shape every store can give cheaply."""

    columns: list[str]
    bindings: list[dict[str, dict[str, str]]] = field(default_factory=list)
    boolean: bool | None = None  # set for ASK queries
    truncated: bool = False  # rows past a row cap were dropped

    @classmethod
    def from_json(cls, data: bytes | str) -> Rows:
        """Read an application/sparql-results+json document."""
        doc = json.loads(data)
        if "boolean" in doc:
            return cls(["ask"], [], bool(doc["boolean"]))
        return cls(list(doc.get("head", {}).get("vars", [])), doc["results"]["bindings"],
                   truncated=bool(doc.get("truncated")))

    def to_json(self) -> bytes:
        """The rows as an application/sparql-results+json document (with a ``truncated`` flag)."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean}).encode()
        return json.dumps({"head": {"vars": self.columns}, "results": {"bindings": self.bindings},
                           "truncated": self.truncated}, ensure_ascii=False).encode()

    def cut(self, max_rows: int) -> Rows:
        """The rows kept to ``max_rows`` (0: all), flagged when some were dropped."""
        if 0 < max_rows < len(self.bindings):
            self.bindings = self.bindings[:max_rows]
            self.truncated = True
        return self

    @classmethod
    def from_triples(cls, triples: Iterable[Triple]) -> Rows:
        """Rows for CONSTRUCT/DESCRIBE results: one row per triple."""
        cols = ["subject", "predicate", "object"]
        return cls(cols, [dict(zip(cols, map(term_json, t))) for t in triples])

    def __len__(self) -> int:
        return 1 if self.boolean is not None else len(self.bindings)

    def terms(self) -> Iterator[tuple[Node | None, ...]]:
        """The rows as tuples of rdflib terms (None where unbound)."""
        if self.boolean is not None:
            yield (Literal(self.boolean),)
            return
        for row in self.bindings:
            yield tuple(json_term(row.get(c)) for c in self.columns)


def term_json(term: Node) -> dict[str, str]:
    """An rdflib term as a SPARQL JSON results binding."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def json_term(cell: dict[str, str] | None) -> Node | None:
    """A SPARQL JSON results binding as an rdflib term."""
    if cell is None:
        return None
    kind = cell["type"]
    if kind == "uri":
        return URIRef(cell["value"])
    if kind == "bnode":
        return BNode(cell["value"])
    return Literal(cell["value"], lang=cell.get("xml:lang"), datatype=cell.get("datatype"))


_POSITION = re.compile(r"(?:at |line:?\s*)(\d+)[:,]\s*(?:col(?:umn)?:?\s*)?(\d+)", re.I)


_EXPECTED = re.compile(r"(expected one of )(.*)", re.S)
_SHOWN_ALTERNATIVES = 8


def one_line(message: str) -> str:
    """A parser message on one line, its list of expected tokens cut to the first few."""
    text = " ".join(message.split())
    m = _EXPECTED.search(text)
    if m:
        items = [i.strip() for i in re.split(r", (?![^\[]*\])", m[2])]
        if len(items) > _SHOWN_ALTERNATIVES:
            text = text[:m.start()] + m[1] + ", ".join(items[:_SHOWN_ALTERNATIVES]) + ", …"
    return text


def syntax_error(message: str, sparql: str, line_shift: int = 0) -> QueryError:
    """A QueryError that names line and column and shows the offending line."""
    message = one_line(message)
    m = _POSITION.search(message)
    if not m:
        return QueryError(f"SPARQL error: {message}")
    line, col = int(m[1]) - line_shift, int(m[2])
    lines = sparql.splitlines()
    detail = re.sub(r"^\s*(?:syntax )?error\s*", "", message[:m.start()]) + message[m.end():]
    text = f"SPARQL syntax error at line {line}, column {col}: {detail.strip(' :,')}"
    if 1 <= line <= len(lines):
        text += f"\n  {lines[line - 1]}\n  {' ' * max(col - 1, 0)}^"
    return QueryError(text)


class Store(ABC):
    """Named graphs in, SPARQL out: what the build, the API and the CLI need of a store."""

    spec = "memory"
    allow_services: tuple[str, ...] = ()  # SERVICE endpoints a query may call; none by default

    def guard(self, sparql: str) -> None:
        """Refuse federation (SERVICE, FROM a graph this store lacks, LOAD) before running."""
        check_query(sparql, graphs=self.graph_names, allow_services=self.allow_services,
                    prefixes=PREFIX_IRIS)

    @abstractmethod
    def replace_graph(self, name: str, triples: Iterable[Triple] | Graph) -> None:
        """Make the named graph hold exactly ``triples`` (atomically where the store can)."""

    @abstractmethod
    def remove_graph(self, name: str) -> None:
        """Drop a named graph; missing graphs are fine."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """Names of the named graphs held."""

    @abstractmethod
    def query(self, sparql: str, limits: Limits | None = None) -> Rows:
        """Run a SPARQL query over the union of all graphs (with the project's prefixes).

        With ``limits`` the query runs where it can be stopped at the deadline and its answer
        is cut at the row cap (``Rows.truncated``); without, it runs here to the end.
        """

    @abstractmethod
    def dataset(self) -> Dataset:
        """An rdflib Dataset of the store (a live view, or a copy for remote stores)."""

    def close(self) -> None:
        """Release files, locks or connections."""

    def sync(self, ds: Dataset, prune_prefix: str | tuple[str, ...] | None = None) -> None:
        """Replace every named graph of ``ds``; drop graphs under ``prune_prefix`` (one or several) it lacks."""
        names = set()
        for graph in ds.graphs():
            name = str(graph.identifier)
            if isinstance(graph.identifier, URIRef) and not name.startswith("urn:x-rdflib:") \
                    and len(graph):
                self.replace_graph(name, graph)
                names.add(name)
        if prune_prefix:
            for name in self.graph_names():
                if name.startswith(prune_prefix) and name not in names:
                    self.remove_graph(name)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def prefix_lines(sparql: str) -> str:
    """PREFIX declarations for the project prefixes the query does not declare itself."""
    declared = {m.lower() for m in re.findall(r"prefix\s+([\w-]*):", sparql, re.I)}
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIX_IRIS.items() if p not in declared)


def insert_data(name: str, triples: Iterable[Triple] | Graph) -> str:
    """A SPARQL Update that replaces one named graph in a single request."""
    body = " .\n".join(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    graph = URIRef(name).n3()
    drop = f"DROP SILENT GRAPH {graph}"
    return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body} .\n}} }}" if body else drop


class MemoryStore(Store):
    """Plain rdflib: no extra process or files, fine for small corpora."""

    spec = "memory"

    def __init__(self, ds: Dataset | None = None) -> None:
        self._ds = ds if ds is not None else Dataset(default_union=True)
        self._ds.default_union = True

    @classmethod
    def from_file(cls, path: Path) -> MemoryStore:
        """Parse a TriG/N-Quads file into memory."""
        ds = Dataset(default_union=True)
        try:
            ds.parse(path, format="nquads" if path.suffix == ".nq" else "trig")
        except Exception as exc:  # rdflib raises many parser exception types
            raise StoreError(f"cannot read {path}: {exc}") from exc
        return cls(ds)

    def replace_graph(self, name: str, triples: Iterable[Triple] | Graph) -> None:
        self.remove_graph(name)
        graph = self._ds.graph(URIRef(name))
        for triple in triples:
            graph.add(triple)

    def remove_graph(self, name: str) -> None:
        self._ds.remove_graph(URIRef(name))

    def graph_names(self) -> list[str]:
        return sorted(str(g.identifier) for g in self._ds.graphs()
                      if isinstance(g.identifier, URIRef) and len(g)
                      and not str(g.identifier).startswith("urn:x-rdflib:"))

    def query(self, sparql: str, limits: Limits | None = None) -> Rows:
        self.guard(sparql)
        if limits is None or not limits.isolated:
            return self._answer(sparql, limits.max_rows if limits else 0)
        return Rows.from_json(run_forked(lambda: self._answer(sparql, limits.max_rows).to_json(),
                                         limits))

    def _answer(self, sparql: str, max_rows: int = 0) -> Rows:
        # FROM <g> would otherwise make rdflib fetch <g> from the web (rdflib's default).
        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
        try:
            result = self._ds.query(sparql, initNs=dict(PREFIXES))
            if result.type == "ASK":
                return Rows(["ask"], [], bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return Rows.from_triples(result.graph).cut(max_rows)
            names = [str(v) for v in result.vars]
            rows = Rows(names)
            # rows are drawn one by one, so a cap also stops the evaluation; rdflib's iterator
            # skips the empty row it gives for a GROUP BY that matches nothing (rdflib #3382)
            for row in result:
                if len(rows.bindings) == max_rows > 0:
                    rows.truncated = True
                    break
                rows.bindings.append({n: term_json(t) for n, t in zip(names, row) if t is not None})
        except MemoryError:
            raise
        except Exception as exc:  # pyparsing/rdflib raise assorted types
            raise _rdflib_error(exc, sparql) from None
        return rows

    def dataset(self) -> Dataset:
        return self._ds


def _rdflib_error(exc: Exception, sparql: str) -> QueryError:
    """rdflib's parse errors carry line/col; evaluation errors only a message."""
    if hasattr(exc, "lineno") and hasattr(exc, "col"):
        return syntax_error(f"line {exc.lineno}, col {exc.col}: {getattr(exc, 'msg', exc)}", sparql)
    return QueryError(f"SPARQL error: {exc}")
