"""The graph as networkx: actors and events for centrality, communities and ego networks.

Attributes are plain strings, numbers and booleans (dates as ``YYYY-MM-DD``; missing values
left out), so ``nx.write_gexf`` and ``nx.write_graphml`` take the graphs as they are.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Literal

import networkx as nx

from diplograph.query.named import rows_to_frame

if TYPE_CHECKING:
    from diplograph.store import Store

ACTORS = """SELECT DISTINCT ?node ?label ?actor_type WHERE {
  ?node dg:actorType ?actor_type . OPTIONAL { ?node rdfs:label ?label } }"""
EVENTS = """SELECT ?node (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?event_type) (SAMPLE(?s) AS ?status)
       (MIN(?d) AS ?date) WHERE {
  ?node dg:eventType ?t . OPTIONAL { ?node rdfs:label ?l }
  OPTIONAL { ?node dg:currentStatus ?c BIND(LCASE(STRAFTER(STR(?c), "#")) AS ?s) }
  OPTIONAL { ?node sem:hasTimeStamp ?d FILTER(DATATYPE(?d) = xsd:date) } } GROUP BY ?node"""
LINKS = """SELECT DISTINCT ?event ?actor ?role WHERE {
  VALUES ?link { dg:participant dg:host dg:mediator }
  ?event ?link ?actor . BIND(STRAFTER(STR(?link), "#") AS ?role) }"""
SAID = """SELECT DISTINCT ?statement ?speaker ?target ?quote ?direct ?date WHERE {
  ?statement dg:speaker ?speaker ; dg:quote ?quote ; dg:about ?target .
  OPTIONAL { ?statement dg:isDirect ?direct }
  OPTIONAL { ?statement sem:hasTimeStamp ?date FILTER(DATATYPE(?date) = xsd:date) } }"""

Projection = Literal["full", "actors"]


def _frame(store: Store, sparql: str):
    frame = rows_to_frame(store.query(sparql))
    return frame.astype(object).where(frame.notna(), None)


def _plain(**attrs) -> dict:
    """Attributes GEXF and GraphML can hold: no None, dates and timestamps as ISO days."""
    out = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if hasattr(value, "date") and callable(value.date):  # pandas Timestamp, datetime
            value = value.date()
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def full_graph(store: Store) -> nx.MultiDiGraph:
    """Actors and events as nodes; event→actor edges keyed by role, speaker→subject edges per statement."""
    g = nx.MultiDiGraph()
    for row in _frame(store, ACTORS).itertuples(index=False):
        g.add_node(row.node, **_plain(kind="actor", label=row.label or row.node,
                                      actor_type=row.actor_type))
    for row in _frame(store, EVENTS).itertuples(index=False):
        g.add_node(row.node, **_plain(kind="event", label=row.label or row.event_type,
                                      event_type=row.event_type, status=row.status, date=row.date))
    for row in _frame(store, LINKS).itertuples(index=False):
        g.add_edge(row.event, row.actor, key=row.role, relation=row.role)
    for row in _frame(store, SAID).itertuples(index=False):
        if row.target not in g:
            continue  # about something that is neither an actor nor an event
        g.add_edge(row.speaker, row.target, key=row.statement,
                   **_plain(relation="said", quote=row.quote, direct=row.direct, date=row.date))
    return g


def actor_graph(full: nx.MultiDiGraph) -> nx.Graph:
    """Actors linked when they share events: ``weight`` events, ``held`` of them held.

    ``events`` lists the shared events' IRIs, separated by spaces.
    """
    g = nx.Graph()
    g.add_nodes_from((n, d) for n, d in full.nodes(data=True) if d.get("kind") == "actor")
    for event, data in full.nodes(data=True):
        if data.get("kind") != "event":
            continue
        actors = sorted({a for _, a in full.out_edges(event) if a in g})
        for a, b in combinations(actors, 2):
            edge = g.get_edge_data(a, b) or {"weight": 0, "held": 0, "events": ""}
            edge["weight"] += 1
            edge["held"] += int(data.get("status") == "held")
            edge["events"] = f"{edge['events']} {event}".strip()
            g.add_edge(a, b, **edge)
    return g


def to_networkx(store: Store, projection: Projection = "full") -> nx.MultiDiGraph | nx.Graph:
    """The store's actors and events as a networkx graph (``full`` or ``actors`` projection)."""
    full = full_graph(store)
    if projection == "full":
        return full
    if projection == "actors":
        return actor_graph(full)
    raise ValueError(f"unknown projection {projection!r}: use 'full' or 'actors'")
