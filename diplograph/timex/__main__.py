"""Allow ``python -m diplograph.timex`` as a shortcut for ``diplograph timex``."""

from diplograph.cli.timex import timex

if __name__ == "__main__":
    timex(prog_name="python -m diplograph.timex")
