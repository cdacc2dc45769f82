"""The endpoint's own root page: the named queries as forms and a SPARQL editor, fully offline."""

from __future__ import annotations

from html import escape

from diplograph.query.named import NamedQuery

_EXAMPLE = "SELECT ?event ?status WHERE { ?event dg:currentStatus ?status } LIMIT 20"
_STYLE = ("body{font:15px/1.45 system-ui,sans-serif;max-width:58rem;margin:2rem auto;padding:0 1rem}"
          "textarea{width:100%;font:13px monospace}fieldset{margin:0 0 1rem;border:1px solid #ccc}"
          "label{display:inline-block;margin:.2rem 1rem .2rem 0}code{background:#f3f3f3}")
# No script, no outside resource: the page talks only to this endpoint, by plain forms.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"


def _param_input(query: NamedQuery) -> str:
    fields = []
    for p in query.params:
        need = " required" if p.required else ""
        fields.append(f'<label>{escape(p.name)} <input name="{escape(p.name)}"{need} '
                      f'placeholder="{escape(p.kind)}" title="{escape(p.description)}"></label>')
    return "".join(fields)


def root_page(queries: dict[str, NamedQuery], prefixes: dict[str, str]) -> str:
    """HTML listing each named query with its parameters, and a free SPARQL editor."""
    forms = []
    for q in queries.values():
        params = "".join(f"<li><code>{escape(p.describe())}</code></li>" for p in q.params)
        forms.append(
            f'<fieldset><legend><b>{escape(q.name)}</b>: {escape(q.title)}</legend>'
            f"<p>{escape(q.description)}</p>{f'<ul>{params}</ul>' if params else ''}"
            f'<form action="queries/{escape(q.name)}" method="get">{_param_input(q)}'
            f'<button>Run</button></form></fieldset>')
    declared = " ".join(f"<code>{escape(p)}:</code>" for p in prefixes)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>diplograph SPARQL endpoint</title><style>{_STYLE}</style></head><body>"
        "<h1>diplograph SPARQL endpoint</h1><p>Read-only. SPARQL 1.1 queries go to "
        "<code>/query</code> (GET or POST); named queries answer at <code>/queries/NAME?param=value</code> "
        "in JSON, CSV or TSV (by the <code>Accept</code> header), as <code>diplograph query</code> "
        f"prints them. Declared prefixes: {declared}.</p>"
        '<h2>SPARQL</h2><form action="query" method="get">'
        f'<textarea name="query" rows="8">{escape(_EXAMPLE)}</textarea>'
        "<p><button>Run</button></p></form>"
        f"<h2>Named queries</h2>{''.join(forms)}</body></html>")
