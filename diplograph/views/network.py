"""The network view's data: actors placed once, joined by edges aggregated from shared events."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from diplograph.views.layout import force_layout
from diplograph.views.model import ViewModel

LAYOUT_CAP = 1000  # actors placed (most connected first); the rest are found by search
EDGES_PER_ACTOR = 12  # strongest ties kept per actor, so a hub does not hide in a hairball
FIRST_ACTORS = 80  # actors drawn at first (most connected); "show more" adds the rest, 150 a click


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


def shared_events(model: ViewModel, keep: set[str]) -> dict[tuple[str, str], Counter]:
    """For each pair of kept actors, how many events of each type they took part in together."""
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for event in model.events.values():
        members = sorted({a for a, _rel in event.actors} & keep)
        for pair in combinations(members, 2):
            pairs[pair][event.type or "event"] += 1
    return pairs


def build_network(model: ViewModel, *, max_nodes: int = FIRST_ACTORS) -> dict:
    """Actor nodes with fixed positions (strongest first) and weighted, typed actor–actor edges.

    ``cap`` is how many actors the page draws at first; events and statements are drawn by
    the page on demand (an actor's ego network), from the events and statements it embeds;
    the page recomputes the co-participation edges itself, so filters can change them.
    """
    degree = actor_degree(model)
    order = sorted(model.actors, key=lambda a: (-degree[a], a))[:LAYOUT_CAP]
    keep = set(order)
    edges = []
    for (a, b), types in shared_events(model, keep).items():
        kind = min(types, key=lambda t: (-types[t], t))
        edges.append({"from": a, "to": b, "value": sum(types.values()), "type": kind,
                      "types": dict(sorted(types.items()))})
    edges = _strongest(edges)
    roles = {(a.id, r["of"]): r["title"] for a in model.actors.values() for r in a.roles
             if a.id in keep and r["of"] in keep and r["of"] != a.id}
    role_edges = [{"from": a, "to": b, "value": 1, "type": "role", "title": title}
                  for (a, b), title in sorted(roles.items())]
    at = force_layout(order, [(e["from"], e["to"], e["value"]) for e in edges + role_edges])
    nodes = [{"id": a, "type": model.actors[a].type, "value": max(1, degree[a]),
              "x": at[a][0], "y": at[a][1]} for a in order]
    for n, edge in enumerate(edges):
        edge["id"] = f"x{n}"
    return {"nodes": nodes, "edges": edges, "roles": role_edges,
            "cap": max(1, min(max_nodes, len(nodes))), "total": len(model.actors)}


def _strongest(edges: list[dict]) -> list[dict]:
    """Each actor's strongest ties (by shared events, then ids), in a stable order."""
    edges.sort(key=lambda e: (-e["value"], e["from"], e["to"]))
    used: Counter = Counter()
    kept = []
    for e in edges:
        if used[e["from"]] < EDGES_PER_ACTOR or used[e["to"]] < EDGES_PER_ACTOR:
            used.update((e["from"], e["to"]))
            kept.append(e)
    return kept
