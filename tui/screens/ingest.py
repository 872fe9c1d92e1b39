"""The "ingest folder" dialog: ask for a folder (or file) of reports to add to the cache."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class IngestFolderScreen(ModalScreen[Path | None]):
    """Returns the folder to ingest, or None when cancelled."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-dialog"):
            yield Static("Ingest a folder of report files (every format `gwr ingest` takes, searched recursively) or a single file.")
            yield Input(value=str(Path.cwd()), id="ingest-path")
            yield Static("Enter to ingest, esc to cancel.", id="ingest-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value).expanduser()
        if not path.exists():
            self.query_one("#ingest-hint", Static).update(Content.assemble("No such file or folder: ", str(path)))
            return
        self.dismiss(path)
