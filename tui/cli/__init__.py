"""The `gwr` console script: no arguments opens the TUI; subcommands script the cache.

The command line never imports Textual (an import-linter contract keeps it so): `main`
starts the app through its one lazy import of `tui.app`, so `gwr list` stays light.

Each subcommand lives in its own module, listed in `COMMAND_MODULES`; a module
exposes `register(subparsers)` which adds its parser and sets `handler`
(a function taking the parsed `argparse.Namespace` and returning an exit code).
A command line naming a subcommand imports that subcommand's module alone, so a
command starts without loading the others' libraries (the parser, Textual).
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


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with the subcommand `argv` names registered (every subcommand when it names none)."""
    parser = argparse.ArgumentParser(
        prog="gwr",
        description="Read, filter, compare and export Chinese government work reports (政府工作报告).",
    )
    parser.add_argument("--cache", metavar="DIR", help="cache directory (default: $GWR_CACHE or the user cache dir)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in command_modules(argv or []):
        importlib.import_module(module_name).register(subparsers)
    return parser


def command_modules(argv: list[str]) -> list[str]:
    """The module of the subcommand that `argv` names (its first word that is not an option), else all of them."""
    words = iter(argv)
    for word in words:
        if word == "--cache":
            next(words, None)
        elif not word.startswith("-"):
            named = f"tui.cli.{word}_command"
            return [named] if named in COMMAND_MODULES else COMMAND_MODULES
    return COMMAND_MODULES


def main(argv: list[str] | None = None) -> int:
    """Run `gwr` with `argv` (default: the process arguments); return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        from tui.app import run_app  # the one import of the Textual app, only when it is started

        return run_app(Path(args.cache).expanduser() if args.cache else None)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
