"""The notebook API: a built graph as DataFrames, networkx graphs and inline views."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from rdflib import Dataset

from diplograph.query.named import named_queries, run_query
from diplograph.query.network import Projection, to_networkx
from diplograph.query.records_json import records_from_graph
from diplograph.store import MemoryStore, Store, open_graph_dir
from diplograph.views import notebook_html, notebook_summary

DEFAULT_GRAPH = Path("graph")


class KnowledgeGraph:
    """A diplomatic knowledge graph behind any store, answered as pandas and networkx objects."""

    def __init__(self, store: Store, graph_dir: Path | None = None) -> None:
        self.store = store
        self.graph_dir = graph_dir

    @classmethod
    def load(cls, graph_dir: str | Path = DEFAULT_GRAPH, store: str | None = None, *,
             allow_services: tuple[str, ...] = ()) -> KnowledgeGraph:
        """Open a built graph folder (its Oxigraph store, else graph.trig) or the store named.

        ``allow_services`` lists the SPARQL endpoints a SERVICE clause may call (none by default).
        """
        graph_dir = Path(graph_dir)
        opened = open_graph_dir(graph_dir, store)
        opened.allow_services = tuple(allow_services)
        return cls(opened, graph_dir)

    @classmethod
    def from_dataset(cls, ds: Dataset) -> KnowledgeGraph:
        """Wrap an rdflib Dataset already in memory (e.g. from ``graph.to_dataset``)."""
        return cls(MemoryStore(ds))

    def query(self, name_or_sparql: str | Path, /, **params: Any) -> pd.DataFrame:
        """Run a named query, a .rq file or SPARQL text; parameters are bound safely."""
        return run_query(self.store, name_or_sparql, params)

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
         allow_services: tuple[str, ...] = ()) -> KnowledgeGraph:
    """Open a built graph folder for exploring in Python."""
    return KnowledgeGraph.load(graph_dir, store, allow_services=allow_services)
