"""Embedded Oxigraph: the fast default store, on disk in a graph folder's ``store/``."""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from diplograph._files import write_file_atomic
from diplograph.errors import QueryError, StoreError
from diplograph.graph.namespace import PREFIX_IRIS
from diplograph.store.base import Rows, Store, Triple, insert_data, syntax_error
from diplograph.store.deadline import Limits, QueryProcess, run_forked
from diplograph.store.worker import SPARQL_JSON

_ACCEPT = f"{SPARQL_JSON}, application/n-triples"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
GRAPH_DIGESTS = "diplograph-graphs.json"  # in the store's folder: a digest of each named graph


def _digest(quads: list[ox.Quad]) -> str:
    """A digest of one graph's quads, whatever their order."""
    return hashlib.sha256("\n".join(sorted(map(str, quads))).encode()).hexdigest()


def _solutions_json(result: ox.QuerySolutions) -> Rows:
    """All solutions at once, serialised by Oxigraph: far cheaper than a Python object per term."""
    rows = Rows.from_json(result.serialize(format=ox.QueryResultsFormat.JSON))
    for row in rows.bindings:  # plain literals typed as _cell types them
        for cell in row.values():
            if cell["type"] == "literal" and "datatype" not in cell and "xml:lang" not in cell:
                cell["datatype"] = _XSD_STRING
    return rows


