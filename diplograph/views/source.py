"""Run the views' SPARQL fast on whatever holds the graph (rdflib, Oxigraph, a remote store)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from diplograph.graph.namespace import SPARQL_PREFIXES as PREFIXES
from diplograph.store import MemoryStore


def queryable(graph):
    """An object ``rows`` can query: rdflib graphs are copied into in-memory Oxigraph.

    rdflib's SPARQL engine over a union of thousands of named graphs is slow (minutes at a
    few thousand articles); a copy into Oxigraph takes a second or two and then every
    query runs in milliseconds.
    """
    for inner in (getattr(graph, "inner", None),  # diplograph's OxigraphStore
                  getattr(getattr(graph, "store", None), "_inner", None)):  # oxrdflib-backed
        if isinstance(inner, ox.Store):
            return inner
    if isinstance(graph, MemoryStore):
        graph = graph.dataset()
    if isinstance(graph, Graph):
        return oxigraph_copy(graph)
    return graph  # any other diplograph Store (remote): its query() answers SPARQL JSON rows


def oxigraph_copy(graph: Graph) -> ox.Store:
    """Every quad of an rdflib Dataset (or triple of a Graph) in an in-memory Oxigraph store."""
    cache: dict = {}

    def term(node):
        found = cache.get(node)
        if found is None:
            found = cache[node] = _term(node)
        return found

    quads = []
    for g in (graph.graphs() if hasattr(graph, "graphs") else (graph,)):
        name = g.identifier
        gname = (ox.NamedNode(str(name)) if isinstance(name, URIRef)
                 and not str(name).startswith("urn:x-rdflib:") else ox.DefaultGraph())
        quads.extend(ox.Quad(term(s), term(p), term(o), gname) for s, p, o in g)
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def _term(node):
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal) and node.language:
        return ox.Literal(str(node), language=node.language)
    if isinstance(node, Literal) and node.datatype:
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
    return ox.Literal(str(node))


def rows(src, query: str) -> list[tuple]:
    """Run a SELECT over the union of all graphs; rows of plain strings (None if unbound).

    Rows come sorted, so whatever order a store answers in, the views come out the same.
    """
    if isinstance(src, ox.Store):
        found = src.query(PREFIXES + query, use_default_graph_as_union=True)
        out = [tuple(None if t is None else t.value for t in sol) for sol in found]
    else:
        result = src.query(PREFIXES + query)
        if hasattr(result, "bindings"):  # diplograph Rows (SPARQL JSON bindings)
            cols = result.columns
            out = [tuple((b.get(c) or {}).get("value") for c in cols) for b in result.bindings]
        else:
            out = [tuple(None if v is None else str(v) for v in row) for row in result]
    return sorted(out, key=lambda row: tuple((v is not None, v or "") for v in row))
