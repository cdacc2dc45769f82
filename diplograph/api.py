"""The notebook API: a built graph as DataFrames, networkx graphs and inline views."""

from __future__ import annotations

import dataclasses
import json
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
from rdflib import Dataset

from diplograph.query.named import named_queries, run_query
from diplograph.query.network import Projection, to_networkx
from diplograph.query.records_json import records_from_graph
from diplograph.store import MemoryStore, Store, open_graph_dir
from diplograph.store.deadline import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, Limits
from diplograph.views import notebook_html, notebook_summary

DEFAULT_GRAPH = Path("graph")


class KnowledgeGraph:
    """A diplomatic knowledge graph behind any store, answered as pandas and networkx objects."""

    def __init__(self, store: Store, graph_dir: Path | None = None,
                 limits: Limits | None = None) -> None:
        self.store = store
        self.graph_dir = graph_dir
        self.limits = limits or Limits()  # what query() allows by default

    @classmethod
    def load(cls, graph_dir: str | Path = DEFAULT_GRAPH, store: str | None = None, *,
             allow_services: tuple[str, ...] = (), timeout: float = DEFAULT_TIMEOUT,
             max_rows: int = DEFAULT_MAX_ROWS) -> KnowledgeGraph:
        """Open a built graph folder (its Oxigraph store, else graph.trig) or the store named.

        ``allow_services`` lists the SPARQL endpoints a SERVICE clause may call (none by default);
        ``timeout`` (seconds) and ``max_rows`` bound each query() as the endpoint does (0: no limit).
        """
        graph_dir = Path(graph_dir)
        opened = open_graph_dir(graph_dir, store)
        opened.allow_services = tuple(allow_services)
        return cls(opened, graph_dir, Limits(timeout=timeout, max_rows=max_rows))

    @classmethod
    def from_dataset(cls, ds: Dataset) -> KnowledgeGraph:
        """Wrap an rdflib Dataset already in memory (e.g. from ``graph.to_dataset``)."""
        return cls(MemoryStore(ds))

    def query(self, name_or_sparql: str | Path, /, *, timeout: float | None = None,
              max_rows: int | None = None, limit: int | None = None, offset: int = 0,
              **params: Any) -> pd.DataFrame:
        """Run a named query, a .rq file or SPARQL text; parameters are bound safely.

        The query is stopped after ``timeout`` seconds (QueryTimeoutError) and its answer cut at
        ``max_rows`` rows with a warning; None keeps the graph's limits, 0 lifts one. A SELECT
        answers one page: ``limit`` rows (default 1,000 for a named query, all for SPARQL text; 0: all) from ``offset``; when more
        remain, ``frame.attrs["next_offset"]`` is set and a warning says so.
        """
        limits = dataclasses.replace(
            self.limits, **{k: v for k, v in (("timeout", timeout), ("max_rows", max_rows))
                            if v is not None})
        frame = run_query(self.store, name_or_sparql, params, limits, limit=limit, offset=offset)
        if "next_offset" in frame.attrs:
            warnings.warn(f"more rows follow; pass offset={frame.attrs['next_offset']} for the next "
                          "page (limit=0: every row)", stacklevel=2)
        if frame.attrs.get("truncated"):
            warnings.warn(f"the answer was cut at {limits.max_rows} rows; pass max_rows= to "
                          "see more (0: no cap)", stacklevel=2)
        return frame

    @staticmethod
    def queries() -> pd.DataFrame:
        """The named queries with their descriptions and parameters."""
        return pd.DataFrame([{"name": q.name, "title": q.title, "description": q.description,
                              "parameters": "; ".join(p.describe() for p in q.params)}
                             for q in named_queries().values()])

    def timeline(self, since: Any = None, until: Any = None, **params: Any) -> pd.DataFrame:
        """Dated events and statements in date order; ``since``/``until`` (dates) narrow it.

        They are the query's ``from``/``to`` parameters, which Python cannot take as keywords.
        """
        bounds = {"from": since, "to": until}
        return self.query("timeline", **{**params, **{k: v for k, v in bounds.items() if v is not None}})

    def to_networkx(self, projection: Projection = "full"):
        """``full``: MultiDiGraph of actors and events; ``actors``: weighted co-participation Graph."""
        return to_networkx(self.store, projection)

    def dataset(self) -> Dataset:
        """The rdflib Dataset (a live view for Oxigraph, a copy for remote stores)."""
        return self.store.dataset()

    def records(self) -> dict:
        """The records JSON (documents, actors, events, statements) read out of the graph."""
        if self.graph_dir is not None and (self.graph_dir / "records.json").is_file():
            return json.loads((self.graph_dir / "records.json").read_text(encoding="utf-8"))
        return records_from_graph(self.dataset())

    def counts(self) -> dict[str, int]:
        """How many articles, actors, events and statements the graph holds."""
        sparql = ("SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?p) AS ?actors) "
                  "(COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?s) AS ?statements) WHERE { "
                  "{ ?a a dg:Article } UNION { ?p dg:actorType ?t } UNION { ?e dg:eventType ?u } "
                  "UNION { ?s dg:quote ?q } }")
        return {k: int(v) for k, v in self.query(sparql).iloc[0].items()}

    def view_html(self, height: int = 640, **view_options: Any) -> str:
        """The interactive network + timeline view, sandboxed in an iframe for notebooks."""
        return notebook_html(self.dataset(), height=height, **view_options)


    def _repr_html_(self) -> str:
        """A small static summary (the full page is view_html()), linking a built index.html."""
        page = self.graph_dir / "index.html" if self.graph_dir is not None else None
        return notebook_summary(self.dataset(), link=page.as_uri() if page and page.is_file() else None)

    def __repr__(self) -> str:
        where = self.graph_dir if self.graph_dir is not None else "memory"
        return f"<KnowledgeGraph {where} via {self.store.spec}>"

    def close(self) -> None:
        """Release the store (file locks, connections)."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def load(graph_dir: str | Path = DEFAULT_GRAPH, store: str | None = None, *,
         allow_services: tuple[str, ...] = (), timeout: float = DEFAULT_TIMEOUT,
         max_rows: int = DEFAULT_MAX_ROWS) -> KnowledgeGraph:
    """Open a built graph folder for exploring in Python (limits as in KnowledgeGraph.load)."""
    return KnowledgeGraph.load(graph_dir, store, allow_services=allow_services, timeout=timeout,
                               max_rows=max_rows)
