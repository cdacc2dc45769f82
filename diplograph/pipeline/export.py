"""Export a built graph folder to RDF formats, records JSON, network files, HTML or a static site."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import networkx as nx

from diplograph._files import write_file_atomic
from diplograph.errors import InputError
from diplograph.graph.dataset import serialize
from diplograph.graph.namespace import bind_prefixes
from diplograph.query.network import to_networkx
from diplograph.query.records_json import records_from_graph
from diplograph.store import Store, open_graph_dir
from diplograph.views import render_index, write_site

# The one table of export formats: the CLI's choices and its help are made from it.
EXPORT_FORMATS: dict[str, str] = {
    "trig": "RDF dataset, one named graph per article plus the resolved graph",
    "turtle": "RDF, all graphs merged into one",
    "nquads": "RDF dataset, one quad a line",
    "jsonld": "RDF dataset as JSON-LD, compacted with ontology/context.jsonld",
    "records": "documents, actors, events and statements as JSON",
    "gexf": "actor-event network for Gephi (networkx GEXF 1.2)",
    "graphml": "actor-event network for Cytoscape, yEd and networkx (GraphML)",
    "html": "the self-contained network and timeline page",
    "site": "a static site with one page per actor and event (needs --out DIR)",
}
_NETWORK_WRITERS = {"gexf": nx.write_gexf, "graphml": nx.write_graphml}


def export_graph(graph_dir: Path, fmt: str, *, out: Path | None = None,
                 focus: str | None = None, since: date | None = None,
                 until: date | None = None) -> str | bytes | None:
    """Render ``graph_dir`` as ``fmt``; writes to ``out`` if given, else returns the data."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    store = open_graph_dir(graph_dir)
    try:
        return _export(store, fmt, out, focus, since, until)
    finally:
        store.close()


def network_file(store: Store, fmt: str) -> bytes:
    """The full actor-event network as a GEXF or GraphML document."""
    buffer = io.BytesIO()
    _NETWORK_WRITERS[fmt](to_networkx(store, "full"), buffer)
    return buffer.getvalue()


def _export(store: Store, fmt: str, out: Path | None, focus: str | None, since: date | None,
            until: date | None) -> str | bytes | None:
    """Render one store's graph as ``fmt``."""
    if fmt in _NETWORK_WRITERS:
        data: str | bytes = network_file(store, fmt)
    else:
        ds = store.dataset()
        bind_prefixes(ds)
        if fmt == "site":
            write_site(ds, out)
            return None
        if fmt == "records":
            data = json.dumps(records_from_graph(ds), indent=2, ensure_ascii=False) + "\n"
        elif fmt == "html":
            data = render_index(ds, focus=focus, since=since, until=until)
        else:
            data = serialize(ds, fmt)
    if out is not None:
        write_file_atomic(out, data)
        return None
    return data
