"""Assemble the self-contained index page: inline data, vis-network and our own script."""

from __future__ import annotations

import html
import json
import re
from dataclasses import fields
from functools import lru_cache
from importlib.resources import files

from diplograph.errors import ViewError
from diplograph.views.model import Node, ViewModel
from diplograph.views.network import build_network

STYLES = {  # one place for colours and shapes: the legend, nodes and timeline use it
    "person": ("Person", "actor", "dot", "#4e79a7"),
    "state": ("State", "actor", "square", "#59a14f"),
    "organization": ("Organization", "actor", "diamond", "#b07aa1"),
    "actor": ("Other actor", "actor", "dot", "#9d9d9d"),
    "meeting": ("Meeting", "event", "hexagon", "#f28e2b"),
    "summit": ("Summit", "event", "hexagon", "#e15759"),
    "conference": ("Conference", "event", "hexagon", "#ff9d9a"),
    "talks": ("Talks", "event", "hexagon", "#edc948"),
    "negotiation": ("Negotiation", "event", "hexagon", "#d4a017"),
    "call": ("Phone call", "event", "hexagon", "#76b7b2"),
    "visit": ("Visit", "event", "hexagon", "#d37295"),
    "signing": ("Signing", "event", "hexagon", "#9c755f"),
    "mediation": ("Mediation", "event", "hexagon", "#8f6bd1"),
    "event": ("Other event", "event", "hexagon", "#bab0ac"),
    "statement": ("Statement", "statement", "star", "#8cb5d9"),
}
STATUS_COLOURS = {"proposed": "#9d9d9d", "agreed": "#4e79a7", "scheduled": "#edc948",
                  "held": "#59a14f", "declined": "#e15759", "cancelled": "#b22222"}
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
            "\u2028": "\\u2028", "\u2029": "\\u2029"}
_MARKER = re.compile(r"/\*@(\w+)@\*/|<!--@(\w+)@-->")


def script_json(data) -> str:
    """JSON that is safe inside a <script> element whatever strings it holds (keys sorted)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return re.sub("[<>&\u2028\u2029]", lambda m: _ESCAPES[m.group()], text)


@lru_cache(maxsize=None)
def template(name: str) -> str:
    """A file shipped in diplograph/views/templates."""
    return (files("diplograph.views") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network as shipped inside the installed pyvis package (never a copy of ours)."""
    lib = files("pyvis") / "templates" / "lib"
    found = sorted((d for d in lib.iterdir() if d.name.startswith("vis-")),
                   key=lambda d: [int(x) for x in re.findall(r"\d+", d.name)])
    for folder in reversed(found):
        script = folder / "vis-network.min.js"
        if script.is_file():
            text = script.read_text(encoding="utf-8")
            text = re.sub(r"//# sourceMappingURL=\S*", "", text)
            return text.replace("</script", "<\\/script")
    raise ViewError("vis-network.min.js not found in the installed pyvis package")


def fill(page: str, parts: dict[str, str]) -> str:
    """Replace /*@NAME@*/ and <!--@NAME@--> markers in one pass (inserted text is not rescanned)."""
    return _MARKER.sub(lambda m: parts[m.group(1) or m.group(2)], page)


def node_json(node: Node) -> dict:
    """A view-model node as plain JSON (sources as [doc, passage, start])."""
    data = {f.name: getattr(node, f.name) for f in fields(node) if f.name not in ("id",)}
    quote = getattr(node, "quote", None)
    if quote is not None:  # a statement: its label and a passage repeating the quote add nothing
        del data["label"], data["type"], data["count"]
    data["sources"] = [[s.doc, None if s.passage == quote else s.passage, s.start]
                       for s in node.sources]
    if "ids" in data and not data["ids"]:  # most nodes have none: no empty list per node
        del data["ids"]
    return data


def payload(model: ViewModel, *, max_nodes: int = 300,
            links: dict[str, str] | None = None) -> dict:
    """Everything the page script needs, as one JSON document."""
    return {
        "actors": {k: node_json(v) for k, v in model.actors.items()},
        "events": {k: node_json(v) for k, v in model.events.items()},
        "statements": {k: node_json(v) for k, v in model.statements.items()},
        "articles": model.articles,
        "network": _page_network(model, max_nodes),
        "styles": {k: dict(zip(("label", "kind", "shape", "color"), v))
                   for k, v in STYLES.items()},
        "statusColors": STATUS_COLOURS,
        "links": links or {},
    }


def _page_network(model: ViewModel, max_nodes: int) -> dict:
    """The network minus the co-participation edges, which the page derives from the events."""
    net = build_network(model, max_nodes=max_nodes)
    net["nodes"] = [{k: n[k] for k in ("id", "value", "x", "y")} for n in net["nodes"]]
    return {k: v for k, v in net.items() if k != "edges"}


def render_page(model: ViewModel, *, title: str = "diplograph", max_nodes: int = 300,
                links: dict[str, str] | None = None) -> str:
    """The interactive page (network, timeline, details panel) as one HTML string."""
    data = payload(model, max_nodes=max_nodes, links=links)
    subtitle = (f"{len(model.actors)} actors · {len(model.events)} events · "
                f"{len(model.statements)} statements · {len(model.articles)} articles")
    return fill(template("index.html"), {
        "TITLE": html.escape(title), "SUBTITLE": html.escape(subtitle),
        "CSS": template("app.css"), "DATA": script_json(data),
        "VIS": vis_network_js(), "TIMELINE": template("timeline.js"),
        "APP": template("app.js"),
    })
