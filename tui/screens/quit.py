"""Asks before quitting, when `q` is pressed on the bare main screen (ctrl+q quits without asking)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class QuitScreen(ModalScreen[bool]):
    """"Quit gwr?": y or enter quits; n, q or esc stays."""

    BINDINGS = [
        Binding("y,enter", "dismiss(True)", "Quit", id="quit.yes"),
        Binding("n,q,escape", "dismiss(False)", "Stay", id="quit.no"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog"):
            yield Static("Quit gwr?", id="quit-title")
            yield Static("y or enter quits · n, q or esc stays · ctrl+q quits at once from anywhere")