def _cell(term) -> dict[str, str]:
    """A pyoxigraph term as a SPARQL JSON results binding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    else:
        out["datatype"] = term.datatype.value
    return out


class OxigraphStore(Store):
    """A pyoxigraph store (on disk, or in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self._process: QueryProcess | None = None
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.spec = f"oxigraph:{self.path}" if self.path else "oxigraph"
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {exc} "
                             "(is another process writing it?)") from exc
        self._prefixes = dict(PREFIX_IRIS)

    @property
    def inner(self) -> ox.Store:
        """The pyoxigraph store, for bulk work."""
        if self._store is None:
            raise StoreError("the Oxigraph store is closed")
        return self._store

    def _update(self, sparql: str) -> None:
        try:
            self.inner.update(sparql)
        except (OSError, SyntaxError, RuntimeError) as exc:
            raise StoreError(f"cannot write the Oxigraph store at {self.path}: {exc}") from exc

    def replace_graph(self, name: str, triples: Iterable[Triple] | Graph) -> None:
        self._update(insert_data(name, triples))

    def remove_graph(self, name: str) -> None:
        self._update(insert_data(name, ()))

    def sync_graphs(self, quads: Iterable[ox.Quad]) -> list[str]:
        """Make the store hold exactly ``quads``, rewriting only the named graphs that changed.

        A digest of each graph's quads is kept in the store's folder (GRAPH_DIGESTS); a graph
        whose digest is unchanged is left alone, a changed one is removed and written again,
        one the quads no longer name is dropped. A store without digests is written afresh.
        Returns the names of the graphs written or dropped.
        """
        wanted: dict[ox.NamedNode, list[ox.Quad]] = {}
        for q in quads:
            wanted.setdefault(q.graph_name, []).append(q)
        digests = {name.value: _digest(qs) for name, qs in wanted.items()}
        known = self._digests()
        store = self.inner
        if known is None:
            store.clear()
            store.bulk_extend(q for qs in wanted.values() for q in qs)
            changed = set(digests)
        else:
            changed = {name for name in known if name not in digests}
            changed |= {name for name, digest in digests.items() if known.get(name) != digest}
            by_name = {name.value: qs for name, qs in wanted.items()}
            for name in sorted(changed):
                self._update_graph(ox.NamedNode(name), by_name.get(name, []))
        if self.path is not None:
            write_file_atomic(self.path / GRAPH_DIGESTS, json.dumps(digests, sort_keys=True))
        return sorted(changed)

    def _update_graph(self, name: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Make one named graph hold exactly ``quads``: only the quads that differ are removed or added.

        A large graph (the resolved one) changes by a few facts when a few articles are added, so
        this touches those quads, not the whole graph. Blank nodes cannot be matched across
        writes: a graph with any is rewritten whole.
        """
        store = self.inner
        old = set(store.quads_for_pattern(None, None, None, name)) if store.contains_named_graph(name) else set()
        new = set(quads)
        if any(isinstance(t, ox.BlankNode) for q in (*old, *new) for t in (q.subject, q.object)):
            store.remove_graph(name)
            store.extend(quads)
            return
        for q in old - new:
            store.remove(q)
        store.extend(new - old)
        if not new and store.contains_named_graph(name):
            store.remove_graph(name)

    def _digests(self) -> dict[str, str] | None:
        """The per-graph digests written with this store's contents, if any can be read."""
        if self.path is None:
            return None
        try:
            data = json.loads((self.path / GRAPH_DIGESTS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        ok = isinstance(data, dict) and all(isinstance(v, str) for v in data.values())
        return data if ok else None

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, limits: Limits | None = None) -> Rows:
        self.guard(sparql)
        if limits is None or not limits.isolated:
            return self._answer(sparql, limits.max_rows if limits else 0)
        if self.path is None:  # in memory: only a copy of this process has the data
            return Rows.from_json(run_forked(
                lambda: self._answer(sparql, limits.max_rows).to_json(), limits))
        return self._ask_process(sparql, limits)

    def _answer(self, sparql: str, max_rows: int = 0) -> Rows:
        try:
            result = self.inner.query(sparql, use_default_graph_as_union=True,
                                      prefixes=self._prefixes)
            if isinstance(result, ox.QueryBoolean):
                return Rows(["ask"], [], bool(result))
            if isinstance(result, ox.QuerySolutions) and not max_rows:
                return _solutions_json(result)
            if isinstance(result, ox.QuerySolutions):
                names = [v.value for v in result.variables]
                rows, cells = Rows(names), lambda s: {n: _cell(s[n]) for n in names if s[n] is not None}
            else:
                rows, cells = Rows(["subject", "predicate", "object"]), lambda t: dict(
                    zip(("subject", "predicate", "object"), map(_cell, t)))
            for item in result:  # drawn one by one: a cap stops the evaluation too
                if len(rows.bindings) == max_rows > 0:
                    rows.truncated = True
                    break
                rows.bindings.append(cells(item))
            return rows
        except SyntaxError as exc:
            raise syntax_error(str(exc), sparql) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from None

    def _ask_process(self, sparql: str, limits: Limits) -> Rows:
        """Answer in a worker process over this folder, killed at the deadline."""
        if self._process is None or self._process.memory_mb != limits.memory_mb:
            self.close_process()
            self._process = QueryProcess(self.path, limits.memory_mb)
        if not self.read_only:
            self.inner.flush()
        try:
            header, body = self._process.ask(
                {"query": sparql, "accept": _ACCEPT, "max_rows": limits.rows,
                 "prefixes": self._prefixes}, limits)
        finally:
            if not self.read_only:  # a writer's later changes need a fresh reader
                self.close_process()
        message = body.decode("utf-8", "replace").strip()
        if header["status"] == 400:
            raise syntax_error(message, sparql)
        if header["status"] != 200:
            raise QueryError(f"SPARQL error: {message}")
        if header["type"] == SPARQL_JSON:
            rows = Rows.from_json(body)
        else:
            cols = ["subject", "predicate", "object"]
            rows = Rows(cols, [dict(zip(cols, map(_cell, (t.subject, t.predicate, t.object))))
                               for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)])
        rows.truncated = bool(header.get("truncated"))
        return rows

    def close_process(self) -> None:
        """End the query process, if one runs."""
        if self._process is not None:
            self._process.close()
            self._process = None

    def dataset(self) -> Dataset:
        from oxrdflib import OxigraphStore as RdflibOxigraph

        return Dataset(store=RdflibOxigraph(store=self.inner), default_union=True)

    def load_file(self, path: Path, fmt: ox.RdfFormat | None = None) -> None:
        """Bulk-load an RDF file (TriG, N-Quads, ...) without holding it in memory."""
        try:
            self.inner.bulk_load(path=str(path), format=fmt)
            self.inner.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {path} into the Oxigraph store: {exc}") from exc

    def close(self) -> None:
        self.close_process()
        if self._store is not None:
            if self.path is not None and not self.read_only:
                self._store.flush()
            self._store = None
            gc.collect()  # drop the RocksDB lock now, not at interpreter exit


def create_store(ds: Dataset, path: Path, source: Path | None = None) -> None:
    """Write a fresh on-disk Oxigraph store holding every quad of ``ds`` (or of ``source``)."""
    path.mkdir(parents=True, exist_ok=True)
    store = OxigraphStore(path)
    try:
        if source is not None:
            fmt = ox.RdfFormat.N_QUADS if source.suffix in (".nq", ".nquads") else ox.RdfFormat.TRIG
            store.inner.bulk_load(path=str(source), format=fmt)
        else:
            data = ds.serialize(format="nquads", encoding="utf-8")
            store.inner.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        store.inner.optimize()
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot write the Oxigraph store at {path}: {exc}") from exc
    finally:
        store.close()
