"""Export a built graph folder to RDF formats, records JSON, HTML or a static site."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from diplograph._files import write_file_atomic
from diplograph.graph.dataset import serialize
from diplograph.graph.namespace import bind_prefixes
from diplograph.query.records_json import records_from_graph
from diplograph.store import open_graph_dir
from diplograph.views import render_index, write_site


def export_graph(graph_dir: Path, fmt: str, *, out: Path | None = None,
                 focus: str | None = None, since: date | None = None,
                 until: date | None = None) -> str | bytes | None:
    """Render ``graph_dir`` as ``fmt``; writes to ``out`` if given, else returns the data."""
    store = open_graph_dir(graph_dir)
    try:
        return _export(store.dataset(), fmt, out, focus, since, until)
    finally:
        store.close()


def _export(ds, fmt: str, out: Path | None, focus: str | None, since: date | None,
            until: date | None) -> str | bytes | None:
    """Render one dataset as ``fmt``."""
    bind_prefixes(ds)
    if fmt == "site":
        write_site(ds, out)
        return None
    if fmt == "records":
        data: str | bytes = json.dumps(records_from_graph(ds), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "html":
        data = render_index(ds, focus=focus, since=since, until=until)
    else:
        data = serialize(ds, fmt)
    if out is not None:
        write_file_atomic(out, data)
        return None
    return data
