"""The ``diplograph`` command: a thin layer over the library."""

from __future__ import annotations

import click

from diplograph import __version__
from diplograph.errors import DiplographError


class _Group(click.Group):
    """Turns library errors into a one-line message and an exit status."""

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


def _register() -> None:
    from diplograph.cli_build import build, export
    from diplograph.cli_query import query, serve
    from diplograph.cli_timex import timex

    for command in (build, export, query, serve, timex):
        main.add_command(command)


_register()
