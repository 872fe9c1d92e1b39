"""How `gwr … --help` is laid out (wrapped prose, examples kept line by line), and what the shell completes.

Completion scripts are written by shtab, imported only when one is printed (with `importlib.metadata`, which
it loads, a fifth of the start of `gwr list`): arguments name what they take (`FILE`, `DIRECTORY`), and
`with_completions` hands that to shtab once it is loaded.
"""

from __future__ import annotations

import argparse
from typing import Literal

#: What an argument takes, for the shell to complete: a file or a folder (shtab's `CHOICE_FUNCTIONS` keys).
Completion = Literal["file", "directory"]
FILE: Completion = "file"
DIRECTORY: Completion = "directory"
#: The shells shtab writes completion scripts for (`shtab.SUPPORTED_SHELLS`).
SHELLS = ("bash", "zsh", "tcsh", "fish", "powershell")


class HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description or epilog on its own; indented lines (examples) stay as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(line if line.startswith("  ") or not line else super(HelpFormatter, self)._fill_text(
            line, width, indent) for line in text.splitlines())


def examples(*command_lines: str) -> str:
    """An epilog listing example command lines, one per line."""
    return "examples:\n" + "\n".join(f"  {line}" for line in command_lines)


def completes(action: argparse.Action, what: Completion) -> None:
    """Tell the completion script what an argument takes (`FILE`, `DIRECTORY`)."""
    setattr(action, "completion", what)  # argparse has no field for it


def with_completions(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`parser` with what each argument takes (`completes`) where shtab reads it; imports shtab."""
    import shtab

    for action in _actions(parser):
        what = getattr(action, "completion", None)
        if what is not None:
            setattr(action, "complete", shtab.CHOICE_FUNCTIONS[what])  # the attribute shtab reads
    return parser


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The arguments of `parser` and of its subcommands' parsers."""
    found = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            for subparser in dict.fromkeys(action.choices.values()):
                found += _actions(subparser)
    return found
