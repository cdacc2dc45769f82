"""One query process over a read-only store: killing it for a runaway query touches no other query.

Protocol on stdin/stdout: the worker prints ``ready``; then for each request (one JSON line:
query, accept, max_rows, optional prefixes and default/named graph IRIs) it writes one JSON
header line (status, type, rows, truncated, length) followed by exactly ``length`` bytes of body.
It imports only the standard library and pyoxigraph, so it is started by file path
(``python -I worker.py STORE [MEMORY_MB]``) without loading the package: see diplograph.store.deadline.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SPARQL_JSON, SPARQL_XML = "application/sparql-results+json", "application/sparql-results+xml"
CSV, TSV = "text/csv", "text/tab-separated-values"
# what each media type a client may ask for is answered with (first one is the default)
SOLUTION_TYPES = {SPARQL_JSON: SPARQL_JSON, "application/json": SPARQL_JSON,
                  SPARQL_XML: SPARQL_XML, "application/xml": SPARQL_XML, "text/xml": SPARQL_XML,
                  CSV: CSV, TSV: TSV}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
               "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/n-quads": ox.RdfFormat.N_QUADS,
               "application/trig": ox.RdfFormat.TRIG}


def negotiate(accept: str, offered: dict) -> str:
    """The offered media type the Accept header prefers (the first offered one by default)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")[:64]):
        kind, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, kind.strip().lower()))
    for q, _, kind in sorted(ranked):
        if q < 0 and kind in offered:
            return kind
        if q < 0 and kind in ("*/*", "application/*", "text/*"):
            break
    return next(iter(offered))


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>"
                f"{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}</object></triple>")
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value not in (XSD_STRING, RDF_LANG):
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term) if isinstance(term, ox.Triple) else term.value


def solutions_body(names: list[str], rows: list[list], kind: str) -> bytes:
    """SELECT results in one of the four SPARQL results formats."""
    if kind == SPARQL_JSON:
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if kind == SPARQL_XML:
        parts = ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        parts += [f"<variable name={quoteattr(n)}/>" for n in names]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                      for n, t in zip(names, row) if t is not None]
            parts.append("</result>")
        parts.append("</results></sparql>")
        return "".join(parts).encode()
    if kind == TSV:
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_csv_term(t) for t in row] for row in rows)
    return buf.getvalue().encode()


def answer(store: ox.Store, req: dict) -> tuple[dict, bytes]:
    """Run one request; the header fields and the body."""
    limit = max(1, int(req.get("max_rows") or 1))
    kwargs = {"prefixes": req["prefixes"]} if req.get("prefixes") else {}
    if req.get("default"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req["default"]]
    else:
        kwargs["use_default_graph_as_union"] = True
    if req.get("named"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["named"]]
    if req.get("prefixes"):
        kwargs["prefixes"] = dict(req["prefixes"])
    try:
        result = store.query(req["query"], **kwargs)
    except (SyntaxError, ValueError, OSError) as exc:
        return {"status": 400, "type": "text/plain; charset=utf-8"}, f"{exc}\n".encode()
    accept = req.get("accept") or ""
    if isinstance(result, ox.QueryBoolean):
        kind = negotiate(accept, SOLUTION_TYPES)
        kind = SOLUTION_TYPES[kind] if SOLUTION_TYPES[kind] in (SPARQL_JSON, SPARQL_XML) else SPARQL_JSON
        fmt = ox.QueryResultsFormat.JSON if kind == SPARQL_JSON else ox.QueryResultsFormat.XML
        return {"status": 200, "type": kind, "rows": 1}, result.serialize(format=fmt)
    rows: list = []
    truncated = False
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        for solution in result:
            if len(rows) == limit:
                truncated = True
                break
            rows.append([solution[n] for n in names])
        kind = SOLUTION_TYPES[negotiate(accept, SOLUTION_TYPES)]
        body = solutions_body(names, rows, kind)
    else:  # CONSTRUCT / DESCRIBE
        for triple in result:
            if len(rows) == limit:
                truncated = True
                break
            rows.append(triple)
        kind = negotiate(accept, GRAPH_TYPES)
        body = ox.serialize(rows, format=GRAPH_TYPES[kind]) or b""
    return {"status": 200, "type": kind, "rows": len(rows), "truncated": truncated}, body


def cap_memory(megabytes: int) -> None:
    """Cap this process's address space, so one query cannot exhaust the host (Linux)."""
    if megabytes > 0 and sys.platform == "linux":
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main(location: str, memory_mb: int = 0) -> int:
    """Serve requests from stdin until it closes."""
    cap_memory(memory_mb)
    store = ox.Store.read_only(location)
    out = sys.stdout.buffer
    out.write(b"ready\n")
    out.flush()
    for line in sys.stdin.buffer:
        try:
            header, body = answer(store, json.loads(line))
        except Exception as exc:  # noqa: BLE001 - any failure is this request's 500, not the worker's end
            header, body = {"status": 500, "type": "text/plain; charset=utf-8"}, f"{exc}\n".encode()
        header["length"] = len(body)
        out.write(json.dumps(header).encode() + b"\n" + body)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0))
