"""Turn the view model into vis-network nodes and edges, aggregating big graphs."""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations

import networkx as nx

from diplograph.views.model import ViewModel

PHYSICS_LIMIT = 150  # above this many drawn nodes, positions come from networkx
RELATION_RANK = {"host": 0, "mediator": 1, "participant": 2}


def build_network(model: ViewModel, *, max_nodes: int = 300) -> dict:
    """Nodes and edges for the network view; aggregated when the graph is too big."""
    if len(model.actors) + len(model.events) > max_nodes:
        net = _aggregated(model, max_nodes)
    else:
        net = _full(model)
    shown = [n for n in net["nodes"] if n["kind"] != "statement"]
    net["physics"] = not net["aggregated"] and 0 < len(shown) <= PHYSICS_LIMIT
    if not net["physics"]:
        _place(net)
    return net


def _node(kind: str, node, value: int) -> dict:
    return {"id": node.id, "kind": kind, "type": node.type, "label": node.label,
            "value": value}


def _full(model: ViewModel) -> dict:
    """Every actor, event and statement, with labelled relations."""
    nodes = [_node("actor", a, a.count) for a in model.actors.values()]
    nodes += [_node("event", e, e.count) for e in model.events.values()]
    nodes += [_node("statement", s, s.count) for s in model.statements.values()
              if s.speaker]
    edges: list[dict] = []
    for event in model.events.values():
        best: dict[str, str] = {}
        for actor, rel in event.actors:
            if RELATION_RANK.get(rel, 9) < RELATION_RANK.get(best.get(actor, ""), 9):
                best[actor] = rel
        edges += [_edge(actor, event.id, rel) for actor, rel in best.items()]
    for st in model.statements.values():
        if st.speaker:
            edges.append(_edge(st.speaker, st.id, "speaker"))
            edges += [_edge(st.id, target, "about") for target in st.about]
    edges += _role_edges(model, set(model.actors))
    _number(edges)
    return {"nodes": nodes, "edges": edges, "aggregated": False}


def _edge(source: str, target: str, kind: str, label: str | None = None,
          value: int | None = None) -> dict:
    edge = {"from": source, "to": target, "kind": kind, "label": label or kind}
    if value is not None:
        edge["value"] = value
    return edge


def _number(edges: list[dict]) -> None:
    for n, edge in enumerate(edges):
        edge["id"] = f"x{n}"


def _role_edges(model: ViewModel, keep: set[str]) -> list[dict]:
    """An edge from an actor to the body or state it holds a title in."""
    edges = {}
    for actor in model.actors.values():
        for role in actor.roles:
            if actor.id in keep and role["of"] in keep and role["of"] != actor.id:
                edges.setdefault((actor.id, role["of"], role["title"]), None)
    return [_edge(a, b, "role", title) for a, b, title in edges]


def actor_degree(model: ViewModel) -> Counter:
    """How many events, statements and roles involve each actor."""
    degree: Counter = Counter({a: 0 for a in model.actors})
    for event in model.events.values():
        degree.update({a for a, _rel in event.actors})
    for st in model.statements.values():
        degree.update({st.speaker, *st.about} & model.actors.keys())
    for actor in model.actors.values():
        degree[actor.id] += len(actor.roles)
    return degree


def _aggregated(model: ViewModel, max_nodes: int) -> dict:
    """Top actors by degree, joined by co-participation weighted by shared events."""
    degree = actor_degree(model)
    top = [a for a, _d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]]
    keep = set(top)
    weight: Counter = Counter()
    for event in model.events.values():
        members = sorted({a for a, _rel in event.actors} & keep)
        weight.update(combinations(members, 2))
    pairs = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[: max_nodes * 4]
    edges = [_edge(a, b, "co", f"×{w}", w) for (a, b), w in pairs]
    edges += _role_edges(model, keep)
    _number(edges)
    nodes = [_node("actor", model.actors[a], max(1, degree[a])) for a in top]
    return {"nodes": nodes, "edges": edges, "aggregated": True,
            "hidden_actors": len(model.actors) - len(top)}


def _place(net: dict) -> None:
    """Precompute positions with networkx so the browser needs no physics.

    Linked nodes get a spring layout; unlinked ones a grid below it (left in the layout,
    they would push the linked ones into a tight ball).
    """
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in net["nodes"])
    graph.add_weighted_edges_from((e["from"], e["to"], e.get("value", 1))
                                  for e in net["edges"] if e["from"] != e["to"])
    linked = graph.subgraph([n for n in graph if graph.degree(n)])
    pos: dict = {}
    if len(linked):
        try:
            pos = nx.spring_layout(linked, seed=7, iterations=60)
        except ImportError:  # big graphs want scipy for the sparse solver
            pos = nx.forceatlas2_layout(linked, seed=7, max_iter=60)
    spread = 60 * math.sqrt(max(1, len(linked)))
    at = {n: (round(float(x) * spread, 1), round(float(y) * spread, 1)) for n, (x, y) in pos.items()}
    alone = [n["id"] for n in net["nodes"] if n["id"] not in at]
    width = max(1, math.ceil(math.sqrt(len(alone) * 3)))
    top = max((y for _x, y in at.values()), default=0) + 120
    left = min((x for x, _y in at.values()), default=0)
    for i, nid in enumerate(alone):
        at[nid] = (left + (i % width) * 70.0, top + (i // width) * 60.0)
    for node in net["nodes"]:
        node["x"], node["y"] = at[node["id"]]
