"""Embedded Oxigraph: the fast default store, on disk in a graph folder's ``store/``."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from diplograph.errors import QueryError, StoreError
from diplograph.graph.namespace import PREFIXES
from diplograph.store.base import Rows, Store, Triple, insert_data, syntax_error


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


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
        self._prefixes = _prefixes()

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

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str) -> Rows:
        self.guard(sparql)
        try:
            result = self.inner.query(sparql, use_default_graph_as_union=True,
                                      prefixes=self._prefixes)
            if isinstance(result, ox.QueryBoolean):
                return Rows(["ask"], [], bool(result))
            if isinstance(result, ox.QuerySolutions):
                return Rows.from_json(result.serialize(format=ox.QueryResultsFormat.JSON))
            cols = ["subject", "predicate", "object"]
            return Rows(cols, [dict(zip(cols, map(_cell, t))) for t in result])
        except SyntaxError as exc:
            raise syntax_error(str(exc), sparql) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from None

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
