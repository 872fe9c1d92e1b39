"""The gwr Textual application."""

from __future__ import annotations

import argparse

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class GwrApp(App[None]):
    """Browse government work reports."""

    TITLE = "gwr"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("gwr — reports will appear here.")
        yield Footer()


def run_app(args: argparse.Namespace) -> int:
    """Open the TUI; return the exit code."""
    GwrApp().run()
    return 0
