"""Allow ``python -m diplograph``."""

from diplograph.cli import main

if __name__ == "__main__":
    main()
