"""A small, script-free summary page of the graph for notebooks (counts, actors, timeline)."""

from __future__ import annotations

from html import escape

from diplograph.views.model import ViewModel
from diplograph.views.network import actor_degree
from diplograph.views.page import STATUS_COLOURS, STYLES
from diplograph.views.timeline import Mark, svg_timeline

TOP = 12


def summary_page(model: ViewModel, *, link: str | None = None) -> str:
    """Counts, the busiest actors and the most reported dated events as one static page."""
    degree = actor_degree(model)
    busiest = sorted(model.actors.values(), key=lambda a: (-degree[a.id], a.label, a.id))[:TOP]
    events = sorted((e for e in model.events.values() if e.start),
                    key=lambda e: (-len(e.sources), e.start, e.id))[:TOP]
    marks = [Mark(e.label, e.start, e.end, "event",
                  STATUS_COLOURS.get(e.status or "", STYLES.get(e.type, STYLES["event"])[3]))
             for e in sorted(events, key=lambda e: (e.start, e.id))]
    counts = (f"{len(model.actors)} actors · {len(model.events)} events · "
              f"{len(model.statements)} statements · {len(model.articles)} articles")
    actors = "".join(f"<li>{escape(a.label)} <small>{escape(a.type)}, {degree[a.id]}</small></li>"
                     for a in busiest)
    more = (f'<p><a href="{escape(link, quote=True)}" target="_blank" rel="noopener">'
            "Open the interactive network and timeline</a></p>" if link else
            "<p><small>kg.view_html() shows the interactive network and timeline.</small></p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            "body{font:13px system-ui,sans-serif;margin:8px}ul{columns:3;padding-left:16px}"
            "small{color:#667085}.timeline text{font-size:11px}.tick{fill:#667085}"
            ".grid{stroke:#e3e6ea}.alt{fill:#f6f7f9}.bg{fill:#fff}</style></head><body>"
            f"<strong>diplograph</strong> <small>{escape(counts)}</small>{more}"
            f"<h4>Busiest actors</h4><ul>{actors}</ul>"
            f"<h4>Most reported dated events</h4>{svg_timeline(marks, width=760)}</body></html>")
