"""The command line: `partnertracker [--db PATH] [COMMAND ...]`; no command opens the desktop app.

Each sub-command lives in its own module with `add_parser(subparsers)` and `run(args) -> int`.
A UserError ends the command with its message on one line of stderr and exit code 1;
usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from partnertracker import APP_NAME, __version__
from partnertracker.errors import UserError

COMMANDS = ("extract", "import", "search", "report", "backup")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Partner organisations, visits, invitations and agreements, read from dispatches.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $PARTNERTRACKER_DB, else the application-data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"partnertracker.cli.{_module_name(name)}")
        module.add_parser(subparsers)
    return parser


def _module_name(command: str) -> str:
    return "importing" if command == "import" else command.replace("-", "_")


def _split_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """`partnertracker [--db PATH] FILE...`, as a desktop entry's %F calls it: (options, files).

    Files are the arguments from the first one that is neither an option nor a command; with
    none, everything is left to the parser as it is.
    """
    position = 0
    while position < len(argv):
        word = argv[position]
        if word == "--db":
            position += 2
        elif word.startswith("-"):
            position += 1
        else:
            break
    rest = argv[position:]
    if not rest or rest[0] in COMMANDS:
        return argv, []
    return argv[:position], rest


def main(argv: Sequence[str] | None = None) -> int:
    options, files = _split_files(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(options)
    try:
        if args.command is None:
            missing = [f for f in files if not os.path.exists(f)]
            if missing:
                parser.error(
                    f"{missing[0]!r} is neither a command ({', '.join(COMMANDS)}) nor a file to open"
                )
            from partnertracker.gui.app import run_app

            return run_app(args.db, files)
        module = importlib.import_module(f"partnertracker.cli.{_module_name(args.command)}")
        return int(module.run(args) or 0)
    except UserError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
