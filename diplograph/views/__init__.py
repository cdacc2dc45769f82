"""Offline HTML views of the graph: interactive network + timeline, static site, notebook."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from diplograph.views.data import load_model
from diplograph.views.ids import add_identifiers
from diplograph.views.model import ViewModel
from diplograph.views.network import FIRST_ACTORS
from diplograph.views.page import render_page
from diplograph.views.scope import scope_model
from diplograph.views.site import write_site_files
from diplograph.views.source import queryable
from diplograph.views.summary import summary_page

__all__ = ["notebook_html", "notebook_summary", "render_index", "write_site"]


def _model(ds) -> ViewModel:
    """The view model with its identifier links (the graph is copied for querying only once)."""
    src = queryable(ds)
    model = load_model(src)
    add_identifiers(src, model)
    return model


def _title(focus: str | None, since: date | None, until: date | None) -> str:
    parts = ["diplograph"]
    if focus:
        parts.append(f"focus: {focus}")
    if since or until:
        parts.append(f"{since or '…'} – {until or '…'}")
    return " · ".join(parts)


def render_index(ds, *, focus: str | None = None, since: date | None = None,
                 until: date | None = None, max_nodes: int = FIRST_ACTORS) -> str:
    """The self-contained index.html (network + timeline) for a graph, optionally sliced."""
    model = scope_model(_model(ds), focus=focus, since=since, until=until)
    return render_page(model, title=_title(focus, since, until), max_nodes=max_nodes)


def write_site(ds, out_dir: Path, *, max_nodes: int = FIRST_ACTORS) -> list[Path]:
    """Write a static site (index plus a page per actor and event); returns the files."""
    return write_site_files(_model(ds), Path(out_dir), max_nodes=max_nodes)


def notebook_html(ds, *, height: int = 640, **kwargs) -> str:
    """The views in a sandboxed srcdoc iframe, for Jupyter's _repr_html_ (VS Code, Colab)."""
    page = render_index(ds, **kwargs)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
            f'title="diplograph views"></iframe>')


def notebook_summary(ds, *, link: str | None = None, height: int = 420) -> str:
    """A small static view (counts, busiest actors, a timeline) for a notebook's repeated display.

    No script and no vis-network: a few kilobytes instead of the whole page each time the
    object is shown; ``link`` points at the built interactive page when there is one.
    """
    page = summary_page(load_model(ds), link=link)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
            f'title="diplograph summary"></iframe>')
