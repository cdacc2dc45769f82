"""Placeholder until this command module lands."""
import click


@click.command()
def query() -> None:
    """Query a graph (not wired yet)."""
    raise click.UsageError("query is not wired yet")


@click.command()
def serve() -> None:
    """Serve a graph (not wired yet)."""
    raise click.UsageError("serve is not wired yet")
