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
from diplograph.views.network import FIRST_ACTORS, build_network

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
SOURCE_DOCS = 50  # articles listed under an actor's sources (the panel shows as many)
_CONTEXT = 60  # characters of a claim's sentence kept on the page either side of its words
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


def node_json(node: Node, sentences: dict[tuple, tuple[int, int, str]] | None = None, *,
              base: str = "", max_docs: int | None = None) -> dict:
    """A view-model node as plain JSON, as small as the page script can read it back.

    Sources are [doc, passage, start, sentence number], cut after the last part the page uses
    (the offset only places words in a numbered sentence). Empty fields are left out, an ``end``
    equal to ``start`` too, and an IRI starting with ``base`` loses it (the script restores
    all three). With ``max_docs``, sources stop after that many articles (the panel's limit)
    and ``more`` counts the articles left out.
    """
    data = {f.name: getattr(node, f.name) for f in fields(node) if f.name not in ("id",)}
    quote = getattr(node, "quote", None)
    if quote is not None:  # a statement: its label and a passage repeating the quote add nothing
        del data["label"], data["type"], data["count"]
    table = sentences or {}

    def number(doc: str | None, sentence: tuple[int, str] | None) -> int | None:
        found = table.get((doc or "", *sentence)) if sentence else None
        return found[0] if found else None

    docs: dict[str, None] = {}
    data["sources"] = []
    for s in node.sources:
        if max_docs is not None and s.doc not in docs and len(docs) == max_docs:
            continue
        docs.setdefault(s.doc)
        n = number(s.doc, s.sentence)
        passage = None if s.passage == quote else s.passage
        data["sources"].append([s.doc, passage, s.start, n] if n is not None
                               else [s.doc, passage] if passage else [s.doc])
    if more := len({s.doc for s in node.sources}) - len(docs):
        data["more"] = more
    if "claims" in data:
        # a claim's offset is its sentence's plus where its words sit there: not sent
        data["claims"] = [_claim_json(c, number(c["doc"], c.get("sentence"))) for c in data["claims"]]
    if data.get("end") is not None and data["end"] == data.get("start"):
        del data["end"]
    if base and data["iri"].startswith(base):
        data["iri"] = data["iri"][len(base):]
    return {k: v for k, v in data.items() if v is not None and v != []
            or k in ("actors", "about", "aliases", "roles", "sources", "claims")}


def _claim_json(claim: dict, sentence: int | None) -> dict:
    """A claim as sent: its sentence's number when the page has it, no offset, no sentence text."""
    out = {k: v for k, v in claim.items() if k not in ("start", "sentence") and v is not None}
    if sentence is not None:
        out["sentence"] = sentence
    return out


def iri_base(model: ViewModel) -> str:
    """The longest namespace (up to a '/' or '#') that every actor, event and statement IRI shares."""
    iris = [n.iri for group in (model.actors, model.events, model.statements) for n in group.values()]
    if not iris:
        return ""
    lo, hi = min(iris), max(iris)
    n = 0
    while n < min(len(lo), len(hi)) and lo[n] == hi[n]:
        n += 1
    return lo[: max(lo.rfind("/", 0, n), lo.rfind("#", 0, n)) + 1]


def sentence_table(model: ViewModel) -> dict[tuple, tuple[int, int, str]]:
    """The sentences of the status claims (the events' sources share them), numbered once and clipped.

    Only claims carry their sentence on this page, and only ``_CONTEXT`` characters either
    side of the claimed words, so the page stays small (the site's pages show every source's
    sentence). Values are (number, offset of the text's first character, text); a clipped end
    shows "…", and the offset then counts that mark as the character before the first word.
    """
    marks: dict[tuple, list[tuple[int, int]]] = {}
    for event in model.events.values():
        for c in event.claims:
            sentence, words = c.get("sentence"), c["passage"] or ""
            if sentence:
                at = c.get("start")
                i = at - sentence[0] if at is not None else sentence[1].find(words)
                marks.setdefault((c["doc"] or "", *sentence), []).append((max(i, 0), max(i, 0) + len(words)))
    return {key: (n, *_clip(key[1], key[2], marks[key])) for n, key in enumerate(sorted(marks))}


def _clip(start: int, text: str, marks: list[tuple[int, int]]) -> tuple[int, str]:
    """The part of a sentence within ``_CONTEXT`` characters of its marks, cut at spaces."""
    first, last = min(a for a, _ in marks), max(b for _, b in marks)
    lo, hi = max(0, first - _CONTEXT), min(len(text), last + _CONTEXT)
    if lo > 0 and (space := text.find(" ", lo, first)) >= 0:
        lo = space + 1
    if hi < len(text) and (space := text.rfind(" ", last, hi)) >= 0:
        hi = space
    return (start + lo - (lo > 0), ("…" if lo > 0 else "") + text[lo:hi]
            + ("…" if hi < len(text) else ""))


def payload(model: ViewModel, *, max_nodes: int = FIRST_ACTORS,
            links: dict[str, str] | None = None) -> dict:
    """Everything the page script needs, as one JSON document."""
    sentences, base = sentence_table(model), iri_base(model)
    return {
        "base": base,
        "actors": {k: node_json(v, base=base, max_docs=SOURCE_DOCS) for k, v in model.actors.items()},
        "events": {k: node_json(v, sentences, base=base) for k, v in model.events.items()},
        "statements": {k: node_json(v, base=base) for k, v in model.statements.items()},
        "sentences": [[start, text] for _n, start, text in sentences.values()],
        "articles": {k: {f: v for f, v in a.items() if f != "iri" and v is not None}  # the page shows no article IRI
                     for k, a in model.articles.items()},
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


def render_page(model: ViewModel, *, title: str = "diplograph", max_nodes: int = FIRST_ACTORS,
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
