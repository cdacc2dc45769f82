"""CLI commands that build a graph and export it in other formats."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from diplograph.errors import ClusterError, DiplographError
from diplograph.pipeline.export import EXPORT_FORMATS

EXIT_SKIPPED = 3  # built, but some inputs were skipped or flagged


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path),
              default=Path("graph"), show_default=True, help="Output folder.")
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for input files the manifest does not date.")
@click.option("--publisher", help="Publisher for input files the manifest does not name.")
@click.option("--no-related", is_flag=True, help="Drop related-article teasers instead of "
              "keeping them as separate documents.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes.")
@click.option("--cluster", metavar="ADDRESS", help="Run extraction on a Dask cluster: a scheduler "
              "address (tcp://host:8786) or 'local' for --jobs worker processes here "
              "(needs pip install 'diplograph[cluster]').")
@click.option("--partitions", type=click.IntRange(1, 1_000_000), help="With --cluster: how many "
              "parts the documents are cut into (default: about 32 documents each).")
@click.option("--store", metavar="SPEC", help="memory | oxigraph:PATH | sparql:URL "
              "(default: an Oxigraph store in OUT/store).")
@click.option("--base", metavar="IRI", help="Base IRI for minted identifiers.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr "
              "(default: on a terminal, for more than a few articles).")
def build(inputs: tuple[Path, ...], out: Path, published: date | None, publisher: str | None,
          no_related: bool, jobs: int, cluster: str | None, partitions: int | None,
          store: str | None, base: str | None, progress: bool | None) -> None:
    """Build the knowledge graph of INPUTS (files or folders; default: the sample corpus).

    Exit status: 0 all built; 3 built, but some inputs were skipped or flagged
    (no publication date, not English); 1 nothing built; 2 usage error.
    """
    from diplograph.pipeline.build import build as run_build

    options = dict(published=published, publisher=publisher, related=not no_related, store=store,
                   base=base, progress=progress)
    if cluster:
        result = _build_on_cluster(list(inputs), out, cluster, partitions, jobs, options)
    else:
        if partitions is not None:
            raise click.UsageError("--partitions needs --cluster")
        result = run_build(list(inputs), out, jobs=jobs, **options)
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    for note in result.notes:
        click.echo(f"flagged {note.path}: {note.message}", err=True)
    click.echo(result.summary(), err=True)
    if result.skipped or result.notes:
        sys.exit(EXIT_SKIPPED)


def _build_on_cluster(inputs: list[Path], out: Path, cluster: str, partitions: int | None,
                      jobs: int, options: dict):
    """The build with extraction on a Dask cluster; a clear error when Dask is not installed."""
    try:
        from diplograph.pipeline.distributed import build_on_cluster
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'diplograph[cluster]'") from None
    return build_on_cluster(inputs, out, cluster, partitions=partitions, workers=jobs, **options)


FORMATS = tuple(EXPORT_FORMATS)
_FORMAT_HELP = "; ".join(f"{name}: {what}" for name, what in EXPORT_FORMATS.items())


@click.command()
@click.argument("graph_dir", type=click.Path(path_type=Path), default=Path("graph"))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="trig", show_default=True,
              help=_FORMAT_HELP)
@click.option("--out", "-o", type=click.Path(path_type=Path),
              help="File (or folder for --format site); default: standard output.")
@click.option("--focus", metavar="ACTOR", help="html: centre the views on one actor.")
@click.option("--since", callback=_parse_date, metavar="YYYY-MM-DD", help="html: from this day.")
@click.option("--until", callback=_parse_date, metavar="YYYY-MM-DD", help="html: to this day.")
def export(graph_dir: Path, fmt: str, out: Path | None, focus: str | None,
           since: date | None, until: date | None) -> None:
    """Export a built graph (GRAPH_DIR, default graph/) in another format."""
    from diplograph.pipeline.export import export_graph

    if fmt == "site" and out is None:
        raise click.UsageError("--format site needs --out DIR")
    data = export_graph(graph_dir, fmt, out=out, focus=focus, since=since, until=until)
    if out is None and data is not None:
        click.echo(data.decode("utf-8") if isinstance(data, bytes) else data, nl=False)
    elif out is not None:
        click.echo(f"wrote {out}", err=True)


__all__ = ["build", "export", "DiplographError"]
