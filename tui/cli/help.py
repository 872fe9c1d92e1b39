"""How `gwr … --help` is laid out (wrapped prose, examples kept line by line), and what the shell completes."""

from __future__ import annotations

import argparse
from collections.abc import Mapping


class HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description or epilog on its own; indented lines (examples) stay as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(line if line.startswith("  ") or not line else super(HelpFormatter, self)._fill_text(
            line, width, indent) for line in text.splitlines())


def examples(*command_lines: str) -> str:
    """An epilog listing example command lines, one per line."""
    return "examples:\n" + "\n".join(f"  {line}" for line in command_lines)


def completes(action: argparse.Action, what: Mapping[str, object]) -> None:
    """Tell the completion script what an argument takes (`shtab.FILE`, `shtab.DIRECTORY`)."""
    setattr(action, "complete", what)  # the attribute shtab reads; argparse has no field for it
