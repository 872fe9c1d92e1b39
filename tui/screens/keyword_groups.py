"""Ask which two groups of reports to compare by keywords: two tree-filter texts ("甘肃", "山东 2022")."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class KeywordGroupsScreen(ModalScreen[tuple[str, str] | None]):
    """Returns the (left, right) filter texts, or None when cancelled."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, left: str = "", right: str = "") -> None:
        super().__init__()
        self.left, self.right = left, right

    def compose(self) -> ComposeResult:
        with Vertical(id="keyword-dialog"):
            yield Static("Compare the words two groups of reports stress. Each box is a tree filter: "
                         "a place, a province, a year, or several words (甘肃 2022).")
            yield Input(value=self.left, placeholder="left group, e.g. 甘肃", id="keyword-left")
            yield Input(value=self.right, placeholder="right group, e.g. 山东", id="keyword-right")
            yield Static("Enter in the right box compares; esc cancels.", id="keyword-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        left = self.query_one("#keyword-left", Input).value.strip()
        right = self.query_one("#keyword-right", Input).value.strip()
        if event.input.id == "keyword-left":
            self.query_one("#keyword-right", Input).focus()
        elif left and right:
            self.dismiss((left, right))
        else:
            self.query_one("#keyword-hint", Static).update("Fill in both groups.")
