"""Placeholder until this command module lands."""
import click


@click.command()
def timex() -> None:
    """Tag time expressions (not wired yet)."""
    raise click.UsageError("timex is not wired yet")
