"""The command line never loads Textual: `gwr list` and friends start without the app."""

from __future__ import annotations

import subprocess
import sys

from tui.cli import COMMAND_MODULES


def textual_modules_after_importing(modules: list[str]) -> list[str]:
    """The textual modules a fresh interpreter holds after importing `modules` (and building the parser)."""
    code = ("import sys, importlib\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "from tui.cli import build_parser; build_parser()\n"
            "print(' '.join(m for m in sys.modules if m.split('.')[0] in ('textual', 'textual_plotext')))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return output.split()


def test_importing_tui_cli_loads_no_textual_module():
    assert textual_modules_after_importing(["tui.cli"]) == []


def test_every_subcommand_module_loads_no_textual_module():
    assert textual_modules_after_importing([*COMMAND_MODULES, "tui.cli.common"]) == []
