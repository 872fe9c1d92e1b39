"""How `gwr … --help` is laid out: wrapped prose, and examples kept line by line."""

from __future__ import annotations

import argparse


class HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description or epilog on its own; indented lines (examples) stay as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(line if line.startswith("  ") or not line else super(HelpFormatter, self)._fill_text(
            line, width, indent) for line in text.splitlines())


def examples(*command_lines: str) -> str:
    """An epilog listing example command lines, one per line."""
    return "examples:\n" + "\n".join(f"  {line}" for line in command_lines)
