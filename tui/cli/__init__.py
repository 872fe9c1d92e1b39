"""The `gwr` console script: no arguments opens the TUI; subcommands script the cache.

The command line never imports Textual (an import-linter contract keeps it so): `main`
starts the app through its one lazy import of `tui.app`, so `gwr list` stays light.

Each subcommand lives in its own module, listed in `COMMAND_MODULES`; a module
exposes `register(subparsers)` which adds its parser and sets `handler`
(a function taking the parsed `argparse.Namespace` and returning an exit code).
A command line naming a subcommand imports that subcommand's module alone, so a
command starts without loading the others' libraries (the parser, Textual).
Options every subcommand shares (`--cache`) are added here, so they work before
or after the subcommand's name. A subcommand that only reads the cache and prints sets
`reads_only` too: run as its own process, it runs without the cycle collector.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import signal
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
    "tui.cli.serve_command",
]

#: Exit codes shared by every subcommand; a listing with no records exits 1, as grep does.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NO_MATCHES = 1

CACHE_HELP = "cache directory (default: $GWR_CACHE or the user cache dir)"


def build_parser(argv: list[str] | None = None,
                 print_completion: type[argparse.Action] | None = None) -> argparse.ArgumentParser:
    """The argument parser with the subcommand `argv` names registered (every subcommand when it names none).

    `print_completion` is the action of `--print-completion` (default: `PrintCompletionAction`).
    """
    from tui.cli.common import non_empty
    from tui.cli.help import DIRECTORY, SHELLS, HelpFormatter, completes, examples

    parser = argparse.ArgumentParser(
        prog="gwr", formatter_class=HelpFormatter,
        description="Read, filter, compare and export Chinese government work reports (政府工作报告). "
                    "Without a command, opens the terminal app.",
        epilog=examples("gwr", "gwr ingest ~/reports", "gwr indicators --place 兰州 --kind target",
                        "gwr show 济南 2022 | less",
                        "gwr --print-completion bash > ~/.local/share/bash-completion/completions/gwr"))
    parser.add_argument("--version", action=VersionAction)
    completes(parser.add_argument("--cache", metavar="DIR", type=non_empty, help=CACHE_HELP), DIRECTORY)
    parser.add_argument("--print-completion", action=print_completion or PrintCompletionAction, choices=SHELLS, default=None,
                        help="print the completion script for this shell")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in command_modules(argv or []):
        importlib.import_module(module_name).register(subparsers)
    for subparser in subparsers.choices.values():
        subparser.formatter_class = HelpFormatter
        # SUPPRESS: `--cache` given before the command is kept unless given again after it.
        completes(subparser.add_argument("--cache", metavar="DIR", type=non_empty, default=argparse.SUPPRESS,
                                         help=CACHE_HELP),
                  DIRECTORY)
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


class VersionAction(argparse.Action):
    """`--version`: prints gwr's version and exits (looked up only then: importlib.metadata takes a tenth of
    a second to import, more than the rest of `gwr list`)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **_: object) -> None:
        super().__init__(option_strings, dest, default=argparse.SUPPRESS, nargs=0,
                         help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {gwr_version()}")
        parser.exit()


class PrintCompletionAction(argparse.Action):
    """`--print-completion SHELL`: prints the shell's completion script of every command and exits (shtab,
    imported only then)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, shell: object,
                 option_string: str | None = None) -> None:
        import shtab

        from tui.cli.help import with_completions

        # With shtab's own action for the option, which zsh's script treats as ending the line, as --help.
        whole = with_completions(build_parser(print_completion=shtab.completion_action()))
        print(shtab.complete(whole, str(shell)))
        parser.exit()


def gwr_version() -> str:
    """The installed version of gwr."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gwr")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def main(argv: list[str] | None = None, *, ends_process: bool = False) -> int:
    """Run `gwr` with `argv` (default: the process arguments); return the exit code.

    Output cut short by its reader (`gwr list | head`) ends quietly with exit 0, as other Unix tools do;
    ctrl+c anywhere ends with one line and exit 130; a terminal that is not UTF-8 gets replacement
    characters instead of a crash. With `ends_process` (the console script), ctrl+c is ignored once the
    command is over: the interpreter's shutdown restores the default handler, so a key pressed then would
    otherwise kill the finished process by signal instead of letting it exit with its code.
    """
    from tui.cli.common import EXIT_INTERRUPTED, degrade_output_encoding, warn

    degrade_output_encoding()
    try:
        return run(sys.argv[1:] if argv is None else argv, ends_process=ends_process)
    except BrokenPipeError:
        # Nothing more can reach the reader; point stdout at /dev/null so the final flush is silent too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        warn("interrupted")
        return EXIT_INTERRUPTED
    finally:
        if ends_process:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def console_main() -> int:
    """The `gwr` console script (and `python -m tui.cli`): `main` on the process arguments, ending the process."""
    return main(ends_process=True)


def run(argv: list[str], *, ends_process: bool = False) -> int:
    """Parse `argv` and run the subcommand, or the TUI when none is given.

    With `ends_process`, a command that only reads runs with Python's cycle collector off: it makes a
    million objects reading the cache and no garbage cycle worth collecting before the process ends, and
    the collections those objects set off took an eighth of `gwr list` at 10,000 reports.
    """
    args = build_parser(argv).parse_args(argv)
    if ends_process and getattr(args, "reads_only", False):
        gc.disable()
    if args.command is None:
        from tui.app import run_app  # the one import of the Textual app, only when it is started

        return run_app(Path(args.cache).expanduser() if args.cache else None)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
