"""Placeholder until this command module lands."""
import click


@click.command()
def build() -> None:
    """Build a graph (not wired yet)."""
    raise click.UsageError("build is not wired yet")


@click.command()
def export() -> None:
    """Export a graph (not wired yet)."""
    raise click.UsageError("export is not wired yet")
