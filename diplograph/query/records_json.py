"""records.json read back out of the graph by SPARQL, so what is scored is what the graph holds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Dataset, Graph, URIRef

from diplograph.errors import QueryError
from diplograph.graph.namespace import DG
from diplograph.graph.namespace import SPARQL_PREFIXES as PREFIXES
from diplograph.graph.time import date_like
from diplograph.store import Store

# One small query per (class, property path): rdflib answers these far faster than OPTIONAL joins.
FIELDS = {
    "documents": ("dg:Article", {"id": "dcterms:identifier", "published": "schema:datePublished",
                                 "publisher": "schema:publisher", "title": "schema:headline"}),
    "actors": ("dg:Actor", {"name": "rdfs:label", "type": "dg:actorType", "aliases": "dg:alias"}),
    "events": ("dg:DiplomaticEvent", {
        "type": "dg:eventType", "status": "dg:currentStatus", "location": "sem:hasPlace/rdfs:label",
        "stamp": "sem:hasTimeStamp", "value": "dg:time/dg:timexValue", "participants": "dg:participant"}),
    "statements": ("dg:Statement", {"speaker": "dg:speaker", "quote": "dg:quote",
                                    "stamp": "sem:hasTimeStamp", "value": "dg:time/dg:timexValue"}),
}
SOURCES = "SELECT DISTINCT ?x ?v WHERE { ?x prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?v }"


def field_query(kind: str, name: str) -> str:
    """The SPARQL that reads one field of one kind of record (shown in docs, used below)."""
    cls, paths = FIELDS[kind]
    # each fact is stated once (resolved graph), so one pattern per field reads O(facts) rows
    return f"SELECT DISTINCT ?x ?v WHERE {{ ?x a {cls} ; {paths[name]} ?v }}"


STATUS_CODES = {DG.Proposed: "proposed", DG.Agreed: "agreed", DG.Scheduled: "scheduled",
                DG.Held: "held", DG.Declined: "declined", DG.Cancelled: "cancelled"}


def union_view(ds):
    """A graph whose plain triple patterns see every named graph (stores query the union already)."""
    if isinstance(ds, Dataset) and not ds.default_union:
        return Dataset(store=ds.store, default_union=True)
    return ds


def select(graph: Graph, query: str) -> list[tuple]:
    """Run one records query; rows as tuples of terms."""
    try:
        if isinstance(graph, Store):  # Oxigraph or remote: its own engine, far faster than rdflib's
            return list(graph.query(PREFIXES + query).terms())
        return [tuple(row) for row in graph.query(PREFIXES + query)]
    except Exception as exc:  # rdflib raises parser- and evaluator-specific types
        raise QueryError(f"records query failed: {exc}\n{query}") from exc


def read_kind(graph: Graph, kind: str) -> dict[str, dict[str, set]]:
    """Every field of every node of one kind: node IRI -> field -> set of terms."""
    found: dict[str, dict[str, set]] = {}
    for name in FIELDS[kind][1]:
        for node, value in select(graph, field_query(kind, name)):
            if isinstance(node, URIRef):
                found.setdefault(str(node), defaultdict(set))[name].add(value)
    return found


def _first(values: Iterable) -> str | None:
    """A deterministic pick when several graphs give different values."""
    present = sorted(str(v) for v in values if v is not None)
    return present[0] if present else None


def _date(cols: dict[str, set]) -> str | None:
    """The timestamp at its precision, else the TIMEX3 value when it names a calendar period."""
    return _first(cols["stamp"]) or _first(date_like(str(v)) for v in cols["value"])


def _sources(graph: Graph) -> dict[str, list[str]]:
    """Node IRI -> ids of the documents whose graphs derive it."""
    out: dict[str, set[str]] = defaultdict(set)
    for node, doc_id in select(graph, SOURCES):
        out[str(node)].add(str(doc_id))
    return {k: sorted(v) for k, v in out.items()}


def _documents(graph: Graph) -> list[dict]:
    docs = [{"id": _first(c["id"]), "published": _first(c["published"]),
             "publisher": _first(c["publisher"]), "title": _first(c["title"])}
            for c in read_kind(graph, "documents").values() if c["id"]]
    return sorted(docs, key=lambda d: d["id"])


def _actors(graph: Graph, sources: dict[str, list[str]]) -> list[dict]:
    found = read_kind(graph, "actors")
    out = []
    for iri in sorted(found):
        c = found[iri]
        name = _first(c["name"])
        out.append({"id": iri, "name": name, "type": _first(c["type"]),
                    "aliases": sorted({str(a) for a in c["aliases"]} - {name}),
                    "documents": sources.get(iri, [])})
    return out


def _events(graph: Graph, sources: dict[str, list[str]]) -> list[dict]:
    found = read_kind(graph, "events")
    out = []
    for iri in sorted(found):
        c = found[iri]
        statuses = [STATUS_CODES.get(s, str(s).rsplit("#", 1)[-1].lower()) for s in c["status"]]
        out.append({"id": iri, "type": _first(c["type"]),
                    "participants": sorted(str(a) for a in c["participants"]),
                    "status": _first(statuses), "date": _date(c), "location": _first(c["location"]),
                    "documents": sources.get(iri, [])})
    return out


def _statements(graph: Graph, sources: dict[str, list[str]]) -> list[dict]:
    found = read_kind(graph, "statements")
    return [{"id": iri, "speaker": _first(c["speaker"]), "date": _date(c), "quote": _first(c["quote"]),
             "documents": sources.get(iri, [])}
            for iri, c in sorted(found.items())]


def records_from_graph(ds) -> dict:
    """The records JSON object of shared/eval/README.md, from the union of the graph's named graphs.

    ``ds`` is an rdflib Dataset/ConjunctiveGraph/Graph or a diplograph Store.
    """
    graph = union_view(ds)
    sources = _sources(graph)
    return {"documents": _documents(graph), "actors": _actors(graph, sources),
            "events": _events(graph, sources), "statements": _statements(graph, sources)}
