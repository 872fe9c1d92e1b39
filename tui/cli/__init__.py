"""The `gwr` console script: no arguments opens the TUI; subcommands script the cache.

The command line never imports Textual (an import-linter contract keeps it so): `main`
starts the app through its one lazy import of `tui.app`, so `gwr list` stays light.

Each subcommand lives in its own module, listed in `COMMAND_MODULES`; a module
exposes `register(subparsers)` which adds its parser and sets `handler`
(a function taking the parsed `argparse.Namespace` and returning an exit code).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

COMMAND_MODULES = [
    "tui.cli.parse_command",
    "tui.cli.ingest_command",
    "tui.cli.list_command",
    "tui.cli.show_command",
    "tui.cli.search_command",
    "tui.cli.indicators_command",
    "tui.cli.keywords_command",
    "tui.cli.export_command",
    "tui.cli.outcomes_command",
    "tui.cli.panel_command",
]

#: Exit codes shared by every subcommand.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="gwr",
        description="Read, filter, compare and export Chinese government work reports (政府工作报告).",
    )
    from tui.cli.common import non_empty

    parser.add_argument("--cache", metavar="DIR", type=non_empty, help="cache directory (default: $GWR_CACHE or the user cache dir)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `gwr` with `argv` (default: the process arguments); return the exit code."""
    from tui.cli.common import EXIT_INTERRUPTED, degrade_output_encoding, warn

    degrade_output_encoding()
    try:
        parser = build_parser()
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
        if args.command is None:
            from tui.app import run_app  # the one import of the Textual app, only when it is started

            return run_app(Path(args.cache).expanduser() if args.cache else None)
        return args.handler(args)
    except KeyboardInterrupt:
        warn("interrupted")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
