"""The graph stage: resolved records become an RDF dataset: the resolved graph plus one provenance graph per article."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal

from diplograph.errors import GraphNotFoundError, InputError
from diplograph.graph.facts import build, collect
from diplograph.graph.iris import (
    DEFAULT_BASE,
    article_iri,
    iri_for,
    mention_iri,
    normalise_base,
    resolved_graph_iri,
    role_iri,
    slug,
    status_claim_iri,
    timex_iri,
)
from diplograph.graph.namespace import bind_prefixes, ontology_file
from diplograph.records import Corpus

__all__ = [
    "DEFAULT_BASE", "FORMATS", "to_dataset", "to_quads", "serialize", "load_dataset", "union_graph",
    "article_iri", "iri_for", "mention_iri", "timex_iri", "status_claim_iri", "role_iri",
    "resolved_graph_iri", "slug", "jsonld_context",
]

FORMATS = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nquads": "nquads",
           "nq": "nquads", "jsonld": "json-ld", "json-ld": "json-ld"}
_SUFFIX_FORMAT = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".ttl": "turtle",
                  ".jsonld": "json-ld", ".json": "json-ld"}


def new_dataset(base: str = DEFAULT_BASE) -> Dataset:
    """An empty dataset whose default graph is the union of its named graphs, prefixes bound."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds, normalise_base(base))
    return ds


def to_dataset(corpus: Corpus, *, base: str = DEFAULT_BASE) -> Dataset:
    """Turn a resolved corpus into RDF: the resolved graph (each fact once) plus per-article provenance graphs."""
    ds = new_dataset(base)
    build(corpus, normalise_base(base), ds)
    return ds


def to_quads(corpus: Corpus, *, base: str = DEFAULT_BASE) -> list:
    """The same quads as :func:`to_dataset` as pyoxigraph Quads, skipping rdflib's slow in-memory store."""
    import pyoxigraph as ox

    terms: dict = {}

    def term(t):
        out = terms.get(t)
        if out is None:
            out = terms[t] = _ox_term(ox, t)
        return out

    rows = collect(corpus, normalise_base(base)).take()
    return [ox.Quad(term(s), term(p), term(o), term(g)) for s, p, o, g in rows]


def _ox_term(ox, t):
    """One rdflib term as its pyoxigraph equal (keyed on rdflib equality, so literals keep their type)."""
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return ox.NamedNode(str(t))


def union_graph(ds: Dataset | Graph) -> Graph:
    """All triples of every named graph in one plain graph (for Turtle, SHACL and simple reads)."""
    if not isinstance(ds, ConjunctiveGraph):  # Dataset subclasses ConjunctiveGraph
        return ds
    out = Graph()
    for prefix, ns in ds.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def jsonld_context() -> dict:
    """The JSON-LD context shipped in ontology/context.jsonld."""
    return json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]


def serialize(ds: Dataset, fmt: str = "trig") -> str:
    """Text of the dataset in turtle (union), trig, nquads or json-ld (compacted with our context)."""
    try:
        rdf_format = FORMATS[fmt.lower()]
    except KeyError:
        raise InputError(f"unknown RDF format {fmt!r}; use one of {sorted(set(FORMATS))}") from None
    if rdf_format == "turtle":
        return union_graph(ds).serialize(format="turtle")
    if rdf_format == "json-ld":
        text = ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
        return json.dumps(_ordered(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return _sorted_text(ds, rdf_format)


def _sorted_text(ds: Dataset | Graph, rdf_format: str) -> str:
    """TriG or N-Quads written by pyoxigraph from sorted quads: rdflib's writers follow the hash seed."""
    import pyoxigraph as ox

    if isinstance(ds, ConjunctiveGraph):
        rows = [(s, p, o, g.identifier if isinstance(g, Graph) else g) for s, p, o, g in ds.quads((None, None, None, None))]
    else:
        rows = [(s, p, o, None) for s, p, o in ds]
    terms: dict = {}

    def term(t):
        out = terms.get(t)
        if out is None:
            out = terms[t] = _ox_term(ox, t) if t is not None else ox.DefaultGraph()
        return out

    rows.sort(key=lambda row: tuple("" if t is None else t.n3() for t in row))
    quads = [ox.Quad(term(s), term(p), term(o), term(g)) for s, p, o, g in rows]
    prefixes = {prefix: str(ns) for prefix, ns in sorted(ds.namespaces()) if prefix}
    fmt = ox.RdfFormat.TRIG if rdf_format == "trig" else ox.RdfFormat.N_QUADS
    return ox.serialize(quads, format=fmt, prefixes=prefixes if fmt == ox.RdfFormat.TRIG else None).decode("utf-8")


def _ordered(node, in_list: bool = False):
    """JSON-LD with every unordered array sorted, so one graph always gives the same text (rdflib follows hash order)."""
    if isinstance(node, dict):
        return {key: _ordered(value, key == "@list") for key, value in node.items()}
    if isinstance(node, list):
        items = [_ordered(item) for item in node]
        return items if in_list else sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return node


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a dataset written by :func:`serialize` (TriG by default, by suffix otherwise)."""
    path = Path(path)
    if not path.is_file():
        raise GraphNotFoundError(f"no graph file at {path}")
    rdf_format = FORMATS.get((fmt or "").lower()) or _SUFFIX_FORMAT.get(path.suffix.lower(), "trig")
    ds = new_dataset()
    try:
        ds.parse(path, format=rdf_format)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: cannot parse as {rdf_format}: {exc}") from exc
    return ds
