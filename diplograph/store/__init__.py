"""Stores: where the graph lives (memory, Oxigraph on disk, any SPARQL 1.1 server).

``open_store`` maps a ``--store`` value to its backend; every backend is a :class:`Store`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from rdflib import Dataset

from diplograph.errors import GraphNotFoundError, StoreError
from diplograph.store.base import (
    GRAPH_FILE,
    STORE_DIR,
    MemoryStore,
    Rows,
    Store,
    Triple,
    insert_data,
    json_term,
    prefix_lines,
    syntax_error,
    term_json,
)
from diplograph.store.oxigraph import OxigraphStore, create_store
from diplograph.store.remote import RemoteStore

__all__ = ["GRAPH_FILE", "STORE_DIR", "MemoryStore", "OxigraphStore", "RemoteStore", "Rows", "Store",
           "Triple", "insert_data", "json_term", "open_graph_dir", "open_store", "prefix_lines",
           "syntax_error", "term_json", "write_store"]


def open_store(spec: str | None, graph_dir: Path | str, *, read_only: bool = False) -> Store:
    """Open the store a ``--store`` value names: memory | oxigraph[:PATH] | sparql:URL."""
    graph_dir = Path(graph_dir)
    if spec is None:
        return open_graph_dir(graph_dir)
    if spec == "memory":
        trig = graph_dir / GRAPH_FILE
        return MemoryStore.from_file(trig) if trig.is_file() else MemoryStore()
    if spec == "oxigraph" or spec.startswith("oxigraph:"):
        path = Path(spec.partition(":")[2] or graph_dir / STORE_DIR)
        return OxigraphStore(path, read_only=read_only)
    if spec.startswith("sparql:"):
        return RemoteStore.from_url(spec.partition(":")[2])
    raise StoreError(f"unknown store {spec!r}: use memory, oxigraph:PATH or sparql:URL")


def open_graph_dir(graph_dir: Path | str, store: str | None = None) -> Store:
    """Open a built graph folder for reading: its Oxigraph store, else graph.trig in memory."""
    graph_dir = Path(graph_dir)
    if store is not None:
        return open_store(store, graph_dir, read_only=True)
    oxi = graph_dir / STORE_DIR
    if oxi.is_dir() and any(oxi.iterdir()):
        return OxigraphStore(oxi, read_only=True)
    if (graph_dir / GRAPH_FILE).is_file():
        return MemoryStore.from_file(graph_dir / GRAPH_FILE)
    raise GraphNotFoundError(
        f"no built graph in {graph_dir}/ (no {GRAPH_FILE} or {STORE_DIR}/); "
        f"run `diplograph build --out {graph_dir}` first")


def write_store(ds: Dataset, path: Path | str, spec: str | None = None,
                source: Path | None = None) -> bool:
    """Put ``ds`` into the store ``spec`` names; True when it wrote an Oxigraph folder at ``path``.

    ``source``, a TriG/N-Quads file of the same dataset, is bulk-loaded instead of serialising again.
    """
    path = Path(path)
    if spec == "memory":
        return False
    if spec in (None, "oxigraph"):
        if path.exists():
            shutil.rmtree(path)
        create_store(ds, path, source)
        return True
    with open_store(spec, path.parent) as store:
        store.sync(ds, prune_prefix=_built_prefixes(ds))
    return False


def _built_prefixes(ds: Dataset) -> tuple[str, ...] | None:
    """The ``{base}article/`` and ``{base}graph/timeline/`` prefixes of the graphs a build writes.

    Found from the dataset's resolved graph; a graph under them that the new build lacks (an
    article dropped, a month left without timeline rows) is removed from the store.
    """
    for graph in ds.graphs():
        name = str(graph.identifier)
        if name.endswith("/graph/resolved"):
            base = name[: -len("graph/resolved")]
            return f"{base}article/", f"{base}graph/timeline/"
    return None
