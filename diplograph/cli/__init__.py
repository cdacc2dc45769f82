"""The ``diplograph`` command: a thin layer over the library."""

from __future__ import annotations

import importlib

import click

from diplograph import __version__
from diplograph.errors import DiplographError

# name -> "module:attribute"; imported only when that command runs, so startup stays fast.
COMMANDS = {
    "build": "diplograph.cli.build:build",
    "export": "diplograph.cli.build:export",
    "query": "diplograph.cli.query:query",
    "serve": "diplograph.cli.query:serve",
    "timex": "diplograph.cli.timex:timex",
}


class _Group(click.Group):
    """Loads commands lazily and turns library errors into a message and an exit status."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DiplographError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="diplograph")
def main() -> None:
    """Build and explore a diplomatic timeline knowledge graph from news articles."""
