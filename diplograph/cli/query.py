"""``diplograph query`` and ``diplograph serve``: thin commands over diplograph.query.named and .serve."""

from __future__ import annotations

from pathlib import Path

import click

from diplograph.query.table import FORMATS, render
_GRAPH_HELP = "graph folder written by `diplograph build`"
_STORE_HELP = "memory | oxigraph:PATH | sparql:URL (default: the folder's store/, else graph.trig)"


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        out[name.strip()] = value.strip()
    return out


def _list_queries() -> str:
    from diplograph.query.named import named_queries

    lines = []
    for q in named_queries().values():
        lines.append(f"{q.name}: {q.title}")
        lines.append(f"    {q.description}")
        lines.extend(f"    --param {p.describe()}" for p in q.params)
    return "\n".join(lines)


@click.command()
@click.argument("query_ref", metavar="[NAME | FILE.rq]", required=False)
@click.option("--sparql", help="SPARQL query text to run instead of a named query.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter (repeatable); actors by name, alias or IRI.")
@click.option("--graph", "graph_dir", type=click.Path(path_type=Path), default=Path("graph"),
              show_default=True, help=_GRAPH_HELP)
@click.option("--store", "store_spec", metavar="STORE", help=_STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@click.option("--allow-service", "allow_services", multiple=True, metavar="URL",
              help="Let SERVICE call this endpoint (repeatable); federation is refused otherwise.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30, show_default=True,
              help="Seconds after which the query is stopped (0: no deadline).")
@click.option("--max-rows", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="Rows (or triples) shown; the rest is cut off with a note (0: no cap).")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="Rows per page of a SELECT [default: 1000 for a named query or .rq file, all for --sparql; 0: all].")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Rows to skip: where the page starts.")
def query(query_ref, sparql, params, graph_dir, store_spec, fmt, list_only, allow_services,
          timeout, max_rows, limit, offset) -> None:
    """Run a named query, a .rq file or --sparql text against a built graph."""
    if list_only:
        click.echo(_list_queries())
        return
    if bool(query_ref) == bool(sparql):
        raise click.UsageError("give a query NAME, a FILE.rq or --sparql TEXT (one of them); "
                               "`diplograph query --list` shows the named queries")
    from diplograph.query.named import run_query
    from diplograph.store import open_graph_dir
    from diplograph.store.deadline import Limits

    with open_graph_dir(graph_dir, store_spec) as store:
        store.allow_services = tuple(allow_services)
        frame = run_query(store, sparql or query_ref, _params(params),
                          Limits(timeout=timeout, max_rows=max_rows), limit=limit, offset=offset)
    text = render(frame, fmt)
    click.echo(text, nl=not text.endswith("\n"))
    if "next_offset" in frame.attrs:
        click.echo(f"note: more rows follow; --offset {frame.attrs['next_offset']} for the next page "
                   "(--limit 0: every row)", err=True)
    if frame.attrs.get("truncated"):
        click.echo(f"note: the answer was cut at {max_rows} rows; raise --max-rows to see more",
                   err=True)


@click.command()
@click.option("--graph", "graph_dir", type=click.Path(path_type=Path), default=Path("graph"),
              show_default=True, help=_GRAPH_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; keep the default unless others must reach it.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="TCP port (0 picks a free one).")
@click.option("--timeout", type=click.IntRange(min=1), default=30, show_default=True,
              help="Seconds after which a query's process is killed (503 for that query only).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) per answer; the rest is cut off and flagged.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries answered at once, each in its own process.")
@click.option("--queue", type=click.IntRange(0, 10_000), default=32, show_default=True,
              help="Queries that may wait for a free process; more get 503.")
@click.option("--allow-service", "allow_services", multiple=True, metavar="URL",
              help="Let SERVICE call this endpoint (repeatable); federation is refused otherwise.")
@click.option("--cors", metavar="ORIGIN", help="Let web pages from ORIGIN (e.g. "
              "http://localhost:8888) call the endpoint; no cross-origin calls by default.")
def serve(graph_dir, host, port, timeout, max_rows, workers, queue, allow_services, cors) -> None:
    """Serve a built graph as a read-only SPARQL 1.1 endpoint (switches to each new build)."""
    from diplograph.serve.endpoint import is_loopback, serve_forever, start

    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: other machines can query this graph "
                   "(read-only, no authentication)", err=True)
    endpoint = start(graph_dir, host, port, timeout, allow_services=tuple(allow_services),
                     max_rows=max_rows, workers=workers, queue=queue, cors=cors)
    click.echo(f"SPARQL endpoint (read-only): {endpoint.url}")
    click.echo(f"Named queries and an editor: {endpoint.url.removesuffix('query')}")
    click.echo(f"Each query runs in its own process, stopped after {timeout} s; at most "
               f"{max_rows} rows per answer. Stop with Ctrl-C.", nl=True)
    raise SystemExit(serve_forever(endpoint))
