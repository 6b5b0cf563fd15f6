"""Entry point: the desktop app by default, sub-commands for the command line."""

import sys

from partnertracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
